package io.github.kipp.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.scoring.reliability.Ratings;
import io.github.kipp.scoring.reliability.RaterReliability;
import io.github.kipp.scoring.reliability.ReliabilityEstimate;
import io.github.kipp.scoring.reliability.ReliabilityOptions;
import io.github.kipp.scoring.reliability.StageReliability;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The reliability bootstrap against an oracle written from the textbook definitions: each replicate
 * drawn with the same seeds, then Krippendorff's alpha computed from pairwise differences and the
 * intraclass correlations from row, column and cell means, instead of the running sums the bootstrap
 * keeps. Every replicate is compared, not only the two that become the interval's bounds.
 */
class ReliabilityBootstrapOracleTest {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final StageId STAGE = StageId.of("evaluasi-proposal");

  /** The statistics of the defined replicates, sorted ascending, and how many replicates were undefined. */
  private record Expected(double[] sorted, int undefined) {}

  // ---------------------------------------------------------------- alpha

  /** Units of integer values, at least two per unit; a small range makes degenerate resamples common. */
  private static int[][] units(SplittableRandom random, int size, int range, int base) {
    int[][] units = new int[size][];
    for (int u = 0; u < size; u++) {
      int m = random.nextInt(2, 5);
      units[u] = new int[m];
      for (int i = 0; i < m; i++) {
        units[u][i] = base + random.nextInt(range);
      }
    }
    return units;
  }

  private static Expected alphaOracle(int[][] units, int replicates, long seed) {
    int size = units.length;
    double[] values = new double[replicates];
    int defined = 0;
    for (int r = 0; r < replicates; r++) {
      SplittableRandom random = new SplittableRandom(RankBootstrap.mix(seed, 2L * r));
      List<int[]> drawn = new ArrayList<>();
      for (int d = 0; d < size; d++) {
        drawn.add(units[RankBootstrap.below(random, size)]);
      }
      List<Integer> all = new ArrayList<>();
      double observed = 0;
      for (int[] unit : drawn) {
        long pairs = 0;
        for (int i = 0; i < unit.length; i++) {
          all.add(unit[i]);
          for (int j = 0; j < unit.length; j++) {
            long diff = unit[i] - unit[j];
            pairs += diff * diff;
          }
        }
        observed += (double) pairs / (unit.length - 1);
      }
      long expected = 0;
      for (int c : all) {
        for (int d : all) {
          long diff = c - d;
          expected += diff * diff;
        }
      }
      int n = all.size();
      if (expected > 0) {
        values[defined++] = 1 - (n - 1) * observed / expected;
      }
    }
    double[] sorted = Arrays.copyOf(values, defined);
    Arrays.sort(sorted);
    return new Expected(sorted, replicates - defined);
  }

  private static ReliabilityBootstrap.Replicates alphaBootstrap(int[][] units, int replicates, long seed) {
    long n = 0;
    long total = 0;
    for (int[] unit : units) {
      n += unit.length;
      for (int v : unit) {
        total += v;
      }
    }
    double centre = (double) total / n;
    int size = units.length;
    int[] counts = new int[size];
    double[] sums = new double[size];
    double[] squares = new double[size];
    double[] within = new double[size];
    for (int u = 0; u < size; u++) {
      int m = units[u].length;
      double mean = 0;
      for (int v : units[u]) {
        mean += v;
      }
      mean /= m;
      double deviations = 0;
      for (int v : units[u]) {
        double x = v - centre;
        counts[u] = m;
        sums[u] += x;
        squares[u] += x * x;
        deviations += (v - mean) * (v - mean);
      }
      within[u] = m * deviations / (m - 1);
    }
    return ReliabilityBootstrap.alpha(counts, sums, squares, within, replicates, seed);
  }

  @Test
  void every_alpha_replicate_is_the_pairwise_definition_of_alpha_on_the_same_resample() {
    qt().withFixedSeed(19_101).withExamples(1_000)
        .forAll(longs().all(), integers().between(1, 9), integers().between(1, 4), integers().between(0, 90))
        .checkAssert((seed, size, range, base) -> {
          int[][] units = units(new SplittableRandom(seed), size, range, base);
          ReliabilityBootstrap.Replicates actual = alphaBootstrap(units, 30, seed);
          assertSame(actual, alphaOracle(units, 30, seed));
        });
  }

  @Test
  void an_alpha_resample_of_values_all_at_the_grand_mean_is_undefined_not_a_number() {
    // centred on 5, the first unit is all zeros: a resample of it alone has no spread at all
    int[][] units = {{5, 5}, {4, 6}};
    ReliabilityBootstrap.Replicates actual = alphaBootstrap(units, 200, 11);
    Expected expected = alphaOracle(units, 200, 11);
    assertThat(expected.undefined()).isPositive();
    assertSame(actual, expected);
    for (int i = 1; i <= actual.defined(); i++) {
      assertThat(actual.atCount(i)).isNotNaN();
    }
  }

