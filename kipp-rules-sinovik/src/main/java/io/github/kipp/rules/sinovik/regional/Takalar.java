package io.github.kipp.rules.sinovik.regional;

import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import java.util.List;

/**
 * Kabupaten Takalar's own competition of village-level service innovation (<i>Kompetisi Inovasi
 * Pelayanan Desa</i>), whose entrants are the regency's sub-districts (<i>kecamatan</i>) and villages
 * (<i>desa</i>, <i>kelurahan</i>), run by the <i>Bagian Organisasi dan Tata Laksana</i> of the regency's
 * secretariat. Its 2018 edition opened with a socialisation on 9 October 2018 (reported, Sekilas
 * Indonesia, the project's source Seed-3); its instrument, schedule, form and counts are not
 * published.
 *
 * <p>Written as data: the module file {@value #RESOURCE} (docs/modules.md). No national module exists
 * for 2018, so it extends none and sets every parameter: entrants of region {@code 73.05} entering
 * through a <i>kecamatan</i> or a <i>desa/kelurahan</i> of the regency (reported); times in WITA and
 * one category of village service innovation (inferred); the minimum age of one year, the five
 * criteria and the unique-title rule of the national KIPP 2018 under Peraturan Menteri PANRB 3/2018
 * (UNKNOWN for the regency, taken from the national edition as documented defaults); the schedule,
 * nominations, finalists, three awards, the 70/30 combination of Sulawesi Selatan and no
 * conflict-of-interest bar (UNKNOWN, kipp's documented defaults).
 *
 * <p>The regency's earlier national awards, named at the socialisation as the example to follow, are
 * recorded past results ({@link #recordedResults()}), which a host passes to the competition as the
 * history of results; the module excludes no earlier winner.
 *
 * <p>The README's example file {@code takalar-2023.yaml} is a separate, illustrative 2023 round that
 * extends the national 2023 module; this class's module is the one kipp ships.
 */
public final class Takalar {

  private Takalar() {}

  /** The module file of the 2018 competition, a resource of this jar. */
  public static final String RESOURCE = "io/github/kipp/rules/sinovik/modules/takalar-2018.yaml";

  /** The regency's region code. */
  public static final RegionCode REGENCY = RegionCode.of("73.05");

  /**
   * <i>BUAH SABAR</i> (<i>Pembuangan (Air) Limbah Sederhana dan Bermanfaat</i>), national Top 99 of
   * 2018. Its unit is in CONFLICT: the Dinas Pendidikan in the seed, the Dinas Kesehatan in other
   * reports (domain specification 9.4).
   */
  public static final InnovationId BUAH_SABAR = InnovationId.of("buah-sabar");

  /**
   * <i>PAPA SEHAT</i> (<i>Papan Kontrol Kesehatan</i>), national Top 99 and Top 40 of 2018. Its unit is
   * in CONFLICT: the Dinas Kesehatan in the seed, the Dinas Pendidikan in other reports.
   */
  public static final InnovationId PAPA_SEHAT = InnovationId.of("papa-sehat");

  private static final class Holder {
    static final SinovikModule INSTANCE = ModuleFiles.readResource(Takalar.class, RESOURCE, SinovikRules.registry());
  }

  /**
   * Returns the 2018 competition, read from {@value #RESOURCE} once.
   *
   * @return the module {@code takalar-2018}
   */
  public static SinovikModule competition2018() {
    return Holder.INSTANCE;
  }

  /**
   * Returns the regency's recorded national results before its 2018 competition: <i>BUAH SABAR</i> and
   * <i>PAPA SEHAT</i> in the Top 99 of KIPP 2018 (Sulsel Berita, 19 September 2018, source S129;
   * Seed-3), and <i>PAPA SEHAT</i> in the Top 40 of KIPP 2018 (Sulsel Berita, 23 October 2018, A8; JIPP
   * Sulawesi Selatan, S76), all reported, in the general pool.
   *
   * @return the three results, not null
   */
  public static ResultHistory recordedResults() {
    GroupId umum = GroupId.of("umum");
    return ResultHistory.of(List.of(
        new PastResult(BUAH_SABAR, 2018, Tiers.TOP_99, umum),
        new PastResult(PAPA_SEHAT, 2018, Tiers.TOP_99, umum),
        new PastResult(PAPA_SEHAT, 2018, Tiers.TOP_40, umum)));
  }
}
