package io.github.kipp.core.audit;

/** What a {@link LogEntry} records. */
public enum EntryKind {
  /** A proposal moved from one stage to another. */
  TRANSITION,
  /** A score sheet was accepted. */
  SCORE_SHEET,
  /** An evaluator stepped back from a proposal because of a conflict of interest. */
  RECUSAL,
  /** A rule or panel reached a decision (eligibility, shortlist, override). */
  DECISION,
  /** A result set was frozen and published, such as the finalists announced for public review. */
  PUBLICATION,
  /** An objection (<i>sanggahan</i>) was filed against a published result. */
  OBJECTION,
  /** An objection was decided: upheld or rejected. */
  RULING,
  /** A published result was corrected and re-published. */
  CORRECTION,
  /** Anything else worth recording. */
  NOTE
}
