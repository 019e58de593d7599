package io.github.kipp.testkit;

import io.github.kipp.core.Decision;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.shortlist.Shortlist;
import org.assertj.core.api.SoftAssertions;

/**
 * Soft assertions that collect every failure of kipp's assertions (and AssertJ's own) before
 * reporting them. Integrators may extend it with their own.
 *
 * <pre>{@code
 * KippSoftAssertions softly = new KippSoftAssertions();
 * softly.assertThat(decision).failed();
 * softly.assertThat(ranking).hasRank("p-1", 1);
 * softly.assertAll();
 * }</pre>
 */
public class KippSoftAssertions extends SoftAssertions {

  /** Creates soft assertions. */
  public KippSoftAssertions() {}

  /**
   * Starts soft assertions on a decision.
   *
   * @param actual the decision
   * @return the assertion
   */
  public DecisionAssert assertThat(Decision actual) {
    return proxy(DecisionAssert.class, Decision.class, actual);
  }

  /**
   * Starts soft assertions on a screening outcome.
   *
   * @param actual the outcome
   * @return the assertion
   */
  public ProposalEligibilityAssert assertThat(ProposalEligibility actual) {
    return proxy(ProposalEligibilityAssert.class, ProposalEligibility.class, actual);
  }

  /**
   * Starts soft assertions on a ranking.
   *
   * @param actual the ranking
   * @return the assertion
   */
  public RankingAssert assertThat(Ranking actual) {
    return proxy(RankingAssert.class, Ranking.class, actual);
  }

  /**
   * Starts soft assertions on a shortlist.
   *
   * @param actual the shortlist
   * @return the assertion
   */
  public ShortlistAssert assertThat(Shortlist actual) {
    return proxy(ShortlistAssert.class, Shortlist.class, actual);
  }

  /**
   * Starts soft assertions on an explanation.
   *
   * @param actual the explanation
   * @return the assertion
   */
  public ExplanationAssert assertThat(Explanation actual) {
    return proxy(ExplanationAssert.class, Explanation.class, actual);
  }
}