  // ---------------------------------------------------------------- ICC

  private static int[][] table(SplittableRandom random, int rows, int columns, int range, int base) {
    int[][] table = new int[rows][columns];
    for (int[] row : table) {
      for (int j = 0; j < columns; j++) {
        row[j] = base + random.nextInt(range);
      }
    }
    return table;
  }

  /** ICC(2,1) (index 0) and ICC(2,k) (index 1) of each replicate, from the means of the resampled table. */
  private static Expected[] iccOracle(int[][] table, int replicates, long seed) {
    int n = table.length;
    int k = table[0].length;
    double[][] values = new double[2][replicates];
    int[] defined = new int[2];
    for (int r = 0; r < replicates; r++) {
      SplittableRandom random = new SplittableRandom(RankBootstrap.mix(seed, 2L * r + 1));
      int[][] drawn = new int[n][];
      for (int d = 0; d < n; d++) {
        drawn[d] = table[RankBootstrap.below(random, n)];
      }
      double grand = 0;
      double[] rowMeans = new double[n];
      double[] columnMeans = new double[k];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < k; j++) {
          grand += drawn[i][j];
          rowMeans[i] += drawn[i][j] / (double) k;
          columnMeans[j] += drawn[i][j] / (double) n;
        }
      }
      grand /= n * k;
      double betweenRows = 0;
      for (double m : rowMeans) {
        betweenRows += (m - grand) * (m - grand);
      }
      double betweenColumns = 0;
      for (double m : columnMeans) {
        betweenColumns += (m - grand) * (m - grand);
      }
      double residual = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < k; j++) {
          double e = drawn[i][j] - rowMeans[i] - columnMeans[j] + grand;
          residual += e * e;
        }
      }
      double bms = k * betweenRows / (n - 1);
      double jms = n * betweenColumns / (k - 1);
      double ems = residual / ((n - 1) * (k - 1));
      // the denominators' signs, exactly: both times n·k·(n−1)·(k−1) are integers
      long[] exact = exactDenominators(drawn);
      if (exact[0] > 0) {
        values[0][defined[0]++] = (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n);
      }
      if (exact[1] > 0) {
        values[1][defined[1]++] = (bms - ems) / (bms + (jms - ems) / n);
      }
    }
    Expected[] out = new Expected[2];
    for (int s = 0; s < 2; s++) {
      double[] sorted = Arrays.copyOf(values[s], defined[s]);
      Arrays.sort(sorted);
      out[s] = new Expected(sorted, replicates - defined[s]);
    }
    return out;
  }

  /** n·(k−1)·SSR·… : the two denominators scaled by n²·k·(n−1)·(k−1), in integers. */
  private static long[] exactDenominators(int[][] t) {
    int n = t.length;
    int k = t[0].length;
    long g = 0;
    long q = 0;
    long rowTerm = 0;
    long[] columns = new long[k];
    for (int[] row : t) {
      long sum = 0;
      for (int j = 0; j < k; j++) {
        sum += row[j];
        q += (long) row[j] * row[j];
        columns[j] += row[j];
      }
      rowTerm += sum * sum;
      g += sum;
    }
    long columnTerm = 0;
    for (long c : columns) {
      columnTerm += c * c;
    }
    // n·k times the sums of squares
    long ssr = n * rowTerm - g * g;
    long ssc = k * columnTerm - g * g;
    long sse = (long) n * k * q - n * rowTerm - k * columnTerm + g * g;
    // the mean squares times n·k·(n−1)·(k−1)
    long b = ssr * (k - 1);
    long j = ssc * (n - 1);
    long e = sse;
    long single = n * b + (long) n * (k - 1) * e + k * (j - e);
    long average = n * b + j - e;
    return new long[] {single, average};
  }

  private static ReliabilityBootstrap.Replicates[] iccBootstrap(int[][] table, int replicates, long seed) {
    int n = table.length;
    int k = table[0].length;
    long total = 0;
    for (int[] row : table) {
      for (int v : row) {
        total += v;
      }
    }
    double centre = (double) total / (n * k);
    double[][] centred = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        centred[i][j] = table[i][j] - centre;
      }
    }
    return ReliabilityBootstrap.icc(centred, replicates, seed);
  }

  @Test
  void every_icc_replicate_is_the_mean_squares_definition_on_the_same_resample() {
    qt().withFixedSeed(19_102).withExamples(1_000)
        .forAll(longs().all(), integers().between(2, 9), integers().between(2, 5), integers().between(1, 4))
        .checkAssert((seed, rows, columns, range) -> {
          int[][] table = table(new SplittableRandom(seed), rows, columns, range, 40);
          ReliabilityBootstrap.Replicates[] actual = iccBootstrap(table, 30, seed);
          Expected[] expected = iccOracle(table, 30, seed);
          assertSame(actual[0], expected[0]);
          assertSame(actual[1], expected[1]);
        });
  }

  @Test
  void an_icc_resample_of_values_all_at_the_grand_mean_is_undefined_not_a_number() {
    // centred on 5, the first row is all zeros: a resample of it alone has no spread at all
    int[][] table = {{5, 5}, {4, 6}, {6, 4}};
    ReliabilityBootstrap.Replicates[] actual = iccBootstrap(table, 300, 5);
    Expected[] expected = iccOracle(table, 300, 5);
    assertThat(expected[0].undefined()).isPositive();
    assertSame(actual[0], expected[0]);
    assertSame(actual[1], expected[1]);
  }

  // ---------------------------------------------------------------- through the public assessment

  @Test
  void the_reported_intervals_are_the_nearest_rank_percentiles_of_the_oracles_replicates() {
    qt().withFixedSeed(19_103).withExamples(300)
        .forAll(longs().all(), integers().between(2, 8), integers().between(2, 4), integers().between(2, 5))
        .checkAssert((seed, rows, columns, range) -> {
          SplittableRandom random = new SplittableRandom(seed);
          int[][] table = table(random, rows, columns, range, 60);
          int replicates = 40;
          ReliabilityOptions options = ReliabilityOptions.newBuilder().seed(seed).replicates(replicates)
              .confidence(new BigDecimal("0.90")).build();
          Ratings.Builder b = Ratings.newBuilder(STAGE);
          for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
              b.rate(ProposalId.of("p-" + i), ActorId.of("te-" + j), BigDecimal.valueOf(table[i][j]));
            }
          }
          StageReliability assessed = RaterReliability.assess(b.build(), options);
          // the table is complete, so alpha's units are its rows and the ICC's table is the table
          assessed.alpha().ifPresent(a -> assertInterval(a, alphaOracle(table, replicates, seed)));
          Expected[] icc = iccOracle(table, replicates, seed);
          assessed.iccSingle().ifPresent(a -> assertInterval(a, icc[0]));
          assessed.iccAverage().ifPresent(a -> assertInterval(a, icc[1]));
        });
  }

  private static void assertInterval(ReliabilityEstimate estimate, Expected expected) {
    assertThat(estimate.definedReplicates()).isEqualTo(expected.sorted().length);
    assertThat(estimate.undefinedReplicates()).isEqualTo(expected.undefined());
    int n = expected.sorted().length;
    if (n == 0) {
      assertThat(estimate.lower()).isEmpty();
      return;
    }
    // 90 %: the 5th and 95th percentiles by nearest rank, ⌈0.05·n⌉ and ⌈0.95·n⌉
    double lower = expected.sorted()[Math.max(1, nearestRank("0.05", n)) - 1];
    double upper = expected.sorted()[Math.min(n, nearestRank("0.95", n)) - 1];
    assertThat(estimate.lower().orElseThrow()).isCloseTo(scaled(lower), within(new BigDecimal("0.0001")));
    assertThat(estimate.upper().orElseThrow()).isCloseTo(scaled(upper), within(new BigDecimal("0.0001")));
  }

  private static int nearestRank(String q, int n) {
    return new BigDecimal(q).multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
  }

  private static BigDecimal scaled(double value) {
    return new BigDecimal(value).setScale(ReliabilityEstimate.SCALE, RoundingMode.HALF_EVEN);
  }

  // ---------------------------------------------------------------- the shared derivation of seeds

  @Test
  void a_replicates_seed_is_the_output_of_the_jdks_splittable_random_started_at_the_seed_plus_the_replicates_gammas() {
    qt().withFixedSeed(19_104).withExamples(1_000)
        .forAll(longs().all(), integers().between(0, 1_000_000))
        .checkAssert((seed, replicate) -> assertThat(RankBootstrap.mix(seed, replicate))
            .isEqualTo(new SplittableRandom(seed + replicate * GOLDEN_GAMMA).nextLong()));
  }

  private static void assertSame(ReliabilityBootstrap.Replicates actual, Expected expected) {
    assertThat(actual.undefined()).as("undefined replicates").isEqualTo(expected.undefined());
    assertThat(actual.defined()).as("defined replicates").isEqualTo(expected.sorted().length);
    for (int i = 0; i < expected.sorted().length; i++) {
      double e = expected.sorted()[i];
      assertThat(actual.atCount(i + 1)).as("replicate %d of %d", i + 1, expected.sorted().length)
          .isCloseTo(e, offset(1e-9 * Math.max(1, Math.abs(e))));
    }
  }
}
