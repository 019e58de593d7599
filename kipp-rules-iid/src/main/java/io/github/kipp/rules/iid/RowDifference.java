package io.github.kipp.rules.iid;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InnovationId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.rules.iid.spi.IndicatorId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One row that scores less in the verified index than in the claimed one: an SPD row, or an SID row
 * of an innovation, whose evidence was not verified or whose innovation no longer counts.
 *
 * @param innovation the innovation of an SID row, empty for an SPD row
 * @param indicator the row's indicator
 * @param weight the row's weight
 * @param claimedLevel the level scored in the claimed index
 * @param verifiedLevel the level scored in the verified index
 * @param why why the levels differ, in both languages
 */
public record RowDifference(
    Optional<InnovationId> innovation, IndicatorId indicator, BigDecimal weight, int claimedLevel, int verifiedLevel,
    LocalizedText why) {

  /**
   * Creates a difference.
   *
   * @param innovation the innovation of an SID row, empty for an SPD row
   * @param indicator the row's indicator
   * @param weight the row's weight
   * @param claimedLevel the level scored in the claimed index
   * @param verifiedLevel the level scored in the verified index
   * @param why why the levels differ, in both languages
   */
  public RowDifference {
    requireNonNull(innovation, "innovation");
    requireNonNull(indicator, "indicator");
    requireNonNull(weight, "weight");
    requireNonNull(why, "why");
  }

  /**
   * Returns the points the row lost: {@code weight × (claimed − verified)}, before an SID row's
   * division by the divisor.
   *
   * @return the points, not null
   */
  public BigDecimal points() {
    return weight.multiply(BigDecimal.valueOf((long) claimedLevel - verifiedLevel));
  }
}
