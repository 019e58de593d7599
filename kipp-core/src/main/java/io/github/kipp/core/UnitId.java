package io.github.kipp.core;

/** Identifies a {@link io.github.kipp.core.institution.Unit unit} of an institution (<i>unit penyelenggara pelayanan publik</i>, <i>perangkat daerah</i>). */
public final class UnitId extends Identifier<UnitId> {

  private UnitId(String value) {
    super("unit id", value);
  }

  /**
   * Returns the unit id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match
   */
  public static UnitId of(String value) {
    return new UnitId(value);
  }
}
