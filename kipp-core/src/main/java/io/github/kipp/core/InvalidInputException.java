package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.internal.CoreMessages;
import java.util.stream.Collectors;

/**
 * Thrown when a value given to kipp breaks the rules for that kind of value; it carries every
 * {@link Violation} found in the value, not just the first.
 *
 * <p>When this is thrown nothing was created or changed. Its code is {@code kipp.input.invalid}; the
 * codes of the single violations say what went wrong.
 */
public final class InvalidInputException extends KippException {

  private static final long serialVersionUID = 1L;

  /** The code of every {@code InvalidInputException}. */
  public static final String CODE = "kipp.input.invalid";

  private final transient String subject;
  private final transient ImmutableList<Violation> violations;

  private InvalidInputException(String subject, ImmutableList<Violation> violations) {
    super(CODE, describe(subject, violations));
    this.subject = subject;
    this.violations = violations;
  }

  /**
   * Creates the exception for a refused value.
   *
   * @param subject what was checked, such as {@code proposal 'p-1'}; not null
   * @param violations what was wrong, not empty
   * @return the exception, not null
   * @throws IllegalArgumentException if there is no violation
   */
  public static InvalidInputException of(String subject, Iterable<Violation> violations) {
    requireNonNull(subject, "subject");
    ImmutableList<Violation> list = ImmutableList.copyOf(violations);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("an invalid-input error needs at least one violation");
    }
    return new InvalidInputException(subject, list);
  }

  /**
   * Creates the exception for one violation.
   *
   * @param subject what was checked, not null
   * @param violation what was wrong, not null
   * @return the exception, not null
   */
  public static InvalidInputException of(String subject, Violation violation) {
    return of(subject, ImmutableList.of(violation));
  }

  /**
   * Throws an {@code InvalidInputException} if any violation was found, and does nothing otherwise.
   *
   * @param subject what was checked, not null
   * @param violations the violations found, possibly empty; not null
   * @throws InvalidInputException if {@code violations} is not empty
   */
  public static void throwIfAny(String subject, java.util.Collection<Violation> violations) {
    if (!violations.isEmpty()) {
      throw of(subject, violations);
    }
  }

  /**
   * Returns what was checked, such as {@code proposal 'p-1'}.
   *
   * @return the subject, not null
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns every violation found, in the order found.
   *
   * @return the violations, never empty
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  private static LocalizedText describe(String subject, ImmutableList<Violation> violations) {
    String id =
        violations.stream()
            .map(v -> (v.path().isEmpty() ? "" : v.path() + ": ") + v.message().indonesian())
            .collect(Collectors.joining("; "));
    String en = violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    return CoreMessages.render(
        CODE, "subject", subject, "count", violations.size(), "detailsId", id, "detailsEn", en);
  }
}
