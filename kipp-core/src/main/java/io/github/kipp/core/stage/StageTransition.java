package io.github.kipp.core.stage;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import java.time.Instant;
import java.util.Optional;

/**
 * One recorded move of a proposal from one stage to another: who made it, when, why, and under
 * which rule.
 *
 * @param from the stage left, not null
 * @param to the stage entered, not null
 * @param actor who made the move, not null
 * @param at when, not null
 * @param reasons the reasons given, possibly empty
 * @param tier the award tier, for a move into an awarded stage
 * @param basis the citation of the rule that allowed the move, not null
 */
public record StageTransition(
    StageId from,
    StageId to,
    Actor actor,
    Instant at,
    ImmutableList<Reason> reasons,
    Optional<TierId> tier,
    Citation basis) {

  /**
   * Creates a transition record.
   *
   * @param from the stage left, not null
   * @param to the stage entered, not null
   * @param actor who made the move, not null
   * @param at when, not null
   * @param reasons the reasons given, possibly empty
   * @param tier the award tier, for a move into an awarded stage
   * @param basis the citation of the rule that allowed the move, not null
   */
  public StageTransition {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    reasons = ImmutableList.copyOf(requireNonNull(reasons, "reasons"));
    requireNonNull(tier, "tier");
    requireNonNull(basis, "basis");
  }

  /**
   * Returns the citations of the move: the rule's, then those of each reason.
   *
   * @return the citations without repeats, not null
   */
  public ImmutableList<Citation> citations() {
    ImmutableList.Builder<Citation> all = ImmutableList.<Citation>builder().add(basis);
    reasons.forEach(r -> all.addAll(r.citations()));
    return all.build().stream().distinct().collect(ImmutableList.toImmutableList());
  }

  /** Returns {@code from -> to by actor at instant}. */
  @Override
  public String toString() {
    return from + " -> " + to + " by " + actor + " at " + at + tier.map(t -> " (" + t + ")").orElse("");
  }
}
