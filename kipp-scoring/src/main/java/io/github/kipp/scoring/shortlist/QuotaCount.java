package io.github.kipp.scoring.shortlist;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * One row of a shortlist's quota table: a quota, its bounds and how many shortlisted proposals it
 * counted. For a cap on each value ({@link Quota#isEachValue()}) the count is that of the fullest
 * value, such as the institution with the most shortlisted proposals.
 *
 * @param quota the quota, not null
 * @param selected how many shortlisted proposals it counted, zero or more
 */
public record QuotaCount(Quota quota, int selected) {

  /**
   * Creates a row.
   *
   * @param quota the quota, not null
   * @param selected the count, zero or more
   * @throws IllegalArgumentException if the count is negative
   */
  public QuotaCount {
    requireNonNull(quota, "quota");
    if (selected < 0) {
      throw new IllegalArgumentException("a quota count is zero or more, got " + selected);
    }
  }

  /**
   * Returns the quota's minimum.
   *
   * @return the minimum, zero when there is none
   */
  public int min() {
    return quota.min();
  }

  /**
   * Returns the quota's maximum.
   *
   * @return the maximum, or empty when there is none
   */
  public OptionalInt max() {
    return quota.max();
  }

  /**
   * Returns whether the count is within the quota's bounds.
   *
   * @return true if {@code min <= selected <= max}
   */
  public boolean holds() {
    return selected >= quota.min() && selected <= quota.maxOrUnbounded();
  }
}
