package io.github.kipp.scoring.aggregate;

import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DURING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

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
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link Aggregations} gives exactly the results of {@link ReferenceAggregations}, the computation
 * in decimals it replaced: every parameter, score, contribution, criterion mean and explanation
 * (equal, and rendered to the same text in both languages), on generated populations with every
 * rounding mode and scales from none to twelve decimals, scores at the ends of their scales and on
 * scales too large or too fine for longs, one evaluator, evaluators whose totals are all equal,
 * evaluators with exactly the minimum number of sheets, and declared references that put normalised
 * values on rounding boundaries; also with totals, their sums and squares near the limit of a long,
 * and on populations aggregated again, by several policies and frozen anew (the weighted totals,
 * evaluators' sheets and criterion means a population computes once when it freezes).
 */
class AggregationEquivalenceTest {

  private static final RoundingMode[] MODES = {
    RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN,
    RoundingMode.CEILING, RoundingMode.FLOOR
  };
  private static final int[] ROUNDING_SCALES = {0, 0, 1, 2, 2, 2, 3, 4, 6, 8, 12};

  /** A generated stage: its criteria, its frozen sheets and the policies to run on them. */
  record World(CriteriaSet criteria, FrozenScores scores, List<AggregationPolicy> fast, List<AggregationPolicy> reference) {}

  @Test
  void every_policy_gives_the_results_and_explanations_of_the_decimal_computation() {
    qt().withFixedSeed(20_261_219L).withExamples(1_500)
        .forAll(longs().all())
        .checkAssert(seed -> {
          World w = world(new SplittableRandom(seed), false);
          for (int i = 0; i < w.fast().size(); i++) {
            assertSame(w.fast().get(i).aggregate(w.scores()), w.reference().get(i).aggregate(w.scores()), seed + " " + w.fast().get(i));
          }
        });
  }

  @Test
  void populations_with_totals_near_the_limit_of_a_long_give_the_results_of_the_decimal_computation() {
    // Totals, their sums and their squares on either side of what a long holds: the columns computed
    // at the freeze, the evaluators' statistics and the sums of adjusted values each fall back to
    // decimals on their own.
    qt().withFixedSeed(20_261_207L).withExamples(1_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          World w = world(new SplittableRandom(seed), true);
          for (int i = 0; i < w.fast().size(); i++) {
            assertSame(w.fast().get(i).aggregate(w.scores()), w.reference().get(i).aggregate(w.scores()), seed + " " + w.fast().get(i));
          }
        });
  }

  @Test
  void large_populations_give_the_results_of_the_decimal_computation() {
    // Hundreds of sheets: values the doubles cannot decide are many, and most are decided at the
    // corners of the deviations' bounds (DeviationBounds) instead of from the deviations themselves;
    // one evaluator, or evaluators whose statistics equal the population's, put normalised values
    // on rounding boundaries, where the corners disagree and the deviations decide.
    qt().withFixedSeed(20_261_208L).withExamples(200)
        .forAll(longs().all())
        .checkAssert(seed -> {
          World w = world(new SplittableRandom(seed), seed % 5 == 0, 250, 9);
          for (int i = 0; i < w.fast().size(); i++) {
            assertSame(w.fast().get(i).aggregate(w.scores()), w.reference().get(i).aggregate(w.scores()), seed + " " + w.fast().get(i));
          }
        });
  }

  @Test
  void a_population_aggregated_again_and_by_other_policies_gives_the_same_results() {
    qt().withFixedSeed(20_261_208L).withExamples(1_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          World w = world(new SplittableRandom(seed), seed % 2 == 0);
          // A population frozen again from its own sheets computes its columns anew.
          FrozenScores again = FrozenScores.of(w.criteria(), w.scores().sheets(), w.scores().closedAt());
          for (int i = w.fast().size() - 1; i >= 0; i--) {
            AggregationResult first = w.fast().get(i).aggregate(w.scores());
            assertSame(w.fast().get(i).aggregate(w.scores()), first, seed + " again " + w.fast().get(i));
            assertSame(w.fast().get(i).aggregate(again), w.reference().get(i).aggregate(w.scores()), seed + " refrozen " + w.fast().get(i));
          }
        });
  }

  @Test
  void explanations_read_first_by_several_threads_are_the_decimal_computations() throws Exception {
    World w = null;
    for (long seed = 1; w == null || w.scores().sheets().size() < 12; seed++) {
      w = world(new SplittableRandom(seed), false);
    }
    World world = w;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int i = 0; i < world.fast().size(); i++) {
        AggregationResult fast = world.fast().get(i).aggregate(world.scores());
        AggregationResult reference = world.reference().get(i).aggregate(world.scores());
        List<CompletableFuture<List<String>>> readers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          readers.add(CompletableFuture.supplyAsync(() -> {
            List<String> texts = new ArrayList<>();
            fast.scores().values().forEach(s -> texts.add(s.explanation().render(Locale.ENGLISH)));
            return texts;
          }, pool));
        }
        List<String> expected = new ArrayList<>();
        reference.scores().values().forEach(s -> expected.add(s.explanation().render(Locale.ENGLISH)));
        for (CompletableFuture<List<String>> r : readers) {
          assertThat(r.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
        }
        assertThat(fast).isEqualTo(reference);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertSame(AggregationResult fast, AggregationResult reference, String what) {
    assertThat(fast.parameters()).as("parameters of %s", what).isEqualTo(reference.parameters());
    assertThat(fast.scores().keySet()).as("proposals of %s", what).isEqualTo(reference.scores().keySet());
    reference.scores().forEach((id, expected) -> {
      AggregatedScore actual = fast.scores().get(id);
      assertThat(actual.score()).as("score of %s under %s", id, what).isEqualTo(expected.score());
      assertThat(actual.contributions()).as("contributions of %s under %s", id, what).isEqualTo(expected.contributions());
      assertThat(actual.criterionMeans()).as("criterion means of %s under %s", id, what).isEqualTo(expected.criterionMeans());
      assertThat(actual.explanation().render(Locale.ENGLISH)).as("explanation of %s under %s", id, what)
          .isEqualTo(expected.explanation().render(Locale.ENGLISH));
      assertThat(actual.explanation().render(Locale.forLanguageTag("id"))).isEqualTo(expected.explanation().render(Locale.forLanguageTag("id")));
      assertThat(actual.explanation()).isEqualTo(expected.explanation());
      assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
    });
    assertThat(fast).isEqualTo(reference);
  }

  /**
   * A criterion's scale: ordinary, fine, wide, negative, or beyond what a long holds; near the limits
   * of a long, half of them up to {@code ±(10^15 … 10^19)} in whole units or hundredths.
   */
  private static Scale scale(SplittableRandom r, boolean nearLimits) {
    if (nearLimits && r.nextBoolean()) {
      String nines = "9".repeat(r.nextInt(15, 20));
      return r.nextBoolean() ? Scale.of("-" + nines, nines, "1") : Scale.of("0", nines, "0.01");
    }
    return switch (r.nextInt(7)) {
      case 0 -> Scale.of("0", "100", "1");
      case 1 -> Scale.of("1", "5", "0.5");
      case 2 -> Scale.of("0", "10", "0.001");
      case 3 -> Scale.of("-50", "50", "0.25");
      case 4 -> Scale.of("0", "1" + "0".repeat(r.nextInt(10, 40)), "1");
      case 5 -> Scale.of("0", "1", "0." + "0".repeat(r.nextInt(5, 19)) + "1");
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

  private static World world(SplittableRandom r, boolean nearLimits) {
    return world(r, nearLimits, 7, 5);
  }

  private static World world(SplittableRandom r, boolean nearLimits, int maxProposals, int maxEvaluators) {
    // Near the limits of a long, totals are rounded to few decimals, so their unscaled values are large.
    int scaleOfTotals = nearLimits ? r.nextInt(0, 3) : ROUNDING_SCALES[r.nextInt(ROUNDING_SCALES.length)];
    Rounding rounding = new Rounding(scaleOfTotals, MODES[r.nextInt(MODES.length)], DEFAULT);
    int criteriaCount = r.nextInt(1, 4);
    List<Criterion> criteria = new ArrayList<>();
    BigDecimal weightTotal = BigDecimal.ZERO;
    for (int c = 0; c < criteriaCount; c++) {
      BigDecimal weight = BigDecimal.valueOf(r.nextInt(0, 1_000), r.nextInt(0, 4));
      if (c == 0 && weight.signum() == 0) {
        weight = BigDecimal.ONE;
      }
      weightTotal = weightTotal.add(weight);
      criteria.add(Criterion.of("k" + c, LocalizedText.same("K" + c), weight.toPlainString(), scale(r, nearLimits), DEFAULT));
    }
    CriteriaSet set = CriteriaSet.of(DESK, criteria, weightTotal, rounding);
    int proposals = r.nextInt(1, maxProposals);
    int evaluators = r.nextInt(1, maxEvaluators);
    // Some evaluators give every proposal the same scores; sometimes every evaluator gives the same.
    boolean allSame = r.nextInt(8) == 0;
    List<Map<CriterionId, BigDecimal>> fixedScores = new ArrayList<>();
    for (int e = 0; e < evaluators; e++) {
      fixedScores.add(r.nextInt(4) == 0 || allSame ? (allSame && e > 0 ? fixedScores.get(0) : scores(r, criteria)) : Map.of());
    }
    double density = r.nextInt(3) == 0 ? 1.0 : 0.4 + r.nextDouble() * 0.6;
    List<ScoreSheet> sheets = new ArrayList<>();
    if (r.nextInt(40) != 0) {
      for (int p = 0; p < proposals; p++) {
        for (int e = 0; e < evaluators; e++) {
          if (r.nextDouble() < density) {
            Map<CriterionId, BigDecimal> scores = fixedScores.get(e).isEmpty() ? scores(r, criteria) : fixedScores.get(e);
            sheets.add(ScoreSheet.of(ProposalId.of("p-" + p), ActorId.of("te-" + e), DESK, scores, DURING));
          }
        }
      }
    }
    FrozenScores frozen = FrozenScores.of(set, sheets, CLOSE);
    List<AggregationPolicy> fast = new ArrayList<>();
    List<AggregationPolicy> reference = new ArrayList<>();
    fast.add(Aggregations.mean(DEFAULT));
    reference.add(ReferenceAggregations.mean(DEFAULT));
    fast.add(Aggregations.median(DEFAULT));
    reference.add(ReferenceAggregations.median(DEFAULT));
    int trim = r.nextInt(1, 3);
    fast.add(Aggregations.trimmedMean(trim, DEFAULT));
    reference.add(ReferenceAggregations.trimmedMean(trim, DEFAULT));
    int minSheets = r.nextInt(2, 5);
    ZScoreOptions.Fallback fallback = r.nextBoolean() ? ZScoreOptions.Fallback.USE_RAW : ZScoreOptions.Fallback.EXCLUDE;
    ZScoreOptions population = ZScoreOptions.population(minSheets, fallback, DEFAULT);
    fast.add(Aggregations.zScore(population));
    reference.add(ReferenceAggregations.zScore(population));
    // A declared reference whose deviation is a whole number of units or half-way between two, with
    // evaluators of two sheets (z = ±1) putting normalised values on rounding boundaries.
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scaleOfTotals);
    BigDecimal mean = set.totalScale().min().add(set.totalScale().max()).divide(BigDecimal.valueOf(2));
    BigDecimal sd = unit.multiply(BigDecimal.valueOf(r.nextInt(1, 2_000))).add(r.nextBoolean() ? unit.divide(BigDecimal.valueOf(2)) : BigDecimal.ZERO);
    if (r.nextInt(4) == 0) {
      sd = set.totalScale().max().subtract(mean);
    }
    ZScoreOptions fixed = ZScoreOptions.fixed(r.nextInt(2, 4), fallback, mean, sd, DEFAULT);
    fast.add(Aggregations.zScore(fixed));
    reference.add(ReferenceAggregations.zScore(fixed));
    return new World(set, frozen, fast, reference);
  }

  private static Map<CriterionId, BigDecimal> scores(SplittableRandom r, List<Criterion> criteria) {
    ImmutableMap.Builder<CriterionId, BigDecimal> out = ImmutableMap.builder();
    for (Criterion c : criteria) {
      out.put(c.id(), score(r, c.scale()));
    }
    return out.buildOrThrow();
  }
}
