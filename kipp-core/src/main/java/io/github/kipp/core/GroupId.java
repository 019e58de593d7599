package io.github.kipp.core;

/** Identifies an {@link io.github.kipp.core.edition.InnovationGroup innovation group} (<i>kelompok</i>): {@code umum}, {@code replikasi}, {@code khusus} as published. */
public final class GroupId extends Identifier<GroupId> {

  private GroupId(String value) {
    super("group id", value);
  }

  /**
   * Returns the group id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match
   */
  public static GroupId of(String value) {
    return new GroupId(value);
  }
}
