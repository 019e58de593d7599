package io.github.kipp.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ScaledLongsTest {

  private static final RoundingMode[] MODES = {
    RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN,
    RoundingMode.CEILING, RoundingMode.FLOOR
  };

  @Test
  void a_quotient_is_rounded_as_big_decimal_rounds_it() {
    qt().withFixedSeed(19_004L).withExamples(20_000)
        .forAll(longs().all(), longs().between(1, Long.MAX_VALUE), integers().between(0, MODES.length - 1), integers().between(0, 3))
        .checkAssert((num, den, mode, shape) -> {
          // Small divisors and exact halves as often as arbitrary ones.
          long d = switch (shape) {
            case 0 -> den % 10 + 1;
            case 1 -> 2;
            case 2 -> den % 1_000_000 + 1;
            default -> den;
          };
          long n = shape == 1 ? num / 2 * 2 + (num % 2 == 0 ? 1 : 0) : num;
          BigDecimal expected = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 0, MODES[mode]);
          assertThat(ScaledLongs.divide(n, d, MODES[mode])).isEqualTo(expected.longValueExact());
        });
  }

  @Test
  void unscaled_values_are_exact_or_refused() {
    assertThat(ScaledLongs.unscaled(new BigDecimal("12.5"), 3)).isEqualTo(12_500);
    assertThat(ScaledLongs.unscaled(new BigDecimal("1E+2"), 0)).isEqualTo(100);
    assertThat(ScaledLongs.unscaled(new BigDecimal("-0.07"), 2)).isEqualTo(-7);
    assertThatThrownBy(() -> ScaledLongs.unscaled(new BigDecimal("12.55"), 1)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> ScaledLongs.unscaled(new BigDecimal("1E+19"), 0)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> ScaledLongs.unscaled(BigDecimal.ONE, 19)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> ScaledLongs.divide(1, 0, RoundingMode.UP)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_quotient_of_scaled_values_is_the_decimal_quotient_rounded_or_refused() {
    qt().withFixedSeed(20_261_207L).withExamples(5_000)
        .forAll(longs().all(), longs().between(1, Long.MAX_VALUE), integers().between(0, 20), integers().between(0, 20))
        .checkAssert((a, b, as, bs) -> {
          // Small values and divisors as often as arbitrary ones; the scale of the result from 0 to 12.
          long num = as % 2 == 0 ? a % 1_000_000 : a;
          long den = bs % 2 == 0 ? b % 1_000 + 1 : b;
          int scale = (as * 7 + bs) % 13;
          RoundingMode mode = MODES[(as + bs) % MODES.length];
          BigDecimal exact = BigDecimal.valueOf(num, as).divide(BigDecimal.valueOf(den, bs), scale, mode);
          try {
            assertThat(ScaledLongs.quotient(num, as, den, bs, scale, mode)).isEqualTo(exact.unscaledValue().longValueExact());
          } catch (ArithmeticException tooLarge) {
            // Refused only where the power of ten, or the operand moved by it, does not fit in a long.
            int e = scale - as + bs;
            BigInteger moved = e >= 0
                ? BigInteger.valueOf(num).multiply(BigInteger.TEN.pow(e))
                : BigInteger.valueOf(den).multiply(BigInteger.TEN.pow(-e));
            assertThat(Math.abs(e) >= 19 || moved.bitLength() >= 64).as("refused %d, %d, %d, %d", num, as, den, bs).isTrue();
          }
        });
  }

  @Test
  void a_scaled_value_becomes_the_same_double_as_its_decimal() {
    // Values around 2^52 and beyond, small ones, and scales inside and outside the exact powers of ten.
    qt().withFixedSeed(20_261_208L).withExamples(20_000)
        .forAll(longs().all(), integers().between(0, 4), integers().between(-3, 30))
        .checkAssert((raw, size, scale) -> {
          long value = switch (size) {
            case 0 -> raw % 1_000;
            case 1 -> raw % 100_000_000L;
            case 2 -> (1L << 52) + raw % 4;
            case 3 -> -(1L << 52) - raw % 4;
            default -> raw;
          };
          assertThat(ScaledLongs.toDouble(value, scale)).isEqualTo(BigDecimal.valueOf(value, scale).doubleValue());
        });
  }
}
