package io.github.kipp.core;

/** Identifies a participating {@link io.github.kipp.core.institution.Institution institution} (<i>instansi</i>). */
public final class InstitutionId extends Identifier<InstitutionId> {

  private InstitutionId(String value) {
    super("institution id", value);
  }

  /**
   * Returns the institution id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match
   */
  public static InstitutionId of(String value) {
    return new InstitutionId(value);
  }
}
