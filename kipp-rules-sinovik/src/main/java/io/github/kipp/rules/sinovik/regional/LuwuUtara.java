package io.github.kipp.rules.sinovik.regional;

import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;

/**
 * The innovation selection of Kabupaten Luwu Utara (<i>Warkop Indah</i>, <i>Warung Koordinasi dan
 * Pembangunan Inovasi Daerah</i>) under Peraturan Bupati Luwu Utara 61/2018, pasal 5: the regency's
 * agencies, sub-districts and BUMD compete before a panel of six regency officials, and the Regent
 * awards a Top 7 and three participatory awards (<i>kategori partisipatif</i>), as reported for 2019.
 * The selection feeds the provincial round; in 2023 it sent five innovations to Sulawesi Selatan.
 *
 * <p>Written as data: the module file {@value #RESOURCE} in the jar (docs/modules.md) extends the
 * national 2023 module with these cited overrides: the regency's entrants only; times in WITA; one
 * general group; no public review; no institutional conflict of interest (the panel is the regency's
 * own officials judging the regency's own units); Top 7 + 3 winners. The 2023 schedule is UNKNOWN and has a documented default. Everything else is
 * inherited, and the national exclusions of earlier winners do not apply.
 */
public final class LuwuUtara {

  private LuwuUtara() {}

  /** The module file of the 2023 selection, a resource of this jar. */
  public static final String RESOURCE = "io/github/kipp/rules/sinovik/modules/luwu-utara-2023.yaml";

  /** The regency's regulation on Warkop Indah. */
  public static final String PERBUP = "Peraturan Bupati Luwu Utara 61/2018 tentang Warkop Indah";

  /** The regency's region code. */
  public static final RegionCode REGENCY = RegionCode.of("73.22");

  private static final class Holder {
    static final SinovikModule INSTANCE = ModuleFiles.readResource(LuwuUtara.class, RESOURCE, SinovikRules.registry());
  }

  /**
   * Returns the 2023 selection, read from {@value #RESOURCE} once.
   *
   * @return the module {@code sinovik-2023/luwu-utara-2023}
   */
  public static SinovikModule selection2023() {
    return Holder.INSTANCE;
  }
}
