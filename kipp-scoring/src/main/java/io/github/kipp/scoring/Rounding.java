package io.github.kipp.scoring;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a score that decides a rank is rounded: the number of decimal places and the rounding mode,
 * with the citation that fixes them.
 *
 * <p>No KIPP instrument publishes its scale or rounding, so rule modules cite these as UNKNOWN with a
 * documented default (two decimals, half-up, as score tables in decrees are printed).
 *
 * @param scale the number of decimal places kept, 0 to 12
 * @param mode the rounding mode, not {@link RoundingMode#UNNECESSARY}
 * @param citation where the rounding comes from, not null
 */
public record Rounding(int scale, RoundingMode mode, Citation citation) {

  /**
   * Creates a rounding.
   *
   * @param scale the number of decimal places kept, 0 to 12
   * @param mode the rounding mode, not {@link RoundingMode#UNNECESSARY}
   * @param citation where the rounding comes from, not null
   * @throws InvalidInputException if the scale is out of range or the mode is UNNECESSARY
   */
  public Rounding {
    requireNonNull(mode, "mode");
    requireNonNull(citation, "citation");
    if (scale < 0 || scale > 12 || mode == RoundingMode.UNNECESSARY) {
      throw InvalidInputException.of(
          "rounding", ScoringMessages.violation("kipp.rounding.invalid", "scale", scale, "mode", mode));
    }
  }

  /**
   * Rounds a value.
   *
   * @param value the value, not null
   * @return the value with {@link #scale()} decimal places, not null
   */
  public BigDecimal apply(BigDecimal value) {
    return value.setScale(scale, mode);
  }

  /** Returns {@code scale decimals, MODE}. */
  @Override
  public String toString() {
    return scale + " decimals, " + mode;
  }
}
