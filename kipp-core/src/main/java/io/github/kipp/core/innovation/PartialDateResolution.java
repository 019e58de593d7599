package io.github.kipp.core.innovation;

/**
 * How a rule reads a start date known only to the month, mid-year or year: the rule module declares
 * which one it uses, and cites it (the instruments are silent, so it is a documented default).
 */
public enum PartialDateResolution {
  /** The earliest day the start may have been, the reading most favourable to the innovation's age. */
  EARLIEST,
  /** The latest day the start may have been: the innovation must be old enough on any reading. */
  LATEST
}
