package io.github.kipp.scoring.internal;

import java.math.RoundingMode;

/**
 * Decides in doubles, where a bound on their error allows, what an exact decimal computation of a
 * normalised value rounds to: the value {@code refMean + (t - mean) ÷ sd × refSd}, clamped to a
 * scale and rounded to a number of decimals. The bound is thousands of times wider than the error of
 * the doubles (each input within a few units of its last place of the exact value, each operation
 * correctly rounded); when every value within it clamps and rounds the same way, that is the exact
 * result, and otherwise the filter says {@link #UNDECIDED} so that the caller computes it exactly.
 * Doubles never make a score here: they only say which exact value a score has.
 */
public final class RoundingFilter {

  /** The doubles cannot decide the value. */
  public static final long UNDECIDED = Long.MIN_VALUE;
  /** The value is clamped to the scale's minimum. */
  public static final long AT_MIN = Long.MIN_VALUE + 1;
  /** The value is clamped to the scale's maximum. */
  public static final long AT_MAX = Long.MIN_VALUE + 2;

  /** The powers of ten up to the largest scale of a rounding, as doubles (all exact). */
  private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};

  /**
   * A mean and a standard deviation as doubles, each within a few units of the last place of the
   * exact value.
   *
   * @param mean the mean
   * @param sd the deviation
   */
  public record Estimate(double mean, double sd) {}

  private final double min;
  private final double max;
  private final int scale;
  private final RoundingMode mode;

  /**
   * Creates a filter.
   *
   * @param min the scale's minimum, as the nearest double
   * @param max the scale's maximum, as the nearest double
   * @param scale the decimals kept, 0 to 12
   * @param mode the rounding
   */
  public RoundingFilter(double min, double max, int scale, RoundingMode mode) {
    this.min = min;
    this.max = max;
    this.scale = scale;
    this.mode = mode;
  }

  /**
   * Returns the normalised value of a total, clamped and rounded, unscaled.
   *
   * @param t the total, as the nearest double
   * @param own the evaluator's mean and (positive) deviation
   * @param reference the reference's mean and deviation
   * @return the unscaled rounded value, or {@link #AT_MIN}, {@link #AT_MAX} or {@link #UNDECIDED}
   */
  public long normalised(double t, Estimate own, Estimate reference) {
    double refSd = reference.sd();
    double p = (t - own.mean()) / own.sd() * refSd;
    double x = reference.mean() + p;
    // The doubles' error is below 2^-48 of this; the exact computation's own roundings to 34 digits
    // are far below. A margin of thousands.
    double tol = (Math.abs(reference.mean()) + Math.abs(p) + (Math.abs(t) + Math.abs(own.mean())) / own.sd() * Math.abs(refSd)) * 1e-11;
    double nearMin = tol + Math.abs(min) * 1e-15;
    double nearMax = tol + Math.abs(max) * 1e-15;
    if (x < min - nearMin) {
      return AT_MIN;
    }
    if (x > max + nearMax) {
      return AT_MAX;
    }
    if (!(x > min + nearMin && x < max - nearMax)) {
      return UNDECIDED;
    }
    return round(x, tol, scale, mode);
  }

  /**
   * Returns {@code 10^scale} as a double, exactly.
   *
   * @param scale 0 to 12
   * @return the power
   */
  public static double power(int scale) {
    return POWERS[scale];
  }

  /**
   * Rounds a value known within {@code tol} to {@code scale} decimals, unscaled.
   *
   * @param x the value
   * @param tol how far the exact value may be from it, not negative
   * @param scale the decimals kept, 0 to 12
   * @param mode the rounding
   * @return the unscaled rounded value, or {@link #UNDECIDED} unless every value within {@code tol}
   *     of {@code x} rounds the same way
   */
  public static long round(double x, double tol, int scale, RoundingMode mode) {
    double q = x * POWERS[scale];
    double tq = tol * POWERS[scale] + Math.abs(q) * 1e-15;
    if (!(Math.abs(q) < 0x1p50 && tq < 0.25)) {
      return UNDECIDED;
    }
    double down = Math.floor(q);
    double rest = q - down;
    if (mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_DOWN || mode == RoundingMode.HALF_EVEN) {
      if (Math.abs(rest - 0.5) <= tq) {
        return UNDECIDED;
      }
      return (long) (rest < 0.5 ? down : down + 1);
    }
    if (rest <= tq || rest >= 1 - tq) {
      return UNDECIDED;
    }
    boolean up = switch (mode) {
      case CEILING -> true;
      case UP -> q > 0;
      case DOWN -> q < 0;
      default -> false;
    };
    return (long) (up ? down + 1 : down);
  }
}
