package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.ZScoreOptions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-evaluator z-score aggregation of 17,500 desk sheets (3,500 proposals × 5 evaluators from a
 * panel of 60, taken in turn; at least 3 sheets an evaluator, the population as reference) by kipp,
 * against the floor: the same aggregation over the sheets' totals as {@code double[]} in plain loops
 * (each evaluator's mean and population standard deviation, each total's z-score mapped onto the
 * population's mean and deviation, clamped to the scale and rounded as the criteria round, the mean
 * of each proposal's values, rounded). The setup checks that the floor gives kipp's score for every
 * proposal.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AggregationBenchmark {

  /** Evaluators per proposal. */
  public static final int EVALUATORS = 5;
  /** The least sheets an evaluator has for its scores to be normalised. */
  public static final int MIN_SHEETS = 3;

  /** The frozen desk scores. */
  FrozenScores frozen;
  /** kipp's z-score aggregation. */
  AggregationPolicy zScore;
  /** The floor's input: each sheet's total, its evaluator's and its proposal's index. */
  double[] totals;
  int[] evaluatorOf;
  int[] proposalOf;
  int evaluators;
  /** The proposals, in index order. */
  ImmutableList<ProposalId> proposals;
  /** The total scale's bounds and the criteria's rounding. */
  double min;
  double max;
  int scale;
  RoundingMode mode;

  /**
   * Builds the sheets, the floor's arrays, and checks that the floor gives kipp's scores.
   *
   * @throws IllegalStateException if the floor's score of a proposal is not kipp's
   */
  @Setup(Level.Trial)
  public void setUp() {
    SinovikModule module = Inputs.module();
    ImmutableList<Proposal> all = Inputs.proposals(module.edition(), Inputs.PROPOSALS, Inputs.SEED);
    CriteriaSet desk = module.criteria().get(0);
    frozen = Inputs.frozen(desk, Inputs.sheets(desk, all, Inputs.panel(AssignmentBenchmark.PANEL), EVALUATORS, Inputs.SEED));
    zScore = Aggregations.zScore(ZScoreOptions.population(MIN_SHEETS, ZScoreOptions.Fallback.USE_RAW, Inputs.BASIS));
    proposals = ImmutableList.copyOf(frozen.proposals());
    Map<ProposalId, Integer> proposalIndex = new HashMap<>();
    proposals.forEach(p -> proposalIndex.put(p, proposalIndex.size()));
    Map<ActorId, Integer> evaluatorIndex = new HashMap<>();
    frozen.evaluators().forEach(e -> evaluatorIndex.put(e, evaluatorIndex.size()));
    evaluators = evaluatorIndex.size();
    ImmutableList<ScoreSheet> sheets = frozen.sheets();
    totals = new double[sheets.size()];
    evaluatorOf = new int[sheets.size()];
    proposalOf = new int[sheets.size()];
    for (int i = 0; i < sheets.size(); i++) {
      totals[i] = frozen.total(sheets.get(i)).doubleValue();
      evaluatorOf[i] = java.util.Objects.requireNonNull(evaluatorIndex.get(sheets.get(i).evaluator()));
      proposalOf[i] = java.util.Objects.requireNonNull(proposalIndex.get(sheets.get(i).proposal()));
    }
    min = desk.totalScale().min().doubleValue();
    max = desk.totalScale().max().doubleValue();
    scale = desk.rounding().scale();
    mode = desk.rounding().mode();
    List<String> differences = differences(kipp(), floor());
    if (!differences.isEmpty()) {
      throw new IllegalStateException("the floor's z-score aggregate differs from kipp's for " + differences.size() + " proposals, such as "
          + differences.subList(0, Math.min(5, differences.size())));
    }
  }

  /**
   * The proposals whose floor score is not kipp's. The floor computes in binary floating point and
   * kipp in decimals of 34 digits, so a value within a rounding error of a rounding boundary may
   * round the other way: a proposal may differ by one unit of the last decimal, and at most one in a
   * hundred may differ at all.
   *
   * @param kipp kipp's aggregation, not null
   * @param floor the floor's scores by proposal index, not null
   * @return a description of each difference beyond that, not null
   */
  List<String> differences(AggregationResult kipp, double[] floor) {
    List<String> out = new ArrayList<>();
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    int unequal = 0;
    for (int p = 0; p < proposals.size(); p++) {
      AggregatedScore score = kipp.scores().get(proposals.get(p));
      if (score == null) {
        out.add(proposals.get(p) + ": kipp has no score, the floor " + floor[p]);
        continue;
      }
      BigDecimal theirs = BigDecimal.valueOf(floor[p]).setScale(scale, RoundingMode.HALF_EVEN);
      BigDecimal gap = theirs.subtract(score.score()).abs();
      if (gap.compareTo(unit) > 0) {
        out.add(proposals.get(p) + ": kipp " + score.score() + ", the floor " + theirs);
      } else if (gap.signum() != 0) {
        unequal++;
      }
    }
    if (unequal * 100L > proposals.size()) {
      out.add(unequal + " proposals differ by one unit of the last decimal, more than one in a hundred");
    }
    return out;
  }

  /**
   * kipp aggregates the frozen sheets by z-scores, with an explanation of every sheet.
   *
   * @return the aggregation
   */
  @Benchmark
  public AggregationResult kipp() {
    return zScore.aggregate(frozen);
  }

  /**
   * The same aggregation over the totals as doubles in plain loops.
   *
   * @return each proposal's score, by proposal index
   */
  @Benchmark
  public double[] floor() {
    int n = totals.length;
    double[] sum = new double[evaluators];
    int[] count = new int[evaluators];
    double all = 0;
    for (int i = 0; i < n; i++) {
      sum[evaluatorOf[i]] += totals[i];
      count[evaluatorOf[i]]++;
      all += totals[i];
    }
    double refMean = all / n;
    double[] mean = new double[evaluators];
    for (int e = 0; e < evaluators; e++) {
      mean[e] = sum[e] / count[e];
    }
    double[] squares = new double[evaluators];
    double refSquares = 0;
    for (int i = 0; i < n; i++) {
      double d = totals[i] - mean[evaluatorOf[i]];
      squares[evaluatorOf[i]] += d * d;
      double r = totals[i] - refMean;
      refSquares += r * r;
    }
    double refSd = Math.sqrt(refSquares / n);
    double[] sd = new double[evaluators];
    for (int e = 0; e < evaluators; e++) {
      sd[e] = Math.sqrt(squares[e] / count[e]);
    }
    double[] score = new double[proposals.size()];
    int[] used = new int[proposals.size()];
    for (int i = 0; i < n; i++) {
      int e = evaluatorOf[i];
      double value = totals[i];
      if (count[e] >= MIN_SHEETS && sd[e] > 0) {
        value = round(Math.max(min, Math.min(max, refMean + (totals[i] - mean[e]) / sd[e] * refSd)));
      }
      score[proposalOf[i]] += value;
      used[proposalOf[i]]++;
    }
    for (int p = 0; p < score.length; p++) {
      score[p] = round(score[p] / used[p]);
    }
    return score;
  }

  /** Rounds to the criteria's scale, half up or half even as they say (values are not negative). */
  private double round(double value) {
    double factor = Math.pow(10, scale);
    double scaled = value * factor;
    double down = Math.floor(scaled);
    double rest = scaled - down;
    boolean up = switch (mode) {
      case HALF_EVEN -> rest > 0.5 || (rest == 0.5 && down % 2 != 0);
      case HALF_DOWN -> rest > 0.5;
      case DOWN, FLOOR -> false;
      case UP, CEILING -> rest > 0;
      default -> rest >= 0.5;
    };
    return (up ? down + 1 : down) / factor;
  }
}
