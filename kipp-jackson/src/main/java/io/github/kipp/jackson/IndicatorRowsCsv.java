package io.github.kipp.jackson;

import io.github.kipp.format.AbstractIndicatorRowsCsv;

/**
 * The indicator rows of regional innovation index reports as CSV on the Jackson 2 line: the columns,
 * checks and errors are kipp-format's ({@link AbstractIndicatorRowsCsv}), read and written through
 * {@link KippCsv}'s tables. Instances are immutable and thread-safe.
 */
public final class IndicatorRowsCsv extends AbstractIndicatorRowsCsv {

  private static final IndicatorRowsCsv DEFAULT = new IndicatorRowsCsv();

  private IndicatorRowsCsv() {
    super(KippCsv.csv());
  }

  /**
   * Returns the facade with the default limits of {@link KippJson}.
   *
   * @return the facade, not null
   */
  public static IndicatorRowsCsv csv() {
    return DEFAULT;
  }
}
