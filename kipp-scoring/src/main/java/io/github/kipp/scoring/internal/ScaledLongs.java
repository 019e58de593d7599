package io.github.kipp.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic on unscaled longs: a decimal {@code u × 10^-s} is held as {@code u} at a
 * known scale {@code s}. Every operation is exact or throws {@link ArithmeticException} on overflow,
 * so a caller falls back to {@link BigDecimal}.
 */
public final class ScaledLongs {

  /** The powers of ten that fit in a long. */
  private static final long[] POWERS = new long[19];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private ScaledLongs() {}

  /** Powers of ten that a double holds exactly, 10^0 to 10^22. */
  private static final double[] EXACT_POWERS = new double[23];

  static {
    double p = 1;
    for (int k = 0; k < EXACT_POWERS.length; k++) {
      EXACT_POWERS[k] = p;
      p *= 10;
    }
  }

  /**
   * Returns the double nearest to an unscaled value at a scale: exactly {@code
   * BigDecimal.valueOf(unscaled, scale).doubleValue()}, without making the decimal where the value
   * and the power of ten are both exact in a double (then one division, correctly rounded, gives the
   * nearest double, as the decimal's conversion does).
   *
   * @param unscaled the unscaled value
   * @param scale the scale
   * @return the nearest double
   */
  public static double toDouble(long unscaled, int scale) {
    if (scale == 0) {
      return (double) unscaled;
    }
    if (scale > 0 && scale < EXACT_POWERS.length && Math.abs(unscaled) < (1L << 52)) {
      return (double) unscaled / EXACT_POWERS[scale];
    }
    return BigDecimal.valueOf(unscaled, scale).doubleValue();
  }

  /**
   * Returns {@code 10^n}.
   *
   * @param n the exponent
   * @return the power
   * @throws ArithmeticException if it does not fit in a long, or {@code n} is negative
   */
  public static long power(int n) {
    if (n < 0 || n >= POWERS.length) {
      throw new ArithmeticException("10^" + n + " does not fit in a long");
    }
    return POWERS[n];
  }

  /**
   * Returns the unscaled value of a decimal at a scale at least its own.
   *
   * @param value the decimal, not null
   * @param scale the scale wanted, at least {@code value.scale()}
   * @return {@code value × 10^scale}
   * @throws ArithmeticException if it does not fit in a long, or the scale is below the value's
   */
  public static long unscaled(BigDecimal value, int scale) {
    int own = value.scale();
    if (scale < own) {
      throw new ArithmeticException("scale " + scale + " below the value's " + own);
    }
    if (value.precision() > 18) {
      // Fits in a long or not, by its unscaled value itself.
      return Math.multiplyExact(value.unscaledValue().longValueExact(), power(scale - own));
    }
    // A compact value moved to scale 0 stays compact, so its long is read without a BigInteger.
    BigDecimal whole = own == 0 ? value : own < 0 ? value.setScale(0) : value.movePointRight(own);
    return Math.multiplyExact(whole.longValueExact(), power(scale - Math.max(own, 0)));
  }

  /**
   * Returns {@code (a × 10^-as) ÷ (b × 10^-bs)} rounded to {@code scale} decimals, unscaled: one
   * division of longs.
   *
   * @param a the dividend, unscaled
   * @param as the dividend's scale
   * @param b the divisor, unscaled, positive
   * @param bs the divisor's scale
   * @param scale the decimals of the result
   * @param mode the rounding, not {@link RoundingMode#UNNECESSARY}
   * @return the rounded quotient, unscaled at {@code scale}
   * @throws ArithmeticException if a value does not fit in a long
   */
  public static long quotient(long a, int as, long b, int bs, int scale, RoundingMode mode) {
    int e = scale - as + bs;
    return e >= 0
        ? divide(Math.multiplyExact(a, power(e)), b, mode)
        : divide(a, Math.multiplyExact(b, power(-e)), mode);
  }

  /**
   * Returns {@code num ÷ den} rounded to an integer as {@link BigDecimal#setScale(int, RoundingMode)}
   * rounds.
   *
   * @param num the dividend
   * @param den the divisor, positive
   * @param mode the rounding, not {@link RoundingMode#UNNECESSARY}
   * @return the rounded quotient
   */
  public static long divide(long num, long den, RoundingMode mode) {
    if (den <= 0) {
      throw new IllegalArgumentException("divisor " + den + " is not positive");
    }
    long q = num / den;
    long r = num % den;
    if (r == 0) {
      return q;
    }
    long sign = num < 0 ? -1 : 1;
    long rest = Math.abs(r);
    // Against half the divisor, without doubling the remainder (which could overflow).
    int half = Long.compare(rest, den - rest);
    boolean away = switch (mode) {
      case UP -> true;
      case DOWN -> false;
      case CEILING -> sign > 0;
      case FLOOR -> sign < 0;
      case HALF_UP -> half >= 0;
      case HALF_DOWN -> half > 0;
      case HALF_EVEN -> half > 0 || (half == 0 && (q & 1) != 0);
      case UNNECESSARY -> throw new ArithmeticException("rounding necessary");
    };
    return away ? q + sign : q;
  }
}
