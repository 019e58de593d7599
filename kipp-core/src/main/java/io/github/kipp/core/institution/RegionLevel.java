package io.github.kipp.core.institution;

/** The level of a region in Indonesia's administration. */
public enum RegionLevel {
  /** A province (<i>provinsi</i>), with a two-digit code. */
  PROVINCE,
  /** A regency (<i>kabupaten</i>), with a code {@code PP.RR}. */
  REGENCY,
  /** A city (<i>kota</i>), with a code {@code PP.RR}. */
  CITY
}
