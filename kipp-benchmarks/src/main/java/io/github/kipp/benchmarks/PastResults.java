package io.github.kipp.benchmarks;

import io.github.kipp.core.eligibility.PastResult;
import java.util.List;

/**
 * Counts of past results, written plainly for the Easy Rules and Drools versions of the 2023
 * past-results rules (kipp composes the same counts as {@code HistoryCondition}s).
 */
public final class PastResults {

  private PastResults() {}

  /**
   * Counts the different years in {@code from}–{@code to} in which an innovation reached a tier.
   *
   * @param results the innovation's results, not null
   * @param tier the tier's id; empty for any tier
   * @param group the group's id; empty for any group
   * @param from the first year
   * @param to the last year
   * @return the number of years
   */
  public static int years(List<PastResult> results, String tier, String group, int from, int to) {
    long[] seen = new long[4];
    int count = 0;
    for (PastResult r : results) {
      int y = r.year();
      if (y < from || y > to || (!tier.isEmpty() && !r.tier().value().equals(tier)) || (!group.isEmpty() && !r.group().value().equals(group))) {
        continue;
      }
      int index = y - 2000;
      long bit = 1L << (index & 63);
      if ((seen[index >> 6] & bit) == 0) {
        seen[index >> 6] |= bit;
        count++;
      }
    }
    return count;
  }

  /**
   * Whether an innovation reached a tier at least once in {@code from}–{@code to}.
   *
   * @param results the results, not null
   * @param tier the tier's id
   * @param from the first year
   * @param to the last year
   * @return whether it did
   */
  public static boolean reached(List<PastResult> results, String tier, int from, int to) {
    return years(results, tier, "", from, to) >= 1;
  }

  /**
   * Whether an innovation was a winner of the general group up to a year: Top 9 of 2014, Top 25 of
   * 2015, Top 35 of 2016, Top 40 of 2017–2018 or Top 45 from 2019.
   *
   * @param results the results, not null
   * @param lastYear the last year counted
   * @return whether it was
   */
  public static boolean winner(List<PastResult> results, int lastYear) {
    return reached(results, "top-9", 2014, 2014)
        || reached(results, "top-25", 2015, 2015)
        || reached(results, "top-35", 2016, 2016)
        || reached(results, "top-40", 2017, Math.min(2018, lastYear))
        || reached(results, "top-45", 2019, Math.max(2019, lastYear));
  }

  /**
   * The 2023 rule of the general group, connectives as published: eligible when never entered, or
   * entered without an award, or not in a Top 99 twice, or never a winner.
   *
   * @param h the innovation's results, not null
   * @return whether it may enter the general group
   */
  public static boolean umum2023(List<PastResult> h) {
    return years(h, "", "", 2000, 2200) < 1
        || !(winner(h, 2022) || reached(h, "top-99", 2014, 2022))
        || years(h, "top-99", "", 2014, 2022) < 2
        || !winner(h, 2022);
  }

  /**
   * The 2023 rule of the special group, read as "A and (B or C)": a winner of the general group up
   * to 2021, and not in a Top 15 <i>khusus</i> twice or not an Outstanding Achievement of 2020–2022.
   *
   * @param h the innovation's results, not null
   * @return whether it may enter the special group
   */
  public static boolean khusus2023(List<PastResult> h) {
    return winner(h, 2021) && (years(h, "top-15", "khusus", 2020, 2022) < 2 || !reached(h, "outstanding-achievement", 2020, 2022));
  }
}
