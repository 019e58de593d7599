package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ProposalId;
import java.util.Optional;

/**
 * The outcome of screening a set of proposals, sorted by proposal id.
 *
 * @param outcomes each proposal's outcome, by proposal
 */
public record ScreeningResult(ImmutableSortedMap<ProposalId, ProposalEligibility> outcomes) {

  /**
   * Creates a result.
   *
   * @param outcomes the outcomes, not null
   */
  public ScreeningResult {
    outcomes = ImmutableSortedMap.copyOf(requireNonNull(outcomes, "outcomes"));
  }

  /**
   * Returns a proposal's outcome.
   *
   * @param proposal the proposal, not null
   * @return its outcome, or empty if it was not screened
   */
  public Optional<ProposalEligibility> outcome(ProposalId proposal) {
    return Optional.ofNullable(outcomes.get(requireNonNull(proposal, "proposal")));
  }

  /**
   * Returns the eligible proposals.
   *
   * @return their ids, sorted
   */
  public ImmutableList<ProposalId> eligible() {
    return proposals(true);
  }

  /**
   * Returns the ineligible proposals.
   *
   * @return their ids, sorted
   */
  public ImmutableList<ProposalId> ineligible() {
    return proposals(false);
  }

  private ImmutableList<ProposalId> proposals(boolean eligible) {
    // One pass over the outcomes: the builder starts with room for all of them.
    ImmutableList.Builder<ProposalId> out = ImmutableList.builderWithExpectedSize(outcomes.size());
    for (ProposalEligibility o : outcomes.values()) {
      if (o.eligible() == eligible) {
        out.add(o.proposal());
      }
    }
    return out.build();
  }
}
