package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.Decision;
import io.github.kipp.core.ProposalId;
import java.util.Optional;

/**
 * The outcome of screening one proposal: the decision of every rule, in the order the rules were
 * applied. The proposal is eligible when every decision passed.
 *
 * @param proposal the proposal, not null
 * @param decisions each rule's decision, not null
 */
public record ProposalEligibility(ProposalId proposal, ImmutableList<Decision> decisions) {

  /**
   * Creates an outcome.
   *
   * @param proposal the proposal, not null
   * @param decisions the decisions, not null
   */
  public ProposalEligibility {
    requireNonNull(proposal, "proposal");
    decisions = ImmutableList.copyOf(requireNonNull(decisions, "decisions"));
  }

  /**
   * Returns whether every rule passed the proposal.
   *
   * @return true if eligible
   */
  public boolean eligible() {
    for (Decision d : decisions) {
      if (!d.passed()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the failing decisions.
   *
   * @return the failures, in rule order; empty if eligible
   */
  public ImmutableList<Decision> failures() {
    return decisions.stream().filter(d -> !d.passed()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every citation the decisions rest on, without repeats.
   *
   * @return the citations, not null
   */
  public ImmutableList<Citation> citations() {
    return decisions.stream().flatMap(d -> d.citations().stream()).distinct().collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the weakest confidence the outcome rests on: for an ineligible proposal, that of its
   * failures; for an eligible one, that of every decision.
   *
   * @return the weakest confidence, or empty if nothing is cited
   */
  public Optional<Confidence> weakestConfidence() {
    ImmutableList<Decision> relevant = eligible() ? decisions : failures();
    return relevant.stream().flatMap(d -> d.citations().stream()).map(Citation::confidence).reduce(Confidence::weakest);
  }
}
