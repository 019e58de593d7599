package io.github.kipp.core;

/** Identifies a person or office acting in the competition (an evaluator, an administrator). */
public final class ActorId extends Identifier<ActorId> {

  private ActorId(String value) {
    super("actor id", value);
  }

  /**
   * Returns the actor id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match
   */
  public static ActorId of(String value) {
    return new ActorId(value);
  }
}
