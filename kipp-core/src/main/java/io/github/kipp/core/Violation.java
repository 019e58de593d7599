package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

/**
 * One reason why a value given to kipp was refused: which field, what value, and a message in
 * Bahasa Indonesia and English that says what is allowed.
 *
 * <p>Violations are collected, never thrown one by one: an {@link InvalidInputException} carries
 * every violation found in one object. The {@link #code() code} is the message key; {@code
 * docs/errors.md} lists every code kipp produces.
 *
 * @param code the message key that identifies the kind of violation, such as {@code
 *     kipp.section.tooLong}; not blank
 * @param path the field path inside the object checked, such as {@code sections[2].text}; empty for
 *     the object as a whole
 * @param invalidValue the refused value as text, abbreviated to {@value #MAX_VALUE_LENGTH}
 *     characters; empty when there is no single value
 * @param message what was wrong and what is allowed, in both languages
 */
public record Violation(String code, String path, String invalidValue, LocalizedText message) {

  /** The longest invalid value kept, in characters; longer values are abbreviated. */
  public static final int MAX_VALUE_LENGTH = 80;

  /**
   * Creates a violation.
   *
   * @param code the message key, not blank
   * @param path the field path, not null
   * @param invalidValue the refused value as text, not null; abbreviated when too long
   * @param message the bilingual message, not null
   * @throws IllegalArgumentException if the code is blank
   */
  public Violation {
    requireNonNull(code, "code");
    requireNonNull(path, "path");
    requireNonNull(invalidValue, "invalidValue");
    requireNonNull(message, "message");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a violation needs a code");
    }
    invalidValue = abbreviate(invalidValue);
  }

  /**
   * Abbreviates a value to at most {@value #MAX_VALUE_LENGTH} characters, marking the cut with an
   * ellipsis; the cut never splits a surrogate pair.
   *
   * @param value the value as text, not null
   * @return the value, abbreviated when it is too long
   */
  public static String abbreviate(String value) {
    if (value.length() <= MAX_VALUE_LENGTH) {
      return value;
    }
    int cut = MAX_VALUE_LENGTH - 1;
    // Never split a surrogate pair: the cut would leave half a character.
    if (Character.isHighSurrogate(value.charAt(cut - 1)) && Character.isLowSurrogate(value.charAt(cut))) {
      cut--;
    }
    return value.substring(0, cut) + "…";
  }

  /**
   * Returns a copy of this violation whose path is nested under a parent path.
   *
   * @param parent the parent path, such as {@code innovation}; not null
   * @return the nested violation, not null
   */
  public Violation under(String parent) {
    requireNonNull(parent, "parent");
    if (parent.isEmpty()) {
      return this;
    }
    String nested = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
    return new Violation(code, nested, invalidValue, message);
  }

  /** Returns {@code path: english message}. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + ": ") + message.english();
  }
}
