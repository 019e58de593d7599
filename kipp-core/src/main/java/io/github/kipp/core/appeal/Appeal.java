package io.github.kipp.core.appeal;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Actor;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.internal.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An entrant's appeal (<i>banding</i>) against a decision about its proposal: who appeals, the
 * decision appealed, the grounds and when it was filed. {@link AppealBook#file} accepts it only from
 * the entrant concerned, within the {@link AppealWindow}, once per decision.
 *
 * @param id the appeal's id, not null
 * @param appellant who appeals: the proposal's unit acting as {@code UNIT} or its institution acting
 *     as {@code INSTITUTION_ADMIN} (see {@link AppealedDecision#isEntrant}); not null
 * @param decision the decision appealed, not null
 * @param grounds why the entrant appeals, plain text of one or more lines, at most {@value
 *     #MAX_GROUNDS} characters; not blank
 * @param filedAt when the appeal was filed, not null
 */
public record Appeal(AppealId id, Actor appellant, AppealedDecision decision, String grounds, Instant filedAt) {

  /** The longest grounds, in characters. */
  public static final int MAX_GROUNDS = 10_000;

  /**
   * Creates an appeal.
   *
   * @param id the id, not null
   * @param appellant who appeals, not null
   * @param decision the decision appealed, not null
   * @param grounds the grounds, not blank
   * @param filedAt when, not null
   * @throws InvalidInputException if the grounds are blank ({@code kipp.text.blank}), too long
   *     ({@code kipp.text.tooLong}) or not plain text
   */
  public Appeal {
    requireNonNull(id, "id");
    requireNonNull(appellant, "appellant");
    requireNonNull(decision, "decision");
    requireNonNull(grounds, "grounds");
    requireNonNull(filedAt, "filedAt");
    List<Violation> violations = new ArrayList<>(0);
    if (grounds.isBlank()) {
      violations.add(CoreMessages.violation("kipp.text.blank", "grounds", grounds));
    } else if (grounds.length() > MAX_GROUNDS) {
      violations.add(CoreMessages.violation("kipp.text.tooLong", "grounds", grounds, "max", MAX_GROUNDS));
    } else {
      Texts.prose(violations, "grounds", grounds);
    }
    InvalidInputException.throwIfAny("appeal " + id, violations);
  }

  /**
   * Returns an appeal.
   *
   * @param id the appeal's id, not null
   * @param appellant who appeals, not null
   * @param decision the decision appealed, not null
   * @param grounds the grounds, not blank
   * @param filedAt when, not null
   * @return the appeal, not null
   * @throws InvalidInputException if the id or the grounds are refused
   */
  public static Appeal of(String id, Actor appellant, AppealedDecision decision, String grounds, Instant filedAt) {
    return new Appeal(AppealId.of(id), appellant, decision, grounds, filedAt);
  }

  /** Returns {@code appeal ID by ACTOR against REFERENCE}. */
  @Override
  public String toString() {
    return "appeal " + id + " by " + appellant + " against " + decision.reference();
  }
}
