package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Proposal;
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
import java.time.Instant;
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
 * 3,500 scores as {@code double}s.
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
