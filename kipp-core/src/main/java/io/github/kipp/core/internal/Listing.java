package io.github.kipp.core.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * A message argument that lists immutable values, joined when the message is read: {@code empty}
 * for no values, otherwise their {@code toString}s separated by {@code separator}.
 *
 * @param values the values, each immutable
 * @param separator what goes between two values
 * @param empty what stands for no values
 */
public record Listing(ImmutableList<?> values, String separator, String empty) {

  /**
   * Creates a listing.
   *
   * @param values the values, each immutable
   * @param separator what goes between two values
   * @param empty what stands for no values
   */
  public Listing {
    values = ImmutableList.copyOf(requireNonNull(values, "values"));
    requireNonNull(separator, "separator");
    requireNonNull(empty, "empty");
  }

  /**
   * Lists values separated by a comma and a space, or {@code -} when there are none.
   *
   * @param values the values, each immutable
   * @return the listing
   */
  public static Listing of(Iterable<?> values) {
    return new Listing(ImmutableList.copyOf(values), ", ", "-");
  }

  /** Returns the values joined. */
  @Override
  public String toString() {
    if (values.isEmpty()) {
      return empty;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(values.get(i));
    }
    return out.toString();
  }
}
