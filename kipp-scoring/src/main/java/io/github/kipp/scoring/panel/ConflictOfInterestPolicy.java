package io.github.kipp.scoring.panel;

import io.github.kipp.core.innovation.Proposal;
import java.util.Optional;

/**
 * Decides whether an evaluator has a conflict of interest with a proposal.
 *
 * <p>kipp's default, {@link ConflictOfInterestPolicies#institutional()}, works at the level of
 * institutions, because person-level matching on incomplete profiles has failed elsewhere. A host or
 * rule module may supply its own policy, or combine several with {@link
 * ConflictOfInterestPolicies#anyOf(ConflictOfInterestPolicy...)}.
 *
 * <p><b>Specification for implementors.</b> Implementations are immutable, thread-safe and
 * deterministic, do no I/O, and always give the same answer for the same evaluator and proposal.
 */
@FunctionalInterface
public interface ConflictOfInterestPolicy {

  /**
   * Returns the conflict between an evaluator and a proposal, if there is one.
   *
   * @param evaluator the evaluator, not null
   * @param proposal the proposal, not null
   * @return the conflict with its reason, or empty if the evaluator may score the proposal
   */
  Optional<ConflictOfInterest> conflict(Evaluator evaluator, Proposal proposal);
}
