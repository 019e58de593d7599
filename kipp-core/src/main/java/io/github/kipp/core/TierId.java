package io.github.kipp.core;

/** Identifies an award tier, such as {@code top-99} or {@code top-45}. */
public final class TierId extends Identifier<TierId> {

  private TierId(String value) {
    super("tier id", value);
  }

  /**
   * Returns the tier id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match
   */
  public static TierId of(String value) {
    return new TierId(value);
  }
}
