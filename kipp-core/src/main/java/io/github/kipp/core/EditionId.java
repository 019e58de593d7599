package io.github.kipp.core;

/** Identifies an {@link io.github.kipp.core.edition.Edition edition} of a competition, such as {@code kipp-2023}. */
public final class EditionId extends Identifier<EditionId> {

  private EditionId(String value) {
    super("edition id", value);
  }

  /**
   * Returns the edition id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match
   */
  public static EditionId of(String value) {
    return new EditionId(value);
  }
}
