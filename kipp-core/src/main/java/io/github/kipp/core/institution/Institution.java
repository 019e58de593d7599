package io.github.kipp.core.institution;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.BeanValidation;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A participating institution (<i>instansi</i>): the unit of quotas and statistics in KIPP.
 *
 * <p>A regional government carries the Kemendagri code of the region it governs, of the matching
 * level (a province code for {@link InstitutionType#PROVINSI}, a regency or city code for {@link
 * InstitutionType#KABUPATEN} and {@link InstitutionType#KOTA}). A BUMD names its owning regional
 * government and carries that government's region (a province code for a province's BUMD, a regency
 * or city code for a regency's or city's), since it submits through that government. Ministries,
 * agencies and BUMN may carry a region but need not.
 *
 * <p><b>Identity as a government.</b> The id is what a document happened to call the institution;
 * the regulation knows a regional government (<i>pemda</i>) by its region. {@link #government()}
 * gives that identity, so that conflicts of interest can recognise one pemda entered under two ids,
 * and a BUMD through the government that owns it.
 *
 * <p>Immutable; checked on creation, with every failure reported at once in an {@link
 * io.github.kipp.core.InvalidInputException}.
 */
public final class Institution {

  /** The longest name accepted, in characters. */
  public static final int MAX_NAME = 300;

  private final InstitutionId id;

  @NotBlank(message = "{kipp.text.blank}")
  @Size(max = MAX_NAME, message = "{kipp.text.tooLong}")
  @PlainText
  private final String name;

  private final InstitutionType type;
  private final @Nullable RegionCode region;
  private final @Nullable InstitutionId owner;

  private Institution(
      InstitutionId id,
      String name,
      InstitutionType type,
      @Nullable RegionCode region,
      @Nullable InstitutionId owner) {
    this.id = requireNonNull(id, "id");
    this.name = requireNonNull(name, "name");
    this.type = requireNonNull(type, "type");
    this.region = region;
    this.owner = owner;
    List<Violation> others = crossFieldViolations();
    if (!BeanValidation.isValidName(name, MAX_NAME) || !others.isEmpty()) {
      BeanValidation.check("institution '" + id + "'", this, others);
    }
  }

  /**
   * Returns an institution, checking that its parts fit its type.
   *
   * @param id the institution's id, not null
   * @param name its official name, such as {@code Pemerintah Kabupaten Luwu Utara}; not blank
   * @param type its type, not null
   * @param region the region it governs or sits in; required for regional governments and BUMD
   * @param owner the owning regional government; required for a BUMD, absent otherwise
   * @return the institution, not null
   * @throws io.github.kipp.core.InvalidInputException listing every violation found
   */
  public static Institution of(
      InstitutionId id,
      String name,
      InstitutionType type,
      Optional<RegionCode> region,
      Optional<InstitutionId> owner) {
    return new Institution(id, name, type, region.orElse(null), owner.orElse(null));
  }

  /**
   * Returns a ministry, agency or BUMN, which has no region.
   *
   * @param id the id, not null
   * @param name the official name, not blank
   * @param type {@link InstitutionType#KEMENTERIAN}, {@link InstitutionType#LEMBAGA} or {@link
   *     InstitutionType#BUMN}
   * @return the institution, not null
   * @throws io.github.kipp.core.InvalidInputException if the type needs a region or an owner
   */
  public static Institution central(String id, String name, InstitutionType type) {
    return new Institution(InstitutionId.of(id), name, type, null, null);
  }

  /**
   * Returns a regional government.
   *
   * @param id the id, not null
   * @param name the official name, not blank
   * @param type {@link InstitutionType#PROVINSI}, {@link InstitutionType#KABUPATEN} or {@link
   *     InstitutionType#KOTA}
   * @param region the code of the region it governs, of the matching level; not null
   * @return the institution, not null
   * @throws io.github.kipp.core.InvalidInputException if the type or region does not fit
   */
  public static Institution regionalGovernment(
      String id, String name, InstitutionType type, RegionCode region) {
    return new Institution(InstitutionId.of(id), name, type, requireNonNull(region, "region"), null);
  }

  /**
   * Returns a region-owned enterprise.
   *
   * @param id the id, not null
   * @param name the official name, not blank
   * @param region the region of the regional government that owns it: a province code for a
   *     province's BUMD, a regency or city code for a regency's or city's; not null
   * @param owner the regional government that owns it, not null
   * @return the institution, not null
   * @throws io.github.kipp.core.InvalidInputException if a part is invalid
   */
  public static Institution bumd(String id, String name, RegionCode region, InstitutionId owner) {
    return new Institution(
        InstitutionId.of(id),
        name,
        InstitutionType.BUMD,
        requireNonNull(region, "region"),
        requireNonNull(owner, "owner"));
  }

  private List<Violation> crossFieldViolations() {
    List<Violation> violations = new ArrayList<>(2);
    Optional<RegionLevel> governs = type.governs();
    if ((governs.isPresent() || type == InstitutionType.BUMD) && region == null) {
      violations.add(CoreMessages.violation("kipp.institution.regionRequired", "region", "", "type", type));
    }
    if (governs.isPresent() && region != null) {
      boolean provinceLevel = governs.get() == RegionLevel.PROVINCE;
      if (region.isProvince() != provinceLevel) {
        violations.add(
            CoreMessages.violation(
                "kipp.institution.regionLevel", "region", region, "type", type, "level", governs.get()));
      }
    }
    if (type == InstitutionType.BUMD && owner == null) {
      violations.add(CoreMessages.violation("kipp.institution.ownerRequired", "owner", ""));
    }
    if (type != InstitutionType.BUMD && owner != null) {
      violations.add(
          CoreMessages.violation("kipp.institution.ownerNotAllowed", "owner", owner, "type", type));
    }
    if (owner != null && owner.equals(id)) {
      violations.add(CoreMessages.violation("kipp.institution.ownsItself", "owner", owner));
    }
    return violations;
  }

  /**
   * Returns the institution's id.
   *
   * @return the id, not null
   */
  public InstitutionId id() {
    return id;
  }

  /**
   * Returns the official name.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type.
   *
   * @return the type, not null
   */
  public InstitutionType type() {
    return type;
  }

  /**
   * Returns the region the institution governs or sits in.
   *
   * @return the region code; present for regional governments and BUMD
   */
  public Optional<RegionCode> region() {
    return Optional.ofNullable(region);
  }

  /**
   * Returns the regional government (<i>pemda</i>) this institution is or belongs to, identified by
   * the Kemendagri code of the region it governs: for a provincial, regency or city government its
   * own region, for a BUMD its region, which is that of the government that owns it. Ministries,
   * agencies and BUMN belong to no regional government, even when they carry a region.
   *
   * <p>This is the institution's identity for conflicts of interest (KIPP conflicts are
   * institutional): two institutions with the same government are the same pemda, or a pemda and its
   * BUMD, whatever ids they were given. The type is not part of the identity, because a Kemendagri
   * code names exactly one region and one region has one government: a {@code KABUPATEN} and a
   * {@code KOTA} entered with one code are one government, one of them mistyped.
   *
   * @return the region code of the government; present exactly for regional governments and BUMD
   */
  public Optional<RegionCode> government() {
    return type.isRegionalGovernment() || type == InstitutionType.BUMD ? Optional.ofNullable(region) : Optional.empty();
  }

  /**
   * Returns the regional government that owns a BUMD.
   *
   * @return the owner's id; present exactly for a BUMD
   */
  public Optional<InstitutionId> owner() {
    return Optional.ofNullable(owner);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Institution)) {
      return false;
    }
    Institution other = (Institution) o;
    return id.equals(other.id)
        && name.equals(other.name)
        && type == other.type
        && Objects.equals(region, other.region)
        && Objects.equals(owner, other.owner);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, type, region, owner);
  }

  /** Returns {@code id (TYPE name)}. */
  @Override
  public String toString() {
    return id + " (" + type + " " + name + ")";
  }
}
