package io.github.kipp.core.innovation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When an innovation started to be implemented, as precisely as it is known.
 *
 * <p>The age rules of KIPP count from this date back from the registration close. A start known only
 * to the month, mid-year or year is a range of days, {@link #earliest()} to {@link #latest()}; the
 * rule module decides which end it uses ({@link #resolve(PartialDateResolution)}).
 *
 * <pre>{@code
 * ImplementationStart.ofMonth(YearMonth.of(2018, 4));  // "April 2018": 2018-04-01 .. 2018-04-30
 * ImplementationStart.midYear(Year.of(2019));          // "mid-2019":   2019-06-01 .. 2019-07-31
 * }</pre>
 */
public final class ImplementationStart implements Comparable<ImplementationStart> {

  private final LocalDate earliest;
  private final LocalDate latest;
  private final DatePrecision precision;

  private ImplementationStart(LocalDate earliest, LocalDate latest, DatePrecision precision) {
    this.earliest = earliest;
    this.latest = latest;
    this.precision = precision;
  }

  /**
   * Returns a start known to the day.
   *
   * @param date the day, not null
   * @return the start, not null
   */
  public static ImplementationStart of(LocalDate date) {
    requireNonNull(date, "date");
    return new ImplementationStart(date, date, DatePrecision.DAY);
  }

  /**
   * Returns a start known to the month.
   *
   * @param month the month, not null
   * @return the start, not null
   */
  public static ImplementationStart ofMonth(YearMonth month) {
    requireNonNull(month, "month");
    return new ImplementationStart(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
  }

  /**
   * Returns a start reported as "mid-year": 1 June to 31 July of that year.
   *
   * @param year the year, not null
   * @return the start, not null
   */
  public static ImplementationStart midYear(Year year) {
    requireNonNull(year, "year");
    return new ImplementationStart(
        year.atMonth(Month.JUNE).atDay(1), year.atMonth(Month.JULY).atEndOfMonth(), DatePrecision.MID_YEAR);
  }

  /**
   * Returns a start known only to the year.
   *
   * @param year the year, not null
   * @return the start, not null
   */
  public static ImplementationStart ofYear(Year year) {
    requireNonNull(year, "year");
    return new ImplementationStart(year.atDay(1), year.atMonth(Month.DECEMBER).atEndOfMonth(), DatePrecision.YEAR);
  }

  /**
   * Returns a start from a day and a precision, the form kipp's documents store it in: the day is
   * any day of the month, part of the year or year meant.
   *
   * @param date a day inside the period meant, not null
   * @param precision how precisely the start is known, not null
   * @return the start, not null
   */
  public static ImplementationStart of(LocalDate date, DatePrecision precision) {
    requireNonNull(date, "date");
    requireNonNull(precision, "precision");
    switch (precision) {
      case DAY:
        return of(date);
      case MONTH:
        return ofMonth(YearMonth.from(date));
      case MID_YEAR:
        return midYear(Year.from(date));
      case YEAR:
        return ofYear(Year.from(date));
    }
    throw new AssertionError(precision);
  }

  /**
   * Returns how precisely the start is known.
   *
   * @return the precision, not null
   */
  public DatePrecision precision() {
    return precision;
  }

  /**
   * Returns the earliest day the start may have been.
   *
   * @return the first day of the range, not null
   */
  public LocalDate earliest() {
    return earliest;
  }

  /**
   * Returns the latest day the start may have been.
   *
   * @return the last day of the range, not null
   */
  public LocalDate latest() {
    return latest;
  }

  /**
   * Returns the day a rule counts from.
   *
   * @param resolution which end of the range the rule uses, not null
   * @return {@link #earliest()} or {@link #latest()}, not null
   */
  public LocalDate resolve(PartialDateResolution resolution) {
    requireNonNull(resolution, "resolution");
    return resolution == PartialDateResolution.EARLIEST ? earliest : latest;
  }

  /** Orders starts by their earliest day, then their latest. */
  @Override
  public int compareTo(ImplementationStart other) {
    int byEarliest = earliest.compareTo(other.earliest);
    return byEarliest != 0 ? byEarliest : latest.compareTo(other.latest);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ImplementationStart
        && earliest.equals(((ImplementationStart) o).earliest)
        && precision == ((ImplementationStart) o).precision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(earliest, precision);
  }

  /** Returns the start as written: {@code 2018-04-01}, {@code 2018-04}, {@code mid-2019} or {@code 2019}. */
  @Override
  public String toString() {
    switch (precision) {
      case DAY:
        return earliest.toString();
      case MONTH:
        return YearMonth.from(earliest).toString();
      case MID_YEAR:
        return "mid-" + earliest.getYear();
      case YEAR:
        return Integer.toString(earliest.getYear());
    }
    throw new AssertionError(precision);
  }
}
