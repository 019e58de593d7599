package io.github.kipp.rules.sinovik.frozen;

import static io.github.kipp.rules.sinovik.frozen.Common.DESK;
import static io.github.kipp.rules.sinovik.frozen.Common.KHUSUS;
import static io.github.kipp.rules.sinovik.frozen.Common.PRESENTATION;
import static io.github.kipp.rules.sinovik.frozen.Common.REPLIKASI;
import static io.github.kipp.rules.sinovik.frozen.Common.UMUM;
import static io.github.kipp.rules.sinovik.frozen.Sources.KEPMEN_161_2021;
import static io.github.kipp.rules.sinovik.frozen.Sources.PERMEN_7_2021;

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
import io.github.kipp.core.eligibility.AgeRequirement;
import io.github.kipp.core.eligibility.CapRefusal;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.rank.TieBreakChain;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/** KIPP 2021: PermenPANRB 7/2021 with KepmenPANRB 161/2021. */
public final class National2021 {

  private National2021() {}

  /**
   * The shared parameters of the national modules that follow the 2021 form of the rules: pipeline,
   * scoring defaults and conflict policy.
   *
   * @param b the builder
   * @param instrument the edition's guide
   * @param rounding the rounding
   */
  static void nationalDefaults(ParameterSet.Builder b, String instrument, Rounding rounding) {
    b.set(SinovikKeys.ZONE, KippTime.JAKARTA, Citation.reported(instrument, Sources.LAMPIRAN).withSources("S18", "S46", "S24")
        .withNote("national deadlines are published in WIB"));
    b.set(SinovikKeys.PIPELINE, StageMachine.national(), Citation.inferred(PERMEN_7_2021, Sources.LAMPIRAN,
        "the national pipeline of 2020–2023 is reported; withdrawal and disqualification are described by no source and are kipp"
            + " defaults, so the pipeline as a whole is inferred").withSources("S52", "S4", "S37", "S32"));
    b.set(SinovikKeys.FITS_EDITION, true, Sources.inferred(instrument, "administrative screening refused incomplete proposals in 2017 and 2018;"
        + " kipp refuses them in " + year(instrument) + " too", "S25", "S16", "S17"));
    b.set(SinovikKeys.AGE_CLOSE, AgeRequirement.CloseBasis.EXTENDED, Sources.unknown(instrument,
        "whether age counts back from the original or the extended close is not published; kipp counts from the close in force"));
    b.set(SinovikKeys.AGE_PARTIAL_DATES, PartialDateResolution.EARLIEST, Sources.unknown(instrument,
        "how a start known only to the month or year is read is not published; kipp reads its earliest day"));
    b.set(SinovikKeys.UNIQUE_TITLE, true, Sources.inferred(instrument,
        "a duplicate title was an administrative failure reason in 2017 and 2018; kipp compares titles after normalisation", "S25", "S16", "S17"));
    b.set(SinovikKeys.MINIMUM_SDGS, 1, Sources.reported(instrument, "S16").withNote("at least one SDG target since 2018"));
    b.set(SinovikKeys.ROUNDING, rounding, rounding.citation());
    b.set(SinovikKeys.COMBINATION, StageCombinations.single(PRESENTATION, Sources.unknown(instrument,
            "no national formula combines desk, panel and verification; kipp ranks winners by the independent panel's"
                + " presentation score, the desk evaluation being the entry gate")),
        Sources.unknown(instrument, "no national formula combines the stages [domain specification 4.8]; the desk evaluation is the entry gate [S104]"));
    b.set(SinovikKeys.CONFLICT_OF_INTEREST, ConflictOfInterestPolicies.institutional(), ConflictOfInterestPolicies.INSTITUTIONAL_BASIS);
  }

  /**
   * Returns the aggregation of both scoring stages: the mean of the sheets.
   *
   * @param instrument the edition's guide
   * @return the aggregation by stage
   */
  /** The edition year of a national guide, for notes. */
  private static String year(String instrument) {
    return instrument.equals(Sources.KEPMEN_161_2021) ? "2021" : instrument.equals(Sources.KEPMEN_50_2022) ? "2022"
        : instrument.equals(Sources.PEDOMAN_3_2023) ? "2023" : "2025";
  }

