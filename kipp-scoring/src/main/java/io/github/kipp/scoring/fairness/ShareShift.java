package io.github.kipp.scoring.fairness;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.meta.Beta;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import java.math.BigDecimal;

/**
 * How a stage changed the share of one value of one dimension (one province, one institution type,
 * 3T or not, one group, one category): its share among the proposals that entered the stage against
 * its share among those that went on. Part of a {@link StageFairness}.
 *
 * <p>Shares have scale {@value StageFairness#SHARE_SCALE}, rounded by the largest-remainder method,
 * so that the shares of one dimension sum to exactly 1 (each within one unit of the last decimal of
 * the exact share); when no proposal went on, every share of those that went on is 0. {@code
 * change} is the exact difference of the exact shares, rounded half-even, so it may differ from the
 * difference of the rounded shares in the last decimal. {@code flagged} compares the exact
 * difference: it is true exactly when its magnitude is above the threshold and a proposal went on.
 *
 * @param dimension the dimension, not null
 * @param value the value's key as {@link QuotaDimension#valueOf} reads it, such as {@code 73}; not null
 * @param label the value in words in both languages, such as {@code daerah 3T} / {@code 3T regions}
 * @param entered the number of proposals with this value that entered the stage, 1 or more
 * @param passed the number of those that went on, 0 to {@code entered}
 * @param enteredShare the share among the proposals that entered, 0 to 1
 * @param passedShare the share among the proposals that went on, 0 to 1
 * @param change the exact {@code passed/P − entered/E}, rounded; negative when the share fell
 * @param flagged whether the magnitude of the exact change is above the threshold
 * @param reason what changed, against which threshold, in both languages; not null
 */
@Beta
public record ShareShift(
    QuotaDimension dimension,
    String value,
    LocalizedText label,
    int entered,
    int passed,
    BigDecimal enteredShare,
    BigDecimal passedShare,
    BigDecimal change,
    boolean flagged,
    LocalizedText reason) {

  /**
   * Creates a shift.
   *
   * @param dimension the dimension, not null
   * @param value the value's key, not null
   * @param label the value in words, not null
   * @param entered 1 or more
   * @param passed 0 to {@code entered}
   * @param enteredShare 0 to 1, not null
   * @param passedShare 0 to 1, not null
   * @param change −1 to 1, not null
   * @param flagged whether the change is above the threshold
   * @param reason the reason, not null
   * @throws IllegalArgumentException if a count or share is out of range
   */
  public ShareShift {
    requireNonNull(dimension, "dimension");
    requireNonNull(value, "value");
    requireNonNull(label, "label");
    requireNonNull(enteredShare, "enteredShare");
    requireNonNull(passedShare, "passedShare");
    requireNonNull(change, "change");
    requireNonNull(reason, "reason");
    if (entered < 1 || passed < 0 || passed > entered || !isShare(enteredShare) || !isShare(passedShare)
        || change.abs().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("inconsistent share of " + dimension + " " + value + ": " + passed + " of " + entered + ", "
          + enteredShare + " -> " + passedShare + ", change " + change);
    }
  }

  private static boolean isShare(BigDecimal share) {
    return share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0;
  }
}
