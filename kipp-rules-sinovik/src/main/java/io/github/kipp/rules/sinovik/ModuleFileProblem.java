package io.github.kipp.rules.sinovik;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Violation;

/**
 * One problem of a refused module file: the line it is on and what is wrong there. The violation's
 * {@link Violation#path() path} is the place in the file, such as {@code
 * parameters.edition.zone.value}; its message says what is allowed, in Bahasa Indonesia and English.
 *
 * @param line the line of the file, counted from 1; 0 when the problem concerns no one place (a
 *     file that cannot be read at all)
 * @param violation what is wrong, not null
 */
public record ModuleFileProblem(int line, Violation violation) {

  /**
   * Creates a problem.
   *
   * @param line the line, 0 or more
   * @param violation what is wrong, not null
   * @throws IllegalArgumentException if the line is negative
   */
  public ModuleFileProblem {
    requireNonNull(violation, "violation");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " is negative");
    }
  }

  /**
   * Returns the path of the problem in the file.
   *
   * @return the path, empty for the file as a whole
   */
  public String path() {
    return violation.path();
  }

  /**
   * Returns the problem's code, such as {@code kipp.module.file.uncited}.
   *
   * @return the code
   */
  public String code() {
    return violation.code();
  }

  /** Returns {@code line n, path: message} in English. */
  @Override
  public String toString() {
    return "line " + line + (violation.path().isEmpty() ? "" : ", " + violation.path()) + ": " + violation.message().english();
  }
}
