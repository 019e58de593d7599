package io.github.kipp.rules.sinovik.internal;

import io.github.kipp.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Makes a domain value from values read from a file, turning the domain's refusal ({@link
 * InvalidInputException}) into problems of the file at the node the value was read from.
 */
final class Checked {

  /** Makes a value; may refuse it. */
  @FunctionalInterface
  interface Maker<T> {
    /**
     * Makes the value.
     *
     * @return the value, not null
     * @throws InvalidInputException if the domain refuses it
     */
    T make();
  }

  private Checked() {}

  /**
   * Makes a value, or records why the domain refused it.
   *
   * @param at the node the value was read from; its path and line go with each problem
   * @param v the readers, whose problems receive the refusal
   * @param maker makes the value
   * @param <T> the value's type
   * @return the value, or null when it was refused
   */
  static <T> @Nullable T of(FileNode at, FileValues v, Maker<T> maker) {
    try {
      return maker.make();
    } catch (InvalidInputException e) {
      v.problems().add(at, e);
      return null;
    }
  }
}
