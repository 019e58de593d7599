package io.github.kipp.scoring.visibility;

/** One thing a {@link VisibilityPolicy} may let a role see of a scoring stage. */
public enum Disclosure {
  /** The viewer's own sheets with their scores; shows nothing to a role that does not score. */
  OWN_SHEETS,
  /** Which proposals have sheets, without their scores: what the secretariat chases. */
  SUBMISSION_STATUS,
  /** The scores of every sheet of the stage. */
  ALL_SHEETS,
  /**
   * Who wrote each sheet or submission shown; without it, sheets other than the viewer's own carry no
   * evaluator and are ordered by their scores, never by who wrote them.
   */
  EVALUATOR_NAMES,
  /** The scores of the sheets on the viewer's own entries, for an entrant. */
  OWN_ENTRY_SHEETS,
  /** Who entered each proposal; without it, a proposal is shown as a {@code BlindProposal}. */
  ENTRANT_IDENTITY
}
