package io.github.kipp.rules.sinovik.frozen;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.VideoRules;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.core.stage.Stages;
import io.github.kipp.core.stage.TransitionRule;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.rank.TieBreakChain;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The provincial competition of Sulawesi Selatan ("KIPP JIPP Sulsel"), run by the province's
 * <i>Biro Organisasi</i> under its <i>Panduan KIPP Provinsi Sulawesi Selatan</i> (third edition, made
 * with GIZ-TRANSFORMASI) and a decree of the Governor (<i>SK Gubernur</i>) fixing the Top 30. The 2023
 * round fed the national 2023 edition.
 *
 * <p>Built on kipp's public API only, as any regional government would build its own: the national
 * 2023 module ({@link SinovikRules#edition2023()}) with these declared overrides, each cited (all
 * values [reported] unless marked):
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
public final class FrozenSulawesiSelatan {

  private FrozenSulawesiSelatan() {}

  /** The province's guide, the source of most overrides. */
  public static final String PANDUAN = "Panduan KIPP Provinsi Sulawesi Selatan (edisi ketiga)";

  /** The province's region code. */
  public static final RegionCode PROVINCE = RegionCode.of("73");

  /** The presentation stage of the round. */
  public static final StageId PRESENTATION = StageId.of("presentasi-wawancara");

  /** The desk stage of the round, the "substance". */
  public static final StageId SUBSTANCE = StageId.of("evaluasi-proposal");

  private static final class Holder {
    static final SinovikModule INSTANCE = build();
  }

  /**
   * Returns the 2023 round.
   *
   * @return the module {@code sinovik-2023/sulsel-2023}
   */
  public static SinovikModule kipp2023() {
    return Holder.INSTANCE;
  }

  private static Citation reported(String... sources) {
    return Citation.reported(PANDUAN, "section UNKNOWN").withSources(sources);
  }

  private static SinovikModule build() {
    Rounding rounding = FrozenModules.edition2023().parameters().get(SinovikKeys.ROUNDING);
    Citation combination = Citation.inferred(PANDUAN, "section UNKNOWN", "announced for 2022 [S117]: presentation and interview 30 %, substance"
        + " 70 %; the 2023 weights are not published, kipp keeps those of 2022").withSources("S117");
    Citation substance = Sources.partlyUnknown(PANDUAN, "section UNKNOWN", "the substance elements announced for 2022 [S117] (six, five named);"
        + " those of 2023 and all weights are UNKNOWN, kipp keeps the 2022 five for 2023 and weighs them equally", "S117");
    StageMachine withoutPublicReview = FrozenModules.edition2023().pipeline().toBuilder()
        .removeStage(Stages.FINALIST_ANNOUNCED)
        .removeStage(Stages.REMOVED)
        .rule(TransitionRule.of(Stages.NOMINATED, Stages.FINALIST, reported("S71", "S73", "S120"), Role.INDEPENDENT_PANEL))
        .removeRule(Stages.PRESENTED, Stages.AWARDED)
        .removeRule(Stages.PRESENTED, Stages.FINALIST_ONLY)
        .build();
    return SinovikModule.extend(FrozenModules.edition2023())
        .variant("sulsel-2023")
        .title(LocalizedText.of("KIPP Provinsi Sulawesi Selatan 2023", "South Sulawesi Public Service Innovation Competition 2023"))
        .jurisdiction(Jurisdiction.province(PROVINCE, LocalizedText.of("Provinsi Sulawesi Selatan", "South Sulawesi Province")))
        .legalBasis(
            reported("S81", "S71").withNote("the guide of the provincial competition, made with GIZ-TRANSFORMASI"),
            Citation.reported("Keputusan Gubernur Sulawesi Selatan on the Top 30 (number for 2023 UNKNOWN; e.g. 681/III/2020)", "whole decree")
                .withSources("S71", "S73", "S120"))
        .override(SinovikKeys.EDITION_ID, EditionId.of("sulsel-2023"), Citation.inferred(PANDUAN, "title", "the round feeding the national 2023 edition"))
        .override(SinovikKeys.EDITION_TITLE, LocalizedText.of("KIPP Provinsi Sulawesi Selatan 2023", "South Sulawesi KIPP 2023"), reported("S71"))
        .override(SinovikKeys.ZONE, KippTime.MAKASSAR, reported("S82", "A7").withNote("slots are scheduled in WITA"))
        .override(SinovikKeys.SCHEDULE, Schedule.of(Map.of(
                Phase.REGISTRATION, Window.days(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 2, 12), KippTime.MAKASSAR),
                Phase.SUBMISSION, Window.days(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 2, 12), KippTime.MAKASSAR),
                Phase.EVALUATION, Window.days(LocalDate.of(2023, 2, 13), LocalDate.of(2023, 2, 28), KippTime.MAKASSAR),
                Phase.PRESENTATION, Window.days(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 9), KippTime.MAKASSAR),
                Phase.FIELD_VERIFICATION, Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 26), KippTime.MAKASSAR))),
            Citation.unknown(PANDUAN, "presentations 6–9 March and verification 13–26 March 2023 are reported [A4]; registration"
                + " (2 January – 12 February, as the 2022 close of 12 February [A5]) and evaluation (13–28 February) are kipp defaults").withSources("A4", "A5"))
        .override(SinovikKeys.ENTRANT_REGION, PROVINCE, reported("S107", "S79").withNote("entries come from the province's regencies and cities and its own agencies"))
        .override(SinovikKeys.GROUPS, ImmutableList.of(new InnovationGroup(GroupId.of("umum"), LocalizedText.of("Kelompok Umum", "General group"), false, false)),
            Citation.unknown(PANDUAN, "the 2022 round had umum and replikasi [A5]; the groups of 2023 are not known; kipp runs one general group").withSources("A5"))
        .override(SinovikKeys.PAST_RESULTS, ImmutableMap.of(), Citation.unknown(PANDUAN, "no exclusion of earlier winners is known for the provincial round; kipp applies none"))
        .override(SinovikKeys.INVITATION_ONLY, com.google.common.collect.ImmutableSet.of(), Citation.unknown(PANDUAN, "no invitation group in the provincial round"))
        .remove(SinovikKeys.REPLICATION_GROUP)
        .remove(SinovikKeys.REPLICATION_SOURCE)
        .override(SinovikKeys.VIDEO, new VideoRules(true, Optional.of(Duration.ofMinutes(3)), OptionalInt.empty()),
            reported("S82", "A7").withNote("a 30-minute slot: 7 minutes of presentation, a 3-minute video, 20 minutes of questions"))
        .override(SinovikKeys.PIPELINE, withoutPublicReview, Citation.inferred(PANDUAN, "section UNKNOWN", "admin, proposal scoring, Top 50,"
                + " Top 40, presentation and interview, field verification of every finalist, Top 30 by SK Gubernur; no public review is reported;"
                + " withdrawal and disqualification are kipp defaults inherited from the national pipeline")
            .withSources("S71", "S73", "S120", "S124", "S72"))
        .override(SinovikKeys.CRITERIA, ImmutableList.of(
                CriteriaSet.of(SUBSTANCE, ImmutableList.of(
                    Criterion.of("urgensi", LocalizedText.of("Urgensi", "Urgency"), "1", Scale.of("0", "100", "1"), substance),
                    Criterion.of("kebaruan", LocalizedText.of("Kebaruan", "Novelty"), "1", Scale.of("0", "100", "1"), substance),
                    Criterion.of("implementasi-pandemi", LocalizedText.of("Implementasi di Masa Pandemi Covid-19", "Implementation during Covid-19"), "1", Scale.of("0", "100", "1"), substance),
                    Criterion.of("dampak", LocalizedText.of("Dampak Sebelum dan Sesudah", "Impact before and after"), "1", Scale.of("0", "100", "1"), substance),
                    Criterion.of("transferabilitas", LocalizedText.of("Transferabilitas", "Transferability"), "1", Scale.of("0", "100", "1"), substance)),
                    new BigDecimal("5"), rounding),
                CriteriaSet.of(PRESENTATION, ImmutableList.of(
                    Criterion.of("presentasi", LocalizedText.of("Presentasi dan Wawancara", "Presentation and interview"), "1", Scale.of("0", "100", "1"),
                        Citation.unknown(PANDUAN, "the panel's sheet is not published; kipp scores one overall criterion"))),
                    BigDecimal.ONE, rounding)),
            substance)
        .override(SinovikKeys.COMBINATION, StageCombinations.weighted(
                ImmutableMap.of(SUBSTANCE, new BigDecimal("0.70"), PRESENTATION, new BigDecimal("0.30")), rounding, combination),
            combination)
        .override(SinovikKeys.TIE_BREAKS, TieBreakChain.of(Citation.unknown(PANDUAN, "no tie-break is published; kipp breaks ties by the substance score,"
                + " then the earlier submission, then a recorded draw"), TieBreakChain.stage(SUBSTANCE), TieBreakChain.earlierSubmission(), TieBreakChain.draw()),
            Citation.unknown(PANDUAN, "no tie-break is published"))
        .override(SinovikKeys.NOMINATIONS, ImmutableMap.of(GroupId.of("umum"), 50), reported("A4", "S73").withNote("Top 50 (Pengumuman 065/134/II/B for 2023)"))
        .override(SinovikKeys.FINALISTS, ImmutableList.of(new io.github.kipp.scoring.spi.FinalistPool(io.github.kipp.core.TierId.of("top-40"),
                LocalizedText.of("Top 40 Inovasi Sulawesi Selatan", "South Sulawesi Top 40"), com.google.common.collect.ImmutableSortedSet.of(GroupId.of("umum")),
                io.github.kipp.scoring.shortlist.ShortlistSpec.newBuilder().size(40, reported("S71", "S73")).build())),
            reported("S71", "S73").withNote("Top 50 then Top 40 go on to presentation and verification"))
        .override(SinovikKeys.WINNERS, ImmutableList.of(AwardTier.of("top-30", LocalizedText.of("Top 30 Inovasi Sulawesi Selatan", "South Sulawesi Top 30"),
                GroupId.of("umum"), 30, reported("S71", "S124"))),
            reported("S71", "S124").withNote("fixed by SK Gubernur"))
        .build();
  }
}
