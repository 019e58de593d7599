package io.github.kipp.scoring.reliability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.meta.Beta;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One evaluator's calibration against the panel in a stage: how far, on average, it scores from the
 * other evaluators of the same proposals (its leniency when positive, severity when negative), how
 * much it departs from them around that offset, and the flags those give. Part of a {@link
 * StageReliability}.
 *
 * <p>On a proposal rated by m ≥ 2 evaluators, the evaluator's difference is its rating minus the
 * mean of the other m − 1. The {@code offset} is the mean of its differences over the proposals it
 * shares, in the ratings' points; the {@code spread} is the root mean square of its differences
 * around that offset. Both are also divided by the stage's pooled within-proposal standard
 * deviation (the square root of the within-proposal sums of squares over their degrees of freedom),
 * so that one threshold suits any scale: {@code standardisedOffset} and {@code standardisedSpread}.
 * The spread includes the noise of the other evaluators' mean, so an evaluator in line with a panel
 * of three still shows a standardised spread of about 1.2. All values are rounded half-even to
 * {@value ReliabilityEstimate#SCALE} decimals; flags compare the rounded standardised values with
 * the thresholds, so a reader can check them.
 *
 * @param evaluator the evaluator, not null
 * @param ratings the number of proposals it rated
 * @param shared the number of those that at least one other evaluator rated too
 * @param offset the mean difference from the others, if {@code shared} is at least 1
 * @param spread the root mean square of the differences around the offset, if {@code shared} is at
 *     least 1
 * @param standardisedOffset the offset over the pooled standard deviation, if both exist and the
 *     latter is not zero
 * @param standardisedSpread the spread over the pooled standard deviation, likewise
 * @param assessed whether the flags were applied: {@code shared} reaches the options' minimum and
 *     the standardised values exist
 * @param flags the flags raised, empty if none or if not assessed
 * @param reasons one reason per flag in both languages, or the reason it was not assessed; empty for
 *     an assessed evaluator without a flag
 */
@Beta
public record EvaluatorCalibration(
    ActorId evaluator,
    int ratings,
    int shared,
    Optional<BigDecimal> offset,
    Optional<BigDecimal> spread,
    Optional<BigDecimal> standardisedOffset,
    Optional<BigDecimal> standardisedSpread,
    boolean assessed,
    ImmutableSortedSet<CalibrationFlag> flags,
    ImmutableList<LocalizedText> reasons) {

  /**
   * Creates a calibration, setting the scale of every value to {@value ReliabilityEstimate#SCALE}
   * (half-even).
   *
   * @param evaluator the evaluator, not null
   * @param ratings the proposals it rated, 1 or more
   * @param shared the shared proposals, 0 to {@code ratings}
   * @param offset the offset, present exactly when {@code shared} is at least 1
   * @param spread the spread, zero or more, present exactly when {@code offset} is
   * @param standardisedOffset the standardised offset, present only with {@code offset}
   * @param standardisedSpread the standardised spread, present exactly when {@code
   *     standardisedOffset} is
   * @param assessed whether the flags were applied
   * @param flags the flags, empty unless assessed; not null
   * @param reasons the reasons, not null
   * @throws IllegalArgumentException if the counts or values do not fit together
   */
  public EvaluatorCalibration {
    requireNonNull(evaluator, "evaluator");
    requireNonNull(offset, "offset");
    requireNonNull(spread, "spread");
    requireNonNull(standardisedOffset, "standardisedOffset");
    requireNonNull(standardisedSpread, "standardisedSpread");
    requireNonNull(flags, "flags");
    requireNonNull(reasons, "reasons");
    if (ratings < 1 || shared < 0 || shared > ratings
        || offset.isPresent() != (shared > 0)
        || spread.isPresent() != offset.isPresent()
        || (standardisedOffset.isPresent() && offset.isEmpty())
        || standardisedSpread.isPresent() != standardisedOffset.isPresent()
        || (!assessed && !flags.isEmpty())
        || (assessed && standardisedOffset.isEmpty())) {
      throw new IllegalArgumentException("inconsistent calibration of " + evaluator + ": " + ratings + " ratings, " + shared
          + " shared, offset " + offset + ", standardised " + standardisedOffset + ", assessed " + assessed + ", flags " + flags);
    }
    offset = offset.map(EvaluatorCalibration::scaled);
    spread = spread.map(EvaluatorCalibration::scaled);
    standardisedOffset = standardisedOffset.map(EvaluatorCalibration::scaled);
    standardisedSpread = standardisedSpread.map(EvaluatorCalibration::scaled);
  }

  private static BigDecimal scaled(BigDecimal value) {
    return value.setScale(ReliabilityEstimate.SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns whether any flag was raised.
   *
   * @return true if {@link #flags()} is not empty
   */
  public boolean flagged() {
    return !flags.isEmpty();
  }
}
