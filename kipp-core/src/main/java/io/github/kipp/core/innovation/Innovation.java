package io.github.kipp.core.innovation;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InnovationId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.internal.BeanValidation;
import io.github.kipp.core.internal.constraints.PlainTextValidator;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A public-service innovation (<i>inovasi pelayanan publik</i>): what a unit of an institution put
 * into practice, entered in one or more editions as {@link Proposal proposals}.
 *
 * <p>Titles are usually an acronym with its expansion (<i>Giatki Ces</i> = <i>Gigi Anak Sehat Kiat
 * Cegah Stunting</i>). The unit must belong to the institution. The host keeps the identity of an
 * innovation across editions, even when its title changes.
 */
public final class Innovation {

  /** The longest title accepted, in characters. */
  public static final int MAX_TITLE = 250;

  /** The longest expansion accepted, in characters. */
  public static final int MAX_EXPANSION = 500;

  private final InnovationId id;

  @NotBlank(message = "{kipp.text.blank}")
  @Size(max = MAX_TITLE, message = "{kipp.text.tooLong}")
  @PlainText
  private final String title;

  @Size(min = 1, max = MAX_EXPANSION, message = "{kipp.text.length}")
  @PlainText
  private final @Nullable String expansion;

  private final Institution institution;
  private final Unit unit;
  private final ImplementationStart start;

  private Innovation(
      InnovationId id,
      String title,
      @Nullable String expansion,
      Institution institution,
      Unit unit,
      ImplementationStart start) {
    this.id = requireNonNull(id, "id");
    this.title = requireNonNull(title, "title");
    this.expansion = expansion;
    this.institution = requireNonNull(institution, "institution");
    this.unit = requireNonNull(unit, "unit");
    this.start = requireNonNull(start, "start");
    List<Violation> others =
        unit.institution().equals(institution.id())
            ? List.of()
            : List.of(
                CoreMessages.violation(
                    "kipp.innovation.unitElsewhere",
                    "unit",
                    unit.id(),
                    "unitInstitution",
                    unit.institution(),
                    "institution",
                    institution.id()));
    boolean plainlyValid =
        BeanValidation.isValidName(title, MAX_TITLE)
            && (expansion == null
                || (!expansion.isEmpty()
                    && expansion.length() <= MAX_EXPANSION
                    && PlainTextValidator.isPlain(expansion, false)));
    if (!plainlyValid || !others.isEmpty()) {
      BeanValidation.check("innovation '" + id + "'", this, others);
    }
  }

  /**
   * Returns an innovation.
   *
   * @param id the innovation's id, not null
   * @param title its title, not blank
   * @param expansion the expansion of an acronym title, if any
   * @param institution the institution it belongs to, not null
   * @param unit the unit that runs it, which belongs to {@code institution}; not null
   * @param start when its implementation started, not null
   * @return the innovation, not null
   * @throws io.github.kipp.core.InvalidInputException listing every violation found
   */
  public static Innovation of(
      InnovationId id,
      String title,
      Optional<String> expansion,
      Institution institution,
      Unit unit,
      ImplementationStart start) {
    return new Innovation(id, title, expansion.orElse(null), institution, unit, start);
  }

  /**
   * Returns the innovation's id.
   *
   * @return the id, not null
   */
  public InnovationId id() {
    return id;
  }

  /**
   * Returns the title.
   *
   * @return the title, not null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the expansion of an acronym title, such as <i>Gigi Anak Sehat Kiat Cegah Stunting</i>.
   *
   * @return the expansion, or empty
   */
  public Optional<String> expansion() {
    return Optional.ofNullable(expansion);
  }

  /**
   * Returns the institution the innovation belongs to.
   *
   * @return the institution, not null
   */
  public Institution institution() {
    return institution;
  }

  /**
   * Returns the unit that runs the innovation.
   *
   * @return the unit, not null
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns when implementation started.
   *
   * @return the start, not null
   */
  public ImplementationStart start() {
    return start;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Innovation)) {
      return false;
    }
    Innovation other = (Innovation) o;
    return id.equals(other.id)
        && title.equals(other.title)
        && Objects.equals(expansion, other.expansion)
        && institution.equals(other.institution)
        && unit.equals(other.unit)
        && start.equals(other.start);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, expansion, institution, unit, start);
  }

  /** Returns {@code id "title"}. */
  @Override
  public String toString() {
    return id + " \"" + title + "\"";
  }
}
