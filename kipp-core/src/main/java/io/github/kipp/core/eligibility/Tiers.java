package io.github.kipp.core.eligibility;

import io.github.kipp.core.TierId;

/**
 * The tier ids of past results that eligibility rules refer to. A host records each innovation's
 * results with these ids (or its own, used consistently by its rule modules).
 *
 * <p>Winners' tiers changed size by year: Top 9 (2014), Top 25 (2015), Top 35 (2016), Top 40 (2017,
 * 2018), Top 45 (from 2019), called <i>Top Inovasi Terpuji</i> from 2021.
 */
public final class Tiers {

  /** Entered, without an award. */
  public static final TierId ENTERED = TierId.of("entered");
  /** Finalist: Top 99 (<i>umum</i>). */
  public static final TierId TOP_99 = TierId.of("top-99");
  /** Finalist of the <i>khusus</i> or <i>replikasi</i> pool: Top 15. */
  public static final TierId TOP_15 = TierId.of("top-15");
  /** Winner, 2014: Top 9. */
  public static final TierId TOP_9 = TierId.of("top-9");
  /** Intermediate tier of 2014: Top 33. */
  public static final TierId TOP_33 = TierId.of("top-33");
  /** Winner, 2015: Top 25. */
  public static final TierId TOP_25 = TierId.of("top-25");
  /** Winner, 2016: Top 35. */
  public static final TierId TOP_35 = TierId.of("top-35");
  /** Winner, 2017 and 2018: Top 40. */
  public static final TierId TOP_40 = TierId.of("top-40");
  /** Winner, from 2019: Top 45 (<i>Top Inovasi Terpuji</i> from 2021). */
  public static final TierId TOP_45 = TierId.of("top-45");
  /** Winner of the replication pool, 2021: Top 5 <i>Replikasi</i>. */
  public static final TierId TOP_5_REPLIKASI = TierId.of("top-5-replikasi");
  /** Winner of the <i>khusus</i> pool, 2020–2022: Outstanding Achievement. */
  public static final TierId OUTSTANDING_ACHIEVEMENT = TierId.of("outstanding-achievement");

  private Tiers() {}
}
