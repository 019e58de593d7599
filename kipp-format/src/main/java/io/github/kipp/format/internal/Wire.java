package io.github.kipp.format.internal;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Helpers that turn wire values into domain values, failing with an {@link InvalidInputException}
 * whose violation names the field, the value and what is allowed.
 */
public final class Wire {

  /** The most digits a number may have. */
  public static final int MAX_DIGITS = 40;

  /** The most decimal places a number may have, and the largest power of ten. */
  public static final int MAX_SCALE = 20;

  private static final String SUBJECT = "document";

  private Wire() {}

  /**
   * Fails with one violation.
   *
   * @param violation the violation
   * @return never returns
   */
  public static InvalidInputException fail(Violation violation) {
    return InvalidInputException.of(SUBJECT, violation);
  }

  /**
   * Reads every field of a wire record before the record is made, so that the problems of all its
   * fields are reported at once: fails with every problem found, or returns, and the record's fields
   * are then read again one by one (each read is cheap and gives the same value).
   *
   * @param reads the reads of the fields, each failing with an {@link InvalidInputException}
   * @throws InvalidInputException with the problems of every field that failed
   */
  public static void checkFields(Runnable... reads) {
    List<Violation> found = new ArrayList<>();
    for (Runnable read : reads) {
      try {
        read.run();
      } catch (InvalidInputException e) {
        found.addAll(e.violations());
      }
    }
    if (!found.isEmpty()) {
      throw InvalidInputException.of(SUBJECT, found);
    }
  }

  /**
   * Reads the fields of a wire record once each, collecting the problems of all of them, as {@link
   * #checkFields} does without reading each field a second time: {@link #read} returns a field's
   * value or null if it was refused, and {@link #check} then fails with every problem found, in the
   * order of the reads. After {@code check()} returns, every value read is not null.
   */
  public static final class Fields {
    private @Nullable List<Violation> found;

    /**
     * Reads one field.
     *
     * @param read the read, failing with an {@link InvalidInputException}
     * @param <T> the type
     * @return the value, or null if the read failed
     */
    public <T> @Nullable T read(Supplier<T> read) {
      try {
        return read.get();
      } catch (InvalidInputException e) {
        if (found == null) {
          found = new ArrayList<>();
        }
        found.addAll(e.violations());
        return null;
      }
    }

    /**
     * Fails with the problems of every field read so far, if any.
     *
     * @throws InvalidInputException with those problems
     */
    public void check() {
      if (found != null) {
        throw InvalidInputException.of(SUBJECT, found);
      }
    }
  }

  /**
   * Returns a required value.
   *
   * @param value the value, possibly null
   * @param field the field's name
   * @param expected what it must be
   * @param <T> the type
   * @return the value
   * @throws InvalidInputException if the value is null
   */
  public static <T> T required(@Nullable T value, String field, Expected expected) {
    if (value == null) {
      throw fail(FormatMessages.violation("kipp.json.missing", field, "", "expectedEn", expected.english(), "expectedId", expected.indonesian()));
    }
    return value;
  }

  /**
   * Parses a required text with a domain factory, nesting the factory's violations under the field.
   *
   * @param text the text, possibly null
   * @param field the field's name
   * @param parser the factory
   * @param <T> the type
   * @return the value
   * @throws InvalidInputException if the text is missing or refused
   */
  public static <T> T parse(@Nullable String text, String field, Function<String, T> parser) {
    String value = required(text, field, Expected.ID);
    return nested(field, () -> parser.apply(value));
  }

  /**
   * Parses a text like {@link #parse(String, String, Function)}, naming the field only if the text is
   * refused: for the keys and elements of large maps and lists, whose paths would otherwise be built
   * for every value.
   *
   * @param text the text, possibly null
   * @param field the field's name, built on failure only
   * @param parser the factory, which must not depend on anything but the text
   * @param <T> the type
   * @return the value
   * @throws InvalidInputException if the text is missing or refused
   */
  public static <T> T parse(@Nullable String text, Supplier<String> field, Function<String, T> parser) {
    if (text != null) {
      try {
        return parser.apply(text);
      } catch (InvalidInputException | IllegalArgumentException e) {
        // Parse again to fail as parse(String, String, Function) does, under the field's name.
      }
    }
    return parse(text, field.get(), parser);
  }

