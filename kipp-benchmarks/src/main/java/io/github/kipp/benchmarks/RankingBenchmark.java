package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.shortlist.Shortlist;
import io.github.kipp.scoring.shortlist.Shortlister;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.spi.FinalistPool;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Arrays;
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
 * Ranking with the 2023 tie-break chain and a quota-aware Top 99 shortlist (at most 6 per province)
 * of 3,500 proposals scored by 5 evaluators each, against the floor of copying and sorting their
 * 3,500 scores as {@code double}s; and the same module's nomination and finalists' selection run
 * through the {@link Competition} entry point and wired by hand from the same engines, in the same
 * run, to measure what the entry point adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RankingBenchmark {

  /** Evaluators per proposal. */
  public static final int EVALUATORS = 5;
  /** The shortlist's size. */
  public static final int SHORTLIST = 99;
  /** The most shortlisted proposals of one province. */
  public static final int PER_PROVINCE = 6;

  /** The frozen desk scores. */
  FrozenScores frozen;
  /** The module's desk aggregation. */
  AggregationPolicy aggregation;
  /** The desk stage alone. */
  StageCombinationPolicy combination;
  /** The proposals by id. */
  Map<ProposalId, Proposal> byId;
  /** Their submission times. */
  ImmutableMap<ProposalId, Instant> submittedAt;
  /** The ranker with the module's tie-break chain. */
  Ranker ranker;
  /** The shortlist's specification. */
  ShortlistSpec spec;
  /** The shortlister. */
  Shortlister shortlister;
  /** The candidates, aggregated once. */
  ImmutableList<Candidate> candidates;
  /** The aggregated scores as doubles, for the floor. */
  double[] scores;
  /** The module's competition, with the quota of at most 6 per province on its Top 99. */
  Competition competition;
  /** The result after screening, from which both nominations start. */
  EditionResult screened;
  /** The module, for the hand-wired steps. */
  SinovikModule module;

  /** Builds the scores and the candidates. */
  @Setup(Level.Trial)
  public void setUp() {
    SinovikModule module = Inputs.module();
    Edition edition = module.edition();
    ImmutableList<Proposal> proposals = Inputs.proposals(edition, Inputs.PROPOSALS, Inputs.SEED);
    CriteriaSet desk = module.criteria().get(0);
    frozen = Inputs.frozen(desk, Inputs.sheets(desk, proposals, Inputs.panel(60), EVALUATORS, Inputs.SEED));
    aggregation = module.aggregation(desk.stage());
    combination = StageCombinations.single(desk.stage(), Inputs.BASIS);
    byId = Inputs.byId(proposals);
    submittedAt = Inputs.submittedAt(edition, proposals, Inputs.SEED);
    ranker = Ranker.withTieBreaks(module.tieBreaks().build(Inputs.SEED));
    spec = ShortlistSpec.newBuilder().size(SHORTLIST, Inputs.BASIS).quota(Quota.eachAtMost(QuotaDimension.PROVINCE, PER_PROVINCE, Inputs.BASIS)).build();
    shortlister = Shortlister.create();
    candidates = candidates(aggregation.aggregate(frozen));
    this.module = module;
    competition = Competition.newBuilder(module).drawSeed(Inputs.SEED).clock(Clock.fixed(Inputs.CLOSE, ZoneOffset.UTC))
        .quotas(module.finalists().get(0).tier(), spec.quotas()).build();
    screened = competition.screen(Entries.newBuilder().submitted(proposals).submissionTimes(submittedAt).build());
    scores = candidates.stream().mapToDouble(c -> c.score().doubleValue()).toArray();
    if (scores.length != Inputs.PROPOSALS) {
      throw new IllegalStateException("expected " + Inputs.PROPOSALS + " candidates, got " + scores.length);
    }
  }

  private ImmutableList<Candidate> candidates(AggregationResult aggregated) {
    return combination.combine(ImmutableSortedMap.of(aggregated.stage(), aggregated), ImmutableSortedMap.of()).candidates(byId, submittedAt);
  }

  /**
   * kipp ranks the aggregated candidates with tie-breaks and selects the quota shortlist.
   *
   * @return the shortlist
   */
  @Benchmark
  public Shortlist rankAndShortlist() {
    return shortlister.select(ranker.rank(candidates), spec);
  }

  /**
   * kipp aggregates the 17,500 sheets, then ranks and shortlists.
   *
   * @return the shortlist
   */
  @Benchmark
  public Shortlist aggregateRankAndShortlist() {
    return shortlister.select(ranker.rank(candidates(aggregation.aggregate(frozen))), spec);
  }

  /**
   * The entry point nominates (the desk aggregate over the eligible proposals, ranked per group, cut
   * to the nomination counts) and chooses the finalist pools.
   *
   * @return the result after the finalists' selection
   */
  @Benchmark
  public EditionResult nominateAndSelectThroughCompetition() {
    return competition.selectFinalists(competition.nominate(screened, frozen));
  }

  /**
   * The same steps wired by hand from the same engines: what a host did before the entry point, and
   * the measure of what the entry point adds.
   *
   * @return the shortlist of each pool, in the module's order
   */
  @Benchmark
  public List<Shortlist> nominateAndSelectByHand() {
    StageId desk = module.criteria().get(0).stage();
    AggregationResult aggregated = aggregation.aggregate(frozen);
    Map<GroupId, List<Candidate>> byGroup = new TreeMap<>();
    for (ProposalId id : screened.screening().result().eligible()) {
      AggregatedScore s = aggregated.scores().get(id);
      if (s != null) {
        Proposal p = java.util.Objects.requireNonNull(byId.get(id), "proposal");
        byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(new Candidate(p, s.score(), ImmutableSortedMap.of(desk, s.score()),
            s.criterionMeans(), Optional.ofNullable(submittedAt.get(id))));
      }
    }
    Map<GroupId, List<Candidate>> nominated = new TreeMap<>();
    byGroup.forEach((group, list) -> {
      Ranking ranking = ranker.rank(list);
      Cutoff count = module.nominations().get(group);
      List<Candidate> kept = new ArrayList<>();
      (count == null ? ranking.entries() : count.apply(ranking).passed()).forEach(e -> kept.add(e.candidate()));
      nominated.put(group, kept);
    });
    List<Shortlist> out = new ArrayList<>();
    for (FinalistPool pool : module.finalists()) {
      List<Candidate> competing = new ArrayList<>();
      pool.groups().forEach(g -> competing.addAll(nominated.getOrDefault(g, List.of())));
      ShortlistSpec poolSpec = pool == module.finalists().get(0)
          ? ShortlistSpec.newBuilder().size(pool.spec().size(), pool.spec().sizeCitation()).quotas(pool.spec().quotas()).quotas(spec.quotas()).build()
          : pool.spec();
      out.add(shortlister.select(ranker.rank(competing), poolSpec));
    }
    return out;
  }

  /**
   * The floor: copy the 3,500 scores and sort them.
   *
   * @return the sorted copy
   */
  @Benchmark
  public double[] sortFloor() {
    double[] copy = scores.clone();
    Arrays.sort(copy);
    return copy;
  }
}
