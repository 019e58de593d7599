package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.internal.Division;
import java.math.BigDecimal;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * Bounds on the standard deviation as the z-score policy defines it, found from exact sums in a
 * constant number of operations instead of a pass over every total.
 *
 * <p>The policy's deviation takes the squares of the deviations from the mean {@code m} (the exact
 * sum divided to {@link CriteriaSet#PRECISION}), each rounded to that precision, sums them step by
 * step, rounding each sum, divides by the count and takes the root, both rounded. The exact sum of
 * the squares, {@code S = Σx² − 2mΣx + n·m²}, follows from the exact sums of the totals and of
 * their squares. Each of the {@code n} squares and {@code n − 1} sums of positive values rounds with
 * a relative error of at most {@code u = 5·10⁻³⁴}, so the policy's sum lies within
 * {@code 2nu·S < (n + 2)·10⁻³³·S} of {@code S} (the usual bound for a recursive sum of positive
 * terms, {@code γ(n−1)} plus the terms' own rounding, with {@code nu} far below one half). Division
 * and root, each correctly rounded, are monotone, so the policy's deviation lies between the same
 * steps applied to the two ends of that interval.
 *
 * <p>Every step of the mapping onto the reference ({@code (total − m) ÷ sd}, times the reference's
 * deviation, plus its mean, clamped, rounded) is monotone in each deviation, so a rounded result that
 * is the same at every corner of the bounds is the policy's result.
 */
final class DeviationBounds {
  private static final MathContext MC = CriteriaSet.PRECISION;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** The lower bound, positive. */
  final BigDecimal low;
  /** The upper bound, at least {@link #low}. */
  final BigDecimal high;

  DeviationBounds(BigDecimal low, BigDecimal high) {
    this.low = requireNonNull(low, "low");
    this.high = requireNonNull(high, "high");
  }

  /**
   * Bounds for {@code count} totals at {@code scale} whose unscaled sum is {@code sum} and sum of
   * squares {@code squares}, around the policy's mean {@code mean}; null when the totals are all
   * equal (the deviation is then exactly zero and the policy does not normalise).
   */
  static @Nullable DeviationBounds of(int count, long sum, long squares, int scale, BigDecimal mean) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    BigDecimal n = BigDecimal.valueOf(count);
    BigDecimal sx = BigDecimal.valueOf(sum, scale);
    BigDecimal sxx = BigDecimal.valueOf(squares, 2 * scale);
    // Σ(x − m)² exactly: every operation below is exact (no MathContext).
    BigDecimal exact = sxx.subtract(TWO.multiply(mean).multiply(sx)).add(n.multiply(mean).multiply(mean));
    if (exact.signum() <= 0) {
      return null;
    }
    BigDecimal epsilon = BigDecimal.valueOf(count + 2L).scaleByPowerOfTen(-33);
    BigDecimal lowSum = exact.multiply(BigDecimal.ONE.subtract(epsilon));
    BigDecimal highSum = exact.multiply(BigDecimal.ONE.add(epsilon));
    return new DeviationBounds(deviation(lowSum, n), deviation(highSum, n));
  }

  /** A deviation known exactly (a declared reference). */
  static DeviationBounds exactly(BigDecimal sd) {
    return new DeviationBounds(sd, sd);
  }

  /** The policy's last two steps on a sum of squares: divided by the count, and the root. */
  private static BigDecimal deviation(BigDecimal squares, BigDecimal n) {
    BigDecimal variance = Division.divide(squares, n, MC);
    return variance.sqrt(MC);
  }
}
