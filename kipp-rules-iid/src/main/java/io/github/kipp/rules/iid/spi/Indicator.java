package io.github.kipp.rules.iid.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;

/**
 * One row of the index's indicator catalogue: its number, part, variable, name, weight, the three
 * level descriptions (level 1 to 3; level 0 when not evidenced) and whether it is mandatory.
 *
 * <p>A row scores {@code weight × level}. Names and level descriptions stay as published, in Bahasa
 * Indonesia.
 *
 * @param id the row's number, such as {@code 5a}
 * @param part SPD (regional government) or SID (innovation)
 * @param variable the variable the row belongs to, such as {@code Institusi}
 * @param name the indicator's name as published
 * @param weight the row's weight, positive
 * @param mandatory whether the row must be evidenced (for an SID row: for the innovation to count)
 * @param levels the descriptions of levels 1, 2 and 3, exactly three
 */
public record Indicator(
    IndicatorId id, IndicatorPart part, String variable, String name, BigDecimal weight, boolean mandatory,
    ImmutableList<String> levels) {

  /** The highest level of a row: {@value}. */
  public static final int MAX_LEVEL = 3;

  /**
   * Creates a row, checking it.
   *
   * @param id the row's number, such as {@code 5a}
   * @param part SPD (regional government) or SID (innovation)
   * @param variable the variable the row belongs to, such as {@code Institusi}
   * @param name the indicator's name as published
   * @param weight the row's weight, positive
   * @param mandatory whether the row must be evidenced (for an SID row: for the innovation to count)
   * @param levels the descriptions of levels 1, 2 and 3, exactly three
   * @throws IllegalArgumentException if the weight is not positive, a text is blank, or there are
   *     not exactly three level descriptions
   */
  public Indicator {
    requireNonNull(id, "id");
    requireNonNull(part, "part");
    requireNonNull(variable, "variable");
    requireNonNull(name, "name");
    requireNonNull(weight, "weight");
    levels = ImmutableList.copyOf(requireNonNull(levels, "levels"));
    checkArgument(weight.signum() > 0, "indicator %s has weight %s; it must be positive", id, weight);
    checkArgument(!variable.isBlank() && !name.isBlank(), "indicator %s needs a variable and a name", id);
    checkArgument(levels.size() == MAX_LEVEL, "indicator %s has %s level descriptions; it must have %s", id, levels.size(), MAX_LEVEL);
    weight = weight.stripTrailingZeros();
    if (weight.scale() < 0) {
      weight = weight.setScale(0);
    }
  }

  /**
   * Returns the row's maximum score, {@code weight × 3}.
   *
   * @return the maximum, not null
   */
  public BigDecimal maximum() {
    return weight.multiply(BigDecimal.valueOf(MAX_LEVEL));
  }

  /** Returns {@code id name (weight)}. */
  @Override
  public String toString() {
    return id + " " + name + " (" + weight.toPlainString() + (mandatory ? ", wajib" : "") + ")";
  }
}
