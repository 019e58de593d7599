package io.github.kipp.rules.sinovik.frozen;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.TierId;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.rank.AwardTier;
import java.time.LocalDate;
import java.util.Map;

/**
 * The innovation selection of Kabupaten Luwu Utara (<i>Warkop Indah</i>, <i>Warung Koordinasi dan
 * Pembangunan Inovasi Daerah</i>) under Peraturan Bupati Luwu Utara 61/2018, pasal 5: the regency's
 * agencies, sub-districts and BUMD compete before a panel of six regency officials, and the Regent
 * awarded a Top 7 and three participatory awards (<i>kategori partisipatif</i>) in 2019, which kipp keeps.
 * The selection feeds the provincial round; in 2023 it sent five innovations to Sulawesi Selatan.
 *
 * <p>Built on kipp's public API only, from the national 2023 module with these cited overrides: the
 * regency's entrants only; times in WITA; one general group; no public review; no institutional
 * conflict of interest (the panel is the regency's own officials judging the regency's own units);
 * Top 7 + 3 winners as in 2019. Pasal 5 gives only the legal basis and the entrants; field
 * verification stays optional, as nationally, since none is reported for the regency. The 2023 schedule is UNKNOWN and has a documented default. Everything else is
 * inherited, and the national exclusions of earlier winners do not apply.
 */
public final class FrozenLuwuUtara {

  private FrozenLuwuUtara() {}

  /** The regency's regulation on Warkop Indah. */
  public static final String PERBUP = "Peraturan Bupati Luwu Utara 61/2018 tentang Warkop Indah";

  /** The regency's region code. */
  public static final RegionCode REGENCY = RegionCode.of("73.22");

  private static final class Holder {
    static final SinovikModule INSTANCE = build();
  }

  /**
   * Returns the 2023 selection.
   *
   * @return the module {@code sinovik-2023/luwu-utara-2023}
   */
  public static SinovikModule selection2023() {
    return Holder.INSTANCE;
  }

  private static Citation pasal5(String... sources) {
    return Citation.reported(PERBUP, "Pasal 5").withSources(sources);
  }

  /** A fact of the selection reported without an article of the Perbup. */
  private static Citation perbup(String derivation, String... sources) {
    return Citation.inferred(PERBUP, Citation.UNKNOWN_PROVISION, derivation).withSources(sources);
  }

