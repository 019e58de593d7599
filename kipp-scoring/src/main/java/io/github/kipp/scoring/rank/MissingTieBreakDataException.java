package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.KippException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.internal.ScoringMessages;

/**
 * Thrown when a declared tie-break needs a score that a tied candidate does not carry: the stage
 * score of {@code stage:evaluasi-proposal} or the criterion score of {@code criterion:signifikansi}.
 * A tie is never passed on to the next rule because a rule's data is missing, since that would
 * silently change the regulation's order of tie-breaks.
 *
 * <p>Candidates made by {@code io.github.kipp.scoring.competition.Competition} always carry the stage
 * and criterion scores of every stage scored so far; a host building {@link Candidate}s by hand must
 * supply them.
 */
public final class MissingTieBreakDataException extends KippException {

  private static final long serialVersionUID = 1L;

  /** The error code. */
  public static final String CODE = "kipp.tieBreak.missingData";

  private final transient String rule;
  private final transient ProposalId proposal;
  private final transient String missing;

  MissingTieBreakDataException(String rule, ProposalId proposal, String missing) {
    super(CODE, ScoringMessages.render(CODE, "rule", rule, "proposal", proposal, "missing", missing));
    this.rule = requireNonNull(rule, "rule");
    this.proposal = requireNonNull(proposal, "proposal");
    this.missing = requireNonNull(missing, "missing");
  }

  /**
   * Returns the tie-break rule whose data is missing, such as {@code stage:evaluasi-proposal}.
   *
   * @return the rule's id, not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the tied proposal that lacks the data.
   *
   * @return the proposal, not null
   */
  public ProposalId proposal() {
    return proposal;
  }

  /**
   * Returns what is missing, such as {@code the score of stage evaluasi-proposal}.
   *
   * @return a description in English of the missing score, not null
   */
  public String missing() {
    return missing;
  }
}
