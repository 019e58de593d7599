package io.github.kipp.rules.sinovik.frozen;

import static io.github.kipp.rules.sinovik.frozen.Common.DESK;
import static io.github.kipp.rules.sinovik.frozen.Common.KHUSUS;
import static io.github.kipp.rules.sinovik.frozen.Common.PRESENTATION;
import static io.github.kipp.rules.sinovik.frozen.Common.UMUM;
import static io.github.kipp.rules.sinovik.frozen.Sources.KEPMEN_50_2022;
import static io.github.kipp.rules.sinovik.frozen.Sources.PERMEN_91_2021;

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
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.rank.AwardTier;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** KIPP 2022: PermenPANRB 7/2021 with KepmenPANRB 50/2022. */
public final class National2022 {

  private National2022() {}

  /**
   * Returns the module.
   *
   * @return KIPP 2022
   */
  public static SinovikModule module() {
    Rounding rounding = Common.rounding(KEPMEN_50_2022);
    ParameterSet.Builder b = ParameterSet.newBuilder();
    National2021.nationalDefaults(b, KEPMEN_50_2022, rounding);
    b.set(SinovikKeys.EDITION_ID, EditionId.of("kipp-2022"), Citation.inferred(KEPMEN_50_2022, "title", "the 2022 edition"));
    b.set(SinovikKeys.EDITION_TITLE, LocalizedText.of("Kompetisi Inovasi Pelayanan Publik 2022", "Public Service Innovation Competition 2022"),
        Citation.reported(KEPMEN_50_2022, "title").withSources("S4"));
    b.set(SinovikKeys.EDITION_THEME, LocalizedText.of("Transformasi kelembagaan, SDM aparatur, dan digital", "Institutional, civil-service and digital transformation"),
        Sources.reported(KEPMEN_50_2022, "S4"));
    b.set(SinovikKeys.SCHEDULE, Schedule.of(Map.of(
            Phase.REGISTRATION, Window.days(LocalDate.of(2022, 3, 16), LocalDate.of(2022, 4, 15), KippTime.JAKARTA),
            Phase.SUBMISSION, Window.days(LocalDate.of(2022, 3, 16), LocalDate.of(2022, 4, 15), KippTime.JAKARTA),
            Phase.ADMINISTRATIVE_SCREENING, Window.days(LocalDate.of(2022, 4, 18), LocalDate.of(2022, 4, 27), KippTime.JAKARTA),
            Phase.EVALUATION, Window.days(LocalDate.of(2022, 5, 9), LocalDate.of(2022, 5, 30), KippTime.JAKARTA),
            Phase.PRESENTATION, Window.days(LocalDate.of(2022, 6, 24), LocalDate.of(2022, 7, 12), KippTime.JAKARTA))),
        Sources.reported(KEPMEN_50_2022, "S75", "A16", "S5", "S61")
            .withNote("CONFLICT: registration closes 15 April [S75] or 16 April 12:00 WIB [S46]; kipp takes 15 April 23:59 WIB."
                + " Desk evaluation starts 9 May [S5] or 10 May; kipp takes 9 May"));
    b.set(SinovikKeys.GROUPS, ImmutableList.of(Common.umum(), Common.khusus(false)), Sources.reported(KEPMEN_50_2022, "S3", "S4")
        .withNote("whether khusus is by invitation only is UNKNOWN (155 khusus proposals were submitted); kipp does not require an invitation"));
    b.set(SinovikKeys.CATEGORIES, Common.categories2022(), Sources.reported(KEPMEN_50_2022, "S3", "S46"));
    b.set(SinovikKeys.SECTIONS, Common.sections2021(), Sources.unknown(KEPMEN_50_2022,
        "the 2022 proposal form is not published; kipp keeps the ten known aspects of 2021, unweighted"));
    b.set(SinovikKeys.VIDEO, new VideoRules(true, Optional.of(Duration.ofMinutes(3)), OptionalInt.empty()), Sources.reported(KEPMEN_50_2022, "S3")
        .withNote("a video of at most 3 minutes on YouTube, linked in the proposal"));
    b.set(SinovikKeys.MINIMUM_AGE, Period.ofYears(2), Sources.reported(KEPMEN_50_2022, "S3", "A15"));
    b.set(SinovikKeys.MINIMUM_AGE_BY_GROUP, ImmutableMap.of(), Sources.reported(KEPMEN_50_2022, "S3").withNote("one minimum for every group"));
    b.set(SinovikKeys.MINIMUM_AGE_PANDEMIC, Period.ofYears(1), Sources.reported(KEPMEN_50_2022, "S3", "A15").withNote("one year if pandemic-related"));
    b.set(SinovikKeys.CAPS, ImmutableMap.of(), Sources.unknown(KEPMEN_50_2022, "no quota per institution is known for 2022; kipp sets none"));
    b.set(SinovikKeys.INVITATION_ONLY, ImmutableSet.of(), Sources.unknown(KEPMEN_50_2022, "invitation-only khusus is not confirmed for 2022; kipp requires none"));
    b.set(SinovikKeys.PAST_RESULTS, ImmutableMap.of(UMUM, Common.umumExclusions(2021), KHUSUS, Common.winner(2021)), Sources.inferred(KEPMEN_50_2022,
        "the 2022 exclusions are not published; kipp applies the 2021 rule to umum, extended to 2021, and admits to khusus the winners"
            + " of 2014–2021 (khusus was for earlier winners in 2020)", "S33", "S104"));
    b.set(SinovikKeys.CRITERIA, ImmutableList.of(
            Common.equalWeights(DESK, Sources.partlyUnknown(PERMEN_91_2021, "Pasal 3", "the general innovation criteria of PermenPANRB 91/2021"
                + " Pasal 3 (read via JDIH), not a known 2022 scoring sheet; kipp takes them as the 2022 desk criteria and, weights not being"
                + " published, weighs the five equally", "A1", "S50"), rounding, Common.PERMEN_91_CRITERIA),
            Common.equalWeights(PRESENTATION, Sources.unknown(KEPMEN_50_2022, "the panel's sheets are not published; kipp scores one overall criterion"), rounding,
                "penilaian-tpi", "Penilaian Tim Panel Independen", "Independent panel's assessment")),
        Sources.partlyUnknown(PERMEN_91_2021, "Pasal 3", "the 2022 scoring sheet is not published; kipp scores the general innovation criteria"
            + " of PermenPANRB 91/2021 Pasal 3, equally weighted on 0–100 (weights and scale UNKNOWN)", "A1"));
    b.set(SinovikKeys.AGGREGATION, National2021.meanAggregation(KEPMEN_50_2022), Sources.unknown(KEPMEN_50_2022, "mean of the sheets"));
    b.set(SinovikKeys.TIE_BREAKS, National2021.defaultTieBreaks(KEPMEN_50_2022), Sources.unknown(KEPMEN_50_2022, "no tie-break is published"));
    b.set(SinovikKeys.NOMINATIONS, ImmutableMap.of(UMUM, 198, KHUSUS, 30), Sources.inferred(KEPMEN_50_2022,
        "nominations are not published for 2022; kipp nominates twice the finalists, as in 2023", "S2"));
    b.set(SinovikKeys.FINALISTS, ImmutableList.of(
            Common.pool("top-99", "Top 99 Kelompok Umum", "Top 99 general group", 99, Sources.reported(KEPMEN_50_2022, "S60"), UMUM),
            Common.pool("top-15-khusus", "Top 15 Kelompok Khusus", "Top 15 special group", 15, Sources.reported(KEPMEN_50_2022, "S60"), KHUSUS)),
        Sources.reported(KEPMEN_50_2022, "S60").withNote("composition targets UNKNOWN, so no quotas"));
    b.set(SinovikKeys.WINNERS, ImmutableList.of(
            AwardTier.of("top-45", LocalizedText.of("Top 45 Inovasi Terpuji", "Top 45 Commendable Innovations"), UMUM, 45,
                Sources.inferred(KEPMEN_50_2022, "2022 winners are not published; 45 as in 2019–2021")),
            AwardTier.of("outstanding-achievement", LocalizedText.of("Outstanding Achievement", "Outstanding Achievement"), KHUSUS, 5,
                Sources.inferred(KEPMEN_50_2022, "2022 winners are not published; 5 OA as in 2020–2021"))),
        Sources.inferred(KEPMEN_50_2022, "winners of 2022 are UNKNOWN; 45 + 5 is likely", "S60"));
    return SinovikModule.newBuilder()
        .id(RuleModuleId.of("sinovik-2022"))
        .title(LocalizedText.of("KIPP 2022 (PermenPANRB 7/2021, KepmenPANRB 50/2022)", "KIPP 2022 (PermenPANRB 7/2021, KepmenPANRB 50/2022)"))
        .jurisdiction(Jurisdiction.NATIONAL)
        .effectivePeriod(EffectivePeriod.ofYear(2022))
        .editionYear(2022)
        .legalBasis(Sources.basis2022())
        .parameters(b.build())
        .build();
  }
}
