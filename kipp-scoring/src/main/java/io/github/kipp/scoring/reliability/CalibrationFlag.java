package io.github.kipp.scoring.reliability;

import io.github.kipp.core.meta.Beta;

/**
 * Why an evaluator stands out from the panel on the proposals it shares with other evaluators. Each
 * flag has a declared threshold in {@link ReliabilityOptions}; a flag informs the committee and
 * changes no score.
 */
@Beta
public enum CalibrationFlag {
  /** Scores higher than the other evaluators of the same proposals by more than the offset threshold. */
  LENIENT,
  /** Scores lower than the other evaluators of the same proposals by more than the offset threshold. */
  SEVERE,
  /** Departs from the other evaluators, around its own offset, by more than the spread threshold. */
  INCONSISTENT
}
