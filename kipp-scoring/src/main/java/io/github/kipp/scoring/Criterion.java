package io.github.kipp.scoring;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Citation;
import io.github.kipp.core.Decimals;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;

/**
 * A criterion (<i>kriteria</i>, <i>aspek penilaian</i>) an evaluator scores: its weight in the
 * weighted total, its scale and the citation it comes from (2023 <i>umum</i>: <i>Signifikansi</i>
 * 30 %, reported from the Pedoman Menteri PANRB 3/2023 training deck).
 *
 * @param id the criterion's id, not null
 * @param name its name in both languages, not null
 * @param weight its weight, zero or more, normalised without trailing zeros
 * @param scale the scores it accepts, not null
 * @param citation where the criterion and its weight come from, not null
 */
public record Criterion(CriterionId id, LocalizedText name, BigDecimal weight, Scale scale, Citation citation) {

  /**
   * Creates a criterion.
   *
   * @param id the criterion's id, not null
   * @param name its name in both languages, not null
   * @param weight its weight, zero or more
   * @param scale the scores it accepts, not null
   * @param citation where it comes from, not null
   * @throws InvalidInputException if the weight is negative or outside {@link Decimals}' bounds
   */
  public Criterion {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(weight, "weight");
    requireNonNull(scale, "scale");
    requireNonNull(citation, "citation");
    Decimals.require("criterion '" + id + "'", "weight", weight);
    if (weight.signum() < 0) {
      throw InvalidInputException.of(
          "criterion '" + id + "'", ScoringMessages.violation("kipp.criterion.weight", "weight", weight.toPlainString()));
    }
    weight = weight.stripTrailingZeros();
  }

  /**
   * Returns a criterion.
   *
   * @param id the id
   * @param name the name in both languages
   * @param weight the weight as a decimal string, such as {@code "0.30"}
   * @param scale the scale
   * @param citation the citation
   * @return the criterion, not null
   * @throws InvalidInputException if the id is not valid, or the weight is not a decimal number
   *     within {@link Decimals}' bounds, or is negative
   */
  public static Criterion of(String id, LocalizedText name, String weight, Scale scale, Citation citation) {
    CriterionId criterion = CriterionId.of(id);
    return new Criterion(criterion, name, Decimals.parse("criterion '" + criterion + "'", "weight", weight), scale, citation);
  }
}
