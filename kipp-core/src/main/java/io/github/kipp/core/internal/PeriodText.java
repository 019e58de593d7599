package io.github.kipp.core.internal;

import static java.util.Objects.requireNonNull;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A message argument that writes a period in years, months and days in one language when the message
 * is read, such as {@code 1 year 11 months} or {@code 1 tahun 11 bulan}.
 *
 * @param period the period
 * @param indonesian true for Bahasa Indonesia, false for English
 */
public record PeriodText(Period period, boolean indonesian) {

  /**
   * Creates the argument.
   *
   * @param period the period
   * @param indonesian true for Bahasa Indonesia, false for English
   */
  public PeriodText {
    requireNonNull(period, "period");
  }

  /** Returns the period in words. */
  @Override
  public String toString() {
    return indonesian
        ? text(" tahun", " tahun", " bulan", " bulan", " hari", " hari", "0 hari")
        : text(" year", " years", " month", " months", " day", " days", "0 days");
  }

  private String text(String y1, String yn, String m1, String mn, String d1, String dn, String zero) {
    Period p = period;
    List<String> parts = new ArrayList<>(3);
    if (p.getYears() != 0) {
      parts.add(p.getYears() + (p.getYears() == 1 ? y1 : yn));
    }
    if (p.getMonths() != 0) {
      parts.add(p.getMonths() + (p.getMonths() == 1 ? m1 : mn));
    }
    if (p.getDays() != 0) {
      parts.add(p.getDays() + (p.getDays() == 1 ? d1 : dn));
    }
    return parts.isEmpty() ? zero : String.join(" ", parts);
  }
}
