package io.github.kipp.scoring.visibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.CriterionId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A score sheet as one viewer may see it: its scores and weighted total, and its evaluator only
 * where the viewer may know who wrote it.
 *
 * @param proposal the proposal scored, not null
 * @param evaluator who wrote it, present for the viewer's own sheet and where the policy shows names
 * @param own whether the viewer wrote it
 * @param scores the score per criterion, not null
 * @param total the weighted total under the stage's criteria, not null
 */
public record VisibleSheet(
    ProposalId proposal, Optional<ActorId> evaluator, boolean own, ImmutableSortedMap<CriterionId, BigDecimal> scores, BigDecimal total) {

  /**
   * Creates a visible sheet.
   *
   * @param proposal the proposal, not null
   * @param evaluator the evaluator or empty, not null
   * @param own whether the viewer wrote it
   * @param scores the scores, not null
   * @param total the total, not null
   */
  public VisibleSheet {
    requireNonNull(proposal, "proposal");
    requireNonNull(evaluator, "evaluator");
    requireNonNull(scores, "scores");
    requireNonNull(total, "total");
  }
}
