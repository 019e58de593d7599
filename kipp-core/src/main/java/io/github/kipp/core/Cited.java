package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

/**
 * A value together with the citation it comes from: the form every regulation parameter takes.
 *
 * @param value the value, not null
 * @param citation where it comes from, not null
 * @param <T> the value's type
 */
public record Cited<T>(T value, Citation citation) {

  /**
   * Creates a cited value.
   *
   * @param value the value, not null
   * @param citation where it comes from, not null
   */
  public Cited {
    requireNonNull(value, "value");
    requireNonNull(citation, "citation");
  }

  /**
   * Returns a cited value.
   *
   * @param value the value, not null
   * @param citation where it comes from, not null
   * @param <T> the value's type
   * @return the cited value, not null
   */
  public static <T> Cited<T> of(T value, Citation citation) {
    return new Cited<>(value, citation);
  }

  /** Returns {@code value [citation]}. */
  @Override
  public String toString() {
    return value + " [" + citation + "]";
  }
}
