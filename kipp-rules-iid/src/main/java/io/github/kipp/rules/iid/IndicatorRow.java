package io.github.kipp.rules.iid;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.rules.iid.internal.IidMessages;
import io.github.kipp.rules.iid.spi.Indicator;
import io.github.kipp.rules.iid.spi.IndicatorId;
import java.util.Optional;

/**
 * One indicator row of a self-assessment: the indicator, the level the region claims (0 to 3) and
 * the evidence, if any.
 *
 * @param indicator the row's indicator id, such as {@code 5a}
 * @param level the claimed level, 0 to {@value Indicator#MAX_LEVEL}
 * @param evidence the evidence, empty if none was attached
 */
public record IndicatorRow(IndicatorId indicator, int level, Optional<Evidence> evidence) {

  /**
   * Creates a row, checking the level.
   *
   * @param indicator the row's indicator id, such as {@code 5a}
   * @param level the claimed level, 0 to {@value Indicator#MAX_LEVEL}
   * @param evidence the evidence, empty if none was attached
   * @throws InvalidInputException ({@code kipp.iid.level}) if the level is not 0 to 3
   */
  public IndicatorRow {
    requireNonNull(indicator, "indicator");
    requireNonNull(evidence, "evidence");
    if (level < 0 || level > Indicator.MAX_LEVEL) {
      throw InvalidInputException.of("indicator row " + indicator,
          IidMessages.violation("kipp.iid.level", "level", level, "indicator", indicator, "max", Indicator.MAX_LEVEL));
    }
  }

  /**
   * Returns a row with evidence.
   *
   * @param indicator the indicator id, such as {@code 16}; not null
   * @param level the claimed level, 0 to 3
   * @param evidence the evidence, not null
   * @return the row, not null
   */
  public static IndicatorRow of(String indicator, int level, Evidence evidence) {
    return new IndicatorRow(IndicatorId.of(indicator), level, Optional.of(requireNonNull(evidence, "evidence")));
  }

  /**
   * Returns a row without evidence: it scores 0 in both indices.
   *
   * @param indicator the indicator id, not null
   * @param level the claimed level, 0 to 3
   * @return the row, not null
   */
  public static IndicatorRow withoutEvidence(String indicator, int level) {
    return new IndicatorRow(IndicatorId.of(indicator), level, Optional.empty());
  }

  /**
   * Returns the level this row scores in one view of the index: the claimed level when the row has
   * evidence (claimed view) or verified evidence (verified view), otherwise 0.
   *
   * @param view the view, not null
   * @return the level that scores, 0 to 3
   */
  public int scoredLevel(IndexView view) {
    boolean counts = evidence.isPresent() && (view == IndexView.CLAIMED || evidence.get().verified());
    return counts ? level : 0;
  }
}
