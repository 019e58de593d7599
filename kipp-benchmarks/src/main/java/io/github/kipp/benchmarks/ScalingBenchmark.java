package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.aggregate.ZScoreOptions;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.shortlist.Shortlist;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.shortlist.Shortlister;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How the cost of screening (with and without a cap per institution), aggregation, and ranking with a quota shortlist grows with the number of
 * proposals: 3,500 (a national edition), 35,000 and 350,000 (every regional competition of
 * Indonesia at once). The inputs grow together: the panel keeps 60 evaluators per 3,500 proposals,
 * each proposal has 5 desk sheets, and the shortlist stays a Top 99 with at most 6 per province.
 * {@link ScalingTable} fits the growth exponent (the slope of log time against log size) of each
 * method from a run's JSON.
 *
 * <p>Document reading grows in {@link DocumentScalingBenchmark}: a competition document holds at most
 * {@code CompetitionDocument.MAX_PROPOSALS} proposals, fewer than 350,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx12g"})
public class ScalingBenchmark {

  /** The number of proposals. */
  @Param({"3500", "35000", "350000"})
  public int proposals;

  EligibilityScreen screen;
  /** The same rules and a cap of 3 proposals per institution in each group, as regional modules declare. */
  EligibilityScreen cappedScreen;
  Edition edition;
  ImmutableList<Proposal> all;
  ResultHistory history;
  ImmutableMap<ProposalId, Instant> times;
  FrozenScores frozen;
  AggregationPolicy zScore;
  StageCombinationPolicy combination;
  Map<ProposalId, Proposal> byId;
  ImmutableList<Candidate> candidates;
  Ranker ranker;
  ShortlistSpec spec;
  Shortlister shortlister;

  /**
   * Builds the inputs of the size and checks that each step gives a whole answer.
   *
   * @throws IllegalStateException if a step leaves a proposal out
   */
  @Setup(Level.Trial)
  public void setUp() {
    SinovikModule module = Inputs.module();
    edition = module.edition();
    all = Inputs.proposals(edition, proposals, Inputs.SEED);
    history = Inputs.history(all, Inputs.SEED);
    times = Inputs.submittedAt(edition, all, Inputs.SEED);
    screen = EligibilityScreen.of(module.eligibilityRules());
    java.util.Map<io.github.kipp.core.GroupId, io.github.kipp.core.Cited<Integer>> caps = new java.util.TreeMap<>();
    edition.groups().forEach(g -> caps.put(g.id(), io.github.kipp.core.Cited.of(3, Inputs.BASIS)));
    cappedScreen = EligibilityScreen.of(ImmutableList.<io.github.kipp.core.eligibility.EligibilityRule>builder()
        .addAll(module.eligibilityRules()).add(io.github.kipp.core.eligibility.EligibilityRules.institutionCap(caps)).build());
    CriteriaSet desk = module.criteria().get(0);
    int panel = Math.max(AssignmentBenchmark.PANEL, proposals / Inputs.PROPOSALS * AssignmentBenchmark.PANEL);
    frozen = Inputs.frozen(desk, Inputs.sheets(desk, all, Inputs.panel(panel), RankingBenchmark.EVALUATORS, Inputs.SEED));
    zScore = Aggregations.zScore(ZScoreOptions.population(AggregationBenchmark.MIN_SHEETS, ZScoreOptions.Fallback.USE_RAW, Inputs.BASIS));
    combination = StageCombinations.single(desk.stage(), Inputs.BASIS);
    byId = Inputs.byId(all);
    ranker = Ranker.withTieBreaks(module.tieBreaks().build(Inputs.SEED));
    spec = ShortlistSpec.newBuilder().size(RankingBenchmark.SHORTLIST, Inputs.BASIS)
        .quota(Quota.eachAtMost(QuotaDimension.PROVINCE, RankingBenchmark.PER_PROVINCE, Inputs.BASIS)).build();
    shortlister = Shortlister.create();
    candidates = candidates(aggregate());
    if (candidates.size() != proposals) {
      throw new IllegalStateException("expected " + proposals + " candidates, got " + candidates.size());
    }
    ScreeningResult screened = screen();
    if (screened.outcomes().size() != proposals) {
      throw new IllegalStateException("expected " + proposals + " eligibility decisions, got " + screened.outcomes().size());
    }
    if (screenWithCap().outcomes().size() != proposals) {
      throw new IllegalStateException("expected " + proposals + " capped eligibility decisions");
    }
    if (rankAndShortlist().included().size() != RankingBenchmark.SHORTLIST) {
      throw new IllegalStateException("the shortlist is not a Top " + RankingBenchmark.SHORTLIST);
    }
  }

  private ImmutableList<Candidate> candidates(AggregationResult aggregated) {
    return combination.combine(ImmutableSortedMap.of(aggregated.stage(), aggregated), ImmutableSortedMap.of()).candidates(byId, times);
  }

  /**
   * Screens every proposal from a context built afresh: preparation, fit check and the 2023 rules.
   *
   * @return the screening, every decision readable
   */
  @Benchmark
  public ScreeningResult screen() {
    EligibilityContext c = Inputs.context(edition, all, history, times);
    return screen.screen(c.submitted(), c);
  }

  /**
   * Screens every proposal from a context built afresh with the 2023 rules and a cap of 3 proposals
   * per institution in each group.
   *
   * @return the screening, every decision readable
   */
  @Benchmark
  public ScreeningResult screenWithCap() {
    EligibilityContext c = Inputs.context(edition, all, history, times);
    return cappedScreen.screen(c.submitted(), c);
  }

  /**
   * Aggregates the desk sheets by per-evaluator z-scores, with an explanation of every sheet.
   *
   * @return the aggregation
   */
  @Benchmark
  public AggregationResult aggregate() {
    return zScore.aggregate(frozen);
  }

  /**
   * Ranks the aggregated candidates with the 2023 tie-break chain and selects the quota Top 99.
   *
   * @return the shortlist
   */
  @Benchmark
  public Shortlist rankAndShortlist() {
    return shortlister.select(ranker.rank(candidates), spec);
  }
}
