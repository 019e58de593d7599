package io.github.kipp.scoring.aggregate;

import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.PRESENTATION;
import static io.github.kipp.scoring.ScoringFixtures.TWO_DECIMALS;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.ScoringFixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageCombinationsTest {

  private static final Citation SULSEL_2022 = Citation.reported("Panduan KIPP Provinsi Sulawesi Selatan 2022", "UNKNOWN").withSources("S117");
  private static final CriteriaSet PRESENTATION_CRITERIA = CriteriaSet.of(PRESENTATION,
      List.of(Criterion.of("presentasi", LocalizedText.of("Presentasi", "Presentation"), "1", ScoringFixtures.ZERO_TO_HUNDRED, SULSEL_2022)),
      BigDecimal.ONE, TWO_DECIMALS);

  private static ScoreSheet presentation(String proposal, String evaluator, int score) {
    return ScoreSheet.of(ProposalId.of(proposal), ActorId.of(evaluator), PRESENTATION,
        ImmutableMap.of(CriterionId.of("presentasi"), BigDecimal.valueOf(score)), ScoringFixtures.DURING);
  }

  private static ImmutableSortedMap<StageId, AggregationResult> stages() {
    AggregationResult desk = Aggregations.mean(DEFAULT).aggregate(FrozenScores.of(DESK_CRITERIA,
        List.of(sheet("p-1", "te-1", 80, 80), sheet("p-2", "te-1", 90, 90), sheet("p-3", "te-1", 70, 70)), CLOSE));
    AggregationResult pres = Aggregations.mean(DEFAULT).aggregate(FrozenScores.of(PRESENTATION_CRITERIA,
        List.of(presentation("p-1", "tpi-1", 90), presentation("p-2", "tpi-1", 60)), CLOSE));
    return ImmutableSortedMap.of(DESK, desk, PRESENTATION, pres);
  }

  private static final StageCombinationPolicy SEVENTY_THIRTY =
      StageCombinations.weighted(Map.of(DESK, new BigDecimal("0.70"), PRESENTATION, new BigDecimal("0.30")), TWO_DECIMALS, SULSEL_2022);

  @Test
  void seventy_percent_substance_and_thirty_percent_presentation_is_exact() {
    CombinationResult r = SEVENTY_THIRTY.combine(stages(), ImmutableSortedMap.of());

    assertThat(r.score(ProposalId.of("p-1")).orElseThrow().score()).contains(new BigDecimal("83.00"));
    assertThat(r.score(ProposalId.of("p-2")).orElseThrow().score()).contains(new BigDecimal("81.00"));
    assertThat(r.policy()).isEqualTo("0.70 × evaluasi-proposal + 0.30 × presentasi-wawancara");
    assertThat(r.score(ProposalId.of("p-1")).orElseThrow().explanation().render(Locale.ENGLISH))
        .contains("Final score: 0.70 × evaluasi-proposal + 0.30 × presentasi-wawancara: 83.00")
        .contains("Stage presentasi-wawancara counts 0.30: 90.00");
  }

  @Test
  void a_proposal_missing_a_stage_has_no_final_score_and_says_which() {
    CombinedScore p3 = SEVENTY_THIRTY.combine(stages(), ImmutableSortedMap.of()).score(ProposalId.of("p-3")).orElseThrow();

    assertThat(p3.score()).isEmpty();
    assertThat(p3.decision().passed()).isFalse();
    assertThat(p3.decision().reasons()).singleElement().satisfies(reason ->
        assertThat(reason.message().english()).isEqualTo("No final score: no score in stage presentasi-wawancara"));
  }

  @Test
  void weights_must_be_positive_and_sum_to_one() {
    assertThatThrownBy(() -> StageCombinations.weighted(Map.of(DESK, new BigDecimal("0.7"), PRESENTATION, new BigDecimal("0.2")), TWO_DECIMALS, SULSEL_2022))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sum to 0.9");
    assertThatThrownBy(() -> StageCombinations.weighted(Map.of(DESK, new BigDecimal("1.1"), PRESENTATION, new BigDecimal("-0.1")), TWO_DECIMALS, SULSEL_2022))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be more than zero");
  }

  @Test
  void a_field_verification_gate_fails_an_unconfirmed_proposal() {
    StageCombinationPolicy gated = StageCombinations.verificationGate(SEVENTY_THIRTY, true, SULSEL_2022);
    Reason finding = Reason.of("verlap", LocalizedText.of("Layanan tidak berjalan", "The service was not running"), SULSEL_2022);
    CombinationResult r = gated.combine(stages(), ImmutableSortedMap.of(
        ProposalId.of("p-1"), new VerificationFinding(ProposalId.of("p-1"), VerificationFinding.Outcome.NOT_CONFIRMED, finding)));

    assertThat(r.score(ProposalId.of("p-1")).orElseThrow().score()).isEmpty();
    assertThat(r.score(ProposalId.of("p-1")).orElseThrow().decision().reasons().get(0).code()).isEqualTo("kipp.combination.gateFailed");
    assertThat(r.score(ProposalId.of("p-2")).orElseThrow().score()).contains(new BigDecimal("81.00"));
    assertThat(StageCombinations.verificationGate(SEVENTY_THIRTY, false, SULSEL_2022).combine(stages(), ImmutableSortedMap.of())
        .score(ProposalId.of("p-2")).orElseThrow().score()).isEmpty();
  }

  @Test
  void a_single_stage_passes_its_score_through_and_candidates_carry_every_stage() {
    CombinationResult r = StageCombinations.single(DESK, DEFAULT).combine(stages(), ImmutableSortedMap.of());

    assertThat(r.score(ProposalId.of("p-3")).orElseThrow().score()).contains(new BigDecimal("70.00"));
    var proposals = Map.of(ProposalId.of("p-1"), ScoringFixtures.proposal("p-1", ScoringFixtures.LUWU_UTARA),
        ProposalId.of("p-2"), ScoringFixtures.proposal("p-2", ScoringFixtures.LUWU_UTARA),
        ProposalId.of("p-3"), ScoringFixtures.proposal("p-3", ScoringFixtures.LUWU_UTARA));
    assertThat(r.candidates(proposals, Map.of())).hasSize(3).first().satisfies(c -> {
      assertThat(c.stageScores()).containsKeys(DESK, PRESENTATION);
      assertThat(c.criterionScores()).containsKeys(CriterionId.of("signifikansi"), CriterionId.of("presentasi"));
    });
  }

  @Test
  void a_zero_stage_weight_and_an_empty_weighting_are_refused() {
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> StageCombinations.weighted(
            Map.of(DESK, BigDecimal.ONE, PRESENTATION, BigDecimal.ZERO), TWO_DECIMALS, SULSEL_2022)).violations())
        .extracting(v -> v.code() + " " + v.path()).containsExactly("kipp.combination.weight weights.presentasi-wawancara");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> StageCombinations.weighted(Map.of(), TWO_DECIMALS, SULSEL_2022)).violations())
        .extracting(v -> v.code() + " " + v.path()).containsExactly("kipp.combination.sum weights");
  }

  @Test
  void a_weighting_that_sums_to_one_combines_and_cites_its_source() {
    StageCombinationPolicy policy = StageCombinations.weighted(Map.of(DESK, new BigDecimal("0.5"), PRESENTATION, new BigDecimal("0.5")), TWO_DECIMALS, SULSEL_2022);
    CombinationResult r = policy.combine(stages(), ImmutableSortedMap.of());

    assertThat(r.score(ProposalId.of("p-1")).orElseThrow().score()).contains(new BigDecimal("85.00"));
    assertThat(policy.citation()).isEqualTo(SULSEL_2022);
    assertThat(r.citation()).isEqualTo(SULSEL_2022);
  }

  @Test
  void a_single_stage_policy_describes_itself_by_its_stage() {
    StageCombinationPolicy single = StageCombinations.single(DESK, DEFAULT);

    assertThat(single.describe()).isEqualTo("single stage evaluasi-proposal");
    assertThat(single.combine(stages(), ImmutableSortedMap.of()).policy()).isEqualTo("single stage evaluasi-proposal");
  }

  @Test
  void a_gate_keeps_the_earlier_failure_of_a_proposal_without_a_final_score_and_passes_a_confirmed_one() {
    StageCombinationPolicy gated = StageCombinations.verificationGate(SEVENTY_THIRTY, false, DEFAULT);
    Reason confirmed = Reason.of("verlap", LocalizedText.of("Layanan berjalan", "The service was running"), SULSEL_2022);
    CombinationResult r = gated.combine(stages(), ImmutableSortedMap.of(
        ProposalId.of("p-2"), new VerificationFinding(ProposalId.of("p-2"), VerificationFinding.Outcome.CONFIRMED, confirmed)));

    CombinedScore p3 = r.score(ProposalId.of("p-3")).orElseThrow();
    assertThat(p3.decision().reasons()).singleElement().satisfies(reason ->
        assertThat(reason.message().english()).isEqualTo("No final score: no score in stage presentasi-wawancara"));
    assertThat(p3.explanation().find("gate").orElseThrow().value()).isEqualTo("fail");
    CombinedScore p2 = r.score(ProposalId.of("p-2")).orElseThrow();
    assertThat(p2.score()).contains(new BigDecimal("81.00"));
    assertThat(p2.explanation().find("gate").orElseThrow().value()).isEqualTo("pass");
    assertThat(p2.explanation().find("finding").orElseThrow().value()).isEqualTo("CONFIRMED");
    assertThat(gated.describe()).isEqualTo("0.70 × evaluasi-proposal + 0.30 × presentasi-wawancara, gated by field verification (not visited fails)");
    assertThat(StageCombinations.verificationGate(SEVENTY_THIRTY, true, DEFAULT).describe()).endsWith("(not visited passes)");
    assertThat(gated.citation()).isEqualTo(SULSEL_2022);
  }
}
