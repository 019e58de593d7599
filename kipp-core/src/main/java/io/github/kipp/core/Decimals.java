package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.internal.CoreMessages;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The bounds on the decimal numbers kipp accepts (weights, scales, scores, pass marks, confidence
 * levels), and the checks that enforce them.
 *
 * <p>A decimal is accepted with at most {@value #MAX_INTEGER_DIGITS} digits before the decimal
 * point and at most {@value #MAX_DECIMALS} after it. Competition numbers are far smaller; the bounds
 * keep a hostile value such as {@code 1E-2147483647} from reaching arithmetic or formatting that
 * would take unbounded time or memory. kipp-jackson reads numbers within the same bounds.
 */
public final class Decimals {

  /** The most digits before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 40;

  /** The most digits after the decimal point, trailing zeros included. */
  public static final int MAX_DECIMALS = 20;

  private Decimals() {}

  /**
   * Checks a decimal against the bounds.
   *
   * @param field the path of the value, for the message; not null
   * @param value the value, not null
   * @return a violation with code {@code kipp.number.precision} if the value is out of bounds,
   *     otherwise empty
   */
  public static Optional<Violation> check(String field, BigDecimal value) {
    requireNonNull(field, "field");
    if (!isWithinBounds(value)) {
      return Optional.of(CoreMessages.violation("kipp.number.precision", field, value, "digits", MAX_INTEGER_DIGITS, "decimals", MAX_DECIMALS));
    }
    return Optional.empty();
  }

  /**
   * Returns whether a decimal is within the bounds.
   *
   * @param value the value, not null
   * @return true if it has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and
   *     {@value #MAX_DECIMALS} after it
   */
  public static boolean isWithinBounds(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    return value.scale() <= MAX_DECIMALS && integerDigits <= MAX_INTEGER_DIGITS;
  }

  /**
   * Returns a decimal if it is within the bounds.
   *
   * @param subject what is being made, for the message; not null
   * @param field the path of the value; not null
   * @param value the value, not null
   * @return {@code value}
   * @throws InvalidInputException if the value is out of bounds
   */
  public static BigDecimal require(String subject, String field, BigDecimal value) {
    Optional<Violation> v = check(field, value);
    if (v.isPresent()) {
      throw InvalidInputException.of(subject, v.get());
    }
    return value;
  }

  /**
   * Reads a decimal written in plain or scientific notation, such as {@code 0.35} or {@code 72.50},
   * and checks it against the bounds.
   *
   * @param subject what is being made, for the message; not null
   * @param field the path of the value; not null
   * @param text the text, not null
   * @return the decimal, with the scale written
   * @throws InvalidInputException if the text is not a decimal number or is out of bounds
   */
  public static BigDecimal parse(String subject, String field, String text) {
    requireNonNull(subject, "subject");
    requireNonNull(text, "text");
    if (text.length() > MAX_INTEGER_DIGITS + MAX_DECIMALS + 16) {
      throw InvalidInputException.of(subject, CoreMessages.violation("kipp.number.notDecimal", field, text));
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(subject, CoreMessages.violation("kipp.number.notDecimal", field, text));
    }
    return require(subject, field, value);
  }
}
