package io.github.kipp.rules.sinovik.frozen;

import static io.github.kipp.rules.sinovik.frozen.Common.DESK;
import static io.github.kipp.rules.sinovik.frozen.Common.KHUSUS;
import static io.github.kipp.rules.sinovik.frozen.Common.PRESENTATION;
import static io.github.kipp.rules.sinovik.frozen.Common.UMUM;
import static io.github.kipp.rules.sinovik.frozen.Sources.PEDOMAN_3_2023;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.VideoRules;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.TieBreakChain;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** KIPP 2023: Pedoman Menteri PANRB 3/2023, with PermenPANRB 7/2021 as standing basis. */
public final class National2023 {

  private National2023() {}

  /** Letter B/188/PP.00.05/2023 extending registration to 6 May 2023, 23:59 WIB. */
  public static final Citation EXTENSION_LETTER =
      Citation.reported("Surat Deputi Pelayanan Publik B/188/PP.00.05/2023", "whole letter").withSources("S105", "S24");

  /**
   * The exclusions of the general group as published in 2023, connectives as written: never
   * entered; or entered without an award; or not in a Top 99 twice; or never a winner
   * (<i>Top Terpuji</i>). Read literally, the "or" admits most earlier entrants.
   *
   * @return the condition
   */
  static HistoryCondition umum2023() {
    return HistoryCondition.any(
        HistoryCondition.not(HistoryCondition.enteredBefore()),
        HistoryCondition.not(HistoryCondition.any(Common.winner(2022), HistoryCondition.reached(Tiers.TOP_99, 2014, 2022))),
        HistoryCondition.not(HistoryCondition.reachedTimes(2, List.of(Tiers.TOP_99), 2014, 2022)),
        HistoryCondition.not(Common.winner(2022)));
  }

  /**
   * The <i>khusus</i> condition of 2023 as published: a winner (<i>Top Terpuji</i>) of the general
   * group 2014–2021, and not in a Top 15 <i>khusus</i> twice or not one of the five Outstanding
   * Achievement winners of 2020–2022. kipp reads it as "A and (B or C)".
   *
   * @return the condition
   */
  static HistoryCondition khusus2023() {
    HistoryCondition.Count top15twice = new HistoryCondition.Count(2, com.google.common.collect.ImmutableSortedSet.of(Tiers.TOP_15), 2020, 2022, Optional.of(KHUSUS));
    return HistoryCondition.all(
        Common.winner(2021),
        HistoryCondition.any(
            HistoryCondition.not(top15twice),
            HistoryCondition.not(HistoryCondition.reached(Tiers.OUTSTANDING_ACHIEVEMENT, 2020, 2022))));
  }

