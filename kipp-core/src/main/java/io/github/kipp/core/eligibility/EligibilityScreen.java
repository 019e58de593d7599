package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Decision;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Proposal;

/**
 * Applies a list of eligibility rules to proposals (<i>seleksi administrasi</i>) and collects every
 * rule's decision for every proposal.
 *
 * <p>Immutable and thread-safe; the result does not depend on the order of the proposals.
 */
public final class EligibilityScreen {

  private final ImmutableList<EligibilityRule> rules;

  private EligibilityScreen(ImmutableList<EligibilityRule> rules) {
    this.rules = rules;
  }

  /**
   * Returns a screen with rules.
   *
   * @param rules the rules, applied in order; not null
   * @return the screen, not null
   */
  public static EligibilityScreen of(Iterable<EligibilityRule> rules) {
    return new EligibilityScreen(ImmutableList.copyOf(requireNonNull(rules, "rules")));
  }

  /**
   * Screens one proposal.
   *
   * @param proposal the proposal, not null
   * @param context the context, not null
   * @return every rule's decision, not null
   */
  public ProposalEligibility screen(Proposal proposal, EligibilityContext context) {
    requireNonNull(proposal, "proposal");
    requireNonNull(context, "context");
    ImmutableList.Builder<Decision> decisions = ImmutableList.builderWithExpectedSize(rules.size());
    for (EligibilityRule r : rules) {
      decisions.add(requireNonNull(r.evaluate(proposal, context), r.id()));
    }
    return new ProposalEligibility(proposal.id(), decisions.build());
  }

  /**
   * Screens proposals.
   *
   * @param proposals the proposals, with distinct ids; not null
   * @param context the context, not null
   * @return the outcome of each, not null
   * @throws IllegalArgumentException if two proposals share an id
   */
  public ScreeningResult screen(Iterable<Proposal> proposals, EligibilityContext context) {
    ImmutableSortedMap.Builder<ProposalId, ProposalEligibility> out = ImmutableSortedMap.naturalOrder();
    for (Proposal p : proposals) {
      out.put(p.id(), screen(p, context));
    }
    return new ScreeningResult(out.buildOrThrow());
  }

  /**
   * Returns the rules, in order.
   *
   * @return the rules, not null
   */
  public ImmutableList<EligibilityRule> rules() {
    return rules;
  }
}
