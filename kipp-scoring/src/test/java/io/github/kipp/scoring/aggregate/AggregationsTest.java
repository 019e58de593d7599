package io.github.kipp.scoring.aggregate;

import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.ScoringFixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AggregationsTest {

  private static ProposalId p(String id) {
    return ProposalId.of(id);
  }

  /** p-1 has totals 80.6, 70, 50 (signifikansi 0.6 + adaptabilitas 0.4). */
  private static FrozenScores three() {
    return FrozenScores.of(DESK_CRITERIA, List.of(
        sheet("p-1", "te-a", 83, 77),
        sheet("p-1", "te-b", 70, 70),
        sheet("p-1", "te-c", 50, 50)), CLOSE);
  }

  @Test
  void the_mean_median_and_trimmed_mean_of_three_sheets() {
    assertThat(Aggregations.mean(DEFAULT).aggregate(three()).score(p("p-1")).orElseThrow().score()).isEqualTo(new BigDecimal("66.87"));
    assertThat(Aggregations.median(DEFAULT).aggregate(three()).score(p("p-1")).orElseThrow().score()).isEqualTo(new BigDecimal("70.00"));
    AggregatedScore trimmed = Aggregations.trimmedMean(1, DEFAULT).aggregate(three()).score(p("p-1")).orElseThrow();
    assertThat(trimmed.score()).isEqualTo(new BigDecimal("70.00"));
    assertThat(trimmed.contributions()).extracting(SheetContribution::evaluator, SheetContribution::used)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ActorId.of("te-a"), false),
            org.assertj.core.groups.Tuple.tuple(ActorId.of("te-b"), true),
            org.assertj.core.groups.Tuple.tuple(ActorId.of("te-c"), false));
  }

  @Test
  void a_median_of_an_even_count_averages_the_middle_two_and_a_trim_needs_enough_sheets() {
    FrozenScores two = FrozenScores.of(DESK_CRITERIA, List.of(sheet("p-1", "te-a", 81, 81), sheet("p-1", "te-b", 70, 70)), CLOSE);

    assertThat(Aggregations.median(DEFAULT).aggregate(two).score(p("p-1")).orElseThrow().score()).isEqualTo(new BigDecimal("75.50"));
    assertThat(Aggregations.trimmedMean(1, DEFAULT).aggregate(two).score(p("p-1")).orElseThrow().contributions())
        .allSatisfy(c -> assertThat(c.used()).isTrue());
    assertThatThrownBy(() -> Aggregations.trimmedMean(0, DEFAULT)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void criterion_means_are_kept_for_tie_breaks() {
    AggregatedScore s = Aggregations.mean(DEFAULT).aggregate(three()).score(p("p-1")).orElseThrow();

    assertThat(s.criterionMeans()).containsEntry(CriterionId.of("signifikansi"), new BigDecimal("67.67"))
        .containsEntry(CriterionId.of("adaptabilitas"), new BigDecimal("65.67"));
  }

  @Test
  void the_result_records_policy_parameters_and_population() {
    FrozenScores scores = three();
    AggregationResult r = Aggregations.zScore(ZScoreOptions.population(2, ZScoreOptions.Fallback.USE_RAW, DEFAULT)).aggregate(scores);

    assertThat(r.populationId()).isEqualTo(scores.populationId());
    assertThat(r.stage()).isEqualTo(DESK);
    assertThat(r.parameters()).containsEntry("minSheets", "2").containsEntry("fallback", "USE_RAW").containsKey("referenceMean");
    assertThat(r.policy()).startsWith("z-score");
  }

  @Test
  void an_evaluator_with_too_few_sheets_is_not_normalised_and_the_fallback_decides() {
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sheets.add(sheet("p-" + i, "te-busy", 60 + 5 * i, 60 + 5 * i));
    }
    sheets.add(sheet("p-0", "te-rare", 90, 90));
    FrozenScores scores = FrozenScores.of(DESK_CRITERIA, sheets, CLOSE);

    AggregatedScore raw = Aggregations.zScore(ZScoreOptions.population(3, ZScoreOptions.Fallback.USE_RAW, DEFAULT)).aggregate(scores).score(p("p-0")).orElseThrow();
    assertThat(raw.contributions()).filteredOn(c -> c.evaluator().equals(ActorId.of("te-rare")))
        .singleElement().satisfies(c -> {
          assertThat(c.normalised()).isFalse();
          assertThat(c.used()).isTrue();
          assertThat(c.adjusted()).isEqualTo(c.total());
        });
    AggregatedScore excluded = Aggregations.zScore(ZScoreOptions.population(3, ZScoreOptions.Fallback.EXCLUDE, DEFAULT)).aggregate(scores).score(p("p-0")).orElseThrow();
    assertThat(excluded.contributions()).filteredOn(c -> !c.used()).extracting(SheetContribution::evaluator).containsExactly(ActorId.of("te-rare"));
    assertThat(excluded.explanation().render(Locale.ENGLISH)).contains("Not counted: the evaluator has 1 sheets (at least 3 needed)");
  }

  @Test
  void a_proposal_whose_only_evaluator_is_excluded_gets_no_aggregate() {
    FrozenScores scores = FrozenScores.of(DESK_CRITERIA, List.of(sheet("p-0", "te-rare", 90, 90)), CLOSE);

    assertThat(Aggregations.zScore(ZScoreOptions.population(2, ZScoreOptions.Fallback.EXCLUDE, DEFAULT)).aggregate(scores).scores()).isEmpty();
  }

  @Test
  void normalisation_removes_a_lenient_evaluators_offset() {
    List<ScoreSheet> sheets = new ArrayList<>();
    int[] quality = {50, 60, 70, 80};
    for (int i = 0; i < quality.length; i++) {
      sheets.add(sheet("p-" + i, "te-strict", quality[i], quality[i]));
      sheets.add(sheet("p-" + i, "te-lenient", quality[i] + 15, quality[i] + 15));
    }
    AggregationResult r = Aggregations.zScore(ZScoreOptions.fixed(2, ZScoreOptions.Fallback.USE_RAW, new BigDecimal("70"), new BigDecimal("10"), DEFAULT))
        .aggregate(FrozenScores.of(DESK_CRITERIA, sheets, CLOSE));

    for (int i = 0; i < quality.length; i++) {
      AggregatedScore s = r.score(p("p-" + i)).orElseThrow();
      assertThat(s.contributions().get(0).adjusted()).isEqualTo(s.contributions().get(1).adjusted());
    }
  }

  /** Fine-grained criteria so that affine transforms stay on the scale and totals stay exact. */
  private static final CriteriaSet FINE = CriteriaSet.of(DESK,
      List.of(Criterion.of("a", LocalizedText.same("A"), "0.5", Scale.of("0", "1000", "0.0001"), DEFAULT),
          Criterion.of("b", LocalizedText.same("B"), "0.5", Scale.of("0", "1000", "0.0001"), DEFAULT)),
      BigDecimal.ONE, new Rounding(8, RoundingMode.HALF_EVEN, DEFAULT));

  private static ScoreSheet fine(String proposal, String evaluator, BigDecimal a, BigDecimal b) {
    return ScoreSheet.of(ProposalId.of(proposal), ActorId.of(evaluator), DESK,
        ImmutableMap.of(CriterionId.of("a"), a, CriterionId.of("b"), b), ScoringFixtures.DURING);
  }

  @Test
  void z_scores_do_not_change_when_one_evaluators_scores_undergo_a_positive_affine_transform() {
    qt().withFixedSeed(31).withExamples(1_000)
        .forAll(lists().of(integers().between(100, 275)).ofSize(24), integers().between(1, 3), integers().between(0, 100))
        .checkAssert((values, scaleFactor, shift) -> {
          List<ScoreSheet> before = new ArrayList<>();
          List<ScoreSheet> after = new ArrayList<>();
          for (int i = 0; i < 24; i++) {
            String evaluator = "te-" + (i % 4);
            String proposal = "p-" + (i / 2);
            // "+ i" keeps every evaluator's totals spread out, so every evaluator is normalised
            BigDecimal a = BigDecimal.valueOf(values.get(i) + i);
            BigDecimal b = BigDecimal.valueOf(values.get((i + 7) % 24));
            before.add(fine(proposal, evaluator, a, b));
            if (evaluator.equals("te-1")) {
              BigDecimal k = BigDecimal.valueOf(scaleFactor);
              BigDecimal c = BigDecimal.valueOf(shift);
              after.add(fine(proposal, evaluator, a.multiply(k).add(c), b.multiply(k).add(c)));
            } else {
              after.add(fine(proposal, evaluator, a, b));
            }
          }
          AggregationPolicy policy = Aggregations.zScore(ZScoreOptions.fixed(3, ZScoreOptions.Fallback.USE_RAW, new BigDecimal("500"), new BigDecimal("100"), DEFAULT));
          AggregationResult x = policy.aggregate(FrozenScores.of(FINE, before, CLOSE));
          AggregationResult y = policy.aggregate(FrozenScores.of(FINE, after, CLOSE));
          assertThat(y.scores().keySet()).isEqualTo(x.scores().keySet());
          x.scores().forEach((id, s) -> {
            assertThat(y.scores().get(id).score()).as("aggregate of %s", id).isEqualTo(s.score());
            assertThat(y.scores().get(id).contributions()).extracting(SheetContribution::adjusted)
                .isEqualTo(s.contributions().stream().map(SheetContribution::adjusted).collect(java.util.stream.Collectors.toList()));
          });
        });
  }

  @Test
  void the_order_of_the_sheets_does_not_change_any_aggregate() {
    qt().withFixedSeed(32).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 100)).ofSize(30), integers().between(0, 1000))
        .checkAssert((values, seed) -> {
          List<ScoreSheet> sheets = new ArrayList<>();
          for (int i = 0; i < 30; i++) {
            sheets.add(sheet("p-" + (i / 3), "te-" + (i % 5), values.get(i), values.get((i * 7) % 30)));
          }
          List<ScoreSheet> shuffled = new ArrayList<>(sheets);
          Collections.shuffle(shuffled, new Random(seed));
          for (AggregationPolicy policy : List.of(Aggregations.mean(DEFAULT), Aggregations.median(DEFAULT), Aggregations.trimmedMean(1, DEFAULT),
              Aggregations.zScore(ZScoreOptions.population(3, ZScoreOptions.Fallback.USE_RAW, DEFAULT)))) {
            assertThat(policy.aggregate(FrozenScores.of(DESK_CRITERIA, shuffled, CLOSE)))
                .isEqualTo(policy.aggregate(FrozenScores.of(DESK_CRITERIA, sheets, CLOSE)));
          }
        });
  }

  @Test
  void z_score_options_are_checked() {
    assertThatThrownBy(() -> ZScoreOptions.population(1, ZScoreOptions.Fallback.USE_RAW, DEFAULT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 2 sheets");
    assertThatThrownBy(() -> ZScoreOptions.fixed(2, ZScoreOptions.Fallback.USE_RAW, BigDecimal.TEN, BigDecimal.ZERO, DEFAULT))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be more than zero");
  }

  @Test
  void the_explanation_goes_from_raw_scores_to_the_aggregate() {
    String text = Aggregations.mean(DEFAULT).aggregate(three()).score(p("p-1")).orElseThrow().explanation().render(Locale.ENGLISH);

    assertThat(text).contains("Aggregate of stage evaluasi-proposal by mean, from 3 of 3 sheets: 66.87")
        .contains("Weighted total of te-a (weights sum to 1): 80.60")
        .contains("Score on signifikansi (weight 0.6): 83");
  }

  private static FrozenScores oneProposal(int... totalsByEvaluator) {
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int i = 0; i < totalsByEvaluator.length; i++) {
      sheets.add(sheet("p-1", "te-" + (char) ('a' + i), totalsByEvaluator[i], totalsByEvaluator[i]));
    }
    return FrozenScores.of(DESK_CRITERIA, sheets, CLOSE);
  }

  @Test
  void a_trim_of_two_drops_the_two_lowest_and_two_highest_totals_whatever_the_evaluators_order() {
    AggregationResult r = Aggregations.trimmedMean(2, DEFAULT).aggregate(oneProposal(10, 90, 20, 80, 50));
    AggregatedScore s = r.score(p("p-1")).orElseThrow();

    assertThat(s.score()).isEqualTo(new BigDecimal("50.00"));
    assertThat(s.contributions()).filteredOn(SheetContribution::used).extracting(SheetContribution::evaluator).containsExactly(ActorId.of("te-e"));
    assertThat(r.policy()).isEqualTo("trimmed mean (drop 2 lowest and 2 highest)");
    assertThat(r.parameters()).containsEntry("trimEachSide", "2").containsEntry("policy", "trimmed mean (drop 2 lowest and 2 highest)");
    assertThat(Aggregations.mean(DEFAULT).aggregate(oneProposal(10, 90)).parameters()).doesNotContainKey("trimEachSide");
  }

  @Test
  void a_trim_of_two_keeps_every_total_of_a_proposal_with_four_sheets_or_fewer() {
    AggregatedScore three = Aggregations.trimmedMean(2, DEFAULT).aggregate(oneProposal(10, 90, 20)).score(p("p-1")).orElseThrow();
    AggregatedScore four = Aggregations.trimmedMean(2, DEFAULT).aggregate(oneProposal(10, 90, 20, 40)).score(p("p-1")).orElseThrow();

    assertThat(three.score()).isEqualTo(new BigDecimal("40.00"));
    assertThat(three.contributions()).allSatisfy(c -> assertThat(c.used()).isTrue());
    assertThat(four.score()).isEqualTo(new BigDecimal("40.00"));
  }

  @Test
  void the_median_is_the_middle_total_by_value_not_by_evaluator() {
    assertThat(Aggregations.median(DEFAULT).aggregate(oneProposal(90, 10, 50)).score(p("p-1")).orElseThrow().score()).isEqualTo(new BigDecimal("50.00"));
    assertThat(Aggregations.median(DEFAULT).aggregate(oneProposal(90, 10, 50, 20)).score(p("p-1")).orElseThrow().score()).isEqualTo(new BigDecimal("35.00"));
    assertThat(Aggregations.median(DEFAULT).citation()).isEqualTo(DEFAULT);
    assertThat(Aggregations.median(DEFAULT).aggregate(oneProposal(90)).policy()).isEqualTo("median");
  }

  @Test
  void an_evaluator_with_exactly_the_minimum_number_of_sheets_is_normalised() {
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sheets.add(sheet("p-" + i, "te-busy", 60 + 5 * i, 60 + 5 * i));
    }
    FrozenScores scores = FrozenScores.of(DESK_CRITERIA, sheets, CLOSE);

    AggregatedScore s = Aggregations.zScore(ZScoreOptions.population(5, ZScoreOptions.Fallback.EXCLUDE, DEFAULT)).aggregate(scores).score(p("p-0")).orElseThrow();

    assertThat(s.contributions()).singleElement().satisfies(c -> {
      assertThat(c.normalised()).isTrue();
      assertThat(c.used()).isTrue();
    });
  }

  @Test
  void the_normalisation_step_shows_the_raw_total_when_used_and_a_dash_when_excluded() {
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sheets.add(sheet("p-" + i, "te-busy", 60 + 5 * i, 60 + 5 * i));
    }
    sheets.add(sheet("p-0", "te-rare", 90, 90));
    FrozenScores scores = FrozenScores.of(DESK_CRITERIA, sheets, CLOSE);

    Explanation raw = Aggregations.zScore(ZScoreOptions.population(3, ZScoreOptions.Fallback.USE_RAW, DEFAULT)).aggregate(scores)
        .score(p("p-0")).orElseThrow().explanation();
    Explanation excluded = Aggregations.zScore(ZScoreOptions.population(3, ZScoreOptions.Fallback.EXCLUDE, DEFAULT)).aggregate(scores)
        .score(p("p-0")).orElseThrow().explanation();

    assertThat(raw.children().get(1).find("normalisation").orElseThrow().value()).isEqualTo("90.00");
    assertThat(excluded.children().get(1).find("normalisation").orElseThrow().value()).isEqualTo("-");
  }

  @Test
  void a_fixed_reference_beyond_the_decimal_bounds_is_refused_naming_the_field() {
    BigDecimal tooFine = new BigDecimal("0.000000000000000000001");

    assertThat(catchThrowableOfType(InvalidInputException.class,
            () -> ZScoreOptions.fixed(2, ZScoreOptions.Fallback.USE_RAW, tooFine, BigDecimal.TEN, DEFAULT)).violations())
        .extracting(v -> v.code() + " " + v.path()).containsExactly("kipp.number.precision fixedMean");
    assertThat(catchThrowableOfType(InvalidInputException.class,
            () -> ZScoreOptions.fixed(2, ZScoreOptions.Fallback.USE_RAW, BigDecimal.TEN, tooFine, DEFAULT)).violations())
        .extracting(v -> v.code() + " " + v.path()).containsExactly("kipp.number.precision fixedSd");
  }
}
