package io.github.kipp.scoring;

import io.github.kipp.core.Identifier;

/** Identifies a {@link Criterion} (<i>kriteria</i>, <i>aspek penilaian</i>) within a criteria set. */
public final class CriterionId extends Identifier<CriterionId> {

  private CriterionId(String value) {
    super("criterion id", value);
  }

  /**
   * Returns the criterion id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws io.github.kipp.core.InvalidInputException if the value does not match
   */
  public static CriterionId of(String value) {
    return new CriterionId(value);
  }
}
