package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.Decision;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Proposal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of screening one proposal: the decision of every rule, in the order the rules were
 * applied. The proposal is eligible when every decision passed.
 *
 * <p>Immutable and thread-safe. An outcome made by {@link EligibilityScreen} records which of kipp's
 * rules failed the proposal and makes their decisions, with reasons and citations, when they are
 * first read ({@link #decisions()}, {@link #failures()}, {@link #citations()}, {@link #equals},
 * {@link #toString()}); {@link #eligible()} and {@link #proposal()} read nothing else. The decisions
 * are those the rules give when evaluated one by one, and equal outcomes are equal however they were
 * made.
 */
public final class ProposalEligibility {

  private final ProposalId proposal;
  private final boolean eligible;
  /** The decisions, once made. */
  private volatile @Nullable ImmutableList<Decision> decisions;
  /** What makes the decisions when first read; null for an outcome given its decisions. */
  private final @Nullable Proposal screened;
  private final @Nullable EligibilityContext context;
  private final @Nullable ImmutableList<EligibilityRule> rules;
  private final @Nullable Decision @Nullable [] made;
  private final long failed;

  /**
   * Creates an outcome.
   *
   * @param proposal the proposal, not null
   * @param decisions the decisions, not null
   */
  public ProposalEligibility(ProposalId proposal, ImmutableList<Decision> decisions) {
    this.proposal = requireNonNull(proposal, "proposal");
    ImmutableList<Decision> all = ImmutableList.copyOf(requireNonNull(decisions, "decisions"));
    this.decisions = all;
    this.eligible = allPassed(all);
    this.screened = null;
    this.context = null;
    this.rules = null;
    this.made = null;
    this.failed = 0;
  }

  private ProposalEligibility(Proposal screened, EligibilityContext context, ImmutableList<EligibilityRule> rules,
      @Nullable Decision @Nullable [] made, long failed) {
    this.proposal = screened.id();
    this.screened = screened;
    this.context = context;
    this.rules = rules;
    this.made = made;
    this.failed = failed;
    this.eligible = failed == 0 && allPassed(made);
  }

  /**
   * An outcome whose decisions are made when first read: each rule of {@code rules} whose bit is set
   * in {@code failed} failed the proposal, the others passed it, except for those already decided in
   * {@code made}.
   *
   * @param proposal the proposal screened
   * @param context the context it was screened in
   * @param rules the rules, at most 64
   * @param made the decisions already made, by rule index, null where not made; or null if none
   * @param failed the rules not made that failed, one bit per rule index
   */
  static ProposalEligibility deferred(Proposal proposal, EligibilityContext context, ImmutableList<EligibilityRule> rules,
      @Nullable Decision @Nullable [] made, long failed) {
    return new ProposalEligibility(proposal, context, rules, made, failed);
  }

  private static boolean allPassed(@Nullable Decision @Nullable [] made) {
    if (made != null) {
      for (Decision d : made) {
        if (d != null && !d.passed()) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean allPassed(List<Decision> decisions) {
    for (Decision d : decisions) {
      if (!d.passed()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the proposal.
   *
   * @return the proposal's id, not null
   */
  public ProposalId proposal() {
    return proposal;
  }

  /**
   * Returns each rule's decision, in the order the rules were applied.
   *
   * @return the decisions, not null
   */
  public ImmutableList<Decision> decisions() {
    ImmutableList<Decision> all = decisions;
    if (all == null) {
      // Two threads reading first may both make the decisions; they make equal ones.
      all = make(requireNonNull(screened), requireNonNull(context), requireNonNull(rules));
      decisions = all;
    }
    return all;
  }

  /**
   * Makes every decision: those already made as they are, the others by their rule, which decides
   * as it did when screening (it is deterministic and its inputs are immutable).
   */
  private ImmutableList<Decision> make(Proposal p, EligibilityContext c, ImmutableList<EligibilityRule> all) {
    ImmutableList.Builder<Decision> out = ImmutableList.builderWithExpectedSize(all.size());
    for (int i = 0; i < all.size(); i++) {
      Decision d = made == null ? null : made[i];
      if (d == null) {
        EligibilityRule rule = all.get(i);
        d = requireNonNull(rule.evaluate(p, c), rule.id());
        boolean failedThen = (failed & (1L << i)) != 0;
        if (d.passed() == failedThen) {
          throw new IllegalStateException("rule " + rule.id() + " " + (failedThen ? "failed" : "passed") + " proposal " + p.id()
              + " when screening but " + (failedThen ? "passes" : "fails") + " it when explaining");
        }
      }
      out.add(d);
    }
    return out.build();
  }

  /**
   * Returns whether every rule passed the proposal.
   *
   * @return true if eligible
   */
  public boolean eligible() {
    return eligible;
  }

  /**
   * Returns the failing decisions.
   *
   * @return the failures, in rule order; empty if eligible
   */
  public ImmutableList<Decision> failures() {
    if (eligible) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Decision> out = ImmutableList.builder();
    for (Decision d : decisions()) {
      if (!d.passed()) {
        out.add(d);
      }
    }
    return out.build();
  }

  /**
   * Returns every citation the decisions rest on, without repeats.
   *
   * @return the citations, not null
   */
  public ImmutableList<Citation> citations() {
    return decisions().stream().flatMap(d -> d.citations().stream()).distinct().collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the weakest confidence the outcome rests on: for an ineligible proposal, that of its
   * failures; for an eligible one, that of every decision.
   *
   * @return the weakest confidence, or empty if nothing is cited
   */
  public Optional<Confidence> weakestConfidence() {
    ImmutableList<Decision> relevant = eligible() ? decisions() : failures();
    return relevant.stream().flatMap(d -> d.citations().stream()).map(Citation::confidence).reduce(Confidence::weakest);
  }

  /** Equal when both are about the same proposal with equal decisions in the same order. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof ProposalEligibility other && proposal.equals(other.proposal) && eligible == other.eligible
        && decisions().equals(other.decisions()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(proposal, decisions());
  }

  /** Returns {@code ProposalEligibility[proposal=…, decisions=[…]]}. */
  @Override
  public String toString() {
    return "ProposalEligibility[proposal=" + proposal + ", decisions=" + decisions() + "]";
  }
}
