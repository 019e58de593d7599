package io.github.kipp.scoring;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.DURING;
import static io.github.kipp.scoring.ScoringFixtures.PRESENTATION;
import static io.github.kipp.scoring.ScoringFixtures.TWO_DECIMALS;
import static io.github.kipp.scoring.ScoringFixtures.ZERO_TO_HUNDRED;
import static io.github.kipp.scoring.ScoringFixtures.scores;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Boundaries and equality of the scoring value types: scales, roundings, criteria, sheets, frozen populations. */
class ValueBoundsTest {

  /** One more decimal than kipp accepts. */
  private static final String TOO_FINE = "0.000000000000000000001";

  private static List<String> codesAndPaths(ThrowableRunnable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::run);
    assertThat(e).as("an InvalidInputException").isNotNull();
    return e.violations().stream().map(v -> v.code() + " " + v.path()).collect(Collectors.toList());
  }

  @FunctionalInterface
  private interface ThrowableRunnable {
    void run() throws Throwable;
  }

  @Test
  void a_scale_bound_or_step_beyond_the_decimal_bounds_is_refused_before_any_other_check() {
    assertThat(codesAndPaths(() -> Scale.of(new BigDecimal(TOO_FINE), new BigDecimal("100"), BigDecimal.ONE)))
        .containsExactly("kipp.number.precision min");
    assertThat(codesAndPaths(() -> Scale.of(BigDecimal.ZERO, new BigDecimal(TOO_FINE), BigDecimal.ONE)))
        .containsExactly("kipp.number.precision max");
    assertThat(codesAndPaths(() -> Scale.of(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal(TOO_FINE))))
        .containsExactly("kipp.number.precision step");
  }

  @Test
  void scales_report_their_step_and_are_equal_exactly_when_bounds_and_step_are() {
    assertThat(ZERO_TO_HUNDRED.step()).isEqualByComparingTo("1");
    new EqualsTester()
        .addEqualityGroup(Scale.of("0", "100", "1"), Scale.of("0", "100", "1"))
        .addEqualityGroup(Scale.of("1", "100", "1"))
        .addEqualityGroup(Scale.of("0", "99", "1"))
        .addEqualityGroup(Scale.of("0", "100", "0.5"))
        .testEquals();
  }

  @Test
  void rounding_accepts_zero_to_twelve_decimals_and_nothing_outside() {
    assertThat(new Rounding(0, RoundingMode.HALF_UP, DEFAULT).scale()).isZero();
    assertThat(new Rounding(12, RoundingMode.HALF_UP, DEFAULT).scale()).isEqualTo(12);
    assertThat(codesAndPaths(() -> new Rounding(-1, RoundingMode.HALF_UP, DEFAULT))).containsExactly("kipp.rounding.invalid scale");
    assertThat(codesAndPaths(() -> new Rounding(13, RoundingMode.HALF_UP, DEFAULT))).containsExactly("kipp.rounding.invalid scale");
  }

  @Test
  void a_criterion_may_weigh_zero_but_not_less() {
    assertThat(Criterion.of("catatan", LocalizedText.of("Catatan", "Note"), "0", ZERO_TO_HUNDRED, CITED).weight()).isEqualByComparingTo("0");
    assertThat(codesAndPaths(() -> Criterion.of("catatan", LocalizedText.of("Catatan", "Note"), "-0.1", ZERO_TO_HUNDRED, CITED)))
        .containsExactly("kipp.criterion.weight weight");
  }

  @Test
  void a_weight_total_of_zero_or_beyond_the_decimal_bounds_is_refused() {
    List<Criterion> one = List.of(Criterion.of("signifikansi", LocalizedText.of("Signifikansi", "Significance"), "1", ZERO_TO_HUNDRED, CITED));

    assertThat(codesAndPaths(() -> CriteriaSet.of(DESK, one, BigDecimal.ZERO, TWO_DECIMALS)))
        .containsExactly("kipp.criteria.weightTotal weightTotal");
    assertThat(codesAndPaths(() -> CriteriaSet.of(DESK, one, new BigDecimal(TOO_FINE), TWO_DECIMALS)))
        .startsWith("kipp.number.precision weightTotal");
  }

  @Test
  void a_sheet_with_an_unknown_criterion_is_told_which_criteria_are_allowed() {
    ScoreSheet sheet = ScoreSheet.of(ProposalId.of("p-1"), ActorId.of("te-a"), DESK,
        scores("signifikansi", "80", "adaptabilitas", "70", "kreativitas", "90"), DURING);

    List<Violation> v = DESK_CRITERIA.validate(sheet);

    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("kipp.sheet.unknownCriterion");
      assertThat(x.message().english()).isEqualTo("Criterion 'kreativitas' is not a criterion of this stage; allowed: signifikansi, adaptabilitas.");
    });
    assertThat(DESK_CRITERIA).hasToString("evaluasi-proposal: signifikansi=0.6, adaptabilitas=0.4");
  }

  @Test
  void criteria_sets_are_equal_exactly_when_stage_criteria_total_and_rounding_are() {
    List<Criterion> criteria = DESK_CRITERIA.criteria();
    new EqualsTester()
        .addEqualityGroup(DESK_CRITERIA, CriteriaSet.of(DESK, criteria, BigDecimal.ONE, TWO_DECIMALS))
        .addEqualityGroup(CriteriaSet.of(PRESENTATION, criteria, BigDecimal.ONE, TWO_DECIMALS))
        .addEqualityGroup(CriteriaSet.of(DESK, criteria, BigDecimal.ONE, new Rounding(3, RoundingMode.HALF_UP, DEFAULT)))
        .testEquals();
  }

  @Test
  void a_sheet_holds_up_to_the_maximum_number_of_scores_and_no_score_beyond_the_decimal_bounds() {
    Map<CriterionId, BigDecimal> full = new LinkedHashMap<>();
    for (int i = 0; i < ScoreSheet.MAX_SCORES; i++) {
      full.put(CriterionId.of("k" + i), BigDecimal.ONE);
    }
    assertThat(ScoreSheet.of(ProposalId.of("p-1"), ActorId.of("te-a"), DESK, full, DURING).scores()).hasSize(ScoreSheet.MAX_SCORES);
    full.put(CriterionId.of("k-extra"), BigDecimal.ONE);
    assertThat(codesAndPaths(() -> ScoreSheet.of(ProposalId.of("p-1"), ActorId.of("te-a"), DESK, full, DURING)))
        .containsExactly("kipp.sheet.scoreCount scores");
    assertThat(codesAndPaths(() -> ScoreSheet.of(ProposalId.of("p-1"), ActorId.of("te-a"), DESK, scores("signifikansi", TOO_FINE), DURING)))
        .containsExactly("kipp.number.precision scores.signifikansi");
  }

  @Test
  void sheets_are_equal_exactly_when_every_field_is() {
    new EqualsTester()
        .addEqualityGroup(sheet("p-1", "te-a", 80, 70), sheet("p-1", "te-a", 80, 70))
        .addEqualityGroup(sheet("p-2", "te-a", 80, 70))
        .addEqualityGroup(sheet("p-1", "te-b", 80, 70))
        .addEqualityGroup(sheet("p-1", "te-a", 81, 70))
        .testEquals();
  }

  @Test
  void freezing_checks_every_sheet_against_the_criteria() {
    ScoreSheet offScale = sheet("p-1", "te-a", 120, 70);

    assertThat(codesAndPaths(() -> FrozenScores.of(DESK_CRITERIA, List.of(offScale), CLOSE)))
        .containsExactly("kipp.sheet.offScale sheets[p-1/te-a].scores.signifikansi");
  }

  @Test
  void populations_that_differ_in_one_score_have_different_ids_and_are_not_equal() {
    FrozenScores a = FrozenScores.of(DESK_CRITERIA, List.of(sheet("p-1", "te-a", 80, 70)), CLOSE);
    FrozenScores b = FrozenScores.of(DESK_CRITERIA, List.of(sheet("p-1", "te-a", 80, 71)), CLOSE);

    assertThat(a.populationId()).isNotEqualTo(b.populationId());
    new EqualsTester()
        .addEqualityGroup(a, FrozenScores.of(DESK_CRITERIA, List.of(sheet("p-1", "te-a", 80, 70)), CLOSE))
        .addEqualityGroup(b)
        .testEquals();
  }
}
