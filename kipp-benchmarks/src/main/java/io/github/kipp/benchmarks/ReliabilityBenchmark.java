package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.reliability.RaterReliability;
import io.github.kipp.scoring.reliability.ReliabilityOptions;
import io.github.kipp.core.ActorId;
import io.github.kipp.scoring.reliability.EvaluatorCalibration;
import io.github.kipp.scoring.reliability.ReliabilityEstimate;
import io.github.kipp.scoring.reliability.StageReliability;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rater reliability of a national desk stage: 17,500 sheets (3,500 proposals, 5 evaluators each from
 * a panel of 60, taken in turn), with Krippendorff's alpha, ICC(2,1) and ICC(2,k), their bootstrap
 * intervals and every evaluator's calibration; against the floor of plain loops over the same
 * totals as {@code double}s that compute the same three coefficients, resample alpha and the ICC rows
 * as many times, and compute every evaluator's offset from the others, with no table and no decimals.
 *
 * <p>The setup checks that the floor and kipp agree: the same ICC evaluators, and alpha, both ICCs
 * and every offset within {@value #AGREEMENT} of kipp's (kipp rounds to four decimals), so the floor
 * is known to compute what kipp computes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReliabilityBenchmark {

  /** Evaluators per proposal. */
  public static final int EVALUATORS = 5;

  /** How far the floor's doubles may be from kipp's rounded decimals. */
  static final double AGREEMENT = 1e-4;

  /** The number of bootstrap replicates. */
  @Param({"2000"})
  public int replicates;

  /** The frozen desk sheets. */
  FrozenScores frozen;
  /** The options. */
  ReliabilityOptions options;
  /** The sheets' totals, proposal by proposal, for the floor. */
  double[] totals;
  /** The evaluator of each total, as its position in evaluator order. */
  int[] raters;
  /** Where each proposal's totals start in {@link #totals}; one more entry than proposals. */
  int[] offsets;
  /** The evaluators in order. */
  ActorId[] evaluators;

  /** Builds the sheets and checks that the floor and kipp agree. */
  @Setup(Level.Trial)
  public void setUp() {
    SinovikModule module = Inputs.module();
    ImmutableList<Proposal> proposals = Inputs.proposals(module.edition(), Inputs.PROPOSALS, Inputs.SEED);
    CriteriaSet desk = module.criteria().get(0);
    frozen = Inputs.frozen(desk, Inputs.sheets(desk, proposals, Inputs.panel(AssignmentBenchmark.PANEL), EVALUATORS, Inputs.SEED));
    if (frozen.sheets().size() != Inputs.PROPOSALS * EVALUATORS) {
      throw new IllegalStateException("expected " + Inputs.PROPOSALS * EVALUATORS + " sheets, got " + frozen.sheets().size());
    }
    options = ReliabilityOptions.newBuilder().seed(Inputs.SEED).replicates(replicates).build();
    TreeMap<ActorId, Integer> order = new TreeMap<>();
    frozen.sheets().forEach(s -> order.put(s.evaluator(), 0));
    evaluators = order.keySet().toArray(new ActorId[0]);
    for (int i = 0; i < evaluators.length; i++) {
      order.put(evaluators[i], i);
    }
    totals = new double[frozen.sheets().size()];
    raters = new int[totals.length];
    offsets = new int[frozen.proposals().size() + 1];
    int i = 0;
    int p = 0;
    for (var proposal : frozen.proposals()) {
      offsets[p] = i;
      // in evaluator order, as kipp keeps a proposal's ratings
      List<ScoreSheet> sheets = new ArrayList<>(frozen.sheetsFor(proposal));
      sheets.sort((a, b) -> a.evaluator().compareTo(b.evaluator()));
      for (ScoreSheet s : sheets) {
        raters[i] = java.util.Objects.requireNonNull(order.get(s.evaluator()), "evaluator");
        totals[i++] = frozen.total(s).doubleValue();
      }
      p++;
    }
    offsets[p] = i;
    check(RaterReliability.assess(frozen, ReliabilityOptions.newBuilder().seed(Inputs.SEED).replicates(1).build()));
  }

  /** Throws unless the floor's coefficients, ICC evaluators and offsets are kipp's. */
  void check(StageReliability kipp) {
    Points floor = points();
    List<String> problems = new ArrayList<>();
    agree(problems, "alpha", floor.alpha, kipp.alpha());
    agree(problems, "ICC(2,1)", floor.iccSingle, kipp.iccSingle());
    agree(problems, "ICC(2,k)", floor.iccAverage, kipp.iccAverage());
    List<ActorId> iccRaters = new ArrayList<>();
    for (int r : floor.iccRaters) {
      iccRaters.add(evaluators[r]);
    }
    if (!iccRaters.equals(kipp.iccRaters().asList())) {
      problems.add("ICC evaluators " + iccRaters + " against kipp's " + kipp.iccRaters());
    }
    for (EvaluatorCalibration c : kipp.calibrations()) {
      int r = Arrays.asList(evaluators).indexOf(c.evaluator());
      double expected = floor.offsets[r];
      if (c.offset().map(o -> Math.abs(o.doubleValue() - expected) > AGREEMENT).orElse(true)) {
        problems.add("offset of " + c.evaluator() + ": " + floor.offsets[r] + " against kipp's " + c.offset());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the floor and kipp disagree: " + String.join("; ", problems));
    }
  }

  private static void agree(List<String> problems, String name, double floor, Optional<ReliabilityEstimate> kipp) {
    if (kipp.map(k -> Math.abs(k.value().doubleValue() - floor) > AGREEMENT).orElse(true)) {
      problems.add(name + " " + floor + " against kipp's " + kipp.map(ReliabilityEstimate::value));
    }
  }

  /**
   * kipp assesses the stage.
   *
   * @return the assessment
   */
  @Benchmark
  public StageReliability assess() {
    return RaterReliability.assess(frozen, options);
  }

  /**
   * The floor: alpha, both ICCs and every offset from plain loops over the totals, and as many
   * resamples of alpha and of the ICC rows.
   *
   * @return a checksum of every coefficient, offset and resampled coefficient
   */
  @Benchmark
  public double plainLoopFloor() {
    Points floor = points();
    double result = floor.alpha + floor.iccSingle + floor.iccAverage;
    for (double o : floor.offsets) {
      result += o;
    }
    int units = offsets.length - 1;
    for (int r = 0; r < replicates; r++) {
      SplittableRandom random = new SplittableRandom(Inputs.SEED + r);
      long rn = 0;
      double r1 = 0;
      double r2 = 0;
      double ra = 0;
      for (int d = 0; d < units; d++) {
        int u = random.nextInt(units);
        rn += floor.counts[u];
        r1 += floor.sums[u];
        r2 += floor.squares[u];
        ra += floor.within[u];
      }
      result += 1 - (rn - 1) * ra / (rn * r2 - r1 * r1);
      int n = floor.rows.length;
      int[] picked = new int[n];
      for (int d = 0; d < n; d++) {
        picked[d] = random.nextInt(n);
      }
      double[] icc = icc(floor.rows, picked);
      result += icc[0] + icc[1];
    }
    return result;
  }

  /** The floor's point estimates and the per-proposal sums its bootstrap resamples. */
  static final class Points {
    double alpha;
    double iccSingle;
    double iccAverage;
    int[] iccRaters = new int[0];
    double[][] rows = new double[0][];
    double[] offsets = new double[0];
    int[] counts = new int[0];
    double[] sums = new double[0];
    double[] squares = new double[0];
    double[] within = new double[0];
  }

  Points points() {
    Points out = new Points();
    int units = offsets.length - 1;
    out.counts = new int[units];
    out.sums = new double[units];
    out.squares = new double[units];
    out.within = new double[units];
    double[] offsetSums = new double[evaluators.length];
    int[] shared = new int[evaluators.length];
    long n = 0;
    double s1 = 0;
    double s2 = 0;
    double a = 0;
    // the evaluator sets, each as a string of positions, with the proposals rated by exactly that set
    Map<String, Integer> sets = new TreeMap<>();
    for (int u = 0; u < units; u++) {
      int m = offsets[u + 1] - offsets[u];
      double sum = 0;
      double square = 0;
      StringBuilder set = new StringBuilder();
      for (int k = offsets[u]; k < offsets[u + 1]; k++) {
        sum += totals[k];
        square += totals[k] * totals[k];
        set.append((char) raters[k]);
      }
      for (int k = offsets[u]; k < offsets[u + 1]; k++) {
        offsetSums[raters[k]] += totals[k] - (sum - totals[k]) / (m - 1);
        shared[raters[k]]++;
      }
      out.counts[u] = m;
      out.sums[u] = sum;
      out.squares[u] = square;
      out.within[u] = (m * square - sum * sum) / (m - 1);
      n += m;
      s1 += sum;
      s2 += square;
      a += out.within[u];
      sets.merge(set.toString(), 1, Integer::sum);
    }
    out.alpha = 1 - (n - 1) * a / (n * s2 - s1 * s1);
    out.offsets = new double[evaluators.length];
    for (int r = 0; r < evaluators.length; r++) {
      out.offsets[r] = offsetSums[r] / shared[r];
    }
    // the set most proposals share; ties to the larger set, then the first in evaluator order
    String best = "";
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : sets.entrySet()) {
      if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().length() > best.length()) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    out.iccRaters = best.chars().toArray();
    List<double[]> rows = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      double[] row = new double[out.iccRaters.length];
      int found = 0;
      for (int k = offsets[u]; k < offsets[u + 1]; k++) {
        for (int j = 0; j < out.iccRaters.length; j++) {
          if (raters[k] == out.iccRaters[j]) {
            row[j] = totals[k];
            found++;
          }
        }
      }
      if (found == out.iccRaters.length) {
        rows.add(row);
      }
    }
    out.rows = rows.toArray(new double[0][]);
    int[] all = new int[out.rows.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    double[] icc = icc(out.rows, all);
    out.iccSingle = icc[0];
    out.iccAverage = icc[1];
    return out;
  }

  /** ICC(2,1) and ICC(2,k) of the rows picked, from the two-way mean squares. */
  static double[] icc(double[][] rows, int[] picked) {
    int n = picked.length;
    int k = rows[0].length;
    double grand = 0;
    double squares = 0;
    double rowTerm = 0;
    double[] columns = new double[k];
    for (int i : picked) {
      double r = 0;
      for (int j = 0; j < k; j++) {
        double v = rows[i][j];
        r += v;
        squares += v * v;
        columns[j] += v;
      }
      rowTerm += r * r;
      grand += r;
    }
    double columnTerm = 0;
    for (double c : columns) {
      columnTerm += c * c;
    }
    double correction = grand * grand / (n * k);
    double ssRows = rowTerm / k - correction;
    double ssColumns = columnTerm / n - correction;
    double ssError = squares - rowTerm / k - columnTerm / n + correction;
    double bms = ssRows / (n - 1);
    double jms = ssColumns / (k - 1);
    double ems = ssError / ((n - 1) * (k - 1.0));
    return new double[] {(bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n), (bms - ems) / (bms + (jms - ems) / n)};
  }
}
