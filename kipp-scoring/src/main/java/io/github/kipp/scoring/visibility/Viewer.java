package io.github.kipp.scoring.visibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ProposalId;

/**
 * Who looks at a stage: the actor, as the host authenticated them, and for an entrant the proposals
 * it entered.
 *
 * @param actor the actor, not null
 * @param entries the proposals the actor entered, for the unit and institution roles; empty for others
 */
public record Viewer(Actor actor, ImmutableSortedSet<ProposalId> entries) {

  /**
   * Creates a viewer.
   *
   * @param actor the actor, not null
   * @param entries the proposals the actor entered, not null
   */
  public Viewer {
    requireNonNull(actor, "actor");
    requireNonNull(entries, "entries");
  }

  /**
   * Returns a viewer who entered nothing: an evaluator, the secretariat, the organiser.
   *
   * @param actor the actor, not null
   * @return the viewer, not null
   */
  public static Viewer of(Actor actor) {
    return new Viewer(actor, ImmutableSortedSet.of());
  }

  /**
   * Returns an entrant's viewer.
   *
   * @param actor the entrant's actor, in the unit or institution role; not null
   * @param entries the proposals it entered, not null
   * @return the viewer, not null
   */
  public static Viewer entrant(Actor actor, Iterable<ProposalId> entries) {
    return new Viewer(actor, ImmutableSortedSet.copyOf(requireNonNull(entries, "entries")));
  }
}
