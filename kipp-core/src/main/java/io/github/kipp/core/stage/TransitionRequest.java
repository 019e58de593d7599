package io.github.kipp.core.stage;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A request to move a proposal to a stage, made by an actor at an instant, with reasons and, for an
 * award, a tier. {@link StageMachine#apply(ProposalStatus, TransitionRequest,
 * io.github.kipp.core.edition.Schedule)} grants or refuses it.
 *
 * @param to the stage requested, not null
 * @param actor who asks, not null
 * @param at when, not null
 * @param reasons the reasons given, possibly empty
 * @param tier the award tier, if the move awards one
 */
public record TransitionRequest(
    StageId to, Actor actor, Instant at, ImmutableList<Reason> reasons, Optional<TierId> tier) {

  /**
   * Creates a request.
   *
   * @param to the stage requested, not null
   * @param actor who asks, not null
   * @param at when, not null
   * @param reasons the reasons given, possibly empty
   * @param tier the award tier, if the move awards one
   */
  public TransitionRequest {
    requireNonNull(to, "to");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    reasons = ImmutableList.copyOf(requireNonNull(reasons, "reasons"));
    requireNonNull(tier, "tier");
  }

  /**
   * Returns a request without reasons or tier, timed by a clock.
   *
   * @param to the stage requested, not null
   * @param actor who asks, not null
   * @param clock the clock that says when, not null
   * @return the request, not null
   */
  public static TransitionRequest of(StageId to, Actor actor, Clock clock) {
    return new TransitionRequest(to, actor, clock.instant(), ImmutableList.of(), Optional.empty());
  }

  /**
   * Returns a request without reasons or tier, at an instant.
   *
   * @param to the stage requested, not null
   * @param actor who asks, not null
   * @param at when, not null
   * @return the request, not null
   */
  public static TransitionRequest of(StageId to, Actor actor, Instant at) {
    return new TransitionRequest(to, actor, at, ImmutableList.of(), Optional.empty());
  }

  /**
   * Returns a copy with reasons added.
   *
   * @param more the reasons, not null
   * @return the new request, not null
   */
  public TransitionRequest withReasons(Reason... more) {
    return new TransitionRequest(
        to, actor, at, ImmutableList.<Reason>builder().addAll(reasons).add(more).build(), tier);
  }

  /**
   * Returns a copy that names an award tier.
   *
   * @param value the tier, not null
   * @return the new request, not null
   */
  public TransitionRequest withTier(TierId value) {
    return new TransitionRequest(to, actor, at, reasons, Optional.of(value));
  }
}
