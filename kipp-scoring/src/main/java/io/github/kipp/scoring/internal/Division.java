package io.github.kipp.scoring.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Decimal division that gives exactly what {@link BigDecimal#divide(BigDecimal, MathContext)} gives,
 * value and scale, but finds terminating quotients without long division: a mean of five sheets or a
 * total over weights summing to 100 is the dividend times a small integer, moved by a power of ten.
 */
public final class Division {

  /** The largest power of ten whose factor {@code 2^i 5^j} still fits in a long. */
  private static final int MAX_POWER = 18;

  private Division() {}

  /**
   * Returns {@code dividend.divide(divisor, mc)}.
   *
   * @param dividend the dividend
   * @param divisor the divisor
   * @param mc the precision and rounding
   * @return the quotient, equal in value and scale to {@code dividend.divide(divisor, mc)}
   * @throws ArithmeticException as {@link BigDecimal#divide(BigDecimal, MathContext)} does
   */
  public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor, MathContext mc) {
    if (mc.getPrecision() == 0 || dividend.signum() == 0 || divisor.signum() <= 0
        || divisor.unscaledValue().bitLength() > 62) {
      return dividend.divide(divisor, mc);
    }
    // divisor = u / 10^s; the quotient terminates when u = 2^a 5^b, and is then
    // dividend * 2^(k-a) 5^(k-b) * 10^(s-k) with k = max(a, b).
    long u = divisor.unscaledValue().longValue();
    int twos = Long.numberOfTrailingZeros(u);
    u >>= twos;
    int fives = 0;
    while (u % 5 == 0) {
      u /= 5;
      fives++;
    }
    int k = Math.max(twos, fives);
    if (u != 1 || k > MAX_POWER) {
      return dividend.divide(divisor, mc);
    }
    long factor = 1;
    for (int i = twos; i < k; i++) {
      factor *= 2;
    }
    for (int i = fives; i < k; i++) {
      factor *= 5;
    }
    BigDecimal exact = dividend.multiply(BigDecimal.valueOf(factor)).scaleByPowerOfTen(divisor.scale() - k);
    // As divide does for an exact quotient: trailing zeros go, down to the preferred scale.
    long preferred = (long) dividend.scale() - divisor.scale();
    if (preferred != (int) preferred) {
      return dividend.divide(divisor, mc);
    }
    BigDecimal stripped = exact.stripTrailingZeros();
    BigDecimal quotient = stripped.scale() >= preferred ? stripped : stripped.setScale((int) preferred);
    if (quotient.precision() > mc.getPrecision()) {
      return dividend.divide(divisor, mc);
    }
    return quotient;
  }
}
