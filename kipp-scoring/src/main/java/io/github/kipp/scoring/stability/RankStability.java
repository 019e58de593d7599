package io.github.kipp.scoring.stability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.meta.Beta;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.internal.RankBootstrap;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.SheetContribution;

/**
 * How stable the ranks of a scoring stage are (<i>stabilitas peringkat</i>): for each proposal, the
 * rank its exact aggregate gives and how far that rank moves when the stage's evaluators are
 * resampled. A statistic that informs the secretariat and the panel; it decides nothing.
 *
 * <p>Made by {@link #bootstrap(AggregationResult, BootstrapOptions)}: in each replicate, every
 * proposal's used sheet contributions ({@link SheetContribution#adjusted()}) are drawn with
 * replacement, as many as it has, and reduced by the chosen {@link BootstrapOptions.Statistic
 * statistic}; then all proposals are ranked in standard competition ranking (equal scores share a
 * rank). A proposal without a used contribution keeps its exact aggregate in every replicate. The
 * resampled scores are computed in binary floating point (see {@link BootstrapOptions.Statistic});
 * the observed rank always comes from the exact {@link BigDecimal} aggregates.
 *
 * <p>Each replicate draws from its own generator, derived from the recorded seed and the replicate's
 * index, so the result is the same for a seed whatever executor or number of threads ran it. The run
 * keeps one rank per proposal and replicate, about 2·P·R bytes for P proposals and R replicates (70
 * MB for 3,500 proposals and 10,000 replicates; 4·P·R above 32,767 proposals), released when the
 * result is made. Probabilities are {@link BigDecimal}s with scale {@value #PROBABILITY_SCALE}; with
 * 10,000 replicates the Monte Carlo standard error of a probability is at most 0.005, so the fourth
 * decimal carries all there is.
 *
 * <p>Immutable and thread-safe. Intervals are sorted by observed rank, then proposal id.
 */
@Beta
public final class RankStability {

  /** The scale of {@link RankInterval#shortlistProbability()}, rounded half-even. */
  public static final int PROBABILITY_SCALE = 4;

  /**
   * The most values one run resamples: replicates × (proposals + used sheets). The default 10,000
   * replicates of a national stage (3,500 proposals, 5 sheets each) resample 210,000,000.
   */
  public static final long MAX_WORK = 1_000_000_000L;

  /** The largest magnitude of a score or contribution the bootstrap accepts: {@code 1E+100}. */
  public static final BigDecimal MAX_MAGNITUDE = BigDecimal.ONE.scaleByPowerOfTen(100);

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final StageId stage;
  private final String populationId;
  private final long seed;
  private final int replicates;
  private final BigDecimal confidence;
  private final int shortlistSize;
  private final BootstrapOptions.Statistic statistic;
  private final ImmutableList<RankInterval> intervals;
  private final ImmutableSortedMap<ProposalId, RankInterval> byProposal;

  private RankStability(AggregationResult result, BootstrapOptions options, ImmutableList<RankInterval> intervals) {
    this.stage = result.stage();
    this.populationId = result.populationId();
    this.seed = options.seed();
    this.replicates = options.replicates();
    this.confidence = options.confidence();
    this.shortlistSize = options.shortlistSize();
    this.statistic = options.statistic();
    this.intervals = intervals;
    this.byProposal = intervals.stream().collect(ImmutableSortedMap.toImmutableSortedMap(Comparator.naturalOrder(), RankInterval::proposal, i -> i));
  }

