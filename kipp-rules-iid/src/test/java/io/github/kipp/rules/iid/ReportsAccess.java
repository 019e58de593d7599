package io.github.kipp.rules.iid;

/** The hand-computed reports of this package's tests, for the tests of the award's package. */
public final class ReportsAccess {

  private ReportsAccess() {}

  /**
   * Returns Luwu Utara's hand-computed 2026 report.
   *
   * @return the report
   */
  public static RegionalReport handComputed2026() {
    return Reports.handComputed2026();
  }
}
