package io.github.kipp.rules.iid.spi;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.rules.iid.internal.IidMessages;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of an indicator row as the catalogue prints it: {@code 1} to {@code 35}, split rows
 * with a letter ({@code 5a}, {@code 5b}).
 *
 * @param value the number and optional letter, such as {@code 16} or {@code 13b}
 */
public record IndicatorId(String value) implements Comparable<IndicatorId> {

  private static final Pattern FORM = Pattern.compile("([1-9][0-9]?)([a-z]?)");

  /**
   * Creates an id, checking its form.
   *
   * @param value the id, not null
   * @throws InvalidInputException ({@code kipp.iid.indicatorId}) if the value is not a number of one
   *     or two digits, optionally followed by one lower-case letter
   */
  public IndicatorId {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw InvalidInputException.of("indicator id", IidMessages.violation("kipp.iid.indicatorId", "indicator", value, "pattern", FORM));
    }
  }

  /**
   * Returns the id with a value.
   *
   * @param value the id, such as {@code 5a}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value is malformed
   */
  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }

  /**
   * Returns the indicator's number without its letter.
   *
   * @return the number, 1 to 99
   */
  public int number() {
    Matcher m = FORM.matcher(value);
    if (!m.matches()) {
      throw new IllegalStateException("checked in the constructor");
    }
    return Integer.parseInt(m.group(1));
  }

  /** Orders by number, then letter. */
  @Override
  public int compareTo(IndicatorId other) {
    int byNumber = Integer.compare(number(), other.number());
    return byNumber != 0 ? byNumber : value.compareTo(other.value);
  }

  /** Returns the value. */
  @Override
  public String toString() {
    return value;
  }
}
