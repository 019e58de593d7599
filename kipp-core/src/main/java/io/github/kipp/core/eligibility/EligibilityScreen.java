package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Decision;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Proposal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Applies a list of eligibility rules to proposals (<i>seleksi administrasi</i>) and collects every
 * rule's decision for every proposal.
 *
 * <p>kipp's own rules ({@link EligibilityRules}) first only decide whether each proposal passes, from
 * what the context prepares once (normalised titles, the earliest submission of each title, the
 * edition's forms); each outcome makes its decisions, with reasons and citations, when they are first
 * read, and they are the decisions the rules give one by one ({@link EligibilityRule#evaluate}). Other
 * rules are evaluated as they are screened.
 *
 * <p>Immutable and thread-safe; the result does not depend on the order of the proposals.
 */
public final class EligibilityScreen {

  /** The most rules whose decisions an outcome makes when read; beyond it, every decision is made at once. */
  private static final int MAX_DEFERRED = Long.SIZE;

  private final ImmutableList<EligibilityRule> rules;
  /** kipp's rules by index, null where a rule is another's. */
  private final EligibilityRules.@Nullable Rule[] own;

  private EligibilityScreen(ImmutableList<EligibilityRule> rules) {
    this.rules = rules;
    this.own = new EligibilityRules.Rule[rules.size()];
    if (rules.size() <= MAX_DEFERRED) {
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i) instanceof EligibilityRules.Rule r) {
          own[i] = r;
        }
      }
    }
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
    return screen(proposal, -1, context);
  }

  /** Screens a proposal, at {@code index} of the context's submitted proposals or -1. */
  private ProposalEligibility screen(Proposal proposal, int index, EligibilityContext context) {
    long failed = 0;
    @Nullable Decision @Nullable [] made = null;
    for (int i = 0; i < rules.size(); i++) {
      EligibilityRules.Rule r = own[i];
      if (r != null) {
        if (!r.passes(proposal, index, context)) {
          failed |= 1L << i;
        }
      } else {
        EligibilityRule rule = rules.get(i);
        if (made == null) {
          made = new Decision[rules.size()];
        }
        made[i] = requireNonNull(rule.evaluate(proposal, context), rule.id());
      }
    }
    return ProposalEligibility.deferred(proposal, context, rules, made, failed);
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
    requireNonNull(proposals, "proposals");
    requireNonNull(context, "context");
    ImmutableSortedMap.Builder<ProposalId, ProposalEligibility> out = ImmutableSortedMap.naturalOrder();
    ImmutableList<Proposal> submitted = context.submitted();
    if (proposals instanceof List<Proposal> given && sameProposals(given, submitted)) {
      // The context's own submissions: read in id order, with what the context prepared for each.
      for (int index : context.submittedById()) {
        Proposal p = submitted.get(index);
        out.put(p.id(), screen(p, index, context));
      }
    } else {
      for (Proposal p : proposals) {
        out.put(p.id(), screen(requireNonNull(p, "proposal"), -1, context));
      }
    }
    return new ScreeningResult(out.buildOrThrow());
  }

  /** Whether a list holds the same proposal objects as the submitted ones, in the same order. */
  @SuppressWarnings("ReferenceEquality") // the prepared values belong to those very objects
  private static boolean sameProposals(List<Proposal> given, ImmutableList<Proposal> submitted) {
    if (given == submitted) {
      return true;
    }
    if (!(given instanceof java.util.RandomAccess) || given.size() != submitted.size()) {
      return false;
    }
    for (int i = 0; i < given.size(); i++) {
      if (given.get(i) != submitted.get(i)) {
        return false;
      }
    }
    return true;
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
