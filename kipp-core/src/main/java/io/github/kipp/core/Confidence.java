package io.github.kipp.core;

/**
 * How sure kipp is of a regulation parameter, from the strongest to the weakest.
 *
 * <p>The tags follow the domain specification: a value read in the instrument is {@link #REGULATION};
 * one from a press release or news report is {@link #REPORTED}; one derived from other facts is
 * {@link #INFERRED}; and a value that no source gives is {@link #UNKNOWN}, which always comes with a
 * documented default. Every {@link Decision} can say the weakest confidence it rests on, so a report
 * can show which results depend on defaults.
 */
public enum Confidence {
  /**
   * Read in the text of the legal instrument, or in an official ministry document that reproduces
   * it (<i>peraturan</i>).
   */
  REGULATION,
  /** Seen in a ministry press release, national or regional news, an FAQ or a summary. */
  REPORTED,
  /** Derived from other facts; the citation's note states the derivation. */
  INFERRED,
  /** Not found in any source; the value is a documented default that a host may configure. */
  UNKNOWN;

  /**
   * Returns the weaker of this confidence and another.
   *
   * @param other the other confidence, not null
   * @return whichever of the two is weaker, not null
   */
  public Confidence weakest(Confidence other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Returns whether this confidence is weaker than another.
   *
   * @param other the other confidence, not null
   * @return true if this one is weaker
   */
  public boolean isWeakerThan(Confidence other) {
    return compareTo(other) > 0;
  }
}
