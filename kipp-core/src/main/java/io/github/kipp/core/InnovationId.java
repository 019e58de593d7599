package io.github.kipp.core;

/** Identifies an {@link io.github.kipp.core.innovation.Innovation innovation} (<i>inovasi</i>) across editions; the host asserts that renamed titles keep their id. */
public final class InnovationId extends Identifier<InnovationId> {

  private InnovationId(String value) {
    super("innovation id", value);
  }

  /**
   * Returns the innovation id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match
   */
  public static InnovationId of(String value) {
    return new InnovationId(value);
  }
}
