package io.github.kipp.core.meta;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The checks every kipp builder makes on its options, kept in one place so that each misuse is
 * refused the same way: an option set twice, or a required one never set, throws {@link
 * IllegalStateException} naming the builder, the option and, for a second setting, the value already
 * set (its {@code toString()}, cut to {@value #MAX_SHOWN} characters with an ellipsis):
 *
 * <pre>{@code
 * zone = BuilderChecks.setOnce(zone, value, Edition.Builder.class, "zone");
 * // IllegalStateException: Edition.Builder: zone was already set to Asia/Jakarta
 * }</pre>
 *
 * <p>Every module's builders use it, and so may the builders of a host's or a rule-module author's
 * own types. Stable API.
 */
public final class BuilderChecks {

  /** The most characters of a value already set that a message shows. */
  public static final int MAX_SHOWN = 80;

  private BuilderChecks() {}

  /**
   * Returns the value for a single-valued option after checking that the option was not set before.
   *
   * @param current the option's current value, or null if it was not set
   * @param value the new value, not null
   * @param builder the builder's class, such as {@code Edition.Builder.class}; not null
   * @param option the option's name, such as {@code zone}; not null
   * @param <T> the option's type
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null, naming the option
   * @throws IllegalStateException if {@code current} is not null: {@code Edition.Builder: zone was
   *     already set to Asia/Jakarta}
   */
  public static <T> T setOnce(@Nullable Object current, T value, Class<?> builder, String option) {
    requireNonNull(option, "option");
    requireNonNull(value, option);
    if (current != null) {
      throw new IllegalStateException(name(builder) + ": " + option + " was already set to " + shown(current));
    }
    return value;
  }

  /**
   * Returns a required option's value after checking that it was set.
   *
   * @param value the option's value, or null if it was not set
   * @param builder the builder's class, not null
   * @param option the option's name, not null
   * @param <T> the option's type
   * @return {@code value}, not null
   * @throws IllegalStateException if {@code value} is null: {@code Edition.Builder: id was not set}
   */
  public static <T> T required(@Nullable T value, Class<?> builder, String option) {
    requireNonNull(option, "option");
    if (value == null) {
      throw new IllegalStateException(name(builder) + ": " + option + " was not set");
    }
    return value;
  }

  private static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN - 1) + "\u2026";
  }

  /** Returns the class's name without its package, nested names joined by dots: {@code Edition.Builder}. */
  private static String name(Class<?> builder) {
    requireNonNull(builder, "builder");
    String packageName = builder.getPackageName();
    String name = builder.getName();
    return (packageName.isEmpty() ? name : name.substring(packageName.length() + 1)).replace('$', '.');
  }
}
