package io.github.kipp.scoring.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.scoring.CriteriaSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DeviationBounds} holds the deviation the z-score policy defines (computed here as the
 * policy's javadoc states it: squares of the deviations from the rounded mean, each rounded, summed
 * step by step with rounding, divided and rooted), and holds it tightly: on generated populations of
 * every shape the bounds are kipp's, the step-by-step sum is written out here.
 */
class DeviationBoundsTest {

  private static final MathContext MC = CriteriaSet.PRECISION;
  private static final int[] SCALES = {0, 1, 2, 2, 3, 4, 6};

  @Test
  void the_step_by_step_deviation_lies_within_bounds_a_few_units_of_its_last_digit_apart() {
    qt().withFixedSeed(20_261_207L).withExamples(3_000)
        .forAll(longs().all())
        .checkAssert(seed -> check(new SplittableRandom(seed), new SplittableRandom(seed).nextInt(1, 600)));
  }

  @Test
  void large_populations_keep_the_step_by_step_deviation_within_their_bounds() {
    // The rounding errors of the step-by-step sum grow with the number of totals; so does the bound.
    for (long seed = 1; seed <= 6; seed++) {
      check(new SplittableRandom(seed), 150_000);
    }
  }

  @Test
  void totals_that_are_all_equal_have_no_bounds_and_a_declared_deviation_is_its_own_bounds() {
    // Five totals of 12.34: sum 6170, squares 5 × 1234² (unscaled at two decimals).
    assertThat(DeviationBounds.of(5, 6_170, 5L * 1_234 * 1_234, 2, new BigDecimal("12.34"))).isNull();
    DeviationBounds declared = DeviationBounds.exactly(new BigDecimal("7.5"));
    assertThat(declared.low).isEqualByComparingTo("7.5");
    assertThat(declared.high).isSameAs(declared.low);
    assertThatThrownBy(() -> DeviationBounds.of(0, 0, 0, 2, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must be positive: 0");
  }

  @Test
  void two_totals_have_bounds_around_half_their_distance() {
    // 10 and 14: mean 12, deviation exactly 2.
    DeviationBounds b = DeviationBounds.of(2, 24, 100 + 196, 0, new BigDecimal("12"));
    assertThat(b).isNotNull();
    assertThat(b.low).isLessThanOrEqualTo(new BigDecimal("2"));
    assertThat(b.high).isGreaterThanOrEqualTo(new BigDecimal("2"));
    assertThat(b.low).isLessThan(b.high);
    assertThat(b.high.subtract(b.low)).isLessThan(new BigDecimal("1e-30"));
  }

  /** Draws {@code n} totals of one of several shapes and checks the bounds against the policy's steps. */
  private static void check(SplittableRandom r, int n) {
    int scale = SCALES[r.nextInt(SCALES.length)];
    long[] unscaled = new long[n];
    int shape = r.nextInt(5);
    // Sums of squares stay within a long: smaller totals for larger populations.
    long range = n > 10_000 ? 1_000_000L : 100_000_000L;
    long base = r.nextLong(0, range / 10);
    for (int k = 0; k < n; k++) {
      unscaled[k] = switch (shape) {
        // Anywhere on a wide range.
        case 0 -> r.nextLong(0, range);
        // Clustered within a few units of the last place.
        case 1 -> base + r.nextInt(0, 3);
        // All equal but one.
        case 2 -> k == n - 1 ? base + 1 : base;
        // Two values only.
        case 3 -> r.nextBoolean() ? base : base + r.nextInt(1, 1_000);
        // Negative and positive.
        default -> r.nextLong(-range / 20, range / 20);
      };
    }
    long sum = 0;
    long squares = 0;
    for (long u : unscaled) {
      sum = Math.addExact(sum, u);
      squares = Math.addExact(squares, Math.multiplyExact(u, u));
    }
    BigDecimal count = BigDecimal.valueOf(n);
    BigDecimal mean = BigDecimal.valueOf(sum, scale).divide(count, MC);
    BigDecimal stepSquares = BigDecimal.ZERO;
    for (long u : unscaled) {
      BigDecimal d = BigDecimal.valueOf(u, scale).subtract(mean);
      stepSquares = stepSquares.add(d.multiply(d, MC), MC);
    }
    BigDecimal variance = stepSquares.divide(count, MC);
    BigDecimal sd = variance.signum() == 0 ? BigDecimal.ZERO : variance.sqrt(MC);
    DeviationBounds bounds = DeviationBounds.of(n, sum, squares, scale, mean);
    String what = n + " totals of shape " + shape + " at scale " + scale + ", deviation " + sd;
    if (sd.signum() == 0) {
      assertThat(bounds).as(what).isNull();
      return;
    }
    assertThat(bounds).as(what).isNotNull();
    assertThat(bounds.low).as("low bound of " + what).isLessThanOrEqualTo(sd);
    assertThat(bounds.high).as("high bound of " + what).isGreaterThanOrEqualTo(sd);
    // Tight: (n + 2)·10⁻³³ of the deviation, relatively (the bound on the sum's rounding, halved by
    // the root, on either side), and four units of its last digit (each bound's division and root
    // round, each within an ulp of the root of its exact bound).
    BigDecimal allowed = sd.multiply(BigDecimal.valueOf(n + 2L).scaleByPowerOfTen(-33))
        .add(sd.ulp().multiply(BigDecimal.valueOf(4)));
    assertThat(bounds.high.subtract(bounds.low)).as("width of " + what).isLessThanOrEqualTo(allowed);
    assertThat(bounds.low.precision()).as(what).isLessThanOrEqualTo(34);
    assertThat(bounds.high.precision()).as(what).isLessThanOrEqualTo(34);
  }
}
