package io.github.kipp.testkit;

import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.Decision;
import io.github.kipp.core.Reason;
import io.github.kipp.testkit.error.KippErrors;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Decision}: outcome, reasons and citations. */
public class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {

  /**
   * Creates the assertion.
   *
   * @param actual the decision
   */
  public DecisionAssert(Decision actual) {
    super(actual, DecisionAssert.class);
  }

  /**
   * Verifies that the decision passed.
   *
   * @return this assertion
   */
  public DecisionAssert passed() {
    isNotNull();
    if (!actual.passed()) {
      throwAssertionError(KippErrors.shouldPass(actual.rule() + " on " + actual.subject(), messages(actual.reasons())));
    }
    return this;
  }

  /**
   * Verifies that the decision failed.
   *
   * @return this assertion
   */
  public DecisionAssert failed() {
    isNotNull();
    if (actual.passed()) {
      throwAssertionError(KippErrors.shouldFail(actual.rule() + " on " + actual.subject()));
    }
    return this;
  }

  /**
   * Verifies that a reason has a code.
   *
   * @param code the code, such as {@code kipp.eligibility.age.fail}
   * @return this assertion
   */
  public DecisionAssert hasReason(String code) {
    isNotNull();
    List<String> codes = actual.reasons().stream().map(Reason::code).collect(Collectors.toList());
    if (!codes.contains(code)) {
      throwAssertionError(KippErrors.shouldHaveReason(actual.rule() + " on " + actual.subject(), code, codes));
    }
    return this;
  }

  /**
   * Verifies that a citation's instrument contains a text.
   *
   * @param instrument the text, such as {@code KepmenPANRB 161/2021}
   * @return this assertion
   */
  public DecisionAssert cites(String instrument) {
    isNotNull();
    checkCites(this, actual.rule() + " on " + actual.subject(), actual.citations(), instrument);
    return this;
  }

  /**
   * Verifies the weakest confidence the decision rests on.
   *
   * @param confidence the expected confidence
   * @return this assertion
   */
  public DecisionAssert restsOn(Confidence confidence) {
    isNotNull();
    if (!actual.weakestConfidence().equals(java.util.Optional.of(confidence))) {
      failWithMessage("%nExpecting %s on %s to rest on %s but its weakest confidence is %s", actual.rule(), actual.subject(), confidence,
          actual.weakestConfidence().map(Enum::name).orElse("(nothing cited)"));
    }
    return this;
  }

  static List<String> messages(List<Reason> reasons) {
    return reasons.stream().map(r -> r.code() + ": " + r.message().english()).collect(Collectors.toList());
  }

  static void checkCites(AbstractAssert<?, ?> assertion, String what, List<Citation> citations, String instrument) {
    boolean found = citations.stream().anyMatch(c -> c.instrument().contains(instrument));
    if (!found) {
      throw new AssertionError(KippErrors.shouldCite(what, instrument, citations.stream().map(Citation::instrument).distinct().collect(Collectors.toList()))
          .create(assertion.descriptionText().isEmpty() ? null : new org.assertj.core.description.TextDescription(assertion.descriptionText()),
              new org.assertj.core.presentation.StandardRepresentation()));
    }
  }
}
