package io.github.kipp.scoring.shortlist;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A bound on how many shortlisted proposals may have a value of a {@link QuotaDimension}
 * (<i>kuota</i>): at least, at most or between two counts of one value (such as category {@code
 * tata-kelola}), or at most a count of each value (such as at most 3 per institution).
 *
 * <p>KepmenPANRB 44/2020 (as reported) asks for a Top 99 spread "proportionally" over categories,
 * groups, participant types and regions including 3T, but publishes no target, so every quota is
 * configuration with its own citation; a quota set is checked for feasibility before any selection
 * ({@link Shortlister#check}).
 *
 * <p>A quota has a label that reports and reasons show, such as {@code Kategori Tata Kelola} /
 * {@code category Tata Kelola}; by default it is made from the dimension and value ({@code category
 * tata-kelola}, {@code 3T regions}, {@code each institution}). Immutable.
 */
public final class Quota {

  private final QuotaDimension dimension;
  private final @Nullable String value;
  private final int min;
  private final @Nullable Integer max;
  private final LocalizedText label;
  private final Citation citation;

  private Quota(QuotaDimension dimension, @Nullable String value, int min, @Nullable Integer max, @Nullable LocalizedText label, Citation citation) {
    this.dimension = dimension;
    this.value = value;
    this.min = min;
    this.max = max;
    this.label = label != null ? label : defaultLabel(dimension, value);
    this.citation = citation;
  }

  private static Quota checked(QuotaDimension dimension, @Nullable String value, int min, @Nullable Integer max, Citation citation) {
    requireNonNull(dimension, "dimension");
    requireNonNull(citation, "citation");
    List<Violation> violations = new ArrayList<>();
    if (value != null && !dimension.accepts(value)) {
      violations.add(ScoringMessages.violation("kipp.quota.valueNotAllowed", "value", value, "dimension", dimension,
          "dimensionEn", dimension.label().english(), "dimensionId", dimension.label().indonesian(),
          "allowedEn", dimension.allowedValuesIn(false), "allowedId", dimension.allowedValuesIn(true)));
    }
    if (min < 0) {
      violations.add(ScoringMessages.violation("kipp.quota.minNegative", "min", min));
    }
    if (max != null && max < 0) {
      violations.add(ScoringMessages.violation("kipp.quota.maxNegative", "max", max));
    }
    if (max != null && min > max && max >= 0) {
      violations.add(ScoringMessages.violation("kipp.quota.minAboveMax", "min", min, "max", max));
    }
    InvalidInputException.throwIfAny("quota on " + dimension + (value == null ? "" : " " + value), violations);
    return new Quota(dimension, value, min, max, null, citation);
  }

  private static LocalizedText defaultLabel(QuotaDimension dimension, @Nullable String value) {
    if (value == null) {
      return ScoringMessages.render("kipp.quota.labelEach", "dimensionId", dimension.label().indonesian(), "dimensionEn", dimension.label().english());
    }
    if (dimension == QuotaDimension.THREE_T) {
      return ScoringMessages.render("true".equals(value) ? "kipp.quota.label3T" : "kipp.quota.labelNot3T");
    }
    return ScoringMessages.render("kipp.quota.label", "dimensionId", dimension.label().indonesian(), "dimensionEn", dimension.label().english(), "value", value);
  }

  /**
   * Returns a quota asking for at least a number of shortlisted proposals with a value, such as at
   * least 5 of category {@code tata-kelola} or at least 10 from 3T regions ({@code THREE_T},
   * {@code true}).
   *
   * @param dimension the dimension, not null
   * @param value the value counted, accepted by the dimension ({@link QuotaDimension#accepts}); not
   *     null
   * @param min the minimum, zero or more
   * @param citation where the quota comes from, not null
   * @return the quota, not null
   * @throws InvalidInputException if the value is not one of the dimension's or the minimum is
   *     negative
   */
  public static Quota atLeast(QuotaDimension dimension, String value, int min, Citation citation) {
    return checked(dimension, requireNonNull(value, "value"), min, null, citation);
  }

  /**
   * Returns a quota allowing at most a number of shortlisted proposals with a value, such as at
   * most 10 of category {@code tata-kelola}. A maximum of zero leaves the value out.
   *
   * @param dimension the dimension, not null
   * @param value the value counted, accepted by the dimension; not null
   * @param max the maximum, zero or more
   * @param citation where the quota comes from, not null
   * @return the quota, not null
   * @throws InvalidInputException if the value is not one of the dimension's or the maximum is
   *     negative
   */
  public static Quota atMost(QuotaDimension dimension, String value, int max, Citation citation) {
    return checked(dimension, requireNonNull(value, "value"), 0, max, citation);
  }

  /**
   * Returns a quota asking for between two numbers of shortlisted proposals with a value, both
   * inclusive.
   *
   * @param dimension the dimension, not null
   * @param value the value counted, accepted by the dimension; not null
   * @param min the minimum, zero or more
   * @param max the maximum, at least {@code min}
   * @param citation where the quota comes from, not null
   * @return the quota, not null
   * @throws InvalidInputException if the value is not one of the dimension's, a bound is negative,
   *     or the minimum is above the maximum
   */
  public static Quota between(QuotaDimension dimension, String value, int min, int max, Citation citation) {
    return checked(dimension, requireNonNull(value, "value"), min, max, citation);
  }

  /**
   * Returns a cap on each value of a dimension, such as at most 3 shortlisted proposals per
   * institution ({@link QuotaDimension#INSTITUTION}).
   *
   * @param dimension the dimension, not null
   * @param max the most proposals any one value may have, zero or more
   * @param citation where the cap comes from, not null
   * @return the quota, not null
   * @throws InvalidInputException if the maximum is negative
   */
  public static Quota eachAtMost(QuotaDimension dimension, int max, Citation citation) {
    return checked(dimension, null, 0, max, citation);
  }

  /**
   * Returns a copy with another label, such as {@code Kategori Tata Kelola} / {@code category Tata
   * Kelola}.
   *
   * @param newLabel the label in both languages, not null
   * @return the new quota, not null
   */
  public Quota withLabel(LocalizedText newLabel) {
    return new Quota(dimension, value, min, max, requireNonNull(newLabel, "newLabel"), citation);
  }

  /**
   * Returns the dimension counted.
   *
   * @return the dimension, not null
   */
  public QuotaDimension dimension() {
    return dimension;
  }

  /**
   * Returns the value counted.
   *
   * @return the value, or empty for a cap on each value ({@link #eachAtMost})
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns whether this quota caps each value of its dimension rather than counting one value.
   *
   * @return true for a quota made by {@link #eachAtMost}
   */
  public boolean isEachValue() {
    return value == null;
  }

  /**
   * Returns the minimum.
   *
   * @return the minimum, zero when there is none
   */
  public int min() {
    return min;
  }

  /**
   * Returns the maximum.
   *
   * @return the maximum, or empty when there is none
   */
  public OptionalInt max() {
    return max == null ? OptionalInt.empty() : OptionalInt.of(max);
  }

  /**
   * Returns the label that reports and reasons show.
   *
   * @return the label, not null
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Returns where the quota comes from.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }

  /**
   * Returns whether a proposal with a value of this quota's dimension counts towards it: for a cap
   * on each value, every value counts (each towards its own count).
   *
   * @param dimensionValue a value of the dimension, not null
   * @return true if it counts
   */
  public boolean counts(String dimensionValue) {
    requireNonNull(dimensionValue, "dimensionValue");
    return value == null || value.equals(dimensionValue);
  }

  int maxOrUnbounded() {
    return max == null ? Integer.MAX_VALUE : max;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Quota)) {
      return false;
    }
    Quota q = (Quota) o;
    return dimension == q.dimension
        && Objects.equals(value, q.value)
        && min == q.min
        && Objects.equals(max, q.max)
        && label.equals(q.label)
        && citation.equals(q.citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimension, value, min, max, label, citation);
  }

  /** Returns the bounds, such as {@code CATEGORY tata-kelola [5..10]} or {@code INSTITUTION each [0..3]}. */
  @Override
  public String toString() {
    return dimension + " " + (value == null ? "each" : value) + " [" + min + ".." + (max == null ? "" : max) + "]";
  }
}
