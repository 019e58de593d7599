package io.github.kipp.scoring.internal;

import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DURING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.ScoreSheet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link SheetColumns}, computed when a population freezes, holds exactly what the criteria compute
 * from the sheets: every weighted total (in longs where all fit, else in decimals), every evaluator's
 * sheets and every proposal's run and criterion means, on populations with scales from ordinary to
 * beyond what a long holds and roundings of 0 to 12 decimals.
 */
class SheetColumnsTest {

  private static final RoundingMode[] MODES = {
    RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN,
    RoundingMode.CEILING, RoundingMode.FLOOR
  };

  @Test
  void the_columns_of_a_frozen_population_hold_what_the_criteria_compute_from_its_sheets() {
    qt().withFixedSeed(20_261_207L).withExamples(1_500)
        .forAll(longs().all())
        .checkAssert(seed -> {
          FrozenScores frozen = population(new SplittableRandom(seed));
          assertColumnsOf(frozen, seed);
        });
  }

  @Test
  void one_total_beyond_a_long_keeps_every_total_of_the_population_in_decimals() {
    Criterion wide = Criterion.of("k0", LocalizedText.same("K0"), "1", Scale.of("0", "1" + "0".repeat(25), "1"), DEFAULT);
    CriteriaSet criteria = CriteriaSet.of(DESK, List.of(wide), BigDecimal.ONE, new Rounding(2, RoundingMode.HALF_UP, DEFAULT));
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      for (int e = 0; e < 3; e++) {
        BigDecimal score = p == 2 && e == 1 ? new BigDecimal("1" + "0".repeat(25)) : BigDecimal.valueOf(10L * p + e);
        sheets.add(sheet(p, e, Map.of(CriterionId.of("k0"), score)));
      }
    }
    FrozenScores frozen = FrozenScores.of(criteria, sheets, CLOSE);
    SheetColumns columns = SheetColumns.of(frozen);

