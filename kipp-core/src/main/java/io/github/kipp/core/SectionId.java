package io.github.kipp.core;

/** Identifies a proposal section (<i>aspek</i>) of an edition, such as {@code signifikansi}. */
public final class SectionId extends Identifier<SectionId> {

  private SectionId(String value) {
    super("section id", value);
  }

  /**
   * Returns the section id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match
   */
  public static SectionId of(String value) {
    return new SectionId(value);
  }
}
