package io.github.kipp.testkit;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Decision;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.testkit.error.KippErrors;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the screening outcome of one proposal. */
public class ProposalEligibilityAssert extends AbstractAssert<ProposalEligibilityAssert, ProposalEligibility> {

  /**
   * Creates the assertion.
   *
   * @param actual the outcome
   */
  public ProposalEligibilityAssert(ProposalEligibility actual) {
    super(actual, ProposalEligibilityAssert.class);
  }

  /**
   * Verifies that every rule passed the proposal.
   *
   * @return this assertion
   */
  public ProposalEligibilityAssert isEligible() {
    isNotNull();
    if (!actual.eligible()) {
      throwAssertionError(KippErrors.shouldPass("proposal " + actual.proposal(),
          actual.failures().stream().map(d -> d.rule() + " " + DecisionAssert.messages(d.reasons())).collect(Collectors.toList())));
    }
    return this;
  }

  /**
   * Verifies that some rule failed the proposal.
   *
   * @return this assertion
   */
  public ProposalEligibilityAssert isIneligible() {
    isNotNull();
    if (actual.eligible()) {
      throwAssertionError(KippErrors.shouldFail("proposal " + actual.proposal()));
    }
    return this;
  }

  /**
   * Verifies that exactly these rules failed the proposal.
   *
   * @param rules the ids of the failing rules, such as {@code minimum-age}
   * @return this assertion
   */
  public ProposalEligibilityAssert failsExactly(String... rules) {
    isNotNull();
    Set<String> expected = ImmutableSortedSet.copyOf(rules);
    Set<String> failed = actual.failures().stream().map(Decision::rule).collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
    if (!failed.equals(expected)) {
      throwAssertionError(KippErrors.shouldFailRules(actual.proposal(), expected, failed));
    }
    return this;
  }

  /**
   * Verifies that the outcome cites an instrument.
   *
   * @param instrument the instrument's text
   * @return this assertion
   */
  public ProposalEligibilityAssert cites(String instrument) {
    isNotNull();
    DecisionAssert.checkCites(this, "proposal " + actual.proposal(), actual.citations(), instrument);
    return this;
  }
}
