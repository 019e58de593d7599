package io.github.kipp.scoring.aggregate;

import io.github.kipp.core.Citation;
import io.github.kipp.scoring.FrozenScores;

/**
 * Turns the frozen sheets of a scoring stage into one score per proposal.
 *
 * <p>kipp ships mean, median, trimmed mean and per-evaluator z-score normalisation in {@link
 * Aggregations}. Every policy records its parameters and the population it ran on in its {@link
 * AggregationResult}.
 *
 * <p><b>Specification for implementors.</b> Implementations are immutable, thread-safe and
 * deterministic: the same frozen scores give the same result, whatever order the sheets were
 * submitted in. Scores are {@link java.math.BigDecimal}, rounded as the criteria declare.
 */
public interface AggregationPolicy {

  /**
   * Aggregates a stage's frozen sheets.
   *
   * <p>An empty population is not an error: it aggregates to a result without scores.
   *
   * @param scores the frozen population, possibly without sheets; not null
   * @return the aggregate of every proposal with at least one sheet the policy used, not null
   */
  AggregationResult aggregate(FrozenScores scores);

  /**
   * Returns where this policy comes from: the rule module's citation, or UNKNOWN with the default.
   *
   * @return the citation, not null
   */
  Citation citation();
}
