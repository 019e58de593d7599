package io.github.kipp.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
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
}
