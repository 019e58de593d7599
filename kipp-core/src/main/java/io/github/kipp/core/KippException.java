package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception kipp throws for a value or an action that the rules refuse.
 *
 * <p>A {@code KippException} has a stable {@link #errorCode() error code} (listed in {@code docs/errors.md}) and
 * a message in Bahasa Indonesia and English, so a host can show it to a person as it is. Programmer
 * errors are not {@code KippException}s: a {@code null} argument throws {@link
 * NullPointerException} naming the parameter, and misuse of a builder throws {@link
 * IllegalStateException}.
 *
 * <p>A regulation outcome, such as an ineligible proposal, is never an exception: it is a {@link
 * Decision}.
 */
public abstract class KippException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient String code;
  private final transient LocalizedText text;

  /**
   * Creates an exception.
   *
   * @param code the stable error code, not null
   * @param text the message in both languages, not null
   * @param cause the cause, or null
   */
  protected KippException(String code, LocalizedText text, @Nullable Throwable cause) {
    super(requireNonNull(text, "text").english(), cause);
    this.code = requireNonNull(code, "code");
    this.text = text;
  }

  /**
   * Creates an exception without a cause.
   *
   * @param code the stable error code, not null
   * @param text the message in both languages, not null
   */
  protected KippException(String code, LocalizedText text) {
    this(code, text, null);
  }

  /**
   * Returns the stable code of this error, such as {@code kipp.input.invalid}.
   *
   * @return the code, not null
   */
  public final String errorCode() {
    return code;
  }

  /**
   * Returns the message in Bahasa Indonesia and English.
   *
   * @return the message, not null
   */
  public final LocalizedText text() {
    return text;
  }

  /**
   * Returns the message in a reader's language.
   *
   * @param locale the reader's locale, not null
   * @return the message in Bahasa Indonesia for {@code id}, in English otherwise; not null
   */
  public final String message(Locale locale) {
    return text.in(locale);
  }
}
