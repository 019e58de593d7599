package io.github.kipp.scoring.aggregate;

import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.proposal;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.KippException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.rank.TieBreaks;
import io.github.kipp.scoring.shortlist.InfeasibleQuotasException;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.shortlist.QuotaProblem;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.shortlist.Shortlister;
import io.github.kipp.scoring.stability.BootstrapOptions;
import io.github.kipp.scoring.stability.RankStability;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Empty and degenerate populations (no sheets, one sheet, one evaluator, every score equal, every
 * evaluator equal, nobody eligible) through every engine: each gives a result or a kipp error, never a
 * JDK exception.
 */
class DegeneratePopulationsTest {

  private static final int[] VALUES = {0, 50, 73, 100};

  /** Every aggregation policy kipp ships, with each z-score fallback, reference and minimum. */
  static List<AggregationPolicy> everyPolicy() {
    List<AggregationPolicy> out = new ArrayList<>();
    out.add(Aggregations.mean(DEFAULT));
    out.add(Aggregations.median(DEFAULT));
    for (int k = 1; k <= 3; k++) {
      out.add(Aggregations.trimmedMean(k, DEFAULT));
    }
    for (ZScoreOptions.Fallback f : ZScoreOptions.Fallback.values()) {
      for (int min = 2; min <= 5; min += 3) {
        out.add(Aggregations.zScore(ZScoreOptions.population(min, f, DEFAULT)));
        out.add(Aggregations.zScore(ZScoreOptions.fixed(min, f, new BigDecimal("60"), new BigDecimal("10"), DEFAULT)));
      }
    }
    return out;
  }

