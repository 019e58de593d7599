package io.github.kipp.rules.iid.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One band of the index, such as <i>Sangat Inovatif</i> from 65.01 to 100.00 in 2026. Both bounds
 * are inclusive and compared with the index as rounded to its published scale.
 *
 * @param name the band's name as published, such as {@code Inovatif}
 * @param lowest the lowest index in the band, inclusive
 * @param highest the highest index in the band, inclusive
 */
public record IndexBand(String name, BigDecimal lowest, BigDecimal highest) {

  /**
   * Creates a band, checking it.
   *
   * @param name the band's name as published, such as {@code Inovatif}
   * @param lowest the lowest index in the band, inclusive
   * @param highest the highest index in the band, inclusive
   * @throws IllegalArgumentException if the name is blank or the lowest bound is above the highest
   */
  public IndexBand {
    requireNonNull(name, "name");
    requireNonNull(lowest, "lowest");
    requireNonNull(highest, "highest");
    checkArgument(!name.isBlank(), "a band needs a name");
    checkArgument(lowest.compareTo(highest) <= 0, "band %s runs from %s to %s; the lowest bound must not be above the highest", name, lowest, highest);
  }

  /**
   * Returns a band.
   *
   * @param name the name, not blank
   * @param lowest the lowest index, as text such as {@code 40.01}
   * @param highest the highest index, as text such as {@code 65.00}
   * @return the band, not null
   */
  public static IndexBand of(String name, String lowest, String highest) {
    return new IndexBand(name, new BigDecimal(lowest), new BigDecimal(highest));
  }

  /**
   * Tells whether an index falls in the band.
   *
   * @param index the index, not null
   * @return whether {@code lowest ≤ index ≤ highest}
   */
  public boolean contains(BigDecimal index) {
    return lowest.compareTo(index) <= 0 && index.compareTo(highest) <= 0;
  }

  /** Returns {@code name lowest–highest}. */
  @Override
  public String toString() {
    return name + " " + lowest.toPlainString() + "–" + highest.toPlainString();
  }
}
