package io.github.kipp.rules.iid.spi;

/** The part of the index an indicator belongs to. */
public enum IndicatorPart {
  /**
   * <i>Satuan Pemerintahan Daerah</i> (SPD): indicators 1–15, filled once for the regional
   * government.
   */
  SPD,
  /** <i>Satuan Inovasi Daerah</i> (SID): indicators 16–35, filled for each innovation. */
  SID
}