  /**
   * A small population from codes: each code names a proposal (of 4), an evaluator (of 4) and two
   * scores; with {@code flat} every score is the same.
   */
  static FrozenScores population(List<Integer> codes, boolean flat) {
    Set<String> pairs = new HashSet<>();
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int code : codes) {
      int p = code & 3;
      int e = (code >> 2) & 3;
      if (!pairs.add(p + "/" + e)) {
        continue;
      }
      int a = flat ? 70 : VALUES[(code >> 4) & 3];
      int b = flat ? 70 : VALUES[(code >> 6) & 3];
      sheets.add(sheet("p-" + p, "te-" + e, a, b));
    }
    return FrozenScores.of(DESK_CRITERIA, sheets, CLOSE);
  }

  private static <T> T resultOrKippError(String what, Supplier<T> action, T whenRefused) {
    try {
      return action.get();
    } catch (KippException refused) {
      assertThat(refused.getMessage()).as(what).isNotBlank();
      return whenRefused;
    }
  }

  @Test
  void every_aggregation_of_a_small_or_degenerate_population_gives_a_result_or_a_kipp_error() {
    List<AggregationPolicy> policies = everyPolicy();
    qt().withFixedSeed(20_261_207L).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 10), integers().between(0, 3))
        .checkAssert((codes, mode) -> {
          FrozenScores scores = population(codes, mode == 0);
          for (AggregationPolicy policy : policies) {
            AggregationResult r = resultOrKippError(policy.toString(), () -> policy.aggregate(scores), null);
            if (r == null) {
              continue;
            }
            assertThat(scores.proposals()).as(policy.toString()).containsAll(r.scores().keySet());
            assertThat(r.populationId()).isEqualTo(scores.populationId());
            r.scores().values().forEach(s -> assertThat(s.score()).as(policy + " " + s.proposal())
                .isBetween(BigDecimal.ZERO, new BigDecimal("100")));
            if (scores.sheets().isEmpty()) {
              assertThat(r.scores()).as(policy.toString()).isEmpty();
            }
            downstream(policy.toString(), r, mode);
          }
        });
  }

  @Test
  void an_empty_stage_aggregates_to_an_empty_result_under_every_policy_with_its_parameters_recorded() {
    FrozenScores nobody = FrozenScores.of(DESK_CRITERIA, List.of(), CLOSE);

    for (AggregationPolicy policy : everyPolicy()) {
      AggregationResult r = policy.aggregate(nobody);
      assertThat(r.scores()).as(policy.toString()).isEmpty();
      assertThat(r.populationId()).isEqualTo(nobody.populationId());
      assertThat(r.parameters()).containsEntry("policy", policy.toString());
    }
    AggregationResult z = Aggregations.zScore(ZScoreOptions.population(2, ZScoreOptions.Fallback.USE_RAW, DEFAULT)).aggregate(nobody);
    assertThat(z.parameters()).containsEntry("referenceMean", "-").containsEntry("referenceSd", "-");
    AggregationResult fixed = Aggregations.zScore(ZScoreOptions.fixed(2, ZScoreOptions.Fallback.USE_RAW, new BigDecimal("60"), new BigDecimal("10"), DEFAULT))
        .aggregate(nobody);
    assertThat(fixed.parameters()).containsEntry("referenceMean", "60.00").containsEntry("referenceSd", "10.00");
  }

  @Test
  void an_empty_stage_goes_on_to_an_empty_ranking_cut_shortlist_and_stability() {
    AggregationResult r = Aggregations.mean(DEFAULT).aggregate(FrozenScores.of(DESK_CRITERIA, List.of(), CLOSE));
    CombinationResult combined = StageCombinations.single(DESK, DEFAULT).combine(ImmutableSortedMap.of(DESK, r), ImmutableSortedMap.of());
    Ranking ranking = Ranker.withTieBreaks().rank(combined.candidates(Map.of(), Map.of()));

    assertThat(combined.scores()).isEmpty();
    assertThat(ranking.entries()).isEmpty();
    assertThat(Cutoff.topN(3, DEFAULT).apply(ranking).passed()).isEmpty();
    assertThat(Shortlister.create().select(ranking, ShortlistSpec.newBuilder().size(3, DEFAULT).build()).included()).isEmpty();
    assertThat(RankStability.bootstrap(r, BootstrapOptions.newBuilder().replicates(10).seed(1L).shortlistSize(1).build()).intervals()).isEmpty();
    // A minimum nobody can meet is a kipp error naming the quota, not an empty shortlist.
    ShortlistSpec needsOne = ShortlistSpec.newBuilder().size(3, DEFAULT).quota(Quota.atLeast(QuotaDimension.GROUP, "umum", 1, DEFAULT)).build();
    assertThatThrownBy(() -> Shortlister.create().select(ranking, needsOne)).isInstanceOfSatisfying(InfeasibleQuotasException.class,
        e -> assertThat(e.problems()).extracting(QuotaProblem::code).containsExactly("kipp.quota.problem.tooFewCandidates"));
  }

  @Test
  void one_sheet_is_its_own_aggregate_and_is_not_normalised_saying_why() {
    FrozenScores one = FrozenScores.of(DESK_CRITERIA, List.of(sheet("p-1", "te-a", 80, 70)), CLOSE);

    for (AggregationPolicy policy : List.of(Aggregations.mean(DEFAULT), Aggregations.median(DEFAULT), Aggregations.trimmedMean(1, DEFAULT))) {
      assertThat(policy.aggregate(one).score(ProposalId.of("p-1")).orElseThrow().score()).as(policy.toString()).isEqualTo(new BigDecimal("76.00"));
    }
    AggregatedScore raw = Aggregations.zScore(ZScoreOptions.population(2, ZScoreOptions.Fallback.USE_RAW, DEFAULT)).aggregate(one)
        .score(ProposalId.of("p-1")).orElseThrow();
    assertThat(raw.score()).isEqualTo(new BigDecimal("76.00"));
    assertThat(normalisation(raw).label().english()).isEqualTo("Not normalised: the evaluator has 1 sheets (at least 2 needed); raw total used");
    assertThat(Aggregations.zScore(ZScoreOptions.population(2, ZScoreOptions.Fallback.EXCLUDE, DEFAULT)).aggregate(one).scores()).isEmpty();
  }

  @Test
  void an_evaluator_whose_totals_are_all_equal_is_not_normalised_and_the_explanation_says_there_is_no_spread() {
    FrozenScores flat = FrozenScores.of(DESK_CRITERIA,
        List.of(sheet("p-1", "te-a", 70, 70), sheet("p-2", "te-a", 70, 70), sheet("p-3", "te-a", 70, 70)), CLOSE);

    AggregatedScore raw = Aggregations.zScore(ZScoreOptions.population(3, ZScoreOptions.Fallback.USE_RAW, DEFAULT)).aggregate(flat)
        .score(ProposalId.of("p-2")).orElseThrow();
    assertThat(raw.score()).isEqualTo(new BigDecimal("70.00"));
    assertThat(raw.contributions()).singleElement().satisfies(c -> assertThat(c.normalised()).isFalse());
    assertThat(normalisation(raw).label().english())
        .isEqualTo("Not normalised: all 3 sheets of the evaluator have the same total, so there is no spread to divide by; raw total used");
    AggregationResult excluded = Aggregations.zScore(ZScoreOptions.population(3, ZScoreOptions.Fallback.EXCLUDE, DEFAULT)).aggregate(flat);
    assertThat(excluded.scores()).isEmpty();
  }

  private static Explanation normalisation(AggregatedScore score) {
    return score.explanation().children().get(0).children().stream().filter(e -> e.step().equals("normalisation")).findFirst().orElseThrow();
  }

  /** Combination, ranking, cut-offs, shortlists and the bootstrap on an aggregation's result. */
  private static void downstream(String what, AggregationResult r, int mode) {
    CombinationResult combined = StageCombinations.single(DESK, DEFAULT).combine(ImmutableSortedMap.of(DESK, r), ImmutableSortedMap.of());
    Map<ProposalId, Proposal> proposals = new LinkedHashMap<>();
    // mode 3: nobody eligible, so no proposal is passed on to ranking.
    if (mode != 3) {
      for (int p = 0; p < 4; p++) {
        proposals.put(ProposalId.of("p-" + p), proposal("p-" + p, LUWU_UTARA));
      }
    }
    ImmutableList<Candidate> candidates = combined.candidates(proposals, Map.of());
    Ranking ranking = Ranker.withTieBreaks(TieBreaks.higherStage(DESK, DEFAULT), TieBreaks.seededDraw(7L, DEFAULT)).rank(candidates);
    assertThat(ranking.size()).as(what).isEqualTo(candidates.size());
    assertThat(Cutoff.topN(2, DEFAULT).apply(ranking).decisions()).hasSize(candidates.size());
    assertThat(Cutoff.passMark(new BigDecimal("60"), DEFAULT).apply(ranking).decisions()).hasSize(candidates.size());
    ShortlistSpec plain = ShortlistSpec.newBuilder().size(2, DEFAULT).build();
    ShortlistSpec withQuotas = ShortlistSpec.newBuilder().size(2, DEFAULT)
        .quota(Quota.atLeast(QuotaDimension.GROUP, "umum", 1, DEFAULT))
        .quota(Quota.eachAtMost(QuotaDimension.PROVINCE, 1, DEFAULT)).build();
    resultOrKippError(what, () -> Shortlister.create().select(ranking, plain), null);
    resultOrKippError(what, () -> Shortlister.create().select(ranking, withQuotas), null);
    RankStability stability = resultOrKippError(what, () -> RankStability.bootstrap(r,
        BootstrapOptions.newBuilder().replicates(16).seed(5L).shortlistSize(1).build()), null);
    if (stability != null) {
      assertThat(stability.intervals()).hasSize(r.scores().size());
    }
  }
}