  /**
   * Returns the module.
   *
   * @return KIPP 2023
   */
  public static SinovikModule module() {
    Rounding rounding = Common.rounding(PEDOMAN_3_2023);
    Citation deck = Citation.regulation(PEDOMAN_3_2023, Sources.LAMPIRAN).withSources("S48").withNote("read in the ministry's 2023 training deck");
    Citation umumForm = Sources.partlyUnknown(PEDOMAN_3_2023, Sources.LAMPIRAN, "the umum weight was read in the ministry's 2023 training deck"
        + " (regulation via deck); the scale 0–100 and the khusus sheet are UNKNOWN, kipp applies the umum weights to both groups", "S48");
    ParameterSet.Builder b = ParameterSet.newBuilder();
    National2021.nationalDefaults(b, PEDOMAN_3_2023, rounding);
    b.set(SinovikKeys.EDITION_ID, EditionId.of("kipp-2023"), Citation.inferred(PEDOMAN_3_2023, "title", "the 2023 edition, the tenth"));
    b.set(SinovikKeys.EDITION_TITLE, LocalizedText.of("Kompetisi Inovasi Pelayanan Publik 2023", "Public Service Innovation Competition 2023"),
        Citation.reported(PEDOMAN_3_2023, "title").withSources("S22"));
    b.set(SinovikKeys.EDITION_THEME, LocalizedText.of("Melalui Inovasi Menuju Reformasi Birokrasi yang Berdampak",
        "Through innovation towards a bureaucratic reform with impact"), Sources.reported(PEDOMAN_3_2023, "S105"));
    Schedule schedule = Schedule.of(Map.of(
            Phase.REGISTRATION, Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 2), KippTime.JAKARTA),
            Phase.SUBMISSION, Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 2), KippTime.JAKARTA),
            Phase.ADMINISTRATIVE_SCREENING, Window.days(LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 9), KippTime.JAKARTA),
            Phase.EVALUATION, Window.days(LocalDate.of(2023, 5, 11), LocalDate.of(2023, 5, 30), KippTime.JAKARTA),
            Phase.PRESENTATION, Window.days(LocalDate.of(2023, 6, 26), LocalDate.of(2023, 7, 17), KippTime.JAKARTA),
            Phase.FIELD_VERIFICATION, Window.days(LocalDate.of(2023, 7, 24), LocalDate.of(2023, 7, 30), KippTime.JAKARTA),
            Phase.ANNOUNCEMENT, Window.days(LocalDate.of(2023, 7, 31), LocalDate.of(2023, 7, 31), KippTime.JAKARTA)))
        .extend(Phase.REGISTRATION, ZonedDateTime.of(2023, 5, 7, 0, 0, 0, 0, KippTime.JAKARTA), EXTENSION_LETTER)
        .extend(Phase.SUBMISSION, ZonedDateTime.of(2023, 5, 7, 0, 0, 0, 0, KippTime.JAKARTA), EXTENSION_LETTER);
    b.set(SinovikKeys.SCHEDULE, schedule, Sources.inferred(PEDOMAN_3_2023, "registration 13 March – 2 May, extended by letter B/188/PP.00.05/2023"
        + " to 6 May 23:59 WIB; verification from 24 July, its end inferred from the results of 31 July, so the schedule as a whole is inferred",
        "S105", "S24", "S57", "S12", "S106", "S45"));
    b.set(SinovikKeys.GROUPS, ImmutableList.of(Common.umum(), Common.khusus(false)), Sources.reported(PEDOMAN_3_2023, "S48", "S57"));
    b.set(SinovikKeys.CATEGORIES, Common.categories2022(), Sources.unknown(PEDOMAN_3_2023,
        "the 2023 categories are not published; entries of Sulawesi Selatan's 2023 round carried the national 2022 categories [A4],"
            + " so kipp uses the 2022 catalogue"));
    b.set(SinovikKeys.SECTIONS, Common.sections2023(), Sources.partlyUnknown(PEDOMAN_3_2023, Sources.LAMPIRAN, "the umum form was read in the"
        + " 2023 training deck [S48] (regulation via deck): the summary has at most 200 words; the unweighted SPBE questions are reported [S57];"
        + " the khusus form is UNKNOWN (unreadable in the deck), and kipp applies the umum form to both groups", "S48", "S57"));
    b.set(SinovikKeys.VIDEO, new VideoRules(true, Optional.empty(), OptionalInt.empty()), Sources.reported(PEDOMAN_3_2023, "S12")
        .withNote("slides, a summary and a video are required; the video's length is UNKNOWN"));
    b.set(SinovikKeys.MINIMUM_AGE, Period.ofYears(2), Sources.unknown(PEDOMAN_3_2023, "the 2023 minimum age is not published; kipp keeps the two years of 2021–2022"));
    b.set(SinovikKeys.MINIMUM_AGE_BY_GROUP, ImmutableMap.of(), Sources.unknown(PEDOMAN_3_2023, "no minimum per group is known for 2023"));
    b.set(SinovikKeys.CAPS, ImmutableMap.of(), Sources.unknown(PEDOMAN_3_2023, "no quota per institution is known for 2023; kipp sets none"));
    b.set(SinovikKeys.INVITATION_ONLY, ImmutableSet.of(), Sources.unknown(PEDOMAN_3_2023, "khusus admits by past results (78 khusus passed screening);"
        + " no invitation is required"));
    b.set(SinovikKeys.PAST_RESULTS, ImmutableMap.of(UMUM, umum2023(), KHUSUS, khusus2023()), deck.withNote("connectives as published;"
        + " the intent is UNKNOWN: khusus reads 'Top Terpuji of umum 2014–2021 and not Top 15 khusus twice or not one of the 5 OA 2020–2022',"
        + " which kipp reads as A and (B or C)"));
    b.set(SinovikKeys.CRITERIA, ImmutableList.of(
            Common.deskCriteria2023(umumForm, rounding),
            Common.equalWeights(PRESENTATION, Sources.unknown(PEDOMAN_3_2023, "the panel's sheets are not published; kipp scores one overall criterion"), rounding,
                "penilaian-tpi", "Penilaian Tim Panel Independen", "Independent panel's assessment")),
        Sources.partlyUnknown(PEDOMAN_3_2023, Sources.LAMPIRAN, "desk weights as the sections' of the umum form (regulation via deck); the scale"
            + " 0–100 and the khusus sheet are UNKNOWN, kipp applies the umum weights to both groups", "S48"));
    b.set(SinovikKeys.AGGREGATION, National2021.meanAggregation(PEDOMAN_3_2023), Sources.unknown(PEDOMAN_3_2023, "mean of the sheets"));
    b.set(SinovikKeys.TIE_BREAKS, TieBreakChain.of(Sources.unknown(PEDOMAN_3_2023, "no tie-break is published; kipp breaks ties by the heaviest"
            + " criterion, Signifikansi (30 %), then the desk score, the earlier submission and a recorded draw"),
            TieBreakChain.criterion(CriterionId.of("signifikansi")), TieBreakChain.stage(DESK), TieBreakChain.earlierSubmission(), TieBreakChain.draw()),
        Sources.unknown(PEDOMAN_3_2023, "no tie-break is published"));
    b.set(SinovikKeys.NOMINATIONS, ImmutableMap.of(UMUM, 198, KHUSUS, 30), Sources.reported(PEDOMAN_3_2023, "S2").withNote("228 nominated: 198 umum and 30 khusus"));
    b.set(SinovikKeys.FINALISTS, ImmutableList.of(
            Common.pool("top-99", "Top 99 Kelompok Umum", "Top 99 general group", 99, Sources.reported(PEDOMAN_3_2023, "S2", "S106"), UMUM),
            Common.pool("top-15-khusus", "Top 15 Kelompok Khusus", "Top 15 special group", 15, Sources.reported(PEDOMAN_3_2023, "S2", "S106"), KHUSUS)),
        Sources.reported(PEDOMAN_3_2023, "S2", "S106").withNote("proportional to participants and to disadvantaged regions [S2]; targets UNKNOWN, so no quotas"));
    b.set(SinovikKeys.WINNERS, ImmutableList.of(
            AwardTier.of("top-45", LocalizedText.of("Top 45 Inovasi Terpuji", "Top 45 Commendable Innovations"), UMUM, 45,
                Sources.reported(PEDOMAN_3_2023, "S45", "S146").withNote("Top 45 per participant-type cluster [S45]"))
                .withClusters(java.util.List.of(
                new AwardTier.Cluster("kementerian-lembaga", LocalizedText.of("Kementerian dan Lembaga", "Ministries and agencies"),
                    com.google.common.collect.ImmutableSortedSet.of(InstitutionType.KEMENTERIAN, InstitutionType.LEMBAGA), 10,
                    Sources.partlyUnknown(PEDOMAN_3_2023, "UNKNOWN", "the cluster's size is UNKNOWN; kipp's default 10 (at least 7 ministries and agencies are among the 2023 winners [S114])", "S45", "S114")),
                new AwardTier.Cluster("pemerintah-provinsi", LocalizedText.of("Pemerintah Provinsi", "Provincial governments"),
                    com.google.common.collect.ImmutableSortedSet.of(InstitutionType.PROVINSI), 5,
                    Sources.partlyUnknown(PEDOMAN_3_2023, "UNKNOWN", "the cluster's size is UNKNOWN; kipp's default 5", "S45", "S114")),
                new AwardTier.Cluster("pemerintah-kabupaten-kota", LocalizedText.of("Pemerintah Kabupaten/Kota", "Regency and city governments"),
                    com.google.common.collect.ImmutableSortedSet.of(InstitutionType.KABUPATEN, InstitutionType.KOTA), 25,
                    Sources.partlyUnknown(PEDOMAN_3_2023, "UNKNOWN", "the regional-government cluster; its size is UNKNOWN; kipp's default 25, the rest of"
                        + " the 45 after the other clusters", "S45", "S114")),
                new AwardTier.Cluster("bumn-bumd", LocalizedText.of("BUMN dan BUMD", "State- and region-owned enterprises"),
                    com.google.common.collect.ImmutableSortedSet.of(InstitutionType.BUMN, InstitutionType.BUMD), 5,
                    Sources.partlyUnknown(PEDOMAN_3_2023, "UNKNOWN", "whether enterprises were a cluster of their own is UNKNOWN; kipp's default 5", "S45", "S114")))),
            AwardTier.of("outstanding-achievement", LocalizedText.of("Outstanding Achievement", "Outstanding Achievement"), KHUSUS, 5,
                Sources.reported(PEDOMAN_3_2023, "S146").withNote("the khusus winners of 2023 are 5 Outstanding Achievement awards"))),
        Sources.inferred(PEDOMAN_3_2023, "Top 45 of umum, chosen per participant-type cluster [S45] whose sizes are UNKNOWN (kipp's defaults;"
            + " seats a cluster cannot fill go to the best of the rest), and 5 Outstanding Achievement awards of khusus [S146]", "S45", "S146"));
    return SinovikModule.newBuilder()
        .id(RuleModuleId.of("sinovik-2023"))
        .title(LocalizedText.of("KIPP 2023 (Pedoman Menteri PANRB 3/2023)", "KIPP 2023 (Pedoman Menteri PANRB 3/2023)"))
        .jurisdiction(Jurisdiction.NATIONAL)
        .effectivePeriod(EffectivePeriod.ofYear(2023))
        .editionYear(2023)
        .legalBasis(Sources.basis2023())
        .parameters(b.build())
        .build();
  }
}
