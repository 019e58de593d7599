package io.github.kipp.core.rule;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.spi.Parameter;
import java.util.Optional;

/**
 * One parameter that differs between two rule modules, with its value and citation in each.
 *
 * @param key the parameter's name, not blank
 * @param before the parameter in the first module; empty if added
 * @param after the parameter in the second module; empty if removed
 */
public record ParameterChange(String key, Optional<Parameter<?>> before, Optional<Parameter<?>> after) {

  /** What happened to the parameter. */
  public enum Kind {
    /** Only the second module has it. */
    ADDED,
    /** Only the first module has it. */
    REMOVED,
    /** Both have it, with different values. */
    CHANGED,
    /** Both have the same value, cited differently. */
    RECITED
  }

  /**
   * Creates a change.
   *
   * @param key the parameter's name, not null
   * @param before the first module's parameter, not null
   * @param after the second module's parameter, not null
   * @throws IllegalArgumentException if both are empty
   */
  public ParameterChange {
    requireNonNull(key, "key");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("a change of " + key + " needs a before or an after");
    }
  }

  /**
   * Returns what happened.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    if (before.isEmpty()) {
      return Kind.ADDED;
    }
    if (after.isEmpty()) {
      return Kind.REMOVED;
    }
    return before.get().valueText().equals(after.get().valueText()) ? Kind.RECITED : Kind.CHANGED;
  }

  /** Returns {@code KIND key: before -> after} with both citations. */
  @Override
  public String toString() {
    return kind() + " " + key + ": " + before.map(Parameter::toString).orElse("-") + " -> " + after.map(Parameter::toString).orElse("-");
  }
}