    assertThat(columns.inLongs()).isFalse();
    assertThatThrownBy(() -> columns.unscaledTotal(0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("longs");
    assertThat(columns.total(7)).isEqualTo(new BigDecimal("1" + "0".repeat(25) + ".00"));
    assertThat(columns.total(0)).isEqualTo(new BigDecimal("0.00"));
    assertColumnsOf(frozen, 0);
  }

  @Test
  void totals_that_fit_in_longs_are_read_unscaled_at_the_rounding_scale() {
    Criterion a = Criterion.of("a", LocalizedText.same("A"), "0.3", Scale.of("0", "100", "0.5"), DEFAULT);
    Criterion b = Criterion.of("b", LocalizedText.same("B"), "0.7", Scale.of("0", "100", "1"), DEFAULT);
    CriteriaSet criteria = CriteriaSet.of(DESK, List.of(b, a), BigDecimal.ONE, new Rounding(2, RoundingMode.HALF_EVEN, DEFAULT));
    FrozenScores frozen = FrozenScores.of(criteria,
        List.of(sheet(1, 0, Map.of(CriterionId.of("a"), new BigDecimal("80.5"), CriterionId.of("b"), new BigDecimal("71"))),
            sheet(0, 1, Map.of(CriterionId.of("a"), new BigDecimal("60"), CriterionId.of("b"), new BigDecimal("90")))),
        CLOSE);
    SheetColumns columns = SheetColumns.of(frozen);

    assertThat(columns.inLongs()).isTrue();
    // p-0 (te-1) comes first: 0.3 × 60 + 0.7 × 90 = 81; then p-1 (te-0): 0.3 × 80.5 + 0.7 × 71 = 73.85.
    assertThat(columns.unscaledTotal(0)).isEqualTo(8_100);
    assertThat(columns.unscaledTotal(1)).isEqualTo(7_385);
    assertThat(columns.total(1)).isEqualTo(new BigDecimal("73.85"));
    assertThat(columns.evaluatorOf(0)).isEqualTo(1);
    assertThat(columns.evaluatorOf(1)).isEqualTo(0);
    assertThat(columns.proposals()).isEqualTo(2);
    assertThat(columns.criterionMeans(1)).containsExactly(Map.entry(CriterionId.of("a"), new BigDecimal("80.50")), Map.entry(CriterionId.of("b"), new BigDecimal("71.00")));
  }

  @Test
  void an_empty_population_has_no_sheets_evaluators_or_proposals() {
    CriteriaSet criteria = CriteriaSet.of(DESK, List.of(Criterion.of("a", LocalizedText.same("A"), "1", Scale.of("0", "100", "1"), DEFAULT)),
        BigDecimal.ONE, new Rounding(2, RoundingMode.HALF_UP, DEFAULT));
    SheetColumns columns = SheetColumns.of(FrozenScores.of(criteria, List.of(), CLOSE));

    assertThat(columns.size()).isZero();
    assertThat(columns.evaluators()).isZero();
    assertThat(columns.proposals()).isZero();
    assertThat(columns.runStart(0)).isZero();
    assertThat(columns.inLongs()).isTrue();
  }

  @Test
  void the_reader_of_frozen_columns_is_set_once() {
    // Loading the class sets the reader.
    assertThat(FrozenScores.class).isNotNull();
    CriteriaSet criteria = CriteriaSet.of(DESK, List.of(Criterion.of("a", LocalizedText.same("A"), "1", Scale.of("0", "100", "1"), DEFAULT)),
        BigDecimal.ONE, new Rounding(2, RoundingMode.HALF_UP, DEFAULT));
    SheetColumns.of(FrozenScores.of(criteria, List.of(), CLOSE));

    assertThatThrownBy(() -> SheetColumns.reader(f -> SheetColumns.compute(f.criteria(), f.sheets())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("already set");
  }

  /** Every column against the criteria's own computation from the sheets. */
  private static void assertColumnsOf(FrozenScores frozen, long seed) {
    SheetColumns columns = SheetColumns.of(frozen);
    CriteriaSet criteria = frozen.criteria();
    ImmutableList<ScoreSheet> sheets = frozen.sheets();
    int scale = criteria.rounding().scale();
    assertThat(columns.size()).isEqualTo(sheets.size());
    assertThat(columns.scale()).isEqualTo(scale);
    boolean allFit = true;
    for (int i = 0; i < sheets.size(); i++) {
      BigDecimal expected = criteria.weightedTotal(sheets.get(i).scores());
      assertThat(columns.total(i)).as("total %d of %d", i, seed).isEqualTo(expected);
      allFit &= fitsInALong(expected, scale);
    }
    assertThat(columns.inLongs()).as("in longs, %d", seed).isEqualTo(allFit);
    if (allFit) {
      for (int i = 0; i < sheets.size(); i++) {
        assertThat(columns.unscaledTotal(i)).isEqualTo(criteria.weightedTotal(sheets.get(i).scores()).unscaledValue().longValueExact());
      }
    }
    // Evaluators in their natural order, each with its sheets in the population's order.
    List<ActorId> evaluators = frozen.evaluators().asList();
    assertThat(columns.evaluators()).isEqualTo(evaluators.size());
    for (int e = 0; e < evaluators.size(); e++) {
      List<ScoreSheet> own = new ArrayList<>();
      for (int k = 0; k < columns.sheetCount(e); k++) {
        own.add(sheets.get(columns.sheetOf(e, k)));
      }
      assertThat(own).as("sheets of %s, %d", evaluators.get(e), seed).isEqualTo(frozen.sheetsBy(evaluators.get(e)));
    }
    for (int i = 0; i < sheets.size(); i++) {
      assertThat(evaluators.get(columns.evaluatorOf(i))).isEqualTo(sheets.get(i).evaluator());
    }
    // Proposals in their order, each with its run and its criterion means.
    List<ProposalId> proposals = frozen.proposals().asList();
    assertThat(columns.proposals()).isEqualTo(proposals.size());
    assertThat(columns.runStart(proposals.size())).isEqualTo(sheets.size());
    for (int p = 0; p < proposals.size(); p++) {
      List<ScoreSheet> run = sheets.subList(columns.runStart(p), columns.runStart(p + 1));
      assertThat(run).as("run of %s, %d", proposals.get(p), seed).isEqualTo(frozen.sheetsFor(proposals.get(p)));
      assertThat(columns.criterionMeans(p)).as("criterion means of %s, %d", proposals.get(p), seed).isEqualTo(means(criteria, run));
    }
  }

  private static boolean fitsInALong(BigDecimal value, int scale) {
    return value.setScale(scale).unscaledValue().bitLength() < 64;
  }

  /** The mean of each criterion's scores, in decimals to 34 digits, rounded as the criteria round. */
  private static Map<CriterionId, BigDecimal> means(CriteriaSet criteria, List<ScoreSheet> run) {
    Map<CriterionId, BigDecimal> out = new TreeMap<>();
    for (Criterion c : criteria.criteria()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (ScoreSheet s : run) {
        sum = sum.add(s.scores().get(c.id()));
      }
      out.put(c.id(), criteria.rounding().apply(sum.divide(BigDecimal.valueOf(run.size()), CriteriaSet.PRECISION)));
    }
    return out;
  }

  /** A criterion's scale: ordinary, fine, wide, negative, near or beyond what a long holds. */
  private static Scale scale(SplittableRandom r) {
    return switch (r.nextInt(8)) {
      case 0 -> Scale.of("0", "100", "1");
      case 1 -> Scale.of("1", "5", "0.5");
      case 2 -> Scale.of("0", "10", "0.001");
      case 3 -> Scale.of("-50", "50", "0.25");
      case 4 -> Scale.of("0", "1" + "0".repeat(r.nextInt(10, 40)), "1");
      case 5 -> Scale.of("0", "1", "0." + "0".repeat(r.nextInt(5, 19)) + "1");
      case 6 -> Scale.of("-" + "9".repeat(r.nextInt(15, 20)), "9".repeat(r.nextInt(15, 20)), "1");
      default -> Scale.of("0", "1000000", "0.01");
    };
  }

  /** A score on a scale: often one of its ends, else anywhere on a step. */
  private static BigDecimal score(SplittableRandom r, Scale scale) {
    BigInteger steps = scale.max().subtract(scale.min()).divide(scale.step()).toBigIntegerExact();
    BigInteger at = switch (r.nextInt(5)) {
      case 0 -> BigInteger.ZERO;
      case 1 -> steps;
      case 2 -> steps.subtract(BigInteger.valueOf(r.nextInt(3))).max(BigInteger.ZERO);
      default -> new BigInteger(steps.bitLength() + 8, new java.util.Random(r.nextLong())).mod(steps.add(BigInteger.ONE));
    };
    return scale.min().add(scale.step().multiply(new BigDecimal(at)));
  }

  private static FrozenScores population(SplittableRandom r) {
    Rounding rounding = new Rounding(r.nextInt(0, 13), MODES[r.nextInt(MODES.length)], DEFAULT);
    List<Criterion> criteria = new ArrayList<>();
    BigDecimal weightTotal = BigDecimal.ZERO;
    int count = r.nextInt(1, 5);
    for (int c = 0; c < count; c++) {
      BigDecimal weight = BigDecimal.valueOf(r.nextInt(0, 1_000), r.nextInt(0, 4));
      if (c == 0 && weight.signum() == 0) {
        weight = BigDecimal.ONE;
      }
      weightTotal = weightTotal.add(weight);
      // Criteria declared out of their ids' order as often as in it.
      criteria.add(Criterion.of("k" + (r.nextBoolean() ? c : count - c), LocalizedText.same("K" + c), weight.toPlainString(), scale(r), DEFAULT));
    }
    if (criteria.stream().map(Criterion::id).distinct().count() < criteria.size()) {
      List<Criterion> renamed = new ArrayList<>();
      for (int c = 0; c < criteria.size(); c++) {
        Criterion k = criteria.get(c);
        renamed.add(Criterion.of("k" + c, k.name(), k.weight().toPlainString(), k.scale(), DEFAULT));
      }
      criteria = renamed;
    }
    CriteriaSet set = CriteriaSet.of(DESK, criteria, weightTotal, rounding);
    int proposals = r.nextInt(0, 8);
    int evaluators = r.nextInt(1, 6);
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int p = 0; p < proposals; p++) {
      for (int e = 0; e < evaluators; e++) {
        if (r.nextInt(3) != 0) {
          ImmutableMap.Builder<CriterionId, BigDecimal> scores = ImmutableMap.builder();
          for (Criterion c : criteria) {
            scores.put(c.id(), score(r, c.scale()));
          }
          sheets.add(sheet(p, e, scores.buildOrThrow()));
        }
      }
    }
    return FrozenScores.of(set, sheets, CLOSE);
  }

  private static ScoreSheet sheet(int proposal, int evaluator, Map<CriterionId, BigDecimal> scores) {
    return ScoreSheet.of(ProposalId.of("p-" + proposal), ActorId.of("te-" + evaluator), DESK, scores, DURING);
  }
}
