package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.internal.Texts;
import java.util.Optional;

/**
 * One reason behind a {@link Decision}: a stable code, a message in both languages, and the
 * citations of the rule and parameters it rests on.
 *
 * @param code a stable code for the kind of reason, such as {@code eligibility.age.tooYoung}; not
 *     blank
 * @param message what the reason says, in both languages
 * @param citations the rules and parameters the reason rests on, possibly empty when it rests on a
 *     host's own policy
 */
public record Reason(String code, LocalizedText message, ImmutableList<Citation> citations) {

  /**
   * Creates a reason.
   *
   * @param code a stable code for the kind of reason, such as {@code eligibility.age.tooYoung}; not blank
   * @param message what the reason says, in both languages
   * @param citations the rules and parameters the reason rests on, possibly empty when it rests on a host's own policy
   * @throws IllegalArgumentException if the code is blank
   * @throws InvalidInputException if the code is not a single line of plain text
   */
  public Reason {
    requireNonNull(code, "code");
    requireNonNull(message, "message");
    citations = ImmutableList.copyOf(requireNonNull(citations, "citations"));
    if (code.isBlank()) {
      throw new IllegalArgumentException("a reason needs a code");
    }
    Texts.requireLine("reason", "code", code);
  }

  /**
   * Creates a reason.
   *
   * @param code the reason's code, not blank
   * @param message the message in both languages, not null
   * @param citations the citations it rests on
   * @return the reason, not null
   */
  public static Reason of(String code, LocalizedText message, Citation... citations) {
    return new Reason(code, message, ImmutableList.copyOf(citations));
  }

  /**
   * Creates a reason.
   *
   * @param code the reason's code, not blank
   * @param message the message in both languages, not null
   * @param citations the citations it rests on, not null
   * @return the reason, not null
   */
  public static Reason of(String code, LocalizedText message, Iterable<Citation> citations) {
    return new Reason(code, message, ImmutableList.copyOf(citations));
  }

  /**
   * Returns the weakest confidence among this reason's citations.
   *
   * @return the weakest confidence, or empty if the reason cites nothing
   */
  public Optional<Confidence> weakestConfidence() {
    return citations.stream().map(Citation::confidence).reduce(Confidence::weakest);
  }

  /** Returns {@code code: english message}. */
  @Override
  public String toString() {
    return code + ": " + message.english();
  }
}
