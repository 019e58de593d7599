package io.github.kipp.scoring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoringFixtures;
import io.github.kipp.scoring.aggregate.Aggregations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class RaterReliabilityTest {

  private static final StageId STAGE = StageId.of("evaluasi-proposal");
  /** Few replicates: the properties check the point estimates, the reference tests the intervals. */
  private static final ReliabilityOptions QUICK = ReliabilityOptions.newBuilder().seed(7).replicates(20).build();

  /** One rating: proposal index, rater index, value. */
  private record Cell(int proposal, int rater, BigDecimal value) {}

  private static BigDecimal value(SplittableRandom random) {
    return BigDecimal.valueOf(random.nextInt(0, 1001), 1);
  }

  /**
   * A random table: {@code complete} of the {@code proposals} rated by every rater, the others by a
   * random non-empty subset; values 0 to 100 with one decimal.
   */
  private static List<Cell> table(long seed, int proposals, int raters, int complete) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Cell> cells = new ArrayList<>();
    for (int p = 0; p < proposals; p++) {
      boolean any = false;
      for (int r = 0; r < raters; r++) {
        boolean rated = p < complete || random.nextBoolean();
        if (rated || (!any && r == raters - 1)) {
          cells.add(new Cell(p, r, value(random)));
          any = true;
        }
      }
    }
    return cells;
  }

  private static Ratings ratings(List<Cell> cells, IntFunction<String> proposal, IntFunction<String> rater) {
    Ratings.Builder b = Ratings.newBuilder(STAGE);
    cells.forEach(c -> b.rate(ProposalId.of(proposal.apply(c.proposal())), ActorId.of(rater.apply(c.rater())), c.value()));
    return b.build();
  }

  private static Ratings ratings(List<Cell> cells) {
    return ratings(cells, p -> "p-" + p, r -> "te-" + r);
  }

  private static Optional<BigDecimal> value(Optional<ReliabilityEstimate> e) {
    return e.map(ReliabilityEstimate::value);
  }

  @Test
  void alpha_is_one_when_every_rater_gives_each_proposal_the_same_rating_missing_ratings_included() {
    qt().withFixedSeed(18_001).withExamples(1_000)
        .forAll(longs().all(), integers().between(2, 25), integers().between(2, 6))
        .checkAssert((seed, proposals, raters) -> {
          SplittableRandom random = new SplittableRandom(seed);
          List<Cell> cells = new ArrayList<>();
          BigDecimal[] values = new BigDecimal[proposals];
          for (int p = 0; p < proposals; p++) {
            values[p] = value(random);
          }
          if (values[1].compareTo(values[0]) == 0) {
            values[1] = values[1].add(BigDecimal.ONE);
          }
          for (int p = 0; p < proposals; p++) {
            BigDecimal v = values[p];
            for (int r = 0; r < raters; r++) {
              if (p < 2 || random.nextInt(3) > 0 || r == 0) {
                cells.add(new Cell(p, r, v));
              }
            }
          }

          StageReliability result = RaterReliability.assess(ratings(cells), QUICK);

          assertThat(result.alpha()).hasValueSatisfying(a -> assertThat(a.value()).isEqualByComparingTo(BigDecimal.ONE));
          result.iccSingle().ifPresent(icc -> assertThat(icc.value()).isEqualByComparingTo(BigDecimal.ONE));
          result.iccAverage().ifPresent(icc -> assertThat(icc.value()).isEqualByComparingTo(BigDecimal.ONE));
          assertThat(result.pooledDeviation()).hasValueSatisfying(d -> assertThat(d).isZero());
          assertThat(result.calibrations()).allSatisfy(c -> {
            c.offset().ifPresent(o -> assertThat(o).isZero());
            assertThat(c.flags()).isEmpty();
          });
        });
  }

  @Test
  void adding_a_constant_to_every_rating_changes_neither_the_icc_nor_alpha_nor_the_calibrations() {
    qt().withFixedSeed(18_002).withExamples(1_000)
        .forAll(longs().all(), integers().between(2, 20), integers().between(2, 6), integers().between(-100_000, 100_000))
        .checkAssert((seed, proposals, raters, shift) -> {
          List<Cell> cells = table(seed, proposals, raters, proposals / 2 + 1);
          BigDecimal constant = BigDecimal.valueOf(shift, 2);
          List<Cell> shifted = cells.stream().map(c -> new Cell(c.proposal(), c.rater(), c.value().add(constant))).toList();

          StageReliability before = RaterReliability.assess(ratings(cells), QUICK);
          StageReliability after = RaterReliability.assess(ratings(shifted), QUICK);

          assertThat(value(after.iccSingle())).isEqualTo(value(before.iccSingle()));
          assertThat(value(after.iccAverage())).isEqualTo(value(before.iccAverage()));
          assertThat(value(after.alpha())).isEqualTo(value(before.alpha()));
          assertThat(after.pooledDeviation()).isEqualTo(before.pooledDeviation());
          assertThat(after.calibrations()).isEqualTo(before.calibrations());
          assertThat(before.iccSingle()).as("complete rows are the majority, so the ICC exists when there is spread").isPresent();
        });
  }

  @Test
  void relabelling_and_reordering_proposals_and_raters_changes_neither_alpha_nor_the_icc() {
    qt().withFixedSeed(18_003).withExamples(1_000)
        .forAll(longs().all(), integers().between(2, 20), integers().between(2, 6))
        .checkAssert((seed, proposals, raters) -> {
          List<Cell> cells = table(seed, proposals, raters, proposals / 2 + 1);
          SplittableRandom random = new SplittableRandom(~seed);
          List<Integer> proposalNames = new ArrayList<>();
          List<Integer> raterNames = new ArrayList<>();
          for (int i = 0; i < proposals; i++) {
            proposalNames.add(i);
          }
          for (int i = 0; i < raters; i++) {
            raterNames.add(i);
          }
          Collections.shuffle(proposalNames, new java.util.Random(random.nextLong()));
          Collections.shuffle(raterNames, new java.util.Random(random.nextLong()));
          List<Cell> reordered = new ArrayList<>(cells);
          Collections.shuffle(reordered, new java.util.Random(random.nextLong()));

          StageReliability original = RaterReliability.assess(ratings(cells), QUICK);
          StageReliability permuted = RaterReliability.assess(
              ratings(reordered, p -> "q-" + proposalNames.get(p), r -> "ev-" + raterNames.get(r)), QUICK);

          assertThat(value(permuted.alpha())).isEqualTo(value(original.alpha()));
          assertThat(value(permuted.iccSingle())).isEqualTo(value(original.iccSingle()));
          assertThat(value(permuted.iccAverage())).isEqualTo(value(original.iccAverage()));
          assertThat(permuted.iccProposals()).hasSameSizeAs(original.iccProposals());
          assertThat(permuted.alphaProposals()).isEqualTo(original.alphaProposals());
          assertThat(permuted.pairableRatings()).isEqualTo(original.pairableRatings());
          assertThat(permuted.pooledDeviation()).isEqualTo(original.pooledDeviation());
        });
  }

  @Test
  void the_same_order_of_input_in_any_order_gives_an_equal_result_intervals_included() {
    qt().withFixedSeed(18_004).withExamples(1_000)
        .forAll(longs().all(), integers().between(2, 15), integers().between(2, 5))
        .checkAssert((seed, proposals, raters) -> {
          List<Cell> cells = table(seed, proposals, raters, 1);
          List<Cell> reordered = new ArrayList<>(cells);
          Collections.reverse(reordered);

          assertThat(RaterReliability.assess(ratings(reordered), QUICK)).isEqualTo(RaterReliability.assess(ratings(cells), QUICK));
        });
  }

  /** Six evaluators rate twelve proposals; {@code te-5} adds {@code bias(i)} to proposal i's rating. */
  private static Ratings panelOfSix(IntFunction<BigDecimal> bias) {
    Ratings.Builder b = Ratings.newBuilder(STAGE);
    for (int i = 0; i < 12; i++) {
      BigDecimal base = BigDecimal.valueOf(40 + 4L * i);
      for (int r = 0; r < 5; r++) {
        b.rate(ProposalId.of("p-" + i), ActorId.of("te-" + r), base);
      }
      b.rate(ProposalId.of("p-" + i), ActorId.of("te-5"), base.add(bias.apply(i)));
    }
    return b.build();
  }

  @Test
  void an_evaluator_scoring_every_proposal_higher_than_the_panel_is_flagged_lenient_with_its_offset() {
    StageReliability r = RaterReliability.assess(panelOfSix(i -> BigDecimal.valueOf(12)), QUICK);

    // each proposal: five ratings b and one b + 12; within sum of squares 5·2² + 10² = 120 over 5 degrees: sd √24
    assertThat(r.pooledDeviation()).hasValue(new BigDecimal("4.8990"));
    EvaluatorCalibration lenient = r.calibration(ActorId.of("te-5")).orElseThrow();
    assertThat(lenient.offset()).hasValue(new BigDecimal("12.0000"));
    assertThat(lenient.standardisedOffset()).hasValue(new BigDecimal("2.4495"));
    assertThat(lenient.spread()).hasValue(new BigDecimal("0.0000"));
    assertThat(lenient.shared()).isEqualTo(12);
    assertThat(lenient.assessed()).isTrue();
    assertThat(lenient.flags()).containsExactly(CalibrationFlag.LENIENT);
    assertThat(lenient.reasons()).singleElement().satisfies(t -> {
      assertThat(t.english()).contains("te-5", "12.0000 points above", "2.4495 pooled standard deviations", "12 shared", "threshold of 1");
      assertThat(t.indonesian()).contains("te-5", "12.0000 poin di atas", "ambang yang ditetapkan 1");
    });
    EvaluatorCalibration inLine = r.calibration(ActorId.of("te-0")).orElseThrow();
    assertThat(inLine.offset()).hasValue(new BigDecimal("-2.4000"));
    assertThat(inLine.flags()).isEmpty();
    assertThat(inLine.reasons()).isEmpty();
    assertThat(r.flagged()).extracting(EvaluatorCalibration::evaluator).containsExactly(ActorId.of("te-5"));
    assertThat(r.toString()).matches("StageReliability\\[stage=evaluasi-proposal, alpha=0\\.\\d{4} \\[-?\\d\\.\\d{4}, -?\\d\\.\\d{4}\\],"
        + " icc21=0\\.\\d{4} \\[.*\\], icc2k=0\\.\\d{4} \\[.*\\], flagged=\\[te-5\\[LENIENT\\]\\]\\]");
  }

  @Test
  void an_evaluator_scoring_every_proposal_lower_is_flagged_severe_and_one_that_swings_both_ways_inconsistent() {
    StageReliability severe = RaterReliability.assess(panelOfSix(i -> BigDecimal.valueOf(-12)), QUICK);
    StageReliability swinging = RaterReliability.assess(panelOfSix(i -> BigDecimal.valueOf(i % 2 == 0 ? 12 : -12)), QUICK);

    EvaluatorCalibration low = severe.calibration(ActorId.of("te-5")).orElseThrow();
    assertThat(low.flags()).containsExactly(CalibrationFlag.SEVERE);
    assertThat(low.reasons()).singleElement().satisfies(t -> {
      assertThat(t.english()).contains("12.0000 points below", "2.4495 pooled");
      assertThat(t.indonesian()).contains("12.0000 poin di bawah");
    });
    EvaluatorCalibration swing = swinging.calibration(ActorId.of("te-5")).orElseThrow();
    assertThat(swing.offset()).hasValue(new BigDecimal("0.0000"));
    assertThat(swing.spread()).hasValue(new BigDecimal("12.0000"));
    assertThat(swing.standardisedSpread()).hasValue(new BigDecimal("2.4495"));
    assertThat(swing.flags()).containsExactly(CalibrationFlag.INCONSISTENT);
    assertThat(swing.reasons()).singleElement().satisfies(t -> assertThat(t.english()).contains("12.0000 points around its own offset"));
    // the thresholds are configuration: raised, nobody is flagged
    StageReliability tolerant = RaterReliability.assess(panelOfSix(i -> BigDecimal.valueOf(i % 2 == 0 ? 12 : -12)),
        ReliabilityOptions.newBuilder().seed(7).replicates(20).spreadThreshold(new BigDecimal("2.5")).build());
    assertThat(tolerant.flagged()).isEmpty();
  }

  @Test
  void an_evaluator_with_too_few_shared_proposals_is_reported_but_not_assessed() {
    Ratings.Builder b = Ratings.newBuilder(STAGE);
    for (int i = 0; i < 6; i++) {
      b.rate(ProposalId.of("p-" + i), ActorId.of("te-a"), BigDecimal.valueOf(50 + i));
      b.rate(ProposalId.of("p-" + i), ActorId.of("te-b"), BigDecimal.valueOf(52 + 2L * i));
    }
    b.rate(ProposalId.of("p-0"), ActorId.of("te-c"), BigDecimal.valueOf(90));
    b.rate(ProposalId.of("p-9"), ActorId.of("te-d"), BigDecimal.valueOf(90));

    StageReliability r = RaterReliability.assess(b.build(), QUICK);

    EvaluatorCalibration once = r.calibration(ActorId.of("te-c")).orElseThrow();
    assertThat(once.shared()).isEqualTo(1);
    assertThat(once.assessed()).isFalse();
    assertThat(once.flags()).isEmpty();
    assertThat(once.offset()).isPresent();
    assertThat(once.reasons()).singleElement().satisfies(t -> {
      assertThat(t.english()).isEqualTo("Not assessed: the evaluator shares 1 proposals with other evaluators; at least 5 are needed");
      assertThat(t.indonesian()).contains("1 proposal", "paling sedikit 5");
    });
    EvaluatorCalibration alone = r.calibration(ActorId.of("te-d")).orElseThrow();
    assertThat(alone.shared()).isZero();
    assertThat(alone.offset()).isEmpty();
    assertThat(alone.ratings()).isEqualTo(1);
    assertThat(r.calibration(ActorId.of("te-z"))).isEmpty();
    assertThat(r.proposals()).isEqualTo(7);
    assertThat(r.alphaProposals()).as("p-9, rated once, is not paired").isEqualTo(6);
    assertThat(r.ratings()).isEqualTo(14);
    assertThat(r.raters()).isEqualTo(4);
  }

  @Test
  void a_rotating_panel_has_alpha_but_no_icc_and_the_summary_says_on_what_each_was_computed() {
    Ratings.Builder b = Ratings.newBuilder(STAGE);
    for (int i = 0; i < 8; i++) {
      b.rate(ProposalId.of("p-" + i), ActorId.of("te-" + i), BigDecimal.valueOf(50 + 3L * i));
      b.rate(ProposalId.of("p-" + i), ActorId.of("te-" + (i + 1)), BigDecimal.valueOf(51 + 3L * i));
    }

    StageReliability r = RaterReliability.assess(b.build(), QUICK);

    assertThat(r.alpha()).isPresent();
    assertThat(r.iccRaters()).as("every pair rated one proposal: the first pair in evaluator order")
        .containsExactly(ActorId.of("te-0"), ActorId.of("te-1"));
    assertThat(r.iccProposals()).containsExactly(ProposalId.of("p-0"));
    assertThat(r.iccSingle()).isEmpty();
    assertThat(r.iccAverage()).isEmpty();
    assertThat(r.summary().english())
        .contains("over 8 proposals rated at least twice (16 ratings)")
        .contains("ICC(2,1) not computable and ICC(2,k) not computable over the 1 of 8 proposals that the same 2 evaluators all rated")
        .contains("at 95% from 20 bootstrap replicates (seed 7)");
    assertThat(r.summary().indonesian()).contains("tidak dapat dihitung", "dari 1 dari 8 proposal");
  }

  @Test
  void the_icc_uses_the_evaluators_who_rated_most_proposals_together_and_only_their_ratings() {
    Ratings.Builder b = Ratings.newBuilder(STAGE);
    int[][] rows = {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < 4; j++) {
        b.rate(ProposalId.of("t-" + i), ActorId.of("judge-" + j), BigDecimal.valueOf(rows[i][j]));
      }
    }
    // a fifth judge on one target, and two targets rated by other pairs: left out of the ICC, not of alpha
    b.rate(ProposalId.of("t-0"), ActorId.of("judge-4"), BigDecimal.ONE);
    b.rate(ProposalId.of("x-1"), ActorId.of("judge-0"), BigDecimal.ONE).rate(ProposalId.of("x-1"), ActorId.of("judge-4"), BigDecimal.TEN);

    StageReliability r = RaterReliability.assess(b.build(), QUICK);

    assertThat(r.iccRaters()).hasSize(4).doesNotContain(ActorId.of("judge-4"));
    assertThat(r.iccProposals()).hasSize(6).doesNotContain(ProposalId.of("x-1"));
    assertThat(r.iccSingle().orElseThrow().value()).isEqualByComparingTo("0.2898");
    assertThat(r.alphaProposals()).isEqualTo(7);
    assertThat(r.pairableRatings()).isEqualTo(27);
  }

  @Test
  void ratings_from_frozen_sheets_and_from_their_aggregate_are_the_same_totals() {
    FrozenScores frozen = FrozenScores.of(ScoringFixtures.DESK_CRITERIA, List.of(
        ScoringFixtures.sheet("p-1", "te-1", 80, 60), ScoringFixtures.sheet("p-1", "te-2", 70, 65),
        ScoringFixtures.sheet("p-2", "te-1", 50, 55), ScoringFixtures.sheet("p-2", "te-2", 65, 40),
        ScoringFixtures.sheet("p-3", "te-1", 90, 95)), ScoringFixtures.CLOSE);

    Ratings fromSheets = Ratings.of(frozen);
    Ratings fromAggregate = Ratings.of(Aggregations.mean(ScoringFixtures.CITED).aggregate(frozen));

    assertThat(fromAggregate).isEqualTo(fromSheets).hasSameHashCodeAs(fromSheets);
    assertThat(fromSheets.rating(ProposalId.of("p-1"), ActorId.of("te-1"))).hasValue(new BigDecimal("72"));
    assertThat(fromSheets.rating(ProposalId.of("p-3"), ActorId.of("te-2"))).isEmpty();
    assertThat(fromSheets.rating(ProposalId.of("p-9"), ActorId.of("te-2"))).isEmpty();
    assertThat(fromSheets.stage()).isEqualTo(ScoringFixtures.DESK);
    assertThat(fromSheets.toString()).isEqualTo("Ratings[stage=evaluasi-proposal, proposals=3, raters=2, ratings=5]");
    assertThat(RaterReliability.assess(frozen, QUICK)).isEqualTo(RaterReliability.assess(fromSheets, QUICK));
  }

  @Test
  void an_empty_stage_has_no_coefficient_and_no_calibration() {
    StageReliability r = RaterReliability.assess(Ratings.newBuilder(STAGE).build(), QUICK);

    assertThat(r.alpha()).isEmpty();
    assertThat(r.iccSingle()).isEmpty();
    assertThat(r.iccRaters()).isEmpty();
    assertThat(r.pooledDeviation()).isEmpty();
    assertThat(r.calibrations()).isEmpty();
    assertThat(r.summary().english()).startsWith("Stage evaluasi-proposal: Krippendorff's alpha (interval) not computable over 0 proposals");
    assertThat(r.toString()).isEqualTo("StageReliability[stage=evaluasi-proposal, alpha=-, icc21=-, icc2k=-, flagged=[]]");
  }

  @Test
  void a_second_rating_of_the_same_proposal_by_the_same_evaluator_is_refused_in_both_languages() {
    Ratings.Builder b = Ratings.newBuilder(STAGE)
        .rate(ProposalId.of("p-1"), ActorId.of("te-1"), BigDecimal.ONE)
        .rate(ProposalId.of("p-1"), ActorId.of("te-1"), BigDecimal.TEN)
        .rate(ProposalId.of("p-2"), ActorId.of("te-1"), new BigDecimal("1E+50"));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, b::build);

    assertThat(e.violations()).extracting(Violation::code).containsExactlyInAnyOrder("kipp.reliability.duplicate", "kipp.number.precision");
    Violation duplicate = e.violations().stream().filter(v -> v.code().equals("kipp.reliability.duplicate")).findFirst().orElseThrow();
    assertThat(duplicate.path()).isEqualTo("ratings[p-1/te-1]");
    assertThat(duplicate.message().english()).isEqualTo("Evaluator te-1 has two ratings of proposal p-1; each evaluator rates a proposal once.");
    assertThat(duplicate.message().indonesian()).isEqualTo("Penilai te-1 memiliki dua penilaian untuk proposal p-1; setiap penilai menilai satu proposal sekali.");
  }

  @Test
  void options_refuse_every_bad_value_at_once_and_keep_their_documented_defaults() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ReliabilityOptions.newBuilder().seed(1).replicates(0)
        .confidence(BigDecimal.ONE).minShared(0).offsetThreshold(BigDecimal.ZERO).spreadThreshold(new BigDecimal("-1")).build());

    assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.reliability.replicates", "kipp.reliability.confidence",
        "kipp.reliability.minShared", "kipp.reliability.threshold", "kipp.reliability.threshold");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("replicates", "confidence", "minShared", "offsetThreshold", "spreadThreshold");
    assertThatThrownBy(() -> ReliabilityOptions.newBuilder().build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("seed");
    assertThatThrownBy(() -> ReliabilityOptions.newBuilder().seed(1).seed(2)).isInstanceOf(IllegalStateException.class);
    ReliabilityOptions defaults = ReliabilityOptions.withSeed(5);
    assertThat(defaults.replicates()).isEqualTo(2_000);
    assertThat(defaults.confidence()).isEqualByComparingTo("0.95");
    assertThat(defaults.minShared()).isEqualTo(5);
    assertThat(defaults.offsetThreshold()).isEqualByComparingTo("1");
    assertThat(defaults.spreadThreshold()).isEqualByComparingTo("2");
    assertThat(defaults).isEqualTo(ReliabilityOptions.newBuilder().seed(5).build()).hasSameHashCodeAs(ReliabilityOptions.newBuilder().seed(5).build());
    assertThat(defaults.toString())
        .isEqualTo("ReliabilityOptions[replicates=2000, seed=5, confidence=0.95, minShared=5, offsetThreshold=1, spreadThreshold=2]");
  }
}
