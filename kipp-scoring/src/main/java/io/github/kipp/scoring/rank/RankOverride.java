package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Actor;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.time.Instant;

/**
 * A panel decision that departs from the score order, recorded with its reason and actor: national
 * finalists and winners are decided by the independent panel in plenary (<i>sidang pleno</i>), and
 * kipp records such a departure instead of editing scores. {@link Ranking#withOverride} accepts it
 * only from the roles of {@link io.github.kipp.core.RecordAction#RANK_OVERRIDE}: the independent panel
 * and the organiser.
 *
 * @param proposal the proposal moved, not null
 * @param toPosition the position it is moved to, 1-based
 * @param reason why, with its citations; not null
 * @param actor who decided, such as the independent panel's chair, acting as the independent panel or
 *     the organiser; not null
 * @param at when, not null
 */
public record RankOverride(ProposalId proposal, int toPosition, Reason reason, Actor actor, Instant at) {

  /**
   * Creates an override.
   *
   * @param proposal the proposal moved, not null
   * @param toPosition the new position, at least 1
   * @param reason the reason, not null
   * @param actor who decided, not null
   * @param at when, not null
   * @throws InvalidInputException if the position is below 1
   */
  public RankOverride {
    requireNonNull(proposal, "proposal");
    requireNonNull(reason, "reason");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    if (toPosition < 1) {
      throw InvalidInputException.of("rank override", ScoringMessages.violation("kipp.override.position", "toPosition", toPosition));
    }
  }
}