  /**
   * Parses an optional text with a domain factory.
   *
   * @param text the text, possibly null
   * @param field the field's name
   * @param parser the factory
   * @param <T> the type
   * @return the value, or null if the text is null
   */
  public static <T> @Nullable T parseOptional(@Nullable String text, String field, Function<String, T> parser) {
    return text == null ? null : nested(field, () -> parser.apply(text));
  }

  /**
   * Runs a domain factory, nesting its violations under a field and turning its refusals by
   * {@link IllegalArgumentException} into violations.
   *
   * @param field the field's name, empty for the object itself
   * @param factory the factory
   * @param <T> the type
   * @return the value
   * @throws InvalidInputException if the factory refuses
   */
  public static <T> T nested(String field, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidInputException e) {
      if (field.isEmpty()) {
        throw e;
      }
      throw InvalidInputException.of(e.subject(), e.violations().stream().map(v -> v.under(field)).collect(ImmutableList.toImmutableList()));
    } catch (IllegalArgumentException e) {
      throw fail(FormatMessages.violation("kipp.json.refused", field, "", "detail", String.valueOf(e.getMessage())));
    }
  }

  /**
   * Runs a domain factory like {@link #nested(String, Supplier)}, renaming the fields of its
   * violations first (a CSV column may carry another name than the domain's field).
   *
   * @param field the field's name
   * @param names the domain's field names and their names here
   * @param factory the factory
   * @param <T> the type
   * @return the value
   * @throws InvalidInputException if the factory refuses
   */
  public static <T> T renamed(String field, Map<String, String> names, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(e.subject(), e.violations().stream()
          .map(v -> new Violation(v.code(), names.getOrDefault(v.path(), v.path()), v.invalidValue(), v.message()).under(field))
          .collect(ImmutableList.toImmutableList()));
    }
  }

  /**
   * Parses an enum constant by name.
   *
   * @param text the name, possibly null
   * @param field the field's name
   * @param type the enum
   * @param <E> the enum type
   * @return the constant
   * @throws InvalidInputException if the name is missing or not a constant
   */
  public static <E extends Enum<E>> E enumValue(@Nullable String text, String field, Class<E> type) {
    String value = required(text, field, Expected.TEXT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    throw fail(FormatMessages.violation("kipp.json.notAllowed", field, value, "allowed", names(type)));
  }

  /**
   * Returns the names of an enum's constants, joined.
   *
   * @param type the enum
   * @return the names, comma separated
   */
  public static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * Returns a list, empty for null, refusing null elements.
   *
   * @param values the list, possibly null
   * @param field the field's name
   * @param <T> the element type
   * @return the list
   * @throws InvalidInputException if an element is null
   */
  public static <T> List<T> list(@Nullable List<T> values, String field) {
    if (values == null) {
      return List.of();
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw fail(FormatMessages.violation("kipp.json.null", field + "[" + i + "]", "null", "expectedEn", Expected.OBJECT.english(), "expectedId", Expected.OBJECT.indonesian()));
      }
    }
    return values;
  }

  /**
   * Returns a map, empty for null, refusing null values.
   *
   * @param values the map, possibly null
   * @param field the field's name
   * @param <V> the value type
   * @return the map
   * @throws InvalidInputException if a value is null
   */
  public static <V> Map<String, V> map(@Nullable Map<String, V> values, String field) {
    if (values == null) {
      return Map.of();
    }
    for (Map.Entry<String, V> e : values.entrySet()) {
      if (e.getValue() == null) {
        throw fail(FormatMessages.violation("kipp.json.null", field.isEmpty() ? e.getKey() : field + "." + e.getKey(), "null", "expectedEn", Expected.OBJECT.english(), "expectedId", Expected.OBJECT.indonesian()));
      }
    }
    return values;
  }

  /**
   * Parses each text of a list with a domain factory.
   *
   * @param texts the texts, possibly null
   * @param field the field's name
   * @param parser the factory
   * @param <T> the type
   * @return the values, in order
   * @throws InvalidInputException if a text is refused
   */
  public static <T> ImmutableList<T> parseAll(@Nullable List<String> texts, String field, Function<String, T> parser) {
    List<String> list = list(texts, field);
    List<T> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      int at = i;
      out.add(parse(list.get(i), () -> field + "[" + at + "]", parser));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns a boolean, false when absent.
   *
   * @param value the value, possibly null
   * @return the value, or false
   */
  public static boolean flag(@Nullable Boolean value) {
    return value != null && value;
  }

  /**
   * Parses an instant written as ISO-8601 in UTC.
   *
   * @param text the text, possibly null
   * @param field the field's name
   * @return the instant
   * @throws InvalidInputException if missing or malformed
   */
  public static Instant instant(@Nullable String text, String field) {
    return time(text, field, Expected.INSTANT, IsoTimes::instant);
  }

  /**
   * Parses a calendar date.
   *
   * @param text the text, possibly null
   * @param field the field's name
   * @return the date
   * @throws InvalidInputException if missing or malformed
   */
  public static LocalDate date(@Nullable String text, String field) {
    return time(text, field, Expected.DATE, IsoTimes::date);
  }

  /**
   * Parses a zoned date-time written with {@link DateTimeFormatter#ISO_ZONED_DATE_TIME}.
   *
   * @param text the text, possibly null
   * @param field the field's name
   * @return the date-time
   * @throws InvalidInputException if missing or malformed
   */
  public static ZonedDateTime zoned(@Nullable String text, String field) {
    return time(text, field, Expected.ZONED, t -> ZonedDateTime.parse(t, DateTimeFormatter.ISO_ZONED_DATE_TIME));
  }

  /**
   * Writes a zoned date-time with its offset and zone id.
   *
   * @param value the date-time
   * @return the text
   */
  public static String zoned(ZonedDateTime value) {
    return DateTimeFormatter.ISO_ZONED_DATE_TIME.format(value);
  }

  /**
   * Parses a duration written as ISO-8601.
   *
   * @param text the text, possibly null
   * @param field the field's name
   * @return the duration
   * @throws InvalidInputException if missing or malformed
   */
  public static Duration duration(@Nullable String text, String field) {
    return time(text, field, Expected.DURATION, Duration::parse);
  }

  /**
   * Parses a time-zone id.
   *
   * @param text the text, possibly null
   * @param field the field's name
   * @return the zone
   * @throws InvalidInputException if missing or unknown
   */
  public static ZoneId zone(@Nullable String text, String field) {
    return time(text, field, Expected.ZONE, ZoneId::of);
  }

  /**
   * Parses a link.
   *
   * @param text the text, possibly null
   * @param field the field's name
   * @return the link
   * @throws InvalidInputException if missing or not a URI
   */
  public static URI link(@Nullable String text, String field) {
    String value = required(text, field, Expected.LINK);
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw fail(FormatMessages.violation("kipp.json.time", field, value, "expectedEn", Expected.LINK.english(), "expectedId", Expected.LINK.indonesian()));
    }
  }

  private static <T> T time(@Nullable String text, String field, Expected expected, Function<String, T> parser) {
    String value = required(text, field, expected);
    try {
      return parser.apply(value);
    } catch (DateTimeException e) {
      throw fail(FormatMessages.violation("kipp.json.time", field, value, "expectedEn", expected.english(), "expectedId", expected.indonesian()));
    }
  }

  /**
   * Checks that a number is within the limits of the format, so that no value with a huge exponent
   * reaches arithmetic.
   *
   * @param value the number
   * @param field the field's name
   * @return the number
   * @throws InvalidInputException if it has too many digits or decimal places
   */
  public static BigDecimal checked(BigDecimal value, String field) {
    if (value.precision() > MAX_DIGITS || value.scale() > MAX_SCALE || value.scale() < -MAX_SCALE) {
      throw fail(FormatMessages.violation("kipp.json.numberRange", field, value.toString(), "digits", MAX_DIGITS, "scale", MAX_SCALE));
    }
    return value;
  }
}
