package io.github.kipp.rules.iid.iga;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.institution.RegionCode;
import java.math.BigDecimal;

/**
 * A nominee's final score in its cluster: the verified index and the presentation score, weighed by
 * {@link IgaSettings#indexWeight()} and {@link IgaSettings#presentationWeight()} and rounded once to
 * the module's index scale with its rounding.
 *
 * @param region the nominee, not null
 * @param index the verified index, not null
 * @param presentation the presentation score, exact (Σ weight × aspect score ÷ 100), not null
 * @param score the final score, rounded, not null
 */
public record IgaFinalScore(RegionCode region, BigDecimal index, BigDecimal presentation, BigDecimal score) {

  /**
   * Creates a final score.
   *
   * @param region the nominee, not null
   * @param index the verified index, not null
   * @param presentation the presentation score, not null
   * @param score the final score, not null
   */
  public IgaFinalScore {
    requireNonNull(region, "region");
    requireNonNull(index, "index");
    requireNonNull(presentation, "presentation");
    requireNonNull(score, "score");
  }
}