  /**
   * Estimates the rank stability of a stage's aggregates by a bootstrap over evaluators. The calling
   * thread runs replicates itself and offers the options' executor helper tasks that share the work;
   * work the executor refuses or never starts is done by the calling thread, which returns when all
   * replicates are done.
   *
   * <p>Small stages are not errors: a result without scores gives no intervals; a proposal with one
   * used sheet, or none, keeps its score in every replicate; a shortlist size above the number of proposals gives every proposal
   * probability 1.
   *
   * @param result the stage's aggregates, possibly without scores; not null
   * @param options the replicates, seed, confidence level, shortlist size, statistic and executor;
   *     not null
   * @return the stability of every proposal in {@code result}, not null
   * @throws InvalidInputException if a score or used contribution has a magnitude above {@link
   *     #MAX_MAGNITUDE}, naming each, or the run would resample more than {@link #MAX_WORK} values
   */
  public static RankStability bootstrap(AggregationResult result, BootstrapOptions options) {
    requireNonNull(result, "result");
    requireNonNull(options, "options");
    List<AggregatedScore> scores = ImmutableList.copyOf(result.scores().values());
    List<List<BigDecimal>> samples = new ArrayList<>(scores.size());
    List<BigDecimal> fixed = new ArrayList<>(scores.size());
    List<Violation> violations = new ArrayList<>();
    for (AggregatedScore s : scores) {
      String path = "scores[" + s.proposal() + "]";
      checkMagnitude(violations, path + ".score", s.score());
      List<BigDecimal> used = new ArrayList<>();
      for (int k = 0; k < s.contributions().size(); k++) {
        SheetContribution c = s.contributions().get(k);
        if (c.used()) {
          checkMagnitude(violations, path + ".contributions[" + k + "].adjusted", c.adjusted());
          used.add(c.adjusted());
        }
      }
      samples.add(used);
      fixed.add(s.score());
    }
    long perReplicate = scores.size() + samples.stream().mapToLong(List::size).sum();
    long work = perReplicate * options.replicates();
    if (work > MAX_WORK) {
      violations.add(ScoringMessages.violation("kipp.stability.tooMuchWork", "replicates", work, "replicates", options.replicates(),
          "per", perReplicate, "max", MAX_WORK));
    }
    InvalidInputException.throwIfAny("rank stability of stage " + result.stage(), violations);
    int[] observed = observedRanks(scores);
    ImmutableList<RankInterval> intervals = ImmutableList.of();
    if (!scores.isEmpty()) {
      RankBootstrap.Summary summary = RankBootstrap.run(plan(samples, fixed, options), options.executor());
      BigDecimal r = BigDecimal.valueOf(options.replicates());
      List<RankInterval> list = new ArrayList<>(scores.size());
      for (int i = 0; i < scores.size(); i++) {
        list.add(new RankInterval(
            scores.get(i).proposal(),
            scores.get(i).score(),
            observed[i],
            summary.lower(i),
            summary.median(i),
            summary.upper(i),
            BigDecimal.valueOf(summary.shortlisted(i)).divide(r, PROBABILITY_SCALE, RoundingMode.HALF_EVEN)));
      }
      list.sort(Comparator.comparingInt(RankInterval::observedRank).thenComparing(RankInterval::proposal));
      intervals = ImmutableList.copyOf(list);
    }
    return new RankStability(result, options, intervals);
  }

  private static void checkMagnitude(List<Violation> violations, String path, BigDecimal value) {
    if (value.abs().compareTo(MAX_MAGNITUDE) > 0) {
      violations.add(ScoringMessages.violation("kipp.stability.magnitude", path, value.toString(), "max", MAX_MAGNITUDE.toString()));
    }
  }

  private static RankBootstrap.Plan plan(List<List<BigDecimal>> samples, List<BigDecimal> fixed, BootstrapOptions options) {
    int r = options.replicates();
    BigDecimal tail = BigDecimal.ONE.subtract(options.confidence()).divide(TWO);
    return new RankBootstrap.Plan(
        samples,
        fixed,
        options.statistic() == BootstrapOptions.Statistic.MEDIAN,
        r,
        options.seed(),
        nearestRankCount(tail, r),
        nearestRankCount(BigDecimal.ONE.divide(TWO), r),
        nearestRankCount(BigDecimal.ONE.subtract(tail), r),
        options.shortlistSize());
  }

  /** ⌈q·R⌉, at least 1: how many replicates must rank at or above the q-th percentile's rank. */
  private static int nearestRankCount(BigDecimal q, int replicates) {
    int count = q.multiply(BigDecimal.valueOf(replicates)).setScale(0, RoundingMode.CEILING).intValueExact();
    return Math.max(1, Math.min(replicates, count));
  }

