package io.github.kipp.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * The rank bootstrap's parts against independent definitions: the replicates' seeds against the JDK's
 * SplitMix64 generator, the bounded draw against the acceptance set of Lemire's method, the sort
 * keys and the radix sort against {@link Double#compare} and {@link Arrays#sort}, and whole runs
 * against an oracle that resamples with the same draws and ranks with exact rational arithmetic.
 */
class RankBootstrapTest {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final long TWO_TO_32 = 1L << 32;
  private static final Executor CALLER = Runnable::run;

  // ---------------------------------------------------------------- seeds

  @Test
  void a_replicates_seed_is_the_output_a_splittable_random_of_the_run_seed_gives_at_that_replicate() {
    qt().withFixedSeed(11).withExamples(1_000).forAll(longs().all(), integers().between(0, 200)).checkAssert((seed, replicate) -> {
      SplittableRandom random = new SplittableRandom(seed);
      long expected = 0;
      for (int k = 0; k <= replicate; k++) {
        expected = random.nextLong();
      }
      assertThat(RankBootstrap.mix(seed, replicate)).isEqualTo(expected);
    });
  }

  @Test
  void the_first_replicates_seed_of_seed_zero_is_splitmix64s_first_output() {
    // The first output of SplitMix64 started from 0, as published with the generator.
    assertThat(RankBootstrap.mix(0, 0)).isEqualTo(0xE220A8397B1DCDAFL);
  }

  // ---------------------------------------------------------------- bounded draws

  /**
   * Lemire's draw by its definition: take the high 32 bits x of the next output; accept when the
   * low 32 bits of x·bound are at least 2^32 mod bound, the accepted set then holding the same
   * number of x for every result; the result is the high 32 bits of x·bound.
   */
  private static int lemire(SplittableRandom random, int bound) {
    long threshold = TWO_TO_32 % bound;
    while (true) {
      long product = (random.nextLong() >>> 32) * bound;
      if (product % TWO_TO_32 >= threshold) {
        return (int) (product / TWO_TO_32);
      }
    }
  }

  @Test
  void a_bounded_draw_is_lemires_and_takes_as_many_outputs_as_it_rejects_plus_one() {
    // 2^30 + 1 rejects about a quarter of the draws, 3 · 2^29 + 7 about half; the small bounds rarely.
    int[] bounds = {1, 2, 3, 7, 1_000, (1 << 30) + 1, 3 * (1 << 29) + 7, Integer.MAX_VALUE};
    int[] rejected = new int[1];
    qt().withFixedSeed(12).withExamples(2_000).forAll(longs().all(), integers().between(0, bounds.length - 1)).checkAssert((seed, b) -> {
      int bound = bounds[b];
      SplittableRandom actual = new SplittableRandom(seed);
      SplittableRandom expected = new SplittableRandom(seed);

      int draw = RankBootstrap.below(actual, bound);

      assertThat(draw).isEqualTo(lemire(expected, bound)).isBetween(0, bound - 1);
      assertThat(actual.nextLong()).as("both took the same number of outputs").isEqualTo(expected.nextLong());
      long first = (new SplittableRandom(seed).nextLong() >>> 32) * bound;
      rejected[0] += first % TWO_TO_32 < TWO_TO_32 % bound ? 1 : 0;
    });
    assertThat(rejected[0]).as("draws rejected at least once").isGreaterThan(100);
  }

  @Test
  void a_draw_whose_low_product_is_exactly_the_threshold_is_accepted_and_one_below_it_is_rejected() {
    int bound = (1 << 30) + 1;
    long threshold = TWO_TO_32 % bound;
    assertThat(threshold).isEqualTo((1L << 30) - 3);

    SplittableRandom atThreshold = generatorWhoseFirstHighBitsAre(xWithLowProduct(threshold, bound));
    long x = xWithLowProduct(threshold, bound);
    assertThat(RankBootstrap.below(atThreshold, bound)).isEqualTo((int) ((x * bound) >>> 32));

    long y = xWithLowProduct(threshold - 1, bound);
    SplittableRandom belowThreshold = generatorWhoseFirstHighBitsAre(y);
    SplittableRandom same = generatorWhoseFirstHighBitsAre(y);
    same.nextLong();
    int expected = lemire(same, bound);
    assertThat(RankBootstrap.below(belowThreshold, bound)).isEqualTo(expected);
    assertThat(belowThreshold.nextLong()).isEqualTo(same.nextLong());
  }

  /** The x below 2^32 whose product with an odd bound has the given low 32 bits. */
  private static long xWithLowProduct(long low, int bound) {
    long x = (low * inverse(bound)) & 0xFFFF_FFFFL;
    assertThat((x * bound) & 0xFFFF_FFFFL).isEqualTo(low);
    return x;
  }

  /** A generator whose first output has {@code x} in its high 32 bits: SplitMix64 run backwards. */
  private static SplittableRandom generatorWhoseFirstHighBitsAre(long x) {
    long output = x << 32;
    long z = unshift(output, 31);
    z = unshift(z * inverse(0x94D049BB133111EBL), 27);
    z = unshift(z * inverse(0xBF58476D1CE4E5B9L), 30);
    SplittableRandom random = new SplittableRandom(z - GOLDEN_GAMMA);
    assertThat(new SplittableRandom(z - GOLDEN_GAMMA).nextLong()).isEqualTo(output);
    return random;
  }

  /** The inverse of {@code y = x ^ (x >>> shift)}. */
  private static long unshift(long y, int shift) {
    long x = y;
    for (int i = 0; i < Long.SIZE / shift + 1; i++) {
      x = y ^ (x >>> shift);
    }
    return x;
  }

  /** The multiplicative inverse of an odd number modulo 2^64, by Newton's iteration. */
  private static long inverse(long odd) {
    long inv = odd;
    for (int i = 0; i < 5; i++) {
      inv *= 2 - odd * inv;
    }
    return inv;
  }

  // ---------------------------------------------------------------- keys and sorting

  @Test
  void sort_keys_order_doubles_as_double_compare_does() {
    double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 1.0, -1.0};
    qt().withFixedSeed(13).withExamples(2_000).forAll(longs().all(), longs().all()).checkAssert((a, b) -> {
      double x = a % 7 == 0 ? special[Math.floorMod(a, special.length)] : Double.longBitsToDouble(a);
      double y = b % 7 == 0 ? special[Math.floorMod(b, special.length)] : Double.longBitsToDouble(b);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return;
      }
      assertThat(Integer.signum(Long.compare(RankBootstrap.sortable(x), RankBootstrap.sortable(y)))).as("%s against %s", x, y)
          .isEqualTo(Integer.signum(Double.compare(x, y)));
    });
  }

  @Test
  void the_radix_sort_sorts_signed_keys_that_vary_in_any_set_of_bytes() {
    qt().withFixedSeed(14).withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom g = new SplittableRandom(seed);
      // Keys share a base and vary only in some bytes, an odd or even number of them, the sign byte among them or not.
      long varying = 0;
      for (int b = 0; b < Long.BYTES; b++) {
        if (g.nextInt(3) == 0) {
          varying |= 0xFFL << (8 * b);
        }
      }
      long base = g.nextLong();
      long[] keys = new long[g.nextInt(0, 40)];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = (base & ~varying) | (g.nextLong() & varying);
      }
      long[] expected = keys.clone();
      Arrays.sort(expected);

      RankBootstrap.radixSort(keys, new long[keys.length], new int[257]);

      assertThat(keys).containsExactly(expected);
    });
  }

  // ---------------------------------------------------------------- whole runs

  /** A statistic as an exact fraction. */
  private record Fraction(long numerator, long denominator) {
    boolean greaterThan(Fraction o) {
      return numerator * o.denominator > o.numerator * denominator;
    }
  }

  /**
   * Each proposal's rank in each replicate, from the same draws as the bootstrap (the replicate's
   * generator, each proposal in turn, n draws when it has n ≥ 2 values), the mean or median kept
   * as an exact fraction of hundredths, and competition ranks: one more than the number of
   * proposals whose statistic is strictly greater.
   */
  private static int[][] oracleRanks(long[][] samples, long[] fixed, boolean median, int replicates, long seed) {
    int size = fixed.length;
    int[][] ranks = new int[size][replicates];
    for (int r = 0; r < replicates; r++) {
      SplittableRandom random = new SplittableRandom(RankBootstrap.mix(seed, r));
      Fraction[] stat = new Fraction[size];
      for (int i = 0; i < size; i++) {
        long[] values = samples[i];
        int n = values.length;
        if (n == 0) {
          stat[i] = new Fraction(fixed[i], 1);
        } else if (n == 1) {
          stat[i] = new Fraction(values[0], 1);
        } else {
          long[] drawn = new long[n];
          for (int k = 0; k < n; k++) {
            drawn[k] = values[RankBootstrap.below(random, n)];
          }
          if (median) {
            Arrays.sort(drawn);
            stat[i] = n % 2 == 1 ? new Fraction(drawn[n / 2], 1) : new Fraction(drawn[n / 2 - 1] + drawn[n / 2], 2);
          } else {
            stat[i] = new Fraction(Arrays.stream(drawn).sum(), n);
          }
        }
      }
      for (int i = 0; i < size; i++) {
        int above = 0;
        for (int j = 0; j < size; j++) {
          above += stat[j].greaterThan(stat[i]) ? 1 : 0;
        }
        ranks[i][r] = above + 1;
      }
    }
    return ranks;
  }

  private static long hundredths(BigDecimal v) {
    return v.movePointRight(2).longValueExact();
  }

  private static BigDecimal value(SplittableRandom g) {
    return BigDecimal.valueOf(g.nextInt(-500, 501), g.nextInt(0, 3));
  }

  @Test
  void a_run_ranks_every_replicate_as_an_exact_resampling_oracle_does_and_summarises_by_nearest_rank() {
    qt().withFixedSeed(15).withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom g = new SplittableRandom(seed);
      int size = g.nextInt(1, 7);
      List<List<BigDecimal>> samples = new ArrayList<>();
      List<BigDecimal> fixed = new ArrayList<>();
      long[][] sampleHundredths = new long[size][];
      long[] fixedHundredths = new long[size];
      for (int i = 0; i < size; i++) {
        // Up to 20 values, so that medians of more than 16 draws occur; few distinct values, so that ties do.
        int n = g.nextInt(0, 21);
        List<BigDecimal> sample = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          sample.add(g.nextInt(3) == 0 ? BigDecimal.valueOf(g.nextInt(3)) : value(g));
        }
        samples.add(sample);
        fixed.add(value(g));
        sampleHundredths[i] = sample.stream().mapToLong(RankBootstrapTest::hundredths).toArray();
        fixedHundredths[i] = hundredths(fixed.get(i));
      }
      boolean median = g.nextBoolean();
      int replicates = g.nextInt(1, 150);
      long runSeed = g.nextLong();
      int lower = g.nextInt(1, replicates + 1);
      int middle = g.nextInt(1, replicates + 1);
      int upper = g.nextInt(1, replicates + 1);
      int shortlist = g.nextInt(1, size + 2);

      RankBootstrap.Summary summary = RankBootstrap.run(
          new RankBootstrap.Plan(samples, fixed, median, replicates, runSeed, lower, middle, upper, shortlist), CALLER);

      int[][] ranks = oracleRanks(sampleHundredths, fixedHundredths, median, replicates, runSeed);
      for (int i = 0; i < size; i++) {
        int[] sorted = ranks[i].clone();
        Arrays.sort(sorted);
        int within = Math.min(shortlist, size);
        assertThat(summary.lower(i)).as("lower bound of %s", i).isEqualTo(sorted[lower - 1]);
        assertThat(summary.median(i)).as("median of %s", i).isEqualTo(sorted[middle - 1]);
        assertThat(summary.upper(i)).as("upper bound of %s", i).isEqualTo(sorted[upper - 1]);
        assertThat(summary.shortlisted(i)).as("shortlisted count of %s", i).isEqualTo((int) Arrays.stream(sorted).filter(k -> k <= within).count());
      }
    });
  }

  @Test
  void scores_that_differ_only_in_the_bits_the_proposal_index_takes_are_still_ranked_exactly() {
    // 2^53 + 6, + 4, + 2 and 2^53 are neighbouring doubles: their sort keys agree above the two
    // index bits of four proposals, so the radix sort leaves them in index order, best first, and
    // the ranks must come from the exact comparison that follows.
    long twoTo53 = 1L << 53;
    List<BigDecimal> fixed = List.of(BigDecimal.valueOf(twoTo53 + 6), BigDecimal.valueOf(twoTo53 + 4), BigDecimal.valueOf(twoTo53 + 2),
        BigDecimal.valueOf(twoTo53));
    List<List<BigDecimal>> noSamples = List.of(List.of(), List.of(), List.of(), List.of());

    RankBootstrap.Summary summary = RankBootstrap.run(new RankBootstrap.Plan(noSamples, fixed, false, 3, 1, 1, 2, 3, 1), CALLER);

    for (int i = 0; i < 4; i++) {
      assertThat(summary.lower(i)).isEqualTo(i + 1);
      assertThat(summary.upper(i)).isEqualTo(i + 1);
    }
    assertThat(summary.shortlisted(0)).isEqualTo(3);
    assertThat(summary.shortlisted(1)).isZero();
  }

  // ---------------------------------------------------------------- helpers

  /** An executor that keeps the helpers offered to it and runs none, so the calling thread does all the work. */
  private static final class Keeping implements Executor {
    final List<Runnable> offered = new ArrayList<>();

    @Override
    public void execute(Runnable command) {
      offered.add(command);
    }
  }

  private static RankBootstrap.Plan twoFixed(int replicates) {
    return new RankBootstrap.Plan(List.of(List.of(), List.of()), List.of(BigDecimal.ONE, BigDecimal.TEN), false, replicates, 5, 1, 1, replicates, 1);
  }

  @Test
  void the_executor_is_offered_one_helper_per_block_beyond_the_first_and_at_most_the_helper_limit() {
    // Blocks of 64 replicates: 64 is one block, 65 and 127 two, 129 three, 300 blocks reach the limit.
    int[][] cases = {{1, 0}, {64, 0}, {65, 1}, {127, 1}, {128, 1}, {129, 2}, {RankBootstrap.BLOCK * 300, RankBootstrap.MAX_HELPERS}};
    for (int[] c : cases) {
      Keeping executor = new Keeping();

      RankBootstrap.Summary summary = RankBootstrap.run(twoFixed(c[0]), executor);

      assertThat(executor.offered).as("helpers offered for %s replicates", c[0]).hasSize(c[1]);
      // The proposal at 10 ranks first in every replicate; helpers started late find nothing left to do.
      assertThat(summary.lower(1)).isEqualTo(1);
      assertThat(summary.upper(0)).isEqualTo(2);
      assertThat(summary.shortlisted(1)).isEqualTo(c[0]);
      executor.offered.forEach(Runnable::run);
      assertThat(summary.shortlisted(1)).isEqualTo(c[0]);
    }
  }
}
