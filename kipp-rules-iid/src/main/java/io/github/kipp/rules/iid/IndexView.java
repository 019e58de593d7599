package io.github.kipp.rules.iid;

/** Which index is computed from a report: the region's own claim, or the one after verification. */
public enum IndexView {
  /** The self-assessment: every row with evidence scores its claimed level. */
  CLAIMED,
  /** After the evidence checks: a row scores its level only when its evidence is verified. */
  VERIFIED
}
