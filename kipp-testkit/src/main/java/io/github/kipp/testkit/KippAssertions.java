package io.github.kipp.testkit;

import io.github.kipp.core.Decision;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.shortlist.Shortlist;

/**
 * The entry point of kipp's AssertJ assertions.
 *
 * <pre>{@code
 * import static io.github.kipp.testkit.KippAssertions.assertThat;
 *
 * assertThat(screening.outcome(id).orElseThrow()).isIneligible().failsExactly("minimum-age").cites("KepmenPANRB 161/2021");
 * assertThat(ranking).hasOrder("b", "c", "a").hasTieBrokenBy("c", "stage:evaluasi-proposal");
 * assertThat(shortlist).includes("p-1").excludesFor("p-9", "kipp.shortlist.atMaximum").meetsEveryQuota();
 * }</pre>
 */
public final class KippAssertions {

  private KippAssertions() {}

  /**
   * Starts assertions on a decision.
   *
   * @param actual the decision
   * @return the assertion
   */
  public static DecisionAssert assertThat(Decision actual) {
    return new DecisionAssert(actual);
  }

  /**
   * Starts assertions on a screening outcome.
   *
   * @param actual the outcome
   * @return the assertion
   */
  public static ProposalEligibilityAssert assertThat(ProposalEligibility actual) {
    return new ProposalEligibilityAssert(actual);
  }

  /**
   * Starts assertions on a ranking.
   *
   * @param actual the ranking
   * @return the assertion
   */
  public static RankingAssert assertThat(Ranking actual) {
    return new RankingAssert(actual);
  }

  /**
   * Starts assertions on a shortlist.
   *
   * @param actual the shortlist
   * @return the assertion
   */
  public static ShortlistAssert assertThat(Shortlist actual) {
    return new ShortlistAssert(actual);
  }

  /**
   * Starts assertions on an explanation.
   *
   * @param actual the explanation
   * @return the assertion
   */
  public static ExplanationAssert assertThat(Explanation actual) {
    return new ExplanationAssert(actual);
  }
}
