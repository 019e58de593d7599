package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.KippException;
import io.github.kipp.scoring.internal.ScoringMessages;

/**
 * Thrown when a declared tie-break compares a measure that a tied {@link RankSubject} does not
 * carry: {@link MissingTieBreakDataException} for subjects that are not proposals. The tie is never
 * passed on to the next rule, since that would silently change the declared order of tie-breaks.
 */
public final class MissingMeasureException extends KippException {

  private static final long serialVersionUID = 1L;

  /** The error code. */
  public static final String CODE = "kipp.tieBreak.missingMeasure";

  private final transient String rule;
  private final transient SubjectId subject;
  private final transient String measure;

  MissingMeasureException(String rule, SubjectId subject, String measure) {
    super(CODE, ScoringMessages.render(CODE, "rule", rule, "subject", subject, "measure", measure));
    this.rule = requireNonNull(rule, "rule");
    this.subject = requireNonNull(subject, "subject");
    this.measure = requireNonNull(measure, "measure");
  }

  /**
   * Returns the tie-break rule whose measure is missing, such as {@code measure:presentation}.
   *
   * @return the rule's id, not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the tied subject that lacks the measure.
   *
   * @return the subject, not null
   */
  public SubjectId subject() {
    return subject;
  }

  /**
   * Returns the missing measure's name.
   *
   * @return the name, not null
   */
  public String measure() {
    return measure;
  }
}
