package io.github.kipp.rules.sinovik.regional;

import io.github.kipp.core.StageId;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;

/**
 * The provincial competition of Sulawesi Selatan ("KIPP JIPP Sulsel"), run by the province's
 * <i>Biro Organisasi</i> under its <i>Panduan KIPP Provinsi Sulawesi Selatan</i> (third edition, made
 * with GIZ-TRANSFORMASI) and a decree of the Governor (<i>SK Gubernur</i>) fixing the Top 30. The 2023
 * round fed the national 2023 edition.
 *
 * <p>Written as data, as any regional government would write its own: the module file {@value
 * #RESOURCE} in the jar (docs/modules.md) extends the national 2023 module ({@link
 * SinovikRules#edition2023()}) with these declared overrides, each cited (all values [reported]
 * unless marked):
 *
 * <ul>
 *   <li>times in WITA; presentations and interviews 6–9 March and field verification 13–26 March 2023;
 *       the registration and evaluation windows are UNKNOWN, with documented defaults;
 *   <li>entrants from the province only: its regencies and cities and its own agencies;
 *   <li>one general group (the 2022 round also had <i>replikasi</i>; 2023's groups are UNKNOWN);
 *   <li>no public review: Top 50, then Top 40 finalists, presentation, field verification of every
 *       finalist, Top 30 winners by <i>SK Gubernur</i>;
 *   <li>70 % substance and 30 % presentation, as announced for 2022; the substance elements of 2022
 *       (urgency, novelty, implementation during Covid-19, before/after impact, transferability),
 *       equally weighted (weights UNKNOWN);
 *   <li>a 3-minute video within a 30-minute slot before six panelists.
 * </ul>
 *
 * <p>The category catalogue is inherited: entries carried the national 2022 categories [inferred].
 */
public final class SulawesiSelatan {

  private SulawesiSelatan() {}

  /** The module file of the 2023 round, a resource of this jar. */
  public static final String RESOURCE = "io/github/kipp/rules/sinovik/modules/sulsel-2023.yaml";

  /** The province's guide, the source of most overrides. */
  public static final String PANDUAN = "Panduan KIPP Provinsi Sulawesi Selatan (edisi ketiga)";

  /** The province's region code. */
  public static final RegionCode PROVINCE = RegionCode.of("73");

  /** The presentation stage of the round. */
  public static final StageId PRESENTATION = StageId.of("presentasi-wawancara");

  /** The desk stage of the round, the "substance". */
  public static final StageId SUBSTANCE = StageId.of("evaluasi-proposal");

  private static final class Holder {
    static final SinovikModule INSTANCE = ModuleFiles.readResource(SulawesiSelatan.class, RESOURCE, SinovikRules.registry());
  }

  /**
   * Returns the 2023 round, read from {@value #RESOURCE} once.
   *
   * @return the module {@code sinovik-2023/sulsel-2023}
   */
  public static SinovikModule kipp2023() {
    return Holder.INSTANCE;
  }
}
