package io.github.kipp.jackson3;

import io.github.kipp.format.AbstractIndicatorRowsCsv;

/**
 * The Jackson 3 line's CSV of the indicator rows of regional innovation index reports, through
 * {@link KippCsv}'s tables: kipp-format's {@link AbstractIndicatorRowsCsv}, so that it writes what
 * the Jackson 2 line writes, byte for byte, and refuses the same rows.
 */
public final class IndicatorRowsCsv extends AbstractIndicatorRowsCsv {

  /**
   * The facade, under {@link KippJson}'s default limits.
   *
   * @return the facade, not null
   */
  public static IndicatorRowsCsv csv() {
    return DEFAULT;
  }

  private static final IndicatorRowsCsv DEFAULT = new IndicatorRowsCsv();

  private IndicatorRowsCsv() {
    super(KippCsv.csv());
  }
}
