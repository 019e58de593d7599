package io.github.kipp.format.internal;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Identifier;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.format.KippFormatException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The problems of a failed read as kipp reports them, the same for both Jackson lines: each line
 * finds in its own exception what went wrong and where, and makes the violation here.
 */
public final class ReadFailures {

  private ReadFailures() {}

  /**
   * The problem of an unknown field.
   *
   * @param path the field's path
   * @param name the field's name
   * @param known the names the object has, possibly null
   * @return the violation
   */
  public static Violation unknownField(String path, String name, @Nullable Collection<?> known) {
    return FormatMessages.violation("kipp.json.unknownField", path, name, "allowed", allowed(known));
  }

  /**
   * Lists the names a deserializer knows, sorted, for the message of an unknown field.
   *
   * @param known the names, possibly null
   * @return the names, comma separated, or {@code -}
   */
  public static String allowed(@Nullable Collection<?> known) {
    return known == null ? "-" : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  /**
   * The problem of a value of the wrong type or form.
   *
   * @param path the value's path
   * @param value the value as written
   * @param target the type expected there, possibly null
   * @return the violation
   */
  public static Violation wrongType(String path, String value, @Nullable Class<?> target) {
    if (target != null && target.isEnum()) {
      @SuppressWarnings("unchecked")
      Class<? extends Enum<?>> e = (Class<? extends Enum<?>>) target;
      return FormatMessages.violation("kipp.json.notAllowed", path, value, "allowed", Wire.names(e));
    }
    Expected expected = expected(target);
    return FormatMessages.violation("kipp.json.wrongType", path, value, "expectedEn", expected.english(), "expectedId", expected.indonesian());
  }

  private static Expected expected(@Nullable Class<?> target) {
    if (target == null) {
      return Expected.OBJECT;
    }
    if (CharSequence.class.isAssignableFrom(target) || Identifier.class.isAssignableFrom(target) || target == SdgTarget.class) {
      return Expected.TEXT;
    }
    if (target == Integer.class || target == int.class || target == Long.class || target == long.class || target == Short.class || target == short.class) {
      return Expected.INTEGER;
    }
    if (target == BigDecimal.class || Number.class.isAssignableFrom(target)) {
      return Expected.NUMBER;
    }
    if (target == Boolean.class || target == boolean.class) {
      return Expected.BOOLEAN;
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return Expected.LIST;
    }
    return Expected.OBJECT;
  }

  /**
   * The problems a kipp exception carries, under the path of the object that refused them.
   *
   * @param kipp the exception
   * @param path the path of the object
   * @return the violations
   */
  public static List<Violation> nested(KippException kipp, String path) {
    if (kipp instanceof InvalidInputException invalid) {
      return invalid.violations().stream().map(v -> v.under(path)).collect(ImmutableList.toImmutableList());
    }
    if (kipp instanceof KippFormatException format) {
      return format.violations().stream().map(v -> v.under(path)).collect(ImmutableList.toImmutableList());
    }
    return List.of(new Violation(kipp.errorCode(), path, "", kipp.text()));
  }

  /**
   * The problem of a limit passed (a string, number, name, nesting or document too large).
   *
   * @param detail the parser's message
   * @return the violation
   */
  public static Violation limit(String detail) {
    return FormatMessages.violation(
        "kipp.json.tooLarge", "", "", "detail", detail, "allowedEn", "see the limits of KippJson", "allowedId", "lihat batas KippJson");
  }

  /**
   * The problem of an input longer than the limit, found before it is parsed.
   *
   * @param length the input's length, in characters
   * @param max the limit
   * @return the violation
   */
  public static Violation tooLong(int length, int max) {
    return FormatMessages.violation(
        "kipp.json.tooLarge", "", "", "detail", length + " characters",
        "allowedEn", "at most " + max + " characters", "allowedId", "paling banyak " + max + " karakter");
  }

  /**
   * The problem of malformed input.
   *
   * @param format the input's format
   * @param line the line, or null if unknown
   * @param column the column, or null if unknown
   * @param detail the parser's message
   * @return the violation
   */
  public static Violation malformed(String format, @Nullable Integer line, @Nullable Integer column, String detail) {
    return FormatMessages.violation(
        "kipp.json.malformed", "", "", "format", format, "line", line == null ? "?" : line, "column", column == null ? "?" : column,
        "detail", detail);
  }

  /**
   * The problem of content after the document.
   *
   * @param line the line, or null if unknown
   * @param column the column, or null if unknown
   * @return the violation
   */
  public static Violation trailing(@Nullable Integer line, @Nullable Integer column) {
    return FormatMessages.violation("kipp.json.trailing", "", "", "line", line == null ? "?" : line, "column", column == null ? "?" : column);
  }

  /**
   * The problem of a value refused for another reason.
   *
   * @param path the value's path
   * @param detail what refused it
   * @return the violation
   */
  public static Violation refused(String path, String detail) {
    return FormatMessages.violation("kipp.json.refused", path, "", "detail", detail);
  }

  /**
   * The problem of a document that is null.
   *
   * @return the violation
   */
  public static Violation noDocument() {
    return FormatMessages.violation("kipp.json.missing", "", "null", "expectedEn", "a document", "expectedId", "dokumen");
  }

  /**
   * Finds an exception of a type among a failure and its causes.
   *
   * @param failure the failure
   * @param type the type
   * @param <T> the type
   * @return the exception, or null
   */
  public static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 32; depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      t = t.getCause();
    }
    return null;
  }
}