  static ImmutableMap<io.github.kipp.core.StageId, io.github.kipp.scoring.aggregate.AggregationPolicy> meanAggregation(String instrument) {
    Citation c = Sources.unknown(instrument, "evaluators per proposal and disagreement handling are not published; kipp takes the mean of the sheets");
    return ImmutableMap.of(DESK, Aggregations.mean(c), PRESENTATION, Aggregations.mean(c));
  }

  /**
   * Returns the default tie-break chain: higher desk score, earlier submission, a seeded draw.
   *
   * @param instrument the edition's guide
   * @return the chain
   */
  static TieBreakChain defaultTieBreaks(String instrument) {
    return TieBreakChain.of(Sources.unknown(instrument, "no tie-break is published; kipp breaks ties by the higher desk score, then the earlier"
        + " submission, then a draw whose seed is recorded"), TieBreakChain.stage(DESK), TieBreakChain.earlierSubmission(), TieBreakChain.draw());
  }

  /**
   * Returns the module.
   *
   * @return KIPP 2021
   */
  public static SinovikModule module() {
    Rounding rounding = Common.rounding(KEPMEN_161_2021);
    Citation guide = Sources.reported(KEPMEN_161_2021, "S18", "S20");
    ParameterSet.Builder b = ParameterSet.newBuilder();
    nationalDefaults(b, KEPMEN_161_2021, rounding);
    b.set(SinovikKeys.EDITION_ID, EditionId.of("kipp-2021"), Citation.inferred(KEPMEN_161_2021, "title", "the 2021 edition"));
    b.set(SinovikKeys.EDITION_TITLE, LocalizedText.of("Kompetisi Inovasi Pelayanan Publik 2021", "Public Service Innovation Competition 2021"),
        Citation.regulation(KEPMEN_161_2021, "title").withSources("S10"));
    b.set(SinovikKeys.SCHEDULE, Schedule.of(Map.of(
            Phase.REGISTRATION, Window.days(LocalDate.of(2021, 3, 17), LocalDate.of(2021, 5, 11), KippTime.JAKARTA),
            Phase.SUBMISSION, Window.days(LocalDate.of(2021, 3, 17), LocalDate.of(2021, 5, 11), KippTime.JAKARTA),
            Phase.EVALUATION, Window.days(LocalDate.of(2021, 5, 27), LocalDate.of(2021, 6, 10), KippTime.JAKARTA),
            Phase.PUBLIC_REVIEW, Window.days(LocalDate.of(2021, 6, 16), LocalDate.of(2021, 6, 20), KippTime.JAKARTA),
            Phase.ANNOUNCEMENT, Window.days(LocalDate.of(2021, 7, 29), LocalDate.of(2021, 7, 29), KippTime.JAKARTA))),
        Sources.inferred(KEPMEN_161_2021, "registration 17 March – 11 May 23:59 WIB; desk evaluation 27 May – 10 June; public review inferred"
            + " as five calendar days from the Top 99 announcement of 16 June; results 29 July", "S18", "S23", "S56", "S63", "S64"));
    b.set(SinovikKeys.GROUPS, ImmutableList.of(Common.umum(), Common.replikasi(), Common.khusus(true)), Sources.reported(KEPMEN_161_2021, "S6", "S18"));
    b.set(SinovikKeys.CATEGORIES, Common.categories2021(), Sources.reported(KEPMEN_161_2021, "S18", "S19", "S20")
        .withNote("ten categories; penegakan hukum new in 2021"));
    b.set(SinovikKeys.SECTIONS, Common.sections2021(), Sources.reported(KEPMEN_161_2021, "S56")
        .withNote("ten of the eleven main aspects are known; their weights, word limits and the additional aspects of replikasi"
            + " and khusus are UNKNOWN, so the sections are unweighted and unlimited"));
    b.set(SinovikKeys.VIDEO, VideoRules.none(), Sources.unknown(KEPMEN_161_2021, "no video rule of 2021 is known; kipp asks nothing of the video"));
    b.set(SinovikKeys.MINIMUM_AGE, Period.ofYears(2), guide.withNote("two years for umum and khusus"));
    b.set(SinovikKeys.MINIMUM_AGE_BY_GROUP, ImmutableMap.of(REPLIKASI, Period.ofYears(1)), guide.withNote("one year for replikasi"));
    b.set(SinovikKeys.CAPS, ImmutableMap.of(UMUM, 10, REPLIKASI, 5), Sources.reported(KEPMEN_161_2021, "S18", "S19", "S23")
        .withNote("khusus is outside the quota; internal pre-selection advised; which proposals are refused above the cap is UNKNOWN,"
            + " kipp refuses the latest submitted"));
    // Issue 16: the refusal policy, until then only in the caps' note, is a parameter of its own.
    b.set(SinovikKeys.CAP_REFUSAL, CapRefusal.LATEST_SUBMISSIONS,
        Sources.unknown(KEPMEN_161_2021, "which proposals are refused above the cap is not published; kipp refuses those submitted last"));
    b.set(SinovikKeys.INVITATION_ONLY, ImmutableSet.of(KHUSUS), Sources.reported(KEPMEN_161_2021, "S6", "S18").withNote("by the Minister's invitation"));
    b.set(SinovikKeys.PAST_RESULTS, ImmutableMap.of(UMUM, Common.umumExclusions(2020)), Sources.reported(KEPMEN_161_2021, "S6", "S18")
        .withNote("umum: never in a Top 99 twice, never Top 45 2019/2020, Top 40 2017/2018, Top 35 2016, Top 25 2015, Top 9 2014"));
    b.set(SinovikKeys.REPLICATION_GROUP, REPLIKASI, Sources.reported(KEPMEN_161_2021, "S6", "S18"));
    b.set(SinovikKeys.REPLICATION_SOURCE, HistoryCondition.reached(Tiers.TOP_99, 2014, 2020), Sources.inferred(KEPMEN_161_2021,
        "adapts fully or partly at least one Top 99 of KIPP 2014–20?? [S6, S18]; the end year is UNKNOWN, kipp takes 2020, the last edition"
            + " before 2021", "S6", "S18"));
    b.set(SinovikKeys.CRITERIA, ImmutableList.of(
            Common.equalWeights(DESK, Sources.unknown(KEPMEN_161_2021, "the desk evaluators score the aspects; weights are not published, kipp weighs them equally"), rounding,
                "latar-belakang", "Latar Belakang dan Tujuan", "Background and goals",
                "kesesuaian-kategori", "Kesesuaian dengan Kategori", "Fit to the category",
                "kontribusi-tpb", "Kontribusi terhadap Target TPB", "Contribution to SDG targets",
                "deskripsi", "Deskripsi Inovasi", "Description",
                "inovatif", "Inovatif", "Innovativeness",
                "transferabilitas", "Transferabilitas", "Transferability",
                "sumber-daya", "Sumber Daya", "Resources",
                "strategi-keberlanjutan", "Strategi Keberlanjutan", "Sustainability strategy",
                "evaluasi", "Evaluasi", "Evaluation",
                "keterlibatan-pemangku", "Keterlibatan Pemangku Kepentingan", "Stakeholder involvement"),
            Common.equalWeights(PRESENTATION, Sources.unknown(KEPMEN_161_2021, "the panel's sheets are not published; kipp scores one overall criterion"), rounding,
                "penilaian-tpi", "Penilaian Tim Panel Independen", "Independent panel's assessment")),
        Sources.unknown(KEPMEN_161_2021, "criteria weights and scales are not published; equal weights on 0–100"));
    b.set(SinovikKeys.AGGREGATION, meanAggregation(KEPMEN_161_2021), Sources.unknown(KEPMEN_161_2021, "mean of the sheets; TPI members score individually [S64]"));
    b.set(SinovikKeys.TIE_BREAKS, defaultTieBreaks(KEPMEN_161_2021), Sources.unknown(KEPMEN_161_2021, "no tie-break is published"));
    b.set(SinovikKeys.NOMINATIONS, ImmutableMap.of(UMUM, 198, REPLIKASI, 30, KHUSUS, 30), Sources.inferred(KEPMEN_161_2021,
        "nominations are not published for 2021; kipp nominates twice the finalists, as 228 were nominated for 114 places in 2023", "S2"));
    b.set(SinovikKeys.FINALISTS, ImmutableList.of(
            Common.pool("top-99", "Top 99 Kelompok Umum", "Top 99 general group", 99, Sources.reported(KEPMEN_161_2021, "S63"), UMUM),
            Common.pool("top-15-replikasi", "Top 15 Kelompok Replikasi", "Top 15 replication group", 15, Sources.reported(KEPMEN_161_2021, "S63"), REPLIKASI),
            Common.pool("top-15-khusus", "Top 15 Kelompok Khusus", "Top 15 special group", 15, Sources.reported(KEPMEN_161_2021, "S63"), KHUSUS)),
        Sources.reported(KEPMEN_161_2021, "S63").withNote("129 finalists = 99 umum + 15 replikasi + 15 khusus (Pengumuman B/112, 16 June 2021);"
            + " composition targets UNKNOWN, so no quotas"));
    b.set(SinovikKeys.WINNERS, ImmutableList.of(
            AwardTier.of("top-45", LocalizedText.of("Top 45 Inovasi Terpuji", "Top 45 Commendable Innovations"), UMUM, 45, Sources.reported(KEPMEN_161_2021,
                "S64", "S144").withNote("45 winners are reported [S64], chosen per institution-type cluster [S144]"))
                .withClusters(java.util.List.of(
                new AwardTier.Cluster("kementerian-lembaga", LocalizedText.of("Kementerian dan Lembaga", "Ministries and agencies"),
                    com.google.common.collect.ImmutableSortedSet.of(InstitutionType.KEMENTERIAN, InstitutionType.LEMBAGA), 10,
                    Sources.partlyUnknown(KEPMEN_161_2021, "UNKNOWN", "the cluster's size is UNKNOWN; kipp's default 10 (ministries and agencies)", "S144")),
                new AwardTier.Cluster("pemerintah-provinsi", LocalizedText.of("Pemerintah Provinsi", "Provincial governments"),
                    com.google.common.collect.ImmutableSortedSet.of(InstitutionType.PROVINSI), 5,
                    Sources.partlyUnknown(KEPMEN_161_2021, "UNKNOWN", "the cluster's size is UNKNOWN; kipp's default 5", "S144")),
                new AwardTier.Cluster("pemerintah-kabupaten-kota", LocalizedText.of("Pemerintah Kabupaten/Kota", "Regency and city governments"),
                    com.google.common.collect.ImmutableSortedSet.of(InstitutionType.KABUPATEN, InstitutionType.KOTA), 25,
                    Sources.partlyUnknown(KEPMEN_161_2021, "UNKNOWN", "the regional-government cluster [S144]; its size is UNKNOWN; kipp's default 25, the rest of"
                        + " the 45 after the other clusters", "S144")),
                new AwardTier.Cluster("bumn-bumd", LocalizedText.of("BUMN dan BUMD", "State- and region-owned enterprises"),
                    com.google.common.collect.ImmutableSortedSet.of(InstitutionType.BUMN, InstitutionType.BUMD), 5,
                    Sources.partlyUnknown(KEPMEN_161_2021, "UNKNOWN", "whether enterprises were a cluster of their own is UNKNOWN; kipp's default 5", "S144")))),
            AwardTier.of("top-5-replikasi", LocalizedText.of("Top 5 Replikasi", "Top 5 Replication"), REPLIKASI, 5, Sources.reported(KEPMEN_161_2021, "S64")),
            AwardTier.of("outstanding-achievement", LocalizedText.of("Outstanding Achievement", "Outstanding Achievement"), KHUSUS, 5, Sources.reported(KEPMEN_161_2021, "S64"))),
        Sources.inferred(KEPMEN_161_2021, "55 winners = 45 + 5 Replikasi + 5 OA, announced 29 July 2021 [S64]; the 45 were chosen per"
            + " institution-type cluster [S144], whose sizes are UNKNOWN (kipp's defaults; seats a cluster cannot fill go to the best of the rest)",
            "S64", "S144"));
    return SinovikModule.newBuilder()
        .id(RuleModuleId.of("sinovik-2021"))
        .title(LocalizedText.of("KIPP 2021 (PermenPANRB 7/2021, KepmenPANRB 161/2021)", "KIPP 2021 (PermenPANRB 7/2021, KepmenPANRB 161/2021)"))
        .jurisdiction(Jurisdiction.NATIONAL)
        .effectivePeriod(EffectivePeriod.ofYear(2021))
        .editionYear(2021)
        .legalBasis(Sources.basis2021())
        .parameters(b.build())
        .build();
  }
}
