package io.github.kipp.core;

/** Identifies a {@link io.github.kipp.core.stage.Stage stage} of the proposal pipeline, such as {@code submitted} or {@code finalist}. */
public final class StageId extends Identifier<StageId> {

  private StageId(String value) {
    super("stage id", value);
  }

  /**
   * Returns the stage id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match
   */
  public static StageId of(String value) {
    return new StageId(value);
  }
}
