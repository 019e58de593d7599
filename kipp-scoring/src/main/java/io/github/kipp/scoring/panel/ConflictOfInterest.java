package io.github.kipp.scoring.panel;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;

/**
 * A conflict of interest (<i>konflik kepentingan</i>) that bars an evaluator from scoring a
 * proposal, with the reason and the citation of the policy that found it.
 *
 * @param evaluator the evaluator, not null
 * @param proposal the proposal, not null
 * @param reason why they may not score it, not null
 */
public record ConflictOfInterest(ActorId evaluator, ProposalId proposal, Reason reason) {

  /**
   * Creates a conflict.
   *
   * @param evaluator the evaluator, not null
   * @param proposal the proposal, not null
   * @param reason why they may not score it, not null
   */
  public ConflictOfInterest {
    requireNonNull(evaluator, "evaluator");
    requireNonNull(proposal, "proposal");
    requireNonNull(reason, "reason");
  }
}
