package io.github.kipp.testkit.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Assigner;
import io.github.kipp.scoring.panel.AssignmentOptions;
import io.github.kipp.scoring.panel.AssignmentResult;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.stability.BootstrapOptions;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.stability.RankStability;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.shortlist.Shortlist;
import io.github.kipp.scoring.shortlist.Shortlister;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.rank.TieBreaks;
import io.github.kipp.scoring.aggregate.ZScoreOptions;
import io.github.kipp.testkit.KippBuilders;
import io.github.kipp.testkit.generators.KippFactories;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The engines are stateless and may be shared: eight threads assigning, aggregating, ranking,
 * shortlisting and bootstrapping at once get what one thread gets.
 */
class EnginesConcurrencyTest {

  private static final Citation BASIS = Citation.unknown("kipp-testkit", "a test default");
  private static final Instant CLOSE = Instant.parse("2023-06-30T00:00:00Z");
  private static final KippFactories FACTORIES = KippFactories.seeded(8);
  private static final Edition EDITION = FACTORIES.edition();
  private static final List<Proposal> PROPOSALS = FACTORIES.proposals(EDITION, 300);
  private static final Panel PANEL = FACTORIES.panel(30);
  private static final CriteriaSet CRITERIA = KippBuilders.criteria();
  private static final Assigner ASSIGNER = Assigner.of(ConflictOfInterestPolicies.institutional());
  private static final Ranker RANKER = Ranker.withTieBreaks(TieBreaks.higherCriterion(CRITERIA.criteria().get(0).id(), BASIS),
      TieBreaks.seededDraw(2023, BASIS));

  private static FrozenScores scores(AssignmentResult assignment) {
    List<ScoreSheet> sheets = new ArrayList<>();
    for (Proposal p : PROPOSALS) {
      assignment.assignment().evaluators(p.id()).forEach(e -> sheets.add(KippFactories.sheetFrom(CRITERIA, p.id(), e, (p.id() + "/" + e).hashCode())));
    }
    return FrozenScores.of(CRITERIA, sheets, CLOSE);
  }

  private static Ranking rank(AggregationResult aggregated) {
    Map<ProposalId, Proposal> byId = PROPOSALS.stream().collect(Collectors.toMap(Proposal::id, Function.identity()));
    List<Candidate> candidates = StageCombinations.single(CRITERIA.stage(), BASIS)
        .combine(ImmutableSortedMap.of(CRITERIA.stage(), aggregated), ImmutableSortedMap.of())
        .candidates(byId, Map.of());
    return RANKER.rank(candidates);
  }

  @Test
  void assignment_aggregation_ranking_and_a_quota_shortlist_are_the_same_on_eight_threads() {
    Shortlist shortlist = ConcurrentRuns.assertSameResult(8, 3, () -> {
      AssignmentResult assignment = ASSIGNER.assign(PROPOSALS, PANEL, AssignmentOptions.of(3, 42));
      AggregationResult aggregated = Aggregations.zScore(ZScoreOptions.population(5, ZScoreOptions.Fallback.USE_RAW, BASIS)).aggregate(scores(assignment));
      ShortlistSpec spec = ShortlistSpec.newBuilder().size(40, BASIS).quota(Quota.eachAtMost(QuotaDimension.PROVINCE, 6, BASIS)).build();
      return Shortlister.create().select(rank(aggregated), spec);
    });
    assertThat(shortlist.included()).hasSize(40);
  }

  @Test
  void bootstrap_rank_stability_is_the_same_on_eight_threads_for_one_seed() {
    AssignmentResult assignment = ASSIGNER.assign(PROPOSALS, PANEL, AssignmentOptions.of(3, 42));
    AggregationResult aggregated = Aggregations.mean(BASIS).aggregate(scores(assignment));
    RankStability stability = ConcurrentRuns.assertSameResult(8, 2, () ->
        RankStability.bootstrap(aggregated, BootstrapOptions.newBuilder().seed(99).replicates(300).shortlistSize(40).build()));
    assertThat(stability.intervals()).hasSize(PROPOSALS.size());
  }

  @Test
  void a_shared_stage_machine_and_edition_check_proposals_alike_on_eight_threads() {
    StageMachine machine = StageMachine.national();
    List<Integer> violations = ConcurrentRuns.assertSameResult(8, 5, () -> PROPOSALS.stream().map(p -> EDITION.validate(p).size()).toList());
    assertThat(violations).hasSize(PROPOSALS.size());
    assertThat(ConcurrentRuns.assertSameResult(() -> machine.rules().size())).isPositive();
  }

  @Test
  void a_run_that_differs_from_the_first_is_reported_with_its_thread_and_both_results() {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    assertThatThrownBy(() -> ConcurrentRuns.assertSameResult(2, 3, () -> calls.incrementAndGet() > 1 ? "later" : "first"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("gave a different result")
        .hasMessageContaining("expected: first")
        .hasMessageContaining("actual:   later");
  }
}
