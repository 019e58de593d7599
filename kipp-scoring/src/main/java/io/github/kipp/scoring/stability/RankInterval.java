package io.github.kipp.scoring.stability;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.ProposalId;
import io.github.kipp.core.meta.Beta;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How stable one proposal's rank is under resampling of its evaluators: the rank its exact score
 * gives, the central interval and the median of its bootstrap ranks, and its probability of ranking
 * within the shortlist size. Part of a {@link RankStability}.
 *
 * <p>Ranks are standard competition ranks (1-2-2-4), 1 the best, so {@code lower} is the better end
 * of the interval. Bounds and median are nearest-rank percentiles: the q-th percentile is the
 * smallest rank r such that at least ⌈q·R⌉ of the R replicates rank the proposal r or better. The
 * observed rank may lie outside the interval, for instance when the aggregate trimmed sheets that
 * the resample keeps.
 *
 * @param proposal the proposal, not null
 * @param score its exact aggregate, not null
 * @param observedRank the competition rank of its exact score among the stage's aggregates, 1-based
 * @param lower the interval's lower bound (best rank), 1-based
 * @param median the median rank, between {@code lower} and {@code upper}
 * @param upper the interval's upper bound (worst rank), at least {@code median}
 * @param shortlistProbability the share of replicates in which the proposal ranked within the
 *     shortlist size, between 0 and 1, with scale {@value RankStability#PROBABILITY_SCALE}
 */
@Beta
public record RankInterval(
    ProposalId proposal, BigDecimal score, int observedRank, int lower, int median, int upper, BigDecimal shortlistProbability) {

  /**
   * Creates an interval, setting the probability's scale to {@value RankStability#PROBABILITY_SCALE}
   * (half-even).
   *
   * @param proposal the proposal, not null
   * @param score the exact aggregate, not null
   * @param observedRank the observed rank, at least 1
   * @param lower the lower bound, at least 1
   * @param median the median rank, at least {@code lower}
   * @param upper the upper bound, at least {@code median}
   * @param shortlistProbability the probability, 0 to 1; not null
   * @throws IllegalArgumentException if a rank is below 1, the ranks are out of order or the
   *     probability is outside 0 to 1
   */
  public RankInterval {
    requireNonNull(proposal, "proposal");
    requireNonNull(score, "score");
    requireNonNull(shortlistProbability, "shortlistProbability");
    if (observedRank < 1 || lower < 1 || lower > median || median > upper) {
      throw new IllegalArgumentException(
          "ranks start at 1 and lower <= median <= upper, got observed " + observedRank + ", " + lower + " <= " + median + " <= " + upper);
    }
    if (shortlistProbability.signum() < 0 || shortlistProbability.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("a probability lies between 0 and 1, got " + shortlistProbability.toPlainString());
    }
    shortlistProbability = shortlistProbability.setScale(RankStability.PROBABILITY_SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns the number of ranks the interval spans minus one: 0 for a rank that resampling never
   * moves beyond the tails.
   *
   * @return {@code upper - lower}, zero or more
   */
  public int width() {
    return upper - lower;
  }
}
