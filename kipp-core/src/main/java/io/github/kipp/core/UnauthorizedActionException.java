package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.internal.CoreMessages;
import java.util.stream.Collectors;

/**
 * Thrown when an actor attempts an action that their role does not allow, such as an evaluator
 * announcing finalists or an evaluator scoring a proposal they are not assigned to. Nothing is
 * changed.
 */
public final class UnauthorizedActionException extends KippException {

  private static final long serialVersionUID = 1L;

  /** The code of an action refused because of the actor's role ({@link #forRoles}). */
  public static final String CODE = "kipp.action.unauthorized";

  /** The code of an action refused for another reason ({@link #because}). */
  public static final String REFUSED = "kipp.action.refused";

  private final transient Actor actor;
  private final transient String action;
  private final transient ImmutableSortedSet<Role> allowed;

  private UnauthorizedActionException(String code, Actor actor, String action, ImmutableSortedSet<Role> allowed, LocalizedText text) {
    super(code, text);
    this.actor = actor;
    this.action = action;
    this.allowed = allowed;
  }

  /**
   * Creates the exception for an action reserved to some roles.
   *
   * @param actor who attempted it, not null
   * @param action what was attempted, such as {@code move p-1 to finalist}; not null
   * @param allowed the roles that may do it, not null
   * @return the exception, not null
   */
  public static UnauthorizedActionException forRoles(Actor actor, String action, Iterable<Role> allowed) {
    requireNonNull(actor, "actor");
    requireNonNull(action, "action");
    ImmutableSortedSet<Role> roles = ImmutableSortedSet.copyOf(allowed);
    String names = roles.stream().map(Role::name).collect(Collectors.joining(", "));
    return new UnauthorizedActionException(
        CODE,
        actor,
        action,
        roles,
        CoreMessages.render(CODE, "actor", actor.id(), "role", actor.role(), "action", action, "allowed", names.isEmpty() ? "-" : names));
  }

  /**
   * Creates the exception for an action refused for a reason other than role; its {@link
   * #errorCode()} is {@value #REFUSED}.
   *
   * @param actor who attempted it, not null
   * @param action what was attempted, not null
   * @param why the reason in both languages, not null
   * @return the exception, not null
   */
  public static UnauthorizedActionException because(Actor actor, String action, LocalizedText why) {
    requireNonNull(actor, "actor");
    requireNonNull(action, "action");
    requireNonNull(why, "why");
    return new UnauthorizedActionException(
        REFUSED,
        actor,
        action,
        ImmutableSortedSet.of(),
        CoreMessages.render(
            REFUSED, "actor", actor.id(), "role", actor.role(), "action", action, "whyId", why.indonesian(), "whyEn", why.english()));
  }

  /**
   * Returns who attempted the action.
   *
   * @return the actor, not null
   */
  public Actor actor() {
    return actor;
  }

  /**
   * Returns what was attempted.
   *
   * @return the action, not null
   */
  public String action() {
    return action;
  }

  /**
   * Returns the roles that may take the action.
   *
   * @return the roles; empty when the refusal was not about role
   */
  public ImmutableSortedSet<Role> allowedRoles() {
    return allowed;
  }
}
