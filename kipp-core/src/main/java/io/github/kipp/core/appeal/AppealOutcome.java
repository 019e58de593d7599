package io.github.kipp.core.appeal;

/** How an {@link Appeal} was decided (<i>banding diterima</i> or <i>ditolak</i>). */
public enum AppealOutcome {
  /** The appeal succeeds: the decision appealed is overturned. */
  UPHELD,
  /** The appeal fails: the decision appealed stands and nothing changes. */
  DISMISSED
}