  /** Standard competition ranks of the exact scores, in the order given. */
  private static int[] observedRanks(List<AggregatedScore> scores) {
    Integer[] order = new Integer[scores.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> scores.get(b).score().compareTo(scores.get(a).score()));
    int[] ranks = new int[scores.size()];
    for (int k = 0; k < order.length; k++) {
      boolean tied = k > 0 && scores.get(order[k]).score().compareTo(scores.get(order[k - 1]).score()) == 0;
      ranks[order[k]] = tied ? ranks[order[k - 1]] : k + 1;
    }
    return ranks;
  }

  /**
   * Returns the stage the aggregates belong to.
   *
   * @return the stage, not null
   */
  public StageId stage() {
    return stage;
  }

  /**
   * Returns the id of the frozen population the aggregates were computed on.
   *
   * @return the population's id, not null
   */
  public String populationId() {
    return populationId;
  }

  /**
   * Returns the seed the replicates were drawn from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of replicates.
   *
   * @return 1 or more
   */
  public int replicates() {
    return replicates;
  }

  /**
   * Returns the confidence level of the rank intervals.
   *
   * @return a value strictly between 0 and 1, without trailing zeros, such as {@code 0.9}
   */
  public BigDecimal confidence() {
    return confidence;
  }

  /**
   * Returns the shortlist size N of {@link RankInterval#shortlistProbability()}.
   *
   * @return 1 or more
   */
  public int shortlistSize() {
    return shortlistSize;
  }

  /**
   * Returns the statistic that reduced each resample.
   *
   * @return the statistic, not null
   */
  public BootstrapOptions.Statistic statistic() {
    return statistic;
  }

  /**
   * Returns every proposal's interval, sorted by observed rank, then proposal id.
   *
   * @return the intervals, possibly empty
   */
  public ImmutableList<RankInterval> intervals() {
    return intervals;
  }

  /**
   * Returns a proposal's interval.
   *
   * @param proposal the proposal, not null
   * @return the interval, or empty if the proposal was not among the aggregates
   */
  public Optional<RankInterval> interval(ProposalId proposal) {
    return Optional.ofNullable(byProposal.get(requireNonNull(proposal, "proposal")));
  }

  /**
   * Explains a proposal's rank stability as a leaf with the step {@code stability}: observed rank,
   * interval, median and shortlist probability, with the replicates, statistic and seed. Its value is
   * the interval, such as {@code [3, 7]}. It cites nothing: the bootstrap is kipp's statistic, not a
   * regulation.
   *
   * @param proposal the proposal, not null
   * @return the explanation, or empty if the proposal was not among the aggregates
   */
  public Optional<Explanation> explain(ProposalId proposal) {
    return interval(proposal).map(i -> {
      LocalizedText name = ScoringMessages.render("kipp.stability.statistic." + statistic.name());
      LocalizedText label = ScoringMessages.render(
          "kipp.explain.stability",
          "observed", i.observedRank(),
          "lower", i.lower(),
          "upper", i.upper(),
          "median", i.median(),
          "percent", confidence.movePointRight(2).stripTrailingZeros().toPlainString(),
          "probability", i.shortlistProbability(),
          "shortlist", shortlistSize,
          "replicates", replicates,
          "statisticId", name.indonesian(),
          "statisticEn", name.english(),
          "seed", seed);
      return Explanation.leaf("stability", label, "[" + i.lower() + ", " + i.upper() + "]");
    });
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RankStability other)) {
      return false;
    }
    return stage.equals(other.stage)
        && populationId.equals(other.populationId)
        && seed == other.seed
        && replicates == other.replicates
        && confidence.equals(other.confidence)
        && shortlistSize == other.shortlistSize
        && statistic == other.statistic
        && intervals.equals(other.intervals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, populationId, seed, replicates, confidence, shortlistSize, statistic, intervals);
  }

  /** Returns the settings and the first intervals. */
  @Override
  public String toString() {
    return "RankStability[stage=" + stage + ", seed=" + seed + ", replicates=" + replicates + ", confidence=" + confidence.toPlainString()
        + ", N=" + shortlistSize + ", statistic=" + statistic + "]"
        + intervals.stream().limit(5)
            .map(i -> i.observedRank() + ". " + i.proposal() + " [" + i.lower() + ", " + i.upper() + "] p=" + i.shortlistProbability().toPlainString())
            .collect(Collectors.joining(", ", "[", intervals.size() > 5 ? ", …]" : "]"));
  }
}
