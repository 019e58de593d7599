package io.github.kipp.scoring.internal;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The numeric core of the reliability bootstrap: resamples proposals with replacement and recomputes
 * Krippendorff's interval alpha and the two-way random intraclass correlations ICC(2,1) and ICC(2,k)
 * on each replicate, in {@code double}.
 *
 * <p>Replicate {@code r} of alpha draws from a {@link SplittableRandom} seeded with {@link
 * RankBootstrap#mix(long, long) mix}{@code (seed, 2r)}, replicate {@code r} of the ICC with {@code
 * mix(seed, 2r + 1)}, and both draw indices with {@link RankBootstrap#below}: the same derivation as
 * the rank bootstrap, so a result depends on the seed and the data only.
 *
 * <p>Values are centred on their grand mean before they arrive, so that the sums of squares keep
 * their precision. A replicate whose statistic is undefined (no spread at all, within {@value
 * #TOLERANCE} of the sum of squares) is counted, not kept.
 */
public final class ReliabilityBootstrap {

  /**
   * The relative size below which a resample's spread counts as none: above the rounding error of the
   * sums in {@code double}, so that a resample of equal values is undefined rather than a rounding
   * artefact; a resample whose spread is a trillionth of its sum of squares or less is undefined.
   */
  static final double TOLERANCE = 1e-12;

  private ReliabilityBootstrap() {}

  /** The statistics of the replicates whose statistic was defined, sorted ascending, and how many were not. */
  public static final class Replicates {
    private final double[] sorted;
    private final int undefined;

    Replicates(double[] sorted, int undefined) {
      this.sorted = requireNonNull(sorted, "sorted");
      this.undefined = undefined;
    }

    /**
     * Returns the number of replicates whose statistic was defined.
     *
     * @return zero or more
     */
    public int defined() {
      return sorted.length;
    }

    /**
     * Returns the number of replicates whose statistic was undefined.
     *
     * @return zero or more
     */
    public int undefined() {
      return undefined;
    }

    /**
     * Returns the nearest-rank percentile: the smallest value such that at least ⌈q·n⌉ of the n
     * defined replicates are at or below it.
     *
     * @param count ⌈q·n⌉, 1 to n
     * @return the value
     */
    public double atCount(int count) {
      return sorted[Math.max(1, Math.min(sorted.length, count)) - 1];
    }
  }

  /**
   * Bootstraps Krippendorff's interval alpha over pairable units.
   *
   * @param counts each pairable unit's number of values, at least 2
   * @param sums each unit's sum of centred values
   * @param squares each unit's sum of squared centred values
   * @param within each unit's {@code m·W/(m−1)}, W its sum of squared deviations from its own mean
   * @param replicates the number of replicates, at least 1
   * @param seed the seed
   * @return the replicates, not null
   */
  public static Replicates alpha(int[] counts, double[] sums, double[] squares, double[] within, int replicates, long seed) {
    int units = counts.length;
    double[] out = new double[replicates];
    int defined = 0;
    for (int r = 0; r < replicates; r++) {
      SplittableRandom random = new SplittableRandom(RankBootstrap.mix(seed, 2L * r));
      long n = 0;
      double s1 = 0;
      double s2 = 0;
      double a = 0;
      for (int d = 0; d < units; d++) {
        int u = RankBootstrap.below(random, units);
        n += counts[u];
        s1 += sums[u];
        s2 += squares[u];
        a += within[u];
      }
      double total = s2 - s1 * s1 / n;
      if (n >= 2 && total > TOLERANCE * s2 && Double.isFinite(total)) {
        out[defined++] = 1 - (n - 1) * a / (n * total);
      }
    }
    double[] sorted = Arrays.copyOf(out, defined);
    Arrays.sort(sorted);
    return new Replicates(sorted, replicates - defined);
  }

  /**
   * Bootstraps ICC(2,1) and ICC(2,k) over the rows of a complete table.
   *
   * @param rows each row's centred values, all of the same length k, at least 2; at least 2 rows
   * @param replicates the number of replicates, at least 1
   * @param seed the seed
   * @return the replicates of ICC(2,1) then of ICC(2,k), not null
   */
  public static Replicates[] icc(double[][] rows, int replicates, long seed) {
    int n = rows.length;
    int k = rows[0].length;
    double[] rowSums = new double[n];
    double[] rowSquares = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        rowSums[i] += rows[i][j];
        rowSquares[i] += rows[i][j] * rows[i][j];
      }
    }
    double[] single = new double[replicates];
    double[] average = new double[replicates];
    double[] columns = new double[k];
    int definedSingle = 0;
    int definedAverage = 0;
    for (int r = 0; r < replicates; r++) {
      SplittableRandom random = new SplittableRandom(RankBootstrap.mix(seed, 2L * r + 1));
      Arrays.fill(columns, 0);
      double grand = 0;
      double squares = 0;
      double rowTerm = 0;
      for (int d = 0; d < n; d++) {
        int i = RankBootstrap.below(random, n);
        double[] row = rows[i];
        for (int j = 0; j < k; j++) {
          columns[j] += row[j];
        }
        grand += rowSums[i];
        squares += rowSquares[i];
        rowTerm += rowSums[i] * rowSums[i];
      }
      double columnTerm = 0;
      for (double c : columns) {
        columnTerm += c * c;
      }
      double correction = grand * grand / ((double) n * k);
      double ssRows = rowTerm / k - correction;
      double ssColumns = columnTerm / n - correction;
      double ssError = squares - correction - ssRows - ssColumns;
      double bms = ssRows / (n - 1);
      double jms = ssColumns / (k - 1);
      double ems = ssError / ((double) (n - 1) * (k - 1));
      double denominatorSingle = bms + (k - 1) * ems + k * (jms - ems) / n;
      double denominatorAverage = bms + (jms - ems) / n;
      double floor = TOLERANCE * squares / ((double) n * k);
      if (denominatorSingle > floor && Double.isFinite(denominatorSingle)) {
        single[definedSingle++] = (bms - ems) / denominatorSingle;
      }
      if (denominatorAverage > floor && Double.isFinite(denominatorAverage)) {
        average[definedAverage++] = (bms - ems) / denominatorAverage;
      }
    }
    double[] s = Arrays.copyOf(single, definedSingle);
    double[] a = Arrays.copyOf(average, definedAverage);
    Arrays.sort(s);
    Arrays.sort(a);
    return new Replicates[] {new Replicates(s, replicates - definedSingle), new Replicates(a, replicates - definedAverage)};
  }
}
