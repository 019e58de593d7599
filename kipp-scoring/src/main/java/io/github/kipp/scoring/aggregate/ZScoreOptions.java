package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Citation;
import io.github.kipp.core.Decimals;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of per-evaluator z-score normalisation ({@link Aggregations#zScore(ZScoreOptions)}).
 *
 * <p>Each evaluator's weighted totals are turned into z-scores against that evaluator's own mean and
 * standard deviation, then mapped back onto the scale as {@code referenceMean + z × referenceSd}:
 *
 * <ul>
 *   <li>{@link Reference#POPULATION}: the reference is the mean and (population) standard deviation
 *       of every weighted total in the frozen population;
 *   <li>{@link Reference#FIXED}: the reference is a declared mean and standard deviation, so an
 *       evaluator's normalised scores do not change when another evaluator's scores do.
 * </ul>
 *
 * <p>An evaluator with fewer than {@code minSheets} sheets, or whose totals are all equal, is not
 * normalised; {@link Fallback} says what happens to their sheets instead. Normalised values are
 * clamped to the scale of totals.
 *
 * @param minSheets the fewest sheets an evaluator needs to be normalised, at least 2
 * @param fallback what happens to the sheets of an evaluator who is not normalised, not null
 * @param reference how normalised values are mapped back onto the scale, not null
 * @param fixedMean the reference mean, present exactly when {@code reference} is FIXED
 * @param fixedSd the reference standard deviation, positive, present exactly when FIXED
 * @param citation where the policy comes from, not null
 */
public record ZScoreOptions(
    int minSheets,
    Fallback fallback,
    Reference reference,
    Optional<BigDecimal> fixedMean,
    Optional<BigDecimal> fixedSd,
    Citation citation) {

  /** What happens to the sheets of an evaluator who cannot be normalised. */
  public enum Fallback {
    /** Their sheets count with their raw weighted totals. */
    USE_RAW,
    /** Their sheets do not count; a proposal left with no sheet gets no aggregate. */
    EXCLUDE
  }

  /** How normalised values are mapped back onto the scale. */
  public enum Reference {
    /** The mean and standard deviation of every weighted total in the frozen population. */
    POPULATION,
    /** A declared mean and standard deviation. */
    FIXED
  }

  /**
   * Creates options.
   *
   * @param minSheets the fewest sheets, at least 2
   * @param fallback the fallback, not null
   * @param reference the reference, not null
   * @param fixedMean the fixed mean, present exactly for FIXED
   * @param fixedSd the fixed standard deviation, positive, present exactly for FIXED
   * @param citation the citation, not null
   * @throws InvalidInputException if the parameters do not fit together
   */
  public ZScoreOptions {
    requireNonNull(fallback, "fallback");
    requireNonNull(reference, "reference");
    requireNonNull(fixedMean, "fixedMean");
    requireNonNull(fixedSd, "fixedSd");
    requireNonNull(citation, "citation");
    List<Violation> v = new ArrayList<>(2);
    if (minSheets < 2) {
      v.add(ScoringMessages.violation("kipp.zscore.minSheets", "minSheets", minSheets));
    }
    boolean fixed = reference == Reference.FIXED;
    if (fixed != (fixedMean.isPresent() && fixedSd.isPresent()) || (!fixed && (fixedMean.isPresent() || fixedSd.isPresent()))) {
      v.add(ScoringMessages.violation("kipp.zscore.reference", "reference", reference));
    }
    fixedMean.flatMap(m -> Decimals.check("fixedMean", m)).ifPresent(v::add);
    fixedSd.flatMap(sd -> Decimals.check("fixedSd", sd)).ifPresent(v::add);
    if (fixedSd.isPresent() && fixedSd.get().signum() <= 0) {
      v.add(ScoringMessages.violation("kipp.zscore.sd", "fixedSd", fixedSd.get().toPlainString()));
    }
    InvalidInputException.throwIfAny("z-score options", v);
  }

  /**
   * Returns options that map back onto the population's own mean and standard deviation.
   *
   * @param minSheets the fewest sheets an evaluator needs, at least 2
   * @param fallback what happens otherwise, not null
   * @param citation where the policy comes from, not null
   * @return the options, not null
   */
  public static ZScoreOptions population(int minSheets, Fallback fallback, Citation citation) {
    return new ZScoreOptions(minSheets, fallback, Reference.POPULATION, Optional.empty(), Optional.empty(), citation);
  }

  /**
   * Returns options that map back onto a declared mean and standard deviation.
   *
   * @param minSheets the fewest sheets an evaluator needs, at least 2
   * @param fallback what happens otherwise, not null
   * @param mean the reference mean, not null
   * @param sd the reference standard deviation, positive
   * @param citation where the policy comes from, not null
   * @return the options, not null
   */
  public static ZScoreOptions fixed(int minSheets, Fallback fallback, BigDecimal mean, BigDecimal sd, Citation citation) {
    return new ZScoreOptions(minSheets, fallback, Reference.FIXED, Optional.of(mean), Optional.of(sd), citation);
  }
}
