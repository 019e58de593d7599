package io.github.kipp.format.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Parses instants and dates as {@link Instant#parse} and {@link LocalDate#parse} do, with a fast path
 * for the forms kipp writes ({@code 2023-05-30T16:59:00Z}, {@code 2023-05-30T16:59:00.5Z},
 * {@code 2023-05-30}). A document holds one instant per score sheet, and the general parsers cost
 * about a microsecond each. Any text outside the fast path, valid or not, goes to the JDK's parser,
 * so both accept the same texts and give the same values.
 */
final class IsoTimes {

  private static final int SECONDS_PER_DAY = 86_400;
  private static final int[] NANOS_FOR_DIGITS = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  private IsoTimes() {}

  /**
   * Parses an instant like {@link Instant#parse}.
   *
   * @param text the text, not null
   * @return the instant
   * @throws DateTimeParseException if the text is not an instant
   */
  static Instant instant(String text) {
    Instant fast = canonicalInstant(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /**
   * Parses a date like {@link LocalDate#parse(CharSequence)}.
   *
   * @param text the text, not null
   * @return the date
   * @throws DateTimeParseException if the text is not a date
   */
  static LocalDate date(String text) {
    LocalDate fast = text.length() == 10 ? canonicalDate(text) : null;
    return fast != null ? fast : LocalDate.parse(text);
  }

  /** {@code uuuu-MM-ddTHH:mm:ss[.f{1,9}]Z} with fields in range, or null for anything else. */
  static @Nullable Instant canonicalInstant(String text) {
    int length = text.length();
    if (length < 20 || length > 30 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z') {
      return null;
    }
    LocalDate date = canonicalDate(text);
    int hour = twoDigits(text, 11);
    int minute = twoDigits(text, 14);
    int second = twoDigits(text, 17);
    if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      int digits = length - 21;
      if (text.charAt(19) != '.' || digits < 1) {
        return null;
      }
      for (int i = 20; i < length - 1; i++) {
        int d = digit(text.charAt(i));
        if (d < 0) {
          return null;
        }
        nanos = nanos * 10 + d;
      }
      nanos *= NANOS_FOR_DIGITS[digits];
    }
    return Instant.ofEpochSecond(date.toEpochDay() * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second, nanos);
  }

  /** {@code uuuu-MM-dd} at the start of the text (at least 10 characters), or null if it is not one. */
  static @Nullable LocalDate canonicalDate(String text) {
    if (text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int high = twoDigits(text, 0);
    int low = twoDigits(text, 2);
    int month = twoDigits(text, 5);
    int day = twoDigits(text, 8);
    if (high < 0 || low < 0 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    int year = high * 100 + low;
    if (day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static int twoDigits(String text, int at) {
    int tens = digit(text.charAt(at));
    int ones = digit(text.charAt(at + 1));
    return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
  }

  private static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }
}
