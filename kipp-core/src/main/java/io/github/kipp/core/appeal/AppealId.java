package io.github.kipp.core.appeal;

import io.github.kipp.core.Identifier;
import io.github.kipp.core.InvalidInputException;

/** Identifies an {@link Appeal} (<i>banding</i>) within a competition, such as the host's docket number. */
public final class AppealId extends Identifier<AppealId> {

  private AppealId(String value) {
    super("appeal id", value);
  }

  /**
   * Returns the appeal id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match
   */
  public static AppealId of(String value) {
    return new AppealId(value);
  }
}
