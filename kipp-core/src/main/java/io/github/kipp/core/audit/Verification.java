package io.github.kipp.core.audit;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.LocalizedText;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The outcome of checking a {@link DecisionLog}: valid, or the first bad entry and what is wrong
 * with it.
 *
 * @param firstBad the sequence number of the first bad entry (or the length plus one when the log
 *     ends early); empty if the log is valid
 * @param problem what is wrong, in both languages; empty if the log is valid
 */
public record Verification(OptionalLong firstBad, Optional<LocalizedText> problem) {

  /**
   * Creates an outcome.
   *
   * @param firstBad the first bad entry, not null
   * @param problem the problem, present exactly when {@code firstBad} is
   * @throws IllegalArgumentException if only one of the two is present
   */
  public Verification {
    requireNonNull(firstBad, "firstBad");
    requireNonNull(problem, "problem");
    if (firstBad.isPresent() != problem.isPresent()) {
      throw new IllegalArgumentException("a failed verification names both the entry and the problem");
    }
  }

  /**
   * Returns whether the log is intact.
   *
   * @return true if no entry was changed, removed, inserted or reordered
   */
  public boolean valid() {
    return firstBad.isEmpty();
  }

  /** Returns {@code valid} or {@code entry #n: problem}. */
  @Override
  public String toString() {
    return valid() ? "valid" : "entry #" + firstBad.getAsLong() + ": " + problem.orElseThrow().english();
  }
}
