package io.github.kipp.scoring;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Decimals;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The values a score on a criterion may take: from {@code min} to {@code max}, inclusive, in steps
 * of {@code step} counted from {@code min} (0–100 in steps of 1; 1–5 in steps of 0.5).
 *
 * <p>Bounds are normalised without trailing zeros, so {@code 100} and {@code 100.0} are the same
 * scale.
 */
public final class Scale {

  private final BigDecimal min;
  private final BigDecimal max;
  private final BigDecimal step;

  private Scale(BigDecimal min, BigDecimal max, BigDecimal step) {
    this.min = min;
    this.max = max;
    this.step = step;
  }

  /**
   * Returns a scale.
   *
   * @param min the lowest score, not null
   * @param max the highest score, above {@code min}
   * @param step the step, positive, dividing {@code max - min}
   * @return the scale, not null
   * @throws InvalidInputException if the bounds or step do not make a scale
   */
  public static Scale of(BigDecimal min, BigDecimal max, BigDecimal step) {
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    requireNonNull(step, "step");
    List<Violation> v = new ArrayList<>(2);
    Decimals.check("min", min).ifPresent(v::add);
    Decimals.check("max", max).ifPresent(v::add);
    Decimals.check("step", step).ifPresent(v::add);
    InvalidInputException.throwIfAny("scale", v);
    if (max.compareTo(min) <= 0) {
      v.add(ScoringMessages.violation("kipp.scale.bounds", "max", max.toPlainString(), "min", min.toPlainString()));
    }
    if (step.signum() <= 0) {
      v.add(ScoringMessages.violation("kipp.scale.step", "step", step.toPlainString()));
    } else if (max.subtract(min).remainder(step).signum() != 0) {
      v.add(ScoringMessages.violation("kipp.scale.stepFit", "step", step.toPlainString(), "min", min.toPlainString(), "max", max.toPlainString()));
    }
    InvalidInputException.throwIfAny("scale", v);
    return new Scale(min.stripTrailingZeros(), max.stripTrailingZeros(), step.stripTrailingZeros());
  }

  /**
   * Returns a scale from decimal strings, such as {@code Scale.of("0", "100", "1")}.
   *
   * @param min the lowest score
   * @param max the highest score
   * @param step the step
   * @return the scale, not null
   * @throws InvalidInputException if a value is not a decimal number within {@link Decimals}' bounds,
   *     or the values do not make a scale
   */
  public static Scale of(String min, String max, String step) {
    return of(Decimals.parse("scale", "min", min), Decimals.parse("scale", "max", max), Decimals.parse("scale", "step", step));
  }

  /**
   * Returns whether a score is on this scale: within the bounds and on a step.
   *
   * @param score the score, not null
   * @return true if allowed
   */
  public boolean allows(BigDecimal score) {
    requireNonNull(score, "score");
    return score.compareTo(min) >= 0
        && score.compareTo(max) <= 0
        && score.subtract(min).remainder(step).signum() == 0;
  }

  /**
   * Returns the lowest score.
   *
   * @return the minimum, not null
   */
  public BigDecimal min() {
    return min;
  }

  /**
   * Returns the highest score.
   *
   * @return the maximum, not null
   */
  public BigDecimal max() {
    return max;
  }

  /**
   * Returns the step.
   *
   * @return the step, positive
   */
  public BigDecimal step() {
    return step;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Scale
        && min.equals(((Scale) o).min)
        && max.equals(((Scale) o).max)
        && step.equals(((Scale) o).step);
  }

  @Override
  public int hashCode() {
    return Objects.hash(min, max, step);
  }

  /** Returns {@code [min..max] step s}. */
  @Override
  public String toString() {
    return "[" + min.toPlainString() + ".." + max.toPlainString() + "] step " + step.toPlainString();
  }
}
