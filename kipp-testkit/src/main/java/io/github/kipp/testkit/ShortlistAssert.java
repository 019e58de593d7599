package io.github.kipp.testkit;

import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.shortlist.QuotaCount;
import io.github.kipp.scoring.shortlist.Shortlist;
import io.github.kipp.testkit.error.KippErrors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Shortlist}: membership, reasons and quotas. */
public class ShortlistAssert extends AbstractAssert<ShortlistAssert, Shortlist> {

  /**
   * Creates the assertion.
   *
   * @param actual the shortlist
   */
  public ShortlistAssert(Shortlist actual) {
    super(actual, ShortlistAssert.class);
  }

  /**
   * Verifies that proposals are included.
   *
   * @param proposals their ids
   * @return this assertion
   */
  public ShortlistAssert includes(String... proposals) {
    isNotNull();
    for (String p : proposals) {
      if (!actual.isIncluded(ProposalId.of(p))) {
        throwAssertionError(KippErrors.shouldBeShortlisted(p, true, actual.decision(ProposalId.of(p)).map(Object::toString).orElse("not ranked")));
      }
    }
    return this;
  }

  /**
   * Verifies that proposals are left out.
   *
   * @param proposals their ids
   * @return this assertion
   */
  public ShortlistAssert excludes(String... proposals) {
    isNotNull();
    for (String p : proposals) {
      if (actual.isIncluded(ProposalId.of(p))) {
        throwAssertionError(KippErrors.shouldBeShortlisted(p, false, actual.decision(ProposalId.of(p)).map(Object::toString).orElse("")));
      }
    }
    return this;
  }

  /**
   * Verifies that a proposal was left out for a reason.
   *
   * @param proposal its id
   * @param code the reason's code
   * @return this assertion
   */
  public ShortlistAssert excludesFor(String proposal, String code) {
    excludes(proposal);
    actual.decision(ProposalId.of(proposal)).ifPresent(d -> new DecisionAssert(d).hasReason(code));
    return this;
  }

  /**
   * Verifies that every quota holds.
   *
   * @return this assertion
   */
  public ShortlistAssert meetsEveryQuota() {
    isNotNull();
    for (QuotaCount c : actual.quotaCounts()) {
      if (!c.holds()) {
        throwAssertionError(KippErrors.shouldMeetQuota(c.quota(), c));
      }
    }
    return this;
  }
}
