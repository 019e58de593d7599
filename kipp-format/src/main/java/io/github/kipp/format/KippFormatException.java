package io.github.kipp.format;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.KippException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Violation;
import io.github.kipp.format.internal.FormatMessages;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a JSON, YAML or CSV input cannot be read into kipp values: it is malformed, too large,
 * has an unknown field, a value of the wrong type or form, or a value the domain refuses.
 *
 * <p>Every failure of a read is reported through this one type, with the code {@value #CODE}. Each
 * {@link Violation} names the path in the document (such as {@code proposals[3].sections[1].text}),
 * the refused value and what is allowed, in Bahasa Indonesia and English; violations that the domain
 * factories report ({@link io.github.kipp.core.InvalidInputException}) are carried with their paths
 * prefixed by the path of the object that refused them. When this is thrown, nothing was read: a
 * failed read never returns part of a document.
 *
 * <p>Both Jackson lines ({@code kipp-jackson} and {@code kipp-jackson3}) report bad input with this
 * one type, so a host's handling of it does not depend on the line.
 */
public final class KippFormatException extends KippException {

  private static final long serialVersionUID = 1L;

  /** The code of every {@code KippFormatException}. */
  public static final String CODE = "kipp.json.invalid";

  private final transient String format;
  private final transient ImmutableList<Violation> violations;

  private KippFormatException(
      String format, ImmutableList<Violation> violations, LocalizedText text, @Nullable Throwable cause) {
    super(CODE, text, cause);
    this.format = format;
    this.violations = violations;
  }

  /**
   * Creates the exception.
   *
   * @param format the input's format, such as {@code JSON}, {@code YAML} or {@code CSV}; not null
   * @param violations what was wrong, each with its path in the document; not empty
   * @param cause the parser's or the domain's exception, or null
   * @return the exception, not null
   * @throws IllegalArgumentException if there is no violation
   */
  public static KippFormatException of(String format, Iterable<Violation> violations, @Nullable Throwable cause) {
    requireNonNull(format, "format");
    ImmutableList<Violation> list = ImmutableList.copyOf(violations);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("a format error needs at least one violation");
    }
    return new KippFormatException(format, list, describe(format, list), cause);
  }

  /**
   * Returns the format of the refused input.
   *
   * @return {@code JSON}, {@code YAML} or {@code CSV}; not null
   */
  public String format() {
    return format;
  }

  /**
   * Returns every problem found, in the order found. Each line's {@code KippJson} reads on past each unknown
   * field, value of the wrong type, missing field and value the domain refuses, so all of them are
   * listed, each with its path; a problem that only follows from another (a parent finding missing
   * the object that was refused) is left out. Malformed input (broken syntax, a limit passed) ends
   * the read, after the problems found before it. A host's own mapper with a line's {@code KippModule} stops
   * at the first problem.
   *
   * @return the violations, never empty
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * Returns the path of the first problem in the document, such as {@code proposals[3].sections[1].text}.
   *
   * @return the path, empty for the document as a whole
   */
  public String path() {
    return violations.get(0).path();
  }

  /**
   * Returns the refused value of the first problem, abbreviated.
   *
   * @return the value as text, empty when there is no single value
   */
  public String value() {
    return violations.get(0).invalidValue();
  }

  private static LocalizedText describe(String format, ImmutableList<Violation> violations) {
    String id =
        violations.stream()
            .map(v -> (v.path().isEmpty() ? "" : v.path() + ": ") + v.message().indonesian())
            .collect(Collectors.joining("; "));
    String en = violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    return FormatMessages.render(
        CODE, "format", format, "count", violations.size(), "detailsId", id, "detailsEn", en);
  }
}
