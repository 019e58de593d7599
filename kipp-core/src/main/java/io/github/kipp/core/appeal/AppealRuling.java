package io.github.kipp.core.appeal;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Actor;
import io.github.kipp.core.Reason;
import java.time.Instant;

/**
 * The decision on an {@link Appeal}: upheld or dismissed, by whom, when, and why. {@link
 * AppealBook#decide} records it once per appeal, by a role the authorisation matrix allows ({@code
 * RecordAction.APPEAL_DECISION}), with its reason in both languages and its citations.
 *
 * @param appeal the appeal decided, not null
 * @param outcome upheld or dismissed, not null
 * @param by who decided, not null
 * @param reason why, in both languages, with its citations; not null
 * @param decidedAt when, not null
 */
public record AppealRuling(Appeal appeal, AppealOutcome outcome, Actor by, Reason reason, Instant decidedAt) {

  /**
   * Creates a ruling.
   *
   * @param appeal the appeal, not null
   * @param outcome the outcome, not null
   * @param by who decided, not null
   * @param reason the reason, not null
   * @param decidedAt when, not null
   */
  public AppealRuling {
    requireNonNull(appeal, "appeal");
    requireNonNull(outcome, "outcome");
    requireNonNull(by, "by");
    requireNonNull(reason, "reason");
    requireNonNull(decidedAt, "decidedAt");
  }

  /**
   * Returns whether the appeal was upheld.
   *
   * @return true if upheld
   */
  public boolean upheld() {
    return outcome == AppealOutcome.UPHELD;
  }

  /**
   * Returns whether this ruling restores the proposal to the competition's pool: an upheld appeal
   * against an eligibility refusal.
   *
   * @return true if the proposal is restored
   */
  public boolean restoresProposal() {
    return upheld() && appeal.decision().kind() == AppealKind.ELIGIBILITY_REFUSAL;
  }

  /** Returns {@code appeal ID OUTCOME by ACTOR: reason}. */
  @Override
  public String toString() {
    return "appeal " + appeal.id() + " " + outcome + " by " + by + ": " + reason;
  }
}
