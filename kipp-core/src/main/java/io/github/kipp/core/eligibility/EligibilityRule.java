package io.github.kipp.core.eligibility;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.innovation.Proposal;

/**
 * One eligibility rule of an edition. It decides a proposal and says why, with the citations behind
 * the decision. {@link EligibilityRules} holds the rules kipp ships.
 *
 * <p><b>Specification for implementors.</b> Implementations are immutable, thread-safe and
 * deterministic, do no I/O, and always return a {@link Decision} whose rule is {@link #id()}: a
 * failing one has at least one reason; a rule that does not apply to a proposal passes it with a
 * reason saying so.
 */
public interface EligibilityRule {

  /**
   * Returns the rule's id, such as {@code minimum-age}; the {@code rule} of its decisions.
   *
   * @return the id, not blank
   */
  String id();

  /**
   * Says what the rule requires, in both languages.
   *
   * @return the description, not null
   */
  LocalizedText description();

  /**
   * Returns the citations of the rule's parameters.
   *
   * @return the citations, not empty
   */
  ImmutableList<Citation> citations();

  /**
   * Decides a proposal.
   *
   * @param proposal the proposal, not null
   * @param context the edition, history, invitations and submitted set, not null
   * @return the decision, with reasons and citations; not null
   */
  Decision evaluate(Proposal proposal, EligibilityContext context);
}
