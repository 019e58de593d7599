package io.github.kipp.scoring.panel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;

/**
 * A proposal that an {@link Assigner} could not give all the evaluators it needs, and why.
 *
 * <p>The reasons come in this order, each with its code and citations: {@code kipp.assign.short}
 * (how many it got of how many); {@code kipp.assign.panelTooSmall} when the panel has fewer
 * evaluators than each proposal needs; {@code kipp.assign.tooFewExperts} or {@code
 * kipp.assign.tooFewFree} when fewer evaluators are eligible than needed, with the counts excluded by
 * conflict of interest and by expertise; the reason of every {@link ConflictOfInterest} that
 * excludes an evaluator, by evaluator; {@code kipp.assign.notExpert} naming the evaluators who lack
 * expertise in its category; {@code kipp.assign.full} naming the eligible evaluators who already
 * carry the maximum load.
 *
 * @param proposal the proposal, not null
 * @param assigned how many evaluators it got, at least 0
 * @param needed how many it needs, more than {@code assigned}
 * @param reasons why it got fewer, in the order above; not empty
 */
public record UncoveredProposal(ProposalId proposal, int assigned, int needed, ImmutableList<Reason> reasons) {

  /**
   * Creates the explanation of an uncovered proposal.
   *
   * @param proposal the proposal, not null
   * @param assigned how many evaluators it got, at least 0
   * @param needed how many it needs, more than {@code assigned}
   * @param reasons why it got fewer; not empty
   * @throws IllegalArgumentException if the counts do not describe a shortfall or there is no reason
   */
  public UncoveredProposal {
    requireNonNull(proposal, "proposal");
    reasons = ImmutableList.copyOf(requireNonNull(reasons, "reasons"));
    if (assigned < 0 || needed <= assigned) {
      throw new IllegalArgumentException("proposal " + proposal + " got " + assigned + " of " + needed + " evaluators, which is no shortfall");
    }
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("the shortfall of proposal " + proposal + " needs at least one reason");
    }
  }

  /**
   * Returns how many evaluators the proposal still lacks.
   *
   * @return {@code needed - assigned}, at least 1
   */
  public int missing() {
    return needed - assigned;
  }
}
