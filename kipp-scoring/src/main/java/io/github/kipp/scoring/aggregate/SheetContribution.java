package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.ActorId;
import java.math.BigDecimal;

/**
 * What one evaluator's sheet contributed to a proposal's aggregate: the sheet's weighted total, the
 * value after any normalisation, and whether the policy used it (a trimmed mean leaves some out).
 *
 * @param evaluator the evaluator, not null
 * @param total the sheet's weighted total on the criteria's scale, not null
 * @param adjusted the value after normalisation; equal to {@code total} when none applies
 * @param used whether the aggregate counts this value
 * @param normalised whether {@code adjusted} comes from normalisation (false when the evaluator had
 *     too few sheets or no spread)
 */
public record SheetContribution(ActorId evaluator, BigDecimal total, BigDecimal adjusted, boolean used, boolean normalised) {

  /**
   * Creates a contribution.
   *
   * @param evaluator the evaluator, not null
   * @param total the weighted total, not null
   * @param adjusted the value after normalisation, not null
   * @param used whether the aggregate counts it
   * @param normalised whether normalisation produced {@code adjusted}
   */
  public SheetContribution {
    requireNonNull(evaluator, "evaluator");
    requireNonNull(total, "total");
    requireNonNull(adjusted, "adjusted");
  }
}
