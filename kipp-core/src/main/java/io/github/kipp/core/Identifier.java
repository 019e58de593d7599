package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.internal.CoreMessages;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The base of kipp's typed identifiers, such as {@link ProposalId} and {@link InnovationId}.
 *
 * <p>Identifiers are supplied by the host (a database key, a SINOVIK number, a slug); kipp only
 * requires that they match {@link #PATTERN}: 1 to 128 letters, digits, {@code . _ : -}, starting
 * with a letter or digit. Two identifiers are equal when they have the same type and value; they
 * sort by value.
 *
 * @param <T> the concrete identifier type
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {

  /** What every identifier value must match. */
  public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  /** The longest value {@link #PATTERN} allows. */
  private static final int MAX_LENGTH = 128;

  private final String value;

  /**
   * Creates an identifier after checking its value against {@link #PATTERN}.
   *
   * @param kind what is identified, such as {@code proposal id}, for the error message
   * @param value the value, not null
   * @throws InvalidInputException if the value does not match
   */
  protected Identifier(String kind, String value) {
    requireNonNull(value, kind);
    if (!matchesPattern(value)) {
      throw invalid(kind, value, PATTERN);
    }
    this.value = value;
  }

  /**
   * Creates an identifier after checking its value against a pattern of the subclass.
   *
   * @param kind what is identified, for the error message
   * @param value the value, not null
   * @param pattern what the value must match, not null
   * @throws InvalidInputException if the value does not match
   */
  protected Identifier(String kind, String value, Pattern pattern) {
    requireNonNull(value, kind);
    if (!pattern.matcher(value).matches()) {
      throw invalid(kind, value, pattern);
    }
    this.value = value;
  }

  private static InvalidInputException invalid(String kind, String value, Pattern pattern) {
    return InvalidInputException.of(
        kind,
        CoreMessages.violation("kipp.id.invalid", "", value, "kind", kind, "pattern", pattern));
  }

  /**
   * Tells whether a value matches {@link #PATTERN}, without a regex engine: identifiers are checked
   * on every value read, so this check is on the hot path of reading documents.
   *
   * @param value the value, not null
   * @return whether {@code PATTERN.matcher(value).matches()}
   */
  static boolean matchesPattern(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH || !isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Za-z0-9]}: ASCII only, unlike {@link Character#isLetterOrDigit(char)}. */
  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns the identifier's value.
   *
   * @return the value, not null
   */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    // A read makes each identifier of a document once, so equal ones are often the same instance.
    return other == this ? 0 : value.compareTo(((Identifier<?>) other).value);
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return o == this || (o != null && o.getClass() == getClass() && value.equals(((Identifier<?>) o).value));
  }

  @Override
  public final int hashCode() {
    // The class's name is kept by the class; its simple name is looked up on every call.
    return value.hashCode() * 31 + getClass().getName().hashCode();
  }

  /** Returns the value. */
  @Override
  public final String toString() {
    return value;
  }
}
