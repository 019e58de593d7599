package io.github.kipp.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * A value of a scenario file as read by either Jackson line, without that line's types: a mapping, a
 * list or a scalar. {@link Node} reads scenario values from it, so the test kit's checks of a
 * scenario are the same whichever Jackson a host has.
 */
public sealed interface YamlValue {

  /**
   * A mapping, its entries in file order.
   *
   * @param entries the entries
   */
  record Mapping(ImmutableMap<String, YamlValue> entries) implements YamlValue {}

  /**
   * A list.
   *
   * @param items the items
   */
  record Sequence(ImmutableList<YamlValue> items) implements YamlValue {}

  /**
   * A scalar: its kind and its text as the YAML reader gives it (a number in its canonical form,
   * {@code true} or {@code false}, {@code null}).
   *
   * @param kind the kind
   * @param text the text
   * @param fitsInt whether a whole number fits an {@code int}
   * @param fitsLong whether a whole number fits a {@code long}
   */
  record Scalar(Kind kind, String text, boolean fitsInt, boolean fitsLong) implements YamlValue {

    /**
     * Makes a scalar that is not a whole number.
     *
     * @param kind the kind
     * @param text the text
     * @return the scalar
     */
    public static Scalar of(Kind kind, String text) {
      return new Scalar(kind, text, false, false);
    }
  }

  /** The kinds of scalar the YAML readers tell apart. */
  enum Kind {
    /** An explicit null ({@code null}, {@code ~} or nothing). */
    NULL,
    /** A boolean. */
    BOOLEAN,
    /** A whole number. */
    INTEGER,
    /** A number with a fraction or an exponent. */
    FLOAT,
    /** Text. */
    TEXT,
    /** Anything else a reader makes of a scalar, such as binary data. */
    OTHER
  }
}
