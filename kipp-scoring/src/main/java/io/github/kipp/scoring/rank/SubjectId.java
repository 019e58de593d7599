package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.validation.TextPolicy;

/**
 * The id of a ranked subject that is not a proposal, such as a regional government's Kemendagri
 * code ({@code 73.22}) when Kemendagri's award ranks regions; a single line of plain text, compared
 * as text.
 *
 * @param value the id, not blank
 */
public record SubjectId(String value) implements Comparable<SubjectId> {

  /** The most characters of an id. */
  public static final int MAX_LENGTH = 64;

  /**
   * Creates an id.
   *
   * @param value the id, not null
   * @throws io.github.kipp.core.InvalidInputException if the id is blank, longer than {@value
   *     #MAX_LENGTH} characters or not a single line of plain text
   */
  public SubjectId {
    requireNonNull(value, "value");
    TextPolicy.require("subject id", "subject", value, TextPolicy.Kind.SINGLE_LINE);
    if (value.isBlank() || value.length() > MAX_LENGTH) {
      throw io.github.kipp.core.InvalidInputException.of("subject id",
          io.github.kipp.scoring.internal.ScoringMessages.violation("kipp.rank.subjectId", "subject", value, "max", MAX_LENGTH));
    }
  }

  /**
   * Returns an id.
   *
   * @param value the id, not null
   * @return the id, not null
   */
  public static SubjectId of(String value) {
    return new SubjectId(value);
  }

  @Override
  public int compareTo(SubjectId o) {
    return value.compareTo(o.value);
  }

  /** Returns the id itself. */
  @Override
  public String toString() {
    return value;
  }
}
