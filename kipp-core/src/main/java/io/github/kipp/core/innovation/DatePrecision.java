package io.github.kipp.core.innovation;

/**
 * How precisely a start of implementation is known. Sources give the day ("22 February 2022"), the
 * month ("April 2018"), a part of the year ("mid-2019") or only the year.
 */
public enum DatePrecision {
  /** The day is known. */
  DAY,
  /** The month is known: the start lies between its first and last day. */
  MONTH,
  /**
   * "Mid-year" (<i>pertengahan tahun</i>): kipp reads it as the middle two months, 1 June to 31 July.
   */
  MID_YEAR,
  /** Only the year is known: the start lies between 1 January and 31 December. */
  YEAR
}
