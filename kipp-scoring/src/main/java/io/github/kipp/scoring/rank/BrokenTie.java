package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.validation.TextPolicy;

/**
 * A record that a tie-break rule placed an entry after the entry above it, with which it had the
 * same score.
 *
 * @param rule the id of the rule that separated them, such as {@code criterion:signifikansi}
 * @param description what the rule does, in both languages
 * @param citation where the rule comes from
 * @param above the entry placed just above, with the same score
 * @param tiedWith every proposal that had the same score, in ranking order
 */
public record BrokenTie(String rule, LocalizedText description, Citation citation, ProposalId above, ImmutableList<ProposalId> tiedWith) {

  /**
   * Creates a record.
   *
   * @param rule the rule's id, not null
   * @param description the description, not null
   * @param citation the citation, not null
   * @param above the entry above, not null
   * @param tiedWith the tied proposals, not null
   * @throws io.github.kipp.core.InvalidInputException if the rule's id is not a single line of plain
   *     text
   */
  public BrokenTie {
    requireNonNull(rule, "rule");
    requireNonNull(description, "description");
    requireNonNull(citation, "citation");
    requireNonNull(above, "above");
    tiedWith = ImmutableList.copyOf(requireNonNull(tiedWith, "tiedWith"));
    TextPolicy.require("broken tie", "rule", rule, TextPolicy.Kind.SINGLE_LINE);
  }
}
