package io.github.kipp.testkit.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * One factory per kind of failure of kipp's assertions. Messages quote what was expected and what
 * was found, so that a failing test says why without a debugger.
 */
public final class KippErrors {

  private KippErrors() {}

  /**
   * A decision or screening outcome should have passed.
   *
   * @param actual the outcome, described
   * @param reasons its reasons
   * @return the factory
   */
  public static ErrorMessageFactory shouldPass(Object actual, Object reasons) {
    return new BasicErrorMessageFactory("%nExpecting%n  %s%nto pass, but it failed with:%n  %s", actual, reasons);
  }

  /**
   * A decision or screening outcome should have failed.
   *
   * @param actual the outcome, described
   * @return the factory
   */
  public static ErrorMessageFactory shouldFail(Object actual) {
    return new BasicErrorMessageFactory("%nExpecting%n  %s%nto fail, but it passed", actual);
  }

  /**
   * A decision should carry a reason code.
   *
   * @param actual the decision
   * @param code the expected code
   * @param codes the codes found
   * @return the factory
   */
  public static ErrorMessageFactory shouldHaveReason(Object actual, String code, Object codes) {
    return new BasicErrorMessageFactory("%nExpecting%n  %s%nto have a reason with code%n  %s%nbut its reason codes were%n  %s", actual, code, codes);
  }

  /**
   * An outcome should cite an instrument.
   *
   * @param actual the outcome
   * @param instrument the expected instrument text
   * @param instruments the instruments found
   * @return the factory
   */
  public static ErrorMessageFactory shouldCite(Object actual, String instrument, Object instruments) {
    return new BasicErrorMessageFactory("%nExpecting%n  %s%nto cite an instrument containing%n  %s%nbut it cites%n  %s", actual, instrument, instruments);
  }

  /**
   * A screening outcome should fail exactly some rules.
   *
   * @param proposal the proposal
   * @param expected the expected failing rules
   * @param actual the failing rules
   * @return the factory
   */
  public static ErrorMessageFactory shouldFailRules(Object proposal, Object expected, Object actual) {
    return new BasicErrorMessageFactory("%nExpecting proposal %s to fail the rules%n  %s%nbut it failed%n  %s", proposal, expected, actual);
  }

  /**
   * A ranking should have an order.
   *
   * @param expected the expected order
   * @param actual the actual order
   * @return the factory
   */
  public static ErrorMessageFactory shouldHaveOrder(Object expected, Object actual) {
    return new BasicErrorMessageFactory("%nExpecting the ranking to be%n  %s%nbut it was%n  %s", expected, actual);
  }

  /**
   * A ranked proposal should have a rank.
   *
   * @param proposal the proposal
   * @param expected the expected rank
   * @param actual the actual rank, or "not ranked"
   * @return the factory
   */
  public static ErrorMessageFactory shouldHaveRank(Object proposal, int expected, Object actual) {
    return new BasicErrorMessageFactory("%nExpecting proposal %s to have rank %s but it has %s", proposal, expected, actual);
  }

  /**
   * A tie should have been broken by a rule.
   *
   * @param proposal the proposal
   * @param expected the expected rule
   * @param actual the rule found, or "no tie-break"
   * @return the factory
   */
  public static ErrorMessageFactory shouldBeTieBrokenBy(Object proposal, String expected, Object actual) {
    return new BasicErrorMessageFactory("%nExpecting proposal %s to be placed by tie-break%n  %s%nbut it was placed by%n  %s", proposal, expected, actual);
  }

  /**
   * A shortlist should include or exclude a proposal.
   *
   * @param proposal the proposal
   * @param included whether inclusion was expected
   * @param decision the shortlist's decision on it
   * @return the factory
   */
  public static ErrorMessageFactory shouldBeShortlisted(Object proposal, boolean included, Object decision) {
    return new BasicErrorMessageFactory("%nExpecting proposal %s to be %s the shortlist, but the decision was%n  %s",
        proposal, included ? "in" : "left out of", decision);
  }

  /**
   * A quota should hold.
   *
   * @param quota the quota
   * @param count the count selected
   * @return the factory
   */
  public static ErrorMessageFactory shouldMeetQuota(Object quota, Object count) {
    return new BasicErrorMessageFactory("%nExpecting the shortlist to meet%n  %s%nbut it selected%n  %s", quota, count);
  }

  /**
   * An explanation should hold a step.
   *
   * @param step the step expected
   * @param steps the steps found
   * @return the factory
   */
  public static ErrorMessageFactory shouldHaveStep(String step, Object steps) {
    return new BasicErrorMessageFactory("%nExpecting the explanation to hold a step%n  %s%nbut its steps were%n  %s", step, steps);
  }
}
