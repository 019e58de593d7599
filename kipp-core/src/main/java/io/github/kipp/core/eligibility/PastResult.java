package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.TierId;
import io.github.kipp.core.internal.CoreMessages;

/**
 * One past result of an innovation: the tier it reached in an edition, in a group. An innovation
 * that reached Top 99 and then Top 45 in 2019 has two results for 2019.
 *
 * @param innovation the innovation, as the host identifies it across renamed titles; not null
 * @param year the edition's year, 2014 or later
 * @param tier the tier reached, such as {@link Tiers#TOP_99}; not null
 * @param group the group it competed in, such as {@code umum}; not null
 */
public record PastResult(InnovationId innovation, int year, TierId tier, GroupId group) {

  /**
   * Creates a result.
   *
   * @param innovation the innovation, not null
   * @param year the year, 2000 to 2200
   * @param tier the tier, not null
   * @param group the group, not null
   * @throws InvalidInputException if the year is implausible
   */
  public PastResult {
    requireNonNull(innovation, "innovation");
    requireNonNull(tier, "tier");
    requireNonNull(group, "group");
    if (year < 2000 || year > 2200) {
      throw InvalidInputException.of("past result of " + innovation, CoreMessages.violation("kipp.edition.year", "year", year));
    }
  }

  /**
   * Returns a result in the group {@code umum}.
   *
   * @param innovation the innovation's id, not null
   * @param year the year
   * @param tier the tier, not null
   * @return the result, not null
   */
  public static PastResult umum(String innovation, int year, TierId tier) {
    return new PastResult(InnovationId.of(innovation), year, tier, GroupId.of("umum"));
  }

  /** Returns {@code tier year (group)}. */
  @Override
  public String toString() {
    return tier + " " + year + " (" + group + ")";
  }
}
