package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;

/**
 * What a field or virtual verification (<i>verifikasi lapangan</i>) found for a proposal. Verification
 * is optional per proposal and guarantees nothing; a combination policy may use it as a gate.
 *
 * @param proposal the proposal, not null
 * @param outcome what was found, not null
 * @param reason the verifiers' finding in words, with citations; not null
 */
public record VerificationFinding(ProposalId proposal, Outcome outcome, Reason reason) {

  /** The outcome of a verification. */
  public enum Outcome {
    /** The innovation works as the proposal says. */
    CONFIRMED,
    /** The verifiers could not confirm what the proposal says. */
    NOT_CONFIRMED,
    /** The proposal was not visited. */
    NOT_VISITED
  }

  /**
   * Creates a finding.
   *
   * @param proposal the proposal, not null
   * @param outcome the outcome, not null
   * @param reason the finding in words, not null
   */
  public VerificationFinding {
    requireNonNull(proposal, "proposal");
    requireNonNull(outcome, "outcome");
    requireNonNull(reason, "reason");
  }
}
