package io.github.kipp.scoring;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.TWO_DECIMALS;
import static io.github.kipp.scoring.ScoringFixtures.ZERO_TO_HUNDRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriteriaSetTest {

  @Test
  void the_weighted_total_is_exact_then_rounded_as_declared() {
    assertThat(DESK_CRITERIA.exactWeightedTotal(ScoringFixtures.scores("signifikansi", "83", "adaptabilitas", "77")))
        .isEqualByComparingTo("80.6");
    CriteriaSet thirds = CriteriaSet.of(DESK,
        List.of(Criterion.of("a", LocalizedText.same("A"), "1", ZERO_TO_HUNDRED, CITED), Criterion.of("b", LocalizedText.same("B"), "2", ZERO_TO_HUNDRED, CITED)),
        new BigDecimal("3"), new Rounding(2, RoundingMode.HALF_UP, CITED));
    assertThat(thirds.weightedTotal(ScoringFixtures.scores("a", "100", "b", "0"))).isEqualTo(new BigDecimal("33.33"));
    assertThat(thirds.weightedTotal(ScoringFixtures.scores("a", "0", "b", "100"))).isEqualTo(new BigDecimal("66.67"));
  }

  @Test
  void percentages_that_sum_to_100_give_the_same_total_as_fractions() {
    CriteriaSet percent = CriteriaSet.of(DESK,
        List.of(Criterion.of("signifikansi", LocalizedText.same("S"), "60", ZERO_TO_HUNDRED, CITED), Criterion.of("adaptabilitas", LocalizedText.same("A"), "40", ZERO_TO_HUNDRED, CITED)),
        new BigDecimal("100"), TWO_DECIMALS);
    assertThat(percent.weightedTotal(ScoringFixtures.scores("signifikansi", "83", "adaptabilitas", "77")))
        .isEqualTo(DESK_CRITERIA.weightedTotal(ScoringFixtures.scores("signifikansi", "83", "adaptabilitas", "77")));
  }

  @Test
  void weights_that_miss_their_total_are_refused_listing_every_weight() {
    assertThatThrownBy(() -> CriteriaSet.of(DESK,
            List.of(Criterion.of("a", LocalizedText.same("A"), "0.6", ZERO_TO_HUNDRED, CITED), Criterion.of("b", LocalizedText.same("B"), "0.5", ZERO_TO_HUNDRED, CITED)),
            BigDecimal.ONE, TWO_DECIMALS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("The weights of stage evaluasi-proposal sum to 1.1; they must sum to 1 (a=0.6, b=0.5)");
  }

  @Test
  void a_sheet_is_checked_for_stage_missing_unknown_and_off_scale_scores() {
    ScoreSheet sheet = ScoreSheet.of(ProposalId.of("p-1"), ActorId.of("te-1"), StageId.of("presentasi"),
        ScoringFixtures.scores("signifikansi", "100.5", "kebaruan", "50"), ScoringFixtures.DURING);

    assertThat(DESK_CRITERIA.validate(sheet))
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("kipp.sheet.wrongStage", "stage"),
            org.assertj.core.groups.Tuple.tuple("kipp.sheet.offScale", "scores.signifikansi"),
            org.assertj.core.groups.Tuple.tuple("kipp.sheet.missingScore", "scores.adaptabilitas"),
            org.assertj.core.groups.Tuple.tuple("kipp.sheet.unknownCriterion", "scores.kebaruan"));
    assertThat(DESK_CRITERIA.validate(sheet).get(1).message().english())
        .isEqualTo("Score 100.5 for criterion 'signifikansi' is not on its scale [0..100] step 1.");
    assertThat(DESK_CRITERIA.validate(sheet).get(2).message().indonesian())
        .isEqualTo("Kriteria 'adaptabilitas' (Adaptabilitas) belum dinilai.");
  }

  @Test
  void the_scale_of_totals_runs_from_all_minimums_to_all_maximums() {
    assertThat(DESK_CRITERIA.totalScale()).isEqualTo(Scale.of("0", "100", "0.01"));
  }

  @Test
  void a_scale_accepts_only_its_steps_within_its_bounds() {
    Scale halves = Scale.of("1", "5", "0.5");

    assertThat(halves.allows(new BigDecimal("3.5"))).isTrue();
    assertThat(halves.allows(new BigDecimal("3.50"))).isTrue();
    assertThat(halves.allows(new BigDecimal("3.25"))).isFalse();
    assertThat(halves.allows(new BigDecimal("0.5"))).isFalse();
    assertThat(halves.allows(new BigDecimal("5"))).isTrue();
    assertThat(Scale.of("0", "100.0", "1")).isEqualTo(ZERO_TO_HUNDRED);
    assertThatThrownBy(() -> Scale.of("0", "10", "3"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("The step 3 does not divide the range 0 to 10 evenly");
    assertThatThrownBy(() -> Scale.of("5", "5", "0"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).hasSize(2));
  }

  @Test
  void rounding_must_keep_a_sane_number_of_decimals() {
    assertThatThrownBy(() -> new Rounding(13, RoundingMode.HALF_UP, CITED)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Rounding(2, RoundingMode.UNNECESSARY, CITED)).isInstanceOf(InvalidInputException.class);
    assertThat(TWO_DECIMALS.apply(new BigDecimal("80.125"))).isEqualTo(new BigDecimal("80.13"));
  }
}
