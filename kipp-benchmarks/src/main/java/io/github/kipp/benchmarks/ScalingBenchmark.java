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
 * <p>{@link #screenFloor} is the floor of {@link #screen}, the hand-written loop of the same rules
 * from the same fresh context. {@link #rankFloor} is the floor of {@link #rankAndShortlist}: the same order and the same Top 99
 * by a plain sort of rows read once from the same candidates, with no explanation, no check and no
 * decision; {@link ScalingTable} prints kipp's time over it at each size. Its growth is that of the
 * work itself: more proposals share each aggregated score as the edition grows, so more of them go
 * through the tie-break chain, and deeper.
 *
 * <p>The forks pre-touch their heap ({@code -XX:+AlwaysPreTouch}), so that the first touch of a
 * page of a heap of several gigabytes is not measured in the largest sizes' first iterations.
 *
 * <p>Document reading grows in {@link DocumentScalingBenchmark}: a competition document holds at most
 * {@code CompetitionDocument.MAX_PROPOSALS} proposals, fewer than 350,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
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
  /** The hand-written loop of the same 2023 rules, the floor of {@link #screen}. */
  EligibilityFloor eligibilityFloor;
  io.github.kipp.scoring.CriterionId floorCriterion = io.github.kipp.scoring.CriterionId.of("signifikansi");
  io.github.kipp.core.StageId floorStage;

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
    floorStage = desk.stage();
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
    eligibilityFloor = new EligibilityFloor(new Limits(module));
    EligibilityFloor.Prepared prepared = eligibilityFloor.prepare(Inputs.context(edition, all, history, times));
    java.util.List<String> differences = Agreement.differences(Agreement.failures(screened), EligibilityFloor.failures(prepared, eligibilityFloor.screen(prepared)));
    if (!differences.isEmpty()) {
      throw new IllegalStateException("the eligibility floor differs from kipp on " + differences.size() + " proposals, such as " + differences.get(0));
    }
    if (screenWithCap().outcomes().size() != proposals) {
      throw new IllegalStateException("expected " + proposals + " capped eligibility decisions");
    }
    Shortlist shortlist = rankAndShortlist();
    if (shortlist.included().size() != RankingBenchmark.SHORTLIST) {
      throw new IllegalStateException("the shortlist is not a Top " + RankingBenchmark.SHORTLIST);
    }
    checkFloor(shortlist);
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
   * The floor of {@link #screen}: the hand-written loop of the same 2023 rules prepares and screens
   * every proposal from a context built afresh, and gives each one's failed rules as bits (no
   * explanation, no decision). Checked in the setup to fail every proposal by kipp's rules.
   *
   * @return the failed rules of each proposal, as bits
   */
  @Benchmark
  public int[] screenFloor() {
    return eligibilityFloor.screen(Inputs.context(edition, all, history, times));
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
   * The floor of {@link #rankAndShortlist}: reads each candidate's score, its 2023 tie-break keys
   * (the criterion <i>signifikansi</i>, the desk stage, the submission time) and its province once
   * into a row, sorts the rows by a comparator over them (the draw's hash made only for rows the
   * earlier keys leave tied) and walks the order for the Top 99 with at most 6 per province. No
   * explanation, no check, no decision.
   *
   * @return the rows in rank order; the first {@code FloorRow.selected} of them are the Top 99
   */
  @Benchmark
  public FloorRow[] rankFloor() {
    int n = candidates.size();
    FloorRow[] rows = new FloorRow[n];
    for (int i = 0; i < n; i++) {
      rows[i] = new FloorRow(candidates.get(i), floorCriterion, floorStage);
    }
    java.util.Arrays.sort(rows, FloorRow.ORDER);
    Map<String, Integer> perProvince = new java.util.HashMap<>();
    int selected = 0;
    for (int i = 0; i < n && selected < RankingBenchmark.SHORTLIST; i++) {
      if (perProvince.merge(rows[i].province, 1, Integer::sum) <= RankingBenchmark.PER_PROVINCE) {
        rows[i].selected = true;
        selected++;
      }
    }
    return rows;
  }

  private void checkFloor(Shortlist kipp) {
    FloorRow[] rows = rankFloor();
    java.util.List<String> order = new java.util.ArrayList<>();
    java.util.List<String> top = new java.util.ArrayList<>();
    for (FloorRow r : rows) {
      order.add(r.id);
      if (r.selected) {
        top.add(r.id);
      }
    }
    java.util.List<String> kippOrder = kipp.ranking().entries().stream().map(e -> e.proposal().value()).toList();
    java.util.List<String> kippTop = kipp.included().stream().map(e -> e.proposal().value()).toList();
    if (!order.equals(kippOrder) || !top.equals(kippTop)) {
      throw new IllegalStateException("the floor's order or Top " + RankingBenchmark.SHORTLIST + " differs from kipp's");
    }
  }

  /** One candidate's keys for {@link #rankFloor}, read once. */
  public static final class FloorRow {
    /** Higher score, criterion and stage first; earlier time first, unknown last; then the draw and the id. */
    static final java.util.Comparator<FloorRow> ORDER = (a, b) -> {
      int c = b.score.compareTo(a.score);
      if (c == 0) {
        c = b.criterion.compareTo(a.criterion);
      }
      if (c == 0) {
        c = b.stage.compareTo(a.stage);
      }
      if (c == 0) {
        c = a.time == null || b.time == null ? Boolean.compare(a.time == null, b.time == null) : a.time.compareTo(b.time);
      }
      if (c == 0) {
        c = Long.compareUnsigned(a.lot(), b.lot());
      }
      return c != 0 ? c : a.id.compareTo(b.id);
    };

    final java.math.BigDecimal score;
    final java.math.BigDecimal criterion;
    final java.math.BigDecimal stage;
    final @org.jspecify.annotations.Nullable Instant time;
    final String id;
    final String province;
    /** Whether the row is in the Top 99. */
    public boolean selected;
    private long lot;
    private boolean lotMade;

    FloorRow(Candidate c, io.github.kipp.scoring.CriterionId criterion, io.github.kipp.core.StageId stage) {
      this.score = c.score();
      this.criterion = java.util.Objects.requireNonNull(c.criterionScores().get(criterion), "criterion score");
      this.stage = java.util.Objects.requireNonNull(c.stageScores().get(stage), "stage score");
      this.time = c.submittedAt().orElse(null);
      this.id = c.id().value();
      this.province = c.proposal().innovation().institution().region().map(r -> r.province().value()).orElse("-");
    }

    private long lot() {
      if (!lotMade) {
        lot = com.google.common.hash.Hashing.sha256().newHasher().putLong(DRAW_SEED)
            .putString(id, java.nio.charset.StandardCharsets.UTF_8).hash().asLong();
        lotMade = true;
      }
      return lot;
    }
  }

  /** The seed of the 2023 chain's draw ({@code draw:2023}). */
  static final long DRAW_SEED = 2023L;

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
