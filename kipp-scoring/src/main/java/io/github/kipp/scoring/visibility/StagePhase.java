package io.github.kipp.scoring.visibility;

/**
 * Where a scoring stage stands for visibility: open for sheets, frozen, or with its result
 * published. A stage only moves forward.
 */
public enum StagePhase {
  /** Evaluators are submitting sheets; the score book is open. */
  OPEN,
  /** The score book is frozen ({@code ScoreBook.freeze}); the result is not yet published. */
  FROZEN,
  /** The stage's result was published in the decision log ({@code DecisionLog.recordPublication}). */
  PUBLISHED
}
