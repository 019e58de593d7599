package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;

/**
 * A record that a tie-break rule placed a subject after the subject above it, with which it had the
 * same score: {@link BrokenTie} for subjects that are not proposals.
 *
 * @param rule the id of the rule that separated them, such as {@code measure:presentation}
 * @param description what the rule does, in both languages
 * @param citation where the rule comes from
 * @param above the subject placed just above, with the same score
 * @param tiedWith every subject that had the same score, in ranking order
 */
public record SubjectTie(String rule, LocalizedText description, Citation citation, SubjectId above, ImmutableList<SubjectId> tiedWith) {

  /**
   * Creates a record.
   *
   * @param rule the rule's id, not null
   * @param description the description, not null
   * @param citation the citation, not null
   * @param above the subject above, not null
   * @param tiedWith the tied subjects, not null
   */
  public SubjectTie {
    requireNonNull(rule, "rule");
    requireNonNull(description, "description");
    requireNonNull(citation, "citation");
    requireNonNull(above, "above");
    tiedWith = ImmutableList.copyOf(requireNonNull(tiedWith, "tiedWith"));
  }
}
