package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

/**
 * Someone who acts in a competition: an id supplied by the host and the {@link Role} they act in.
 *
 * <p>kipp needs no personal data about actors: the host keeps names and accounts, and passes the id
 * and role with every action so that it is recorded and authorised.
 *
 * @param id the actor's id, not null
 * @param role the role the actor acts in, not null
 */
public record Actor(ActorId id, Role role) {

  /**
   * Creates an actor.
   *
   * @param id the actor's id, not null
   * @param role the role the actor acts in, not null
   */
  public Actor {
    requireNonNull(id, "id");
    requireNonNull(role, "role");
  }

  /**
   * Returns an actor.
   *
   * @param id the actor's id, not null
   * @param role the role, not null
   * @return the actor, not null
   */
  public static Actor of(String id, Role role) {
    return new Actor(ActorId.of(id), role);
  }

  /** Returns {@code id (ROLE)}. */
  @Override
  public String toString() {
    return id + " (" + role + ")";
  }
}
