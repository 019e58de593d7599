package io.github.kipp.scoring.reliability;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.meta.Beta;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A reliability coefficient of a stage with its bootstrap interval: Krippendorff's alpha, ICC(2,1)
 * or ICC(2,k). Part of a {@link StageReliability}.
 *
 * <p>The value is computed exactly from the decimal ratings and rounded half-even to {@value
 * #SCALE} decimals once. The interval is the central nearest-rank percentile interval of the
 * replicates whose coefficient was defined (computed in binary floating point; see {@link
 * RaterReliability}), at the options' confidence level, also with {@value #SCALE} decimals; it is
 * absent when no replicate was defined. A replicate is undefined when its resample has no spread at
 * all, so there is nothing to be reliable about.
 *
 * @param value the coefficient, at most 1; not null
 * @param lower the interval's lower bound, if any replicate was defined
 * @param upper the interval's upper bound, at least {@code lower}, if any replicate was defined
 * @param definedReplicates the number of replicates whose coefficient was defined
 * @param undefinedReplicates the number of replicates whose coefficient was not
 */
@Beta
public record ReliabilityEstimate(
    BigDecimal value, Optional<BigDecimal> lower, Optional<BigDecimal> upper, int definedReplicates, int undefinedReplicates) {

  /** The scale of every reported coefficient and bound, rounded half-even. */
  public static final int SCALE = 4;

  /**
   * Creates an estimate, setting the scale of the value and bounds to {@value #SCALE} (half-even).
   *
   * @param value the coefficient, not null
   * @param lower the lower bound, present exactly when {@code upper} is
   * @param upper the upper bound, at least {@code lower}
   * @param definedReplicates zero or more; zero exactly when the bounds are absent
   * @param undefinedReplicates zero or more
   * @throws IllegalArgumentException if the bounds are out of order, one is missing, or the counts
   *     do not fit them
   */
  public ReliabilityEstimate {
    requireNonNull(value, "value");
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    if (lower.isPresent() != upper.isPresent()
        || definedReplicates < 0
        || undefinedReplicates < 0
        || lower.isPresent() != (definedReplicates > 0)
        || (lower.isPresent() && lower.get().compareTo(upper.orElseThrow()) > 0)) {
      throw new IllegalArgumentException("inconsistent estimate: " + value + " [" + lower + ", " + upper + "], "
          + definedReplicates + " defined and " + undefinedReplicates + " undefined replicates");
    }
    value = value.setScale(SCALE, RoundingMode.HALF_EVEN);
    lower = lower.map(b -> b.setScale(SCALE, RoundingMode.HALF_EVEN));
    upper = upper.map(b -> b.setScale(SCALE, RoundingMode.HALF_EVEN));
  }
}
