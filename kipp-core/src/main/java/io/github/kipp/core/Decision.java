package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An outcome that a rule reached about a subject, with its reasons and the citations behind them.
 *
 * <p>Every regulation outcome in kipp is a decision, never an exception: a proposal that is too
 * young, a proposal left out of a shortlist by a quota, a tie broken by a draw. A {@link Outcome#FAIL
 * failing} decision always has at least one reason. {@link #weakestConfidence()} says whether the
 * decision rests on reported, inferred or unknown values.
 *
 * @param subject what the decision is about, such as {@code proposal p-17}; not blank
 * @param rule the rule that decided, such as {@code eligibility.minimum-age}; not blank
 * @param outcome pass or fail, not null
 * @param reasons the reasons, in order, not null
 */
public record Decision(String subject, String rule, Outcome outcome, ImmutableList<Reason> reasons) {

  /** Whether a rule let the subject through. */
  public enum Outcome {
    /** The subject meets the rule (eligible, included, passed). */
    PASS,
    /** The subject does not meet the rule (ineligible, excluded, failed). */
    FAIL
  }

  /**
   * Creates a decision.
   *
   * @param subject what the decision is about, such as {@code proposal p-17}; not blank
   * @param rule the rule that decided, such as {@code eligibility.minimum-age}; not blank
   * @param outcome pass or fail, not null
   * @param reasons the reasons, in order, not null
   * @throws IllegalArgumentException if subject or rule are blank, or a failing decision has no
   *     reason
   * @throws InvalidInputException if the subject or rule is not a single line of plain text
   */
  public Decision {
    requireNonNull(subject, "subject");
    requireNonNull(rule, "rule");
    requireNonNull(outcome, "outcome");
    reasons = ImmutableList.copyOf(requireNonNull(reasons, "reasons"));
    if (subject.isBlank() || rule.isBlank()) {
      throw new IllegalArgumentException("a decision needs a subject and a rule");
    }
    if (!Texts.allows(subject, false) || !Texts.allows(rule, false)) {
      List<Violation> violations = new ArrayList<>(2);
      Texts.line(violations, "subject", subject);
      Texts.line(violations, "rule", rule);
      throw InvalidInputException.of("decision", violations);
    }
    if (outcome == Outcome.FAIL && reasons.isEmpty()) {
      throw new IllegalArgumentException(
          "a failing decision of rule '" + rule + "' on " + subject + " needs at least one reason");
    }
  }

  /**
   * Returns a passing decision.
   *
   * @param subject what the decision is about, not blank
   * @param rule the rule that decided, not blank
   * @param reasons why it passed, possibly none
   * @return the decision, not null
   */
  public static Decision pass(String subject, String rule, Reason... reasons) {
    return new Decision(subject, rule, Outcome.PASS, ImmutableList.copyOf(reasons));
  }

  /**
   * Returns a failing decision.
   *
   * @param subject what the decision is about, not blank
   * @param rule the rule that decided, not blank
   * @param reason the first reason, not null
   * @param more further reasons
   * @return the decision, not null
   */
  public static Decision fail(String subject, String rule, Reason reason, Reason... more) {
    return new Decision(subject, rule, Outcome.FAIL, ImmutableList.<Reason>builder().add(reason).add(more).build());
  }

  /**
   * Returns whether the subject passed.
   *
   * @return true if the outcome is {@link Outcome#PASS}
   */
  public boolean passed() {
    return outcome == Outcome.PASS;
  }

  /**
   * Returns every citation of every reason, in order, without repeats.
   *
   * @return the citations, not null
   */
  public ImmutableList<Citation> citations() {
    return reasons.stream()
        .flatMap(r -> r.citations().stream())
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the weakest confidence among the citations of all reasons.
   *
   * @return the weakest confidence, or empty if no reason cites anything
   */
  public Optional<Confidence> weakestConfidence() {
    return citations().stream().map(Citation::confidence).reduce(Confidence::weakest);
  }

  /** Returns {@code rule on subject: PASS|FAIL (reasons)}. */
  @Override
  public String toString() {
    return rule
        + " on "
        + subject
        + ": "
        + outcome
        + (reasons.isEmpty()
            ? ""
            : reasons.stream().map(Reason::toString).collect(Collectors.joining("; ", " (", ")")));
  }
}
