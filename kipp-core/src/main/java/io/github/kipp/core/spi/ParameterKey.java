package io.github.kipp.core.spi;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.internal.CoreMessages;
import com.google.common.reflect.TypeToken;
import java.util.regex.Pattern;

/**
 * The typed name of a rule-module parameter, such as {@code eligibility.minimumAge.umum} holding a
 * {@link java.time.Period}. Modules declare their keys as constants; values are looked up by key, not
 * by a magic string. Generic value types are named with a Guava {@link TypeToken}:
 *
 * <pre>{@code
 * ParameterKey<ImmutableList<Category>> CATEGORIES =
 *     ParameterKey.of("edition.categories", new TypeToken<ImmutableList<Category>>() {});
 * }</pre>
 *
 * @param name the dotted name, such as {@code eligibility.minimumAge.umum}; not null
 * @param type the value's type, not null
 * @param <T> the value's type
 */
public record ParameterKey<T>(String name, TypeToken<T> type) implements Comparable<ParameterKey<?>> {

  /** Dotted segments of letters, digits and hyphens, each starting with a letter or digit. */
  public static final Pattern FORM = Pattern.compile("[a-z][A-Za-z0-9-]*(\\.[A-Za-z0-9][A-Za-z0-9-]*){0,8}");

  /**
   * Creates a key.
   *
   * @param name the dotted name, not null
   * @param type the value's type, not null
   * @throws InvalidInputException if the name is not of the form {@link #FORM}
   */
  public ParameterKey {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    if (!FORM.matcher(name).matches()) {
      throw InvalidInputException.of("parameter key", CoreMessages.violation("kipp.parameter.key", "name", name, "pattern", FORM));
    }
  }

  /**
   * Returns a key.
   *
   * @param name the dotted name, not null
   * @param type the value's type, not null
   * @param <T> the value's type
   * @return the key, not null
   */
  public static <T> ParameterKey<T> of(String name, Class<T> type) {
    return new ParameterKey<>(name, TypeToken.of(type));
  }

  /**
   * Returns a key whose value type is generic.
   *
   * @param name the dotted name, not null
   * @param type the value's type, not null
   * @param <T> the value's type
   * @return the key, not null
   */
  public static <T> ParameterKey<T> of(String name, TypeToken<T> type) {
    return new ParameterKey<>(name, type);
  }

  /**
   * Returns whether a value may be stored under this key: an instance of the key's raw type.
   *
   * @param value the value, not null
   * @return true if it fits
   */
  public boolean accepts(Object value) {
    return type.getRawType().isInstance(value);
  }

  /** Orders keys by name. */
  @Override
  public int compareTo(ParameterKey<?> other) {
    return name.compareTo(other.name);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
