package io.github.kipp.scoring;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One criterion whose score a revised sheet changed: the score of the version before and of the
 * revision.
 *
 * @param criterion the criterion
 * @param before its score on the version replaced
 * @param after its score on the revision
 */
public record ScoreChange(CriterionId criterion, BigDecimal before, BigDecimal after) {

  /**
   * Creates a change.
   *
   * @param criterion the criterion, not null
   * @param before the earlier score, not null
   * @param after the later score, not null
   * @throws IllegalArgumentException if the two scores are equal in value
   */
  public ScoreChange {
    requireNonNull(criterion, "criterion");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    if (before.compareTo(after) == 0) {
      throw new IllegalArgumentException("criterion " + criterion + ": " + before.toPlainString() + " and " + after.toPlainString() + " are no change");
    }
  }

  /**
   * Returns whether another change is of the same criterion with scores equal in value (so {@code 80}
   * and {@code 80.0} are the same score).
   *
   * @param o the other object
   * @return true for the same change
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScoreChange other && criterion.equals(other.criterion) && before.compareTo(other.before) == 0
        && after.compareTo(other.after) == 0;
  }

  /**
   * Returns a hash consistent with {@link #equals(Object)}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return java.util.Objects.hash(criterion, before.stripTrailingZeros(), after.stripTrailingZeros());
  }

  /**
   * Returns the change as {@code criterion before → after}, in the scores' plain form.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return criterion + " " + before.toPlainString() + " \u2192 " + after.toPlainString();
  }
}