  private static SinovikModule build() {
    GroupId umum = GroupId.of("umum");
    return SinovikModule.extend(FrozenModules.edition2023())
        .variant("luwu-utara-2023")
        .title(LocalizedText.of("Seleksi Inovasi Kabupaten Luwu Utara 2023", "Luwu Utara Innovation Selection 2023"))
        .jurisdiction(Jurisdiction.regency(REGENCY, LocalizedText.of("Kabupaten Luwu Utara", "Luwu Utara Regency")))
        .legalBasis(pasal5("S119"))
        .override(SinovikKeys.EDITION_ID, EditionId.of("luwu-utara-2023"), perbup("the selection feeding the 2023 rounds"))
        .override(SinovikKeys.EDITION_TITLE, LocalizedText.of("Seleksi Inovasi Warkop Indah 2023", "Warkop Indah innovation selection 2023"),
            perbup("the Warkop Indah forum is reported [S119]; the title of the 2023 selection is kipp's", "S119"))
        .override(SinovikKeys.ZONE, KippTime.MAKASSAR, perbup("Luwu Utara lies in the WITA zone, as the provincial round that schedules in WITA"
            + " [S82, A7]", "S82", "A7"))
        .override(SinovikKeys.SCHEDULE, Schedule.of(Map.of(
                Phase.REGISTRATION, Window.days(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 31), KippTime.MAKASSAR),
                Phase.SUBMISSION, Window.days(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 31), KippTime.MAKASSAR),
                Phase.PRESENTATION, Window.days(LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 7), KippTime.MAKASSAR))),
            Citation.unknown(PERBUP, "the 2023 schedule is not published; the regency sent its five innovations to Sulawesi Selatan's"
                + " 2023 round [Seed-2], so kipp assumes registration in January and two days of presentations [S128] in early February").withSources("Seed-2", "S128"))
        .override(SinovikKeys.ENTRANT_REGION, REGENCY, pasal5("S119").withNote("the regency's agencies, sub-districts and BUMD, through the Siwanda application"))
        .override(SinovikKeys.GROUPS, ImmutableList.of(new InnovationGroup(umum, LocalizedText.of("Umum", "General"), false, false)),
            Citation.unknown(PERBUP, "no groups are reported; kipp runs one general group"))
        .override(SinovikKeys.PAST_RESULTS, ImmutableMap.of(), Citation.unknown(PERBUP, "no exclusion of earlier winners is reported; kipp applies none"))
        .override(SinovikKeys.INVITATION_ONLY, com.google.common.collect.ImmutableSet.of(), Citation.unknown(PERBUP, "no invitation group"))
        .remove(SinovikKeys.REPLICATION_GROUP)
        .remove(SinovikKeys.REPLICATION_SOURCE)
        .override(SinovikKeys.PIPELINE, FrozenModules.edition2023().pipeline().toBuilder()
                .removeStage(io.github.kipp.core.stage.Stages.FINALIST_ANNOUNCED)
                .removeStage(io.github.kipp.core.stage.Stages.REMOVED)
                .rule(io.github.kipp.core.stage.TransitionRule.of(io.github.kipp.core.stage.Stages.NOMINATED, io.github.kipp.core.stage.Stages.FINALIST,
                    Citation.unknown(PERBUP, "no public review is reported for the regency's selection; kipp moves the panel's choice straight to finalist"),
                    io.github.kipp.core.Role.INDEPENDENT_PANEL))
                .build(),
            Citation.unknown(PERBUP, "presentations over two days before the panel are reported [S119, S128]; no public review and no field"
                + " verification are reported, so kipp drops public review and keeps verification optional, as nationally").withSources("S119", "S128"))
        .override(SinovikKeys.CONFLICT_OF_INTEREST, ConflictOfInterestPolicies.none(), perbup("the panel is six regency officials (research, Kominfo, Bappeda, organisation section, a camat, innovation) judging"
                + " the regency's own units; an institutional conflict rule would bar them all", "S119", "S128"))
        .override(SinovikKeys.NOMINATIONS, ImmutableMap.of(umum, 10), Citation.unknown(PERBUP, "no nomination count is published; kipp"
            + " nominates the ten places of the Top 7 and the three participatory awards"))
        .override(SinovikKeys.FINALISTS, ImmutableList.of(new io.github.kipp.scoring.spi.FinalistPool(TierId.of("finalis"),
                LocalizedText.of("Finalis Warkop Indah", "Warkop Indah finalists"), ImmutableSortedSet.of(umum),
                io.github.kipp.scoring.shortlist.ShortlistSpec.newBuilder().size(10, Citation.unknown(PERBUP,
                    "no finalist count is published; kipp keeps the ten places of the Top 7 and the three participatory awards")).build())),
            Citation.unknown(PERBUP, "no finalist count is published"))
        .override(SinovikKeys.WINNERS, ImmutableList.of(
                AwardTier.of("top-7", LocalizedText.of("Top 7 Inovasi Luwu Utara", "Luwu Utara Top 7"), umum, 7,
                    perbup("the Top 7 of 2019 [S119]; the 2023 awards are not published, kipp keeps 2019's", "S119")),
                new AwardTier(TierId.of("partisipatif"), LocalizedText.of("Kategori Partisipatif", "Participatory award"), ImmutableSortedSet.of(umum), 3,
                    perbup("the three participatory awards of 2019 [S119]; how they are chosen is UNKNOWN, kipp gives them to the next three in rank",
                        "S119"))),
            perbup("the Regent awarded a Top 7 and three participatory awards in 2019 [S119]; the 2023 awards are not published, kipp keeps"
                + " 2019's", "S119"))
        .build();
  }
}
