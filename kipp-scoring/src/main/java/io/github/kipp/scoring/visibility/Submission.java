package io.github.kipp.scoring.visibility;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import java.util.Optional;

/**
 * That a sheet was submitted for a proposal, without its scores: what {@link
 * Disclosure#SUBMISSION_STATUS} shows.
 *
 * @param proposal the proposal, not null
 * @param evaluator who submitted it, present where the policy shows names
 */
public record Submission(ProposalId proposal, Optional<ActorId> evaluator) {

  /**
   * Creates a submission.
   *
   * @param proposal the proposal, not null
   * @param evaluator the evaluator or empty, not null
   */
  public Submission {
    requireNonNull(proposal, "proposal");
    requireNonNull(evaluator, "evaluator");
  }
}
