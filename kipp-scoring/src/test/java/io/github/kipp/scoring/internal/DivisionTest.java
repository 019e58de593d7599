package io.github.kipp.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionTest {

  private static final List<String> DIVISORS = List.of(
      "1", "2", "3", "4", "5", "6", "7", "8", "10", "16", "20", "25", "40", "100", "125", "1024",
      "0.25", "1.00", "0.001", "3.5", "12.5", "1E+3", "2E-5", "-4", "0", "7.000", "390625",
      "1152921504606846976", "3814697265625", "1E+30", "0.0000000000000000000064");

  private static final List<MathContext> CONTEXTS = List.of(
      MathContext.DECIMAL128, MathContext.DECIMAL64, new MathContext(5, RoundingMode.HALF_UP),
      new MathContext(1, RoundingMode.DOWN), MathContext.UNLIMITED);

  @Test
  void the_quotient_has_the_value_and_scale_that_big_decimal_divide_gives() {
    qt().withFixedSeed(17)
        .withExamples(20_000)
        .forAll(longs().all(), integers().between(-12, 24), integers().between(0, DIVISORS.size() - 1),
            integers().between(0, CONTEXTS.size() - 1))
        .checkAssert((unscaled, scale, d, c) -> {
          // Some dividends are huge: the unscaled value times itself.
          BigInteger big = unscaled % 7 == 0 ? BigInteger.valueOf(unscaled).pow(3) : BigInteger.valueOf(unscaled);
          BigDecimal dividend = new BigDecimal(big, scale);
          BigDecimal divisor = new BigDecimal(DIVISORS.get(d));
          MathContext mc = CONTEXTS.get(c);
          BigDecimal expected;
          try {
            expected = dividend.divide(divisor, mc);
          } catch (ArithmeticException e) {
            assertThatThrownBy(() -> Division.divide(dividend, divisor, mc)).isInstanceOf(ArithmeticException.class);
            return;
          }
          BigDecimal actual = Division.divide(dividend, divisor, mc);
          assertThat(actual).as("%s / %s in %s", dividend, divisor, mc).isEqualTo(expected);
          assertThat(actual.scale()).isEqualTo(expected.scale());
        });
  }

  @Test
  void means_of_a_few_sheets_keep_the_scale_of_their_sum_where_they_terminate() {
    BigDecimal sum = new BigDecimal("367.50");

    assertThat(Division.divide(sum, BigDecimal.valueOf(5), MathContext.DECIMAL128)).isEqualTo(new BigDecimal("73.50"));
    assertThat(Division.divide(sum, BigDecimal.valueOf(4), MathContext.DECIMAL128)).isEqualTo(new BigDecimal("91.875"));
    assertThat(Division.divide(sum, BigDecimal.valueOf(3), MathContext.DECIMAL128)).isEqualTo(new BigDecimal("122.50"));
    assertThat(Division.divide(new BigDecimal("1.00"), BigDecimal.valueOf(3), MathContext.DECIMAL128))
        .isEqualTo(new BigDecimal("0." + "3".repeat(34)));
  }
}
