package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.explain.Explanation;
import java.math.BigDecimal;

/**
 * A proposal's score in one scoring stage after aggregation of its sheets, with the contribution of
 * each sheet, the mean score of each criterion (for tie-breaks on a named criterion) and the
 * derivation.
 *
 * @param proposal the proposal, not null
 * @param score the aggregate, rounded as the criteria declare; not null
 * @param contributions each sheet's contribution, sorted by evaluator
 * @param criterionMeans the mean raw score of each criterion over the proposal's sheets, rounded as
 *     the criteria declare
 * @param explanation how the aggregate was derived, not null
 */
public record AggregatedScore(
    ProposalId proposal,
    BigDecimal score,
    ImmutableList<SheetContribution> contributions,
    ImmutableSortedMap<CriterionId, BigDecimal> criterionMeans,
    Explanation explanation) {

  /**
   * Creates an aggregated score.
   *
   * @param proposal the proposal, not null
   * @param score the aggregate, not null
   * @param contributions each sheet's contribution, not null
   * @param criterionMeans the mean score of each criterion, not null
   * @param explanation the derivation, not null
   */
  public AggregatedScore {
    requireNonNull(proposal, "proposal");
    requireNonNull(score, "score");
    contributions = ImmutableList.copyOf(requireNonNull(contributions, "contributions"));
    criterionMeans = ImmutableSortedMap.copyOf(requireNonNull(criterionMeans, "criterionMeans"));
    requireNonNull(explanation, "explanation");
  }
}
