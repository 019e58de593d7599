package io.github.kipp.core.institution;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.BeanValidation;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A unit of an institution that runs an innovation and drafts its proposal: a <i>unit penyelenggara
 * pelayanan publik</i> (UPP) or, in a regional government, a <i>perangkat daerah</i>, down to a
 * school, clinic or village in regional rounds.
 *
 * <p>Units may nest (a clinic under a health agency) through {@link #parent()}. Immutable; checked
 * on creation.
 */
public final class Unit {

  /** The longest name accepted, in characters. */
  public static final int MAX_NAME = 300;

  private final UnitId id;

  @NotBlank(message = "{kipp.text.blank}")
  @Size(max = MAX_NAME, message = "{kipp.text.tooLong}")
  @PlainText
  private final String name;

  private final InstitutionId institution;
  private final UnitKind kind;
  private final @Nullable UnitId parent;

  private Unit(
      UnitId id, String name, InstitutionId institution, UnitKind kind, @Nullable UnitId parent) {
    this.id = requireNonNull(id, "id");
    this.name = requireNonNull(name, "name");
    this.institution = requireNonNull(institution, "institution");
    this.kind = requireNonNull(kind, "kind");
    this.parent = parent;
    List<Violation> others =
        id.equals(parent)
            ? List.of(CoreMessages.violation("kipp.unit.ownParent", "parent", id))
            : List.of();
    if (!BeanValidation.isValidName(name, MAX_NAME) || !others.isEmpty()) {
      BeanValidation.check("unit '" + id + "'", this, others);
    }
  }

  /**
   * Returns a unit.
   *
   * @param id the unit's id, not null
   * @param name its name, such as {@code Dinas Kesehatan}; not blank
   * @param institution the institution it belongs to, not null
   * @param kind what kind of unit it is, not null
   * @param parent the unit it sits under, if any
   * @return the unit, not null
   * @throws io.github.kipp.core.InvalidInputException listing every violation found
   */
  public static Unit of(
      UnitId id, String name, InstitutionId institution, UnitKind kind, Optional<UnitId> parent) {
    return new Unit(id, name, institution, kind, parent.orElse(null));
  }

  /**
   * Returns a top-level unit of an institution.
   *
   * @param id the unit's id, not null
   * @param name its name, not blank
   * @param institution the institution it belongs to, not null
   * @param kind what kind of unit it is, not null
   * @return the unit, not null
   * @throws io.github.kipp.core.InvalidInputException listing every violation found
   */
  public static Unit of(String id, String name, Institution institution, UnitKind kind) {
    return new Unit(UnitId.of(id), name, institution.id(), kind, null);
  }

  /**
   * Returns the unit's id.
   *
   * @return the id, not null
   */
  public UnitId id() {
    return id;
  }

  /**
   * Returns the unit's name.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the institution the unit belongs to.
   *
   * @return the institution's id, not null
   */
  public InstitutionId institution() {
    return institution;
  }

  /**
   * Returns what kind of unit this is.
   *
   * @return the kind, not null
   */
  public UnitKind kind() {
    return kind;
  }

  /**
   * Returns the unit this one sits under.
   *
   * @return the parent's id, or empty for a top-level unit
   */
  public Optional<UnitId> parent() {
    return Optional.ofNullable(parent);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Unit)) {
      return false;
    }
    Unit other = (Unit) o;
    return id.equals(other.id)
        && name.equals(other.name)
        && institution.equals(other.institution)
        && kind == other.kind
        && Objects.equals(parent, other.parent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, institution, kind, parent);
  }

  /** Returns {@code id (name)}. */
  @Override
  public String toString() {
    return id + " (" + name + ")";
  }
}
