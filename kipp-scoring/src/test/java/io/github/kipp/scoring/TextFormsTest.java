package io.github.kipp.scoring;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.PRESENTATION;
import static io.github.kipp.scoring.ScoringFixtures.TAKALAR;
import static io.github.kipp.scoring.ScoringFixtures.TWO_DECIMALS;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.TierId;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.aggregate.ZScoreOptions;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.panel.Assigner;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.scoring.rank.TieBreaks;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.shortlist.QuotaProblem;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.spi.FinalistPool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text form ({@code toString}) of kipp-scoring's values. Aggregation and combination policies,
 * scales, roundings, cut-offs and tie-breaks are written into explanations and messages as this
 * text; the rest is the debug form shown in logs and failed assertions. Both are pinned so that a
 * changed form is a decision, and so that mutation testing can count these methods. Rankings,
 * shortlists, cut-offs, tie-break chains, criteria, bootstrap results and assignment results are
 * pinned beside their own tests.
 */
class TextFormsTest {

  @Test
  void policies_read_as_in_explanations() {
    assertThat(Aggregations.mean(DEFAULT)).hasToString("mean");
    assertThat(Aggregations.median(DEFAULT)).hasToString("median");
    assertThat(Aggregations.trimmedMean(1, DEFAULT)).hasToString("trimmed mean (drop 1 lowest and 1 highest)");
    assertThat(Aggregations.zScore(ZScoreOptions.population(2, ZScoreOptions.Fallback.USE_RAW, DEFAULT)))
        .hasToString("z-score (min 2 sheets, else USE_RAW; reference POPULATION)");
    StageCombinationPolicy single = StageCombinations.single(PRESENTATION, DEFAULT);
    assertThat(single).hasToString("single stage presentasi-wawancara");
    StageCombinationPolicy weighted = StageCombinations.weighted(
        Map.of(DESK, new BigDecimal("0.70"), PRESENTATION, new BigDecimal("0.30")), TWO_DECIMALS, CITED);
    assertThat(weighted).hasToString("0.70 × evaluasi-proposal + 0.30 × presentasi-wawancara");
    assertThat(StageCombinations.verificationGate(single, true, DEFAULT))
        .hasToString("single stage presentasi-wawancara, gated by field verification (not visited passes)");
    assertThat(StageCombinations.verificationGate(weighted, false, DEFAULT))
        .hasToString("0.70 × evaluasi-proposal + 0.30 × presentasi-wawancara, gated by field verification (not visited fails)");
  }

  @Test
  void scales_roundings_and_tie_breaks_read_as_in_messages() {
    assertThat(Scale.of("0", "100", "0.5")).hasToString("[0..100] step 0.5");
    assertThat(new Rounding(2, RoundingMode.HALF_EVEN, DEFAULT)).hasToString("2 decimals, HALF_EVEN");
    assertThat(TieBreaks.earlierSubmission(DEFAULT)).hasToString("earlier-submission");
    assertThat(TieBreaks.higherStage(DESK, DEFAULT)).hasToString("stage:evaluasi-proposal");
  }

  @Test
  void quotas_and_their_problems_read_with_their_bounds() {
    assertThat(Quota.atLeast(QuotaDimension.CATEGORY, "tata-kelola", 5, DEFAULT)).hasToString("CATEGORY tata-kelola [5..]");
    assertThat(Quota.between(QuotaDimension.THREE_T, "true", 2, 4, DEFAULT)).hasToString("THREE_T true [2..4]");
    assertThat(Quota.eachAtMost(QuotaDimension.INSTITUTION, 3, DEFAULT)).hasToString("INSTITUTION each [0..3]");
    Quota min = Quota.atLeast(QuotaDimension.CATEGORY, "tata-kelola", 5, DEFAULT);
    assertThat(new QuotaProblem("kipp.quota.x", ImmutableList.of(min), LocalizedText.of("Tidak terpenuhi", "Not met")))
        .hasToString("kipp.quota.x: Not met");
  }

  @Test
  void finalist_pools_read_as_tier_groups_and_size() {
    ShortlistSpec plain = ShortlistSpec.newBuilder().size(99, CITED).build();
    ShortlistSpec withQuotas = ShortlistSpec.newBuilder().size(30, CITED)
        .quota(Quota.atLeast(QuotaDimension.CATEGORY, "kesehatan", 3, DEFAULT)).quota(Quota.eachAtMost(QuotaDimension.INSTITUTION, 2, DEFAULT)).build();
    assertThat(new FinalistPool(TierId.of("top-99"), LocalizedText.same("Top 99"), ImmutableSortedSet.of(GroupId.of("umum")), plain))
        .hasToString("top-99 [umum]: 99");
    assertThat(new FinalistPool(TierId.of("top-30"), LocalizedText.same("Top 30"), ImmutableSortedSet.of(GroupId.of("umum"), GroupId.of("replikasi")), withQuotas))
        .hasToString("top-30 [replikasi, umum]: 30 with 2 quotas");
    assertThat(plain).hasToString("ShortlistSpec[99; []]");
    assertThat(withQuotas).hasToString("ShortlistSpec[30; [CATEGORY kesehatan [3..], INSTITUTION each [0..2]]]");
  }

  @Test
  void sheets_frozen_scores_and_explanations_read_with_their_subject() {
    ScoreSheet sheet = sheet("p-1", "te-a", 80, 70);
    // scores as plain decimals: the sheet keeps 80 as 8E+1 once trailing zeros are stripped
    assertThat(sheet).hasToString("te-a on p-1 (evaluasi-proposal): {adaptabilitas=70, signifikansi=80}");
    FrozenScores frozen = FrozenScores.of(DESK_CRITERIA, List.of(sheet, sheet("p-1", "te-b", 60, 60)), CLOSE);
    assertThat(frozen).hasToString("evaluasi-proposal: 2 sheets closed at " + CLOSE + " (" + frozen.populationId().substring(0, 12) + ")");
    Explanation leaf = new Explanation("total", LocalizedText.of("Total", "Total"), "85", ImmutableList.of(), ImmutableList.of());
    assertThat(leaf).hasToString(leaf.render(java.util.Locale.ENGLISH)).hasToString("Total: 85\n");
  }

  @Test
  void debug_forms_of_panels_and_assignments_name_their_sizes() {
    Panel panel = Panel.of(List.of(Evaluator.of("te-a", TAKALAR), Evaluator.of("te-b", LUWU_UTARA)));
    assertThat(panel).hasToString("Panel[2 evaluators]");
    Assignment assignment = Assignment.of(ImmutableSortedMap.of(ProposalId.of("p-1"), List.of(ActorId.of("te-a"), ActorId.of("te-b"))));
    assertThat(assignment).hasToString("Assignment[1 proposals, 2 evaluators]");
    assertThat(ConflictOfInterestPolicies.institutional()).hasToString("institutional");
    assertThat(ConflictOfInterestPolicies.none()).hasToString("none");
    assertThat(Assigner.of(ConflictOfInterestPolicies.none())).hasToString("Assigner[none]");
  }
}
