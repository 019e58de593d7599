package io.github.kipp.scoring.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The calibration flags at their thresholds: a value equal to its threshold raises no flag, one step
 * of the reported scale beyond it does; an evaluator with exactly the minimum of shared proposals is
 * assessed, one fewer is not.
 */
class CalibrationThresholdsTest {

  private static final StageId STAGE = StageId.of("evaluasi-proposal");
  private static final BigDecimal STEP = new BigDecimal("0.0001");
  private static final BigDecimal FAR = new BigDecimal("1000000");

  private static Ratings ratings(long seed, int proposals, int raters) {
    SplittableRandom random = new SplittableRandom(seed);
    Ratings.Builder b = Ratings.newBuilder(STAGE);
    for (int p = 0; p < proposals; p++) {
      for (int r = 0; r < raters; r++) {
        // each evaluator has its own leniency, so that offsets of both signs occur
        b.rate(ProposalId.of("p-" + p), ActorId.of("te-" + r), BigDecimal.valueOf(40 + 5L * r + random.nextInt(0, 30)));
      }
    }
    return b.build();
  }

  private static ReliabilityOptions options(int minShared, BigDecimal offset, BigDecimal spread) {
    return ReliabilityOptions.newBuilder().seed(1).replicates(1).minShared(minShared).offsetThreshold(offset)
        .spreadThreshold(spread).build();
  }

  private static EvaluatorCalibration calibration(Ratings ratings, ActorId evaluator, ReliabilityOptions options) {
    return RaterReliability.assess(ratings, options).calibration(evaluator).orElseThrow();
  }

  @Test
  void an_offset_or_spread_equal_to_its_threshold_raises_no_flag_and_one_step_beyond_it_does() {
    qt().withFixedSeed(19_201).withExamples(200)
        .forAll(longs().all(), integers().between(3, 12), integers().between(2, 4))
        .checkAssert((seed, proposals, raters) -> {
          Ratings ratings = ratings(seed, proposals, raters);
          StageReliability free = RaterReliability.assess(ratings, options(1, FAR, FAR));
          for (EvaluatorCalibration c : free.calibrations()) {
            if (c.standardisedOffset().isEmpty()) {
              continue;
            }
            BigDecimal offset = c.standardisedOffset().orElseThrow();
            BigDecimal spread = c.standardisedSpread().orElseThrow();
            CalibrationFlag side = offset.signum() > 0 ? CalibrationFlag.LENIENT : CalibrationFlag.SEVERE;
            BigDecimal size = offset.abs();
            if (size.compareTo(STEP) > 0) {
              assertThat(calibration(ratings, c.evaluator(), options(1, size, FAR)).flags()).doesNotContain(side);
              assertThat(calibration(ratings, c.evaluator(), options(1, size.subtract(STEP), FAR)).flags())
                  .contains(side);
            }
            if (spread.compareTo(STEP) > 0) {
              assertThat(calibration(ratings, c.evaluator(), options(1, FAR, spread)).flags())
                  .doesNotContain(CalibrationFlag.INCONSISTENT);
              assertThat(calibration(ratings, c.evaluator(), options(1, FAR, spread.subtract(STEP))).flags())
                  .contains(CalibrationFlag.INCONSISTENT);
            }
          }
        });
  }

  @Test
  void an_evaluator_with_exactly_the_minimum_of_shared_proposals_is_assessed_and_with_one_fewer_is_not() {
    qt().withFixedSeed(19_202).withExamples(200)
        .forAll(longs().all(), integers().between(3, 12), integers().between(2, 4))
        .checkAssert((seed, proposals, raters) -> {
          Ratings ratings = ratings(seed, proposals, raters);
          ActorId evaluator = ActorId.of("te-0");
          int shared = calibration(ratings, evaluator, options(1, FAR, FAR)).shared();
          assertThat(shared).isEqualTo(proposals);
          assertThat(calibration(ratings, evaluator, options(shared, FAR, FAR)).assessed()).isTrue();
          assertThat(calibration(ratings, evaluator, options(shared + 1, FAR, FAR)).assessed()).isFalse();
        });
  }
}
