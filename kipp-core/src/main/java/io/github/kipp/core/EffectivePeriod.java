package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.internal.CoreMessages;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The dates on which a rule set is in force: from a first day, inclusive, until a day, exclusive,
 * or open-ended.
 *
 * <p>Regulation validity is a matter of calendar dates, so this is a range of {@link LocalDate}s,
 * written {@code [from, until)}.
 */
public final class EffectivePeriod {

  private final LocalDate from;
  private final @Nullable LocalDate until;

  private EffectivePeriod(LocalDate from, @Nullable LocalDate until) {
    this.from = from;
    this.until = until;
  }

  /**
   * Returns the period {@code [from, until)}.
   *
   * @param from the first day in force, not null
   * @param until the first day no longer in force, not null
   * @return the period, not null
   * @throws InvalidInputException if {@code until} is not after {@code from}
   */
  public static EffectivePeriod of(LocalDate from, LocalDate until) {
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    if (!until.isAfter(from)) {
      throw InvalidInputException.of(
          "effective period",
          CoreMessages.violation("kipp.period.empty", "until", until, "from", from));
    }
    return new EffectivePeriod(from, until);
  }

  /**
   * Returns the open-ended period starting on a day.
   *
   * @param from the first day in force, not null
   * @return the period, not null
   */
  public static EffectivePeriod from(LocalDate from) {
    return new EffectivePeriod(requireNonNull(from, "from"), null);
  }

  /**
   * Returns the period that covers one calendar year.
   *
   * @param year the year, 1 to 9999
   * @return {@code [year-01-01, year+1-01-01)}, not null
   * @throws InvalidInputException if the year is outside 1 to 9999
   */
  public static EffectivePeriod ofYear(int year) {
    if (year < 1 || year > 9999) {
      throw InvalidInputException.of("effective period", CoreMessages.violation("kipp.period.year", "year", year));
    }
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /**
   * Returns the first day in force.
   *
   * @return the first day, not null
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Returns the first day no longer in force.
   *
   * @return the end, exclusive; empty if the period is open-ended
   */
  public Optional<LocalDate> until() {
    return Optional.ofNullable(until);
  }

  /**
   * Returns whether a day lies in this period.
   *
   * @param date the day, not null
   * @return true if {@code from <= date < until}
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(from) && (until == null || date.isBefore(until));
  }

  /**
   * Returns whether this period and another share at least one day.
   *
   * @param other the other period, not null
   * @return true if they overlap
   */
  public boolean overlaps(EffectivePeriod other) {
    requireNonNull(other, "other");
    boolean thisStartsBeforeOtherEnds = other.until == null || from.isBefore(other.until);
    boolean otherStartsBeforeThisEnds = until == null || other.from.isBefore(until);
    return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EffectivePeriod
        && from.equals(((EffectivePeriod) o).from)
        && Objects.equals(until, ((EffectivePeriod) o).until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, until);
  }

  /** Returns {@code [from, until)}, with {@code ∞} for an open end. */
  @Override
  public String toString() {
    return "[" + from + ", " + (until == null ? "∞" : until.toString()) + ")";
  }
}
