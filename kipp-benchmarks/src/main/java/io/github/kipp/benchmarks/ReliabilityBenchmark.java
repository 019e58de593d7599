package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.reliability.RaterReliability;
import io.github.kipp.scoring.reliability.ReliabilityOptions;
import io.github.kipp.scoring.reliability.StageReliability;
import java.util.SplittableRandom;
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
 * intervals and every evaluator's calibration; against the floor of a plain loop over the same
 * totals as {@code double}s that computes alpha and resamples it as many times, with no table, no
 * decimals, no ICC and no calibration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReliabilityBenchmark {

  /** Evaluators per proposal. */
  public static final int EVALUATORS = 5;

  /** The number of bootstrap replicates. */
  @Param({"2000"})
  public int replicates;

  /** The frozen desk sheets. */
  FrozenScores frozen;
  /** The options. */
  ReliabilityOptions options;
  /** The sheets' totals, proposal by proposal, for the floor. */
  double[] totals;
  /** Where each proposal's totals start in {@link #totals}; one more entry than proposals. */
  int[] offsets;

  /** Builds the sheets. */
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
    totals = new double[frozen.sheets().size()];
    offsets = new int[frozen.proposals().size() + 1];
    int i = 0;
    int p = 0;
    for (var proposal : frozen.proposals()) {
      offsets[p] = i;
      for (ScoreSheet s : frozen.sheetsFor(proposal)) {
        totals[i++] = frozen.total(s).doubleValue();
      }
      p++;
    }
    offsets[p] = i;
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
   * The floor: alpha from plain loops over the totals, and the same number of resamples of it.
   *
   * @return alpha plus the sum of the resampled alphas
   */
  @Benchmark
  public double plainLoopFloor() {
    int units = offsets.length - 1;
    int[] counts = new int[units];
    double[] sums = new double[units];
    double[] squares = new double[units];
    double[] within = new double[units];
    long n = 0;
    double s1 = 0;
    double s2 = 0;
    double a = 0;
    for (int u = 0; u < units; u++) {
      int m = offsets[u + 1] - offsets[u];
      double sum = 0;
      double square = 0;
      for (int k = offsets[u]; k < offsets[u + 1]; k++) {
        sum += totals[k];
        square += totals[k] * totals[k];
      }
      counts[u] = m;
      sums[u] = sum;
      squares[u] = square;
      within[u] = (m * square - sum * sum) / (m - 1);
      n += m;
      s1 += sum;
      s2 += square;
      a += within[u];
    }
    double result = 1 - (n - 1) * a / (n * s2 - s1 * s1);
    for (int r = 0; r < replicates; r++) {
      SplittableRandom random = new SplittableRandom(Inputs.SEED + r);
      long rn = 0;
      double r1 = 0;
      double r2 = 0;
      double ra = 0;
      for (int d = 0; d < units; d++) {
        int u = random.nextInt(units);
        rn += counts[u];
        r1 += sums[u];
        r2 += squares[u];
        ra += within[u];
      }
      result += 1 - (rn - 1) * ra / (rn * r2 - r1 * r1);
    }
    return result;
  }
}
