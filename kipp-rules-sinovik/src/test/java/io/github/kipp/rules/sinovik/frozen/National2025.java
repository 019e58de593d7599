package io.github.kipp.rules.sinovik.frozen;

import static io.github.kipp.rules.sinovik.frozen.Common.DESK;
import static io.github.kipp.rules.sinovik.frozen.Common.PANEL;
import static io.github.kipp.rules.sinovik.frozen.Common.REPLIKASI;
import static io.github.kipp.rules.sinovik.frozen.Common.UMUM;
import static io.github.kipp.rules.sinovik.frozen.Sources.PEDOMAN_4_2025;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.VideoRules;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.aggregate.StageCombinations;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** KIPP 2025: Pedoman Menteri PANRB 4/2025 (numbered 5/2025 by one source) and PermenPANRB 7/2021. */
public final class National2025 {

  private National2025() {}

  /**
   * Returns the module.
   *
   * @return KIPP 2025
   */
  public static SinovikModule module() {
    Rounding rounding = Common.rounding(PEDOMAN_4_2025);
    ParameterSet.Builder b = ParameterSet.newBuilder();
    National2021.nationalDefaults(b, PEDOMAN_4_2025, rounding);
    b.set(SinovikKeys.PIPELINE, StageMachine.national(), Sources.inferred(PEDOMAN_4_2025,
        "2025 runs screening, desk evaluation (pass mark 85), the panel's feasibility assessment per category, a public usefulness"
            + " rating and a joint plenary; presentations are UNKNOWN, so kipp keeps the national pipeline of 2020–2023", "S38", "S44", "S111", "S30"));
    b.set(SinovikKeys.EDITION_ID, EditionId.of("kipp-2025"), Citation.inferred(PEDOMAN_4_2025, "title", "the 2025 edition"));
    b.set(SinovikKeys.EDITION_TITLE, LocalizedText.of("Kompetisi Inovasi Pelayanan Publik 2025", "Public Service Innovation Competition 2025"),
        Citation.reported(PEDOMAN_4_2025, "title").withSources("S28"));
    b.set(SinovikKeys.EDITION_THEME, LocalizedText.of("Mewujudkan Pelayanan Publik Berdampak Untuk Kesejahteraan Masyarakat",
        "Public services with impact for people's welfare"), Sources.reported(PEDOMAN_4_2025, "S41"));
    b.set(SinovikKeys.SCHEDULE, Schedule.of(Map.of(
            Phase.REGISTRATION, Window.days(LocalDate.of(2025, 4, 8), LocalDate.of(2025, 6, 3), KippTime.JAKARTA),
            Phase.SUBMISSION, Window.days(LocalDate.of(2025, 4, 8), LocalDate.of(2025, 6, 3), KippTime.JAKARTA),
            Phase.EVALUATION, Window.days(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 14), KippTime.JAKARTA))),
        Sources.reported(PEDOMAN_4_2025, "S41", "S28").withNote("registration 8 April – 3 June; desk evaluation 30 June – 13 July, plenary 14 July"));
    b.set(SinovikKeys.GROUPS, ImmutableList.of(Common.umum(), Common.replikasi()), Sources.reported(PEDOMAN_4_2025, "S28", "S30"));
    // Issue 16: the nine categories named by the 2025 guide replace the eight numbered placeholders.
    b.set(SinovikKeys.CATEGORIES, Common.categories2025(), Sources.reported(PEDOMAN_4_2025, "S130", "S38")
        .withNote("nine categories, named by the 2025 guide [S130]; they follow the Asta Cita [S38]"));
    // Issue 16: the two letters every 2025 proposal carries.
    b.set(SinovikKeys.REQUIRED_ATTACHMENTS,
        ImmutableSet.of(AttachmentKind.INNOVATOR_IDENTITY_STATEMENT, AttachmentKind.REPLICATION_CONSENT_LETTER),
        Sources.reported(PEDOMAN_4_2025, "S130")
            .withNote("two letters: a statement of the innovator's identity and a letter agreeing to the innovation's replication"));
    b.set(SinovikKeys.SECTIONS, Common.sections2021(), Sources.unknown(PEDOMAN_4_2025,
        "the 2025 form ('indicators' [S28]) is not published; kipp keeps the ten known aspects of 2021, unweighted"));
    b.set(SinovikKeys.VIDEO, new VideoRules(true, Optional.of(Duration.ofMinutes(5)), OptionalInt.of(720)), Sources.reported(PEDOMAN_4_2025, "S84")
        .withNote("at most 5 minutes, at least 720p, in Bahasa Indonesia or subtitled, public on YouTube or an open cloud"));
    b.set(SinovikKeys.MINIMUM_AGE, Period.ofYears(2), Sources.unknown(PEDOMAN_4_2025, "the 2025 minimum age is not published; kipp keeps two years"));
    b.set(SinovikKeys.MINIMUM_AGE_BY_GROUP, ImmutableMap.of(), Sources.unknown(PEDOMAN_4_2025, "no minimum per group is known for 2025"));
    b.set(SinovikKeys.CAPS, ImmutableMap.of(), Sources.unknown(PEDOMAN_4_2025, "no quota per institution is known for 2025; kipp sets none"));
    b.set(SinovikKeys.INVITATION_ONLY, ImmutableSet.of(), Sources.reported(PEDOMAN_4_2025, "S28").withNote("no invitation group in 2025"));
    b.set(SinovikKeys.PAST_RESULTS, ImmutableMap.of(UMUM, io.github.kipp.core.eligibility.HistoryCondition.not(Common.anyAward(2023))),
        Sources.inferred(PEDOMAN_4_2025, "all 2025 finalists were 'new' [S28, S30]; kipp admits to umum innovations that never won an award"
            + " (any pool) in 2014–2023", "S28", "S30"));
    b.set(SinovikKeys.REPLICATION_GROUP, REPLIKASI, Sources.reported(PEDOMAN_4_2025, "S28", "S30"));
    b.set(SinovikKeys.REPLICATION_SOURCE, Common.anyAward(2023), Sources.inferred(PEDOMAN_4_2025,
        "the 2024 monitoring covered Top Inovasi of 2014–2023 and their replicas [S43]; kipp takes a winner of any pool in 2014–2023"
            + " as a qualifying source", "S43"));
    b.set(SinovikKeys.ZONE, io.github.kipp.core.KippTime.JAKARTA, Sources.inferred(PEDOMAN_4_2025, "national deadlines of 2021–2023 are"
        + " published in WIB; no 2025 deadline with its zone is known, so kipp keeps WIB", "S18", "S46", "S24"));
    b.set(SinovikKeys.PASS_MARK, new BigDecimal("85"), Sources.reported(PEDOMAN_4_2025, "S28", "S39").withNote("at least 85, inclusive; replicated innovations first"));
    b.set(SinovikKeys.CRITERIA, ImmutableList.of(
            Common.equalWeights(DESK, Sources.partlyUnknown(PEDOMAN_4_2025, Sources.LAMPIRAN, "measurable benefit, replicability, durability are"
                + " reported [S40]; weights and scale UNKNOWN, kipp weighs them equally on 0–100", "S40"), rounding,
                "manfaat-terukur", "Manfaat Terukur", "Measurable benefit",
                "replikabilitas", "Replikabilitas", "Replicability",
                "keberlanjutan", "Keberlanjutan", "Durability"),
            Common.equalWeights(PANEL, Sources.unknown(PEDOMAN_4_2025, "the panel assesses feasibility for national roll-out; kipp scores one overall criterion"), rounding,
                "kelayakan-nasional", "Kelayakan Penerapan Nasional", "Feasibility for national roll-out")),
        Sources.partlyUnknown(PEDOMAN_4_2025, Sources.LAMPIRAN, "the criteria are reported [S40]; weights and scale UNKNOWN, kipp weighs them"
            + " equally on 0–100", "S40"));
    Citation mean = Sources.unknown(PEDOMAN_4_2025, "small teams consolidate, then a plenary decides [S28]; kipp takes the mean of the sheets");
    b.set(SinovikKeys.AGGREGATION, ImmutableMap.of(DESK, Aggregations.mean(mean), PANEL, Aggregations.mean(mean)), mean);
    b.set(SinovikKeys.COMBINATION, StageCombinations.single(PANEL, Sources.unknown(PEDOMAN_4_2025,
            "the weights of desk, panel and the public's usefulness rating are not published; kipp ranks by the panel's score")),
        Sources.unknown(PEDOMAN_4_2025, "no formula is published for 2025"));
    b.set(SinovikKeys.TIE_BREAKS, National2021.defaultTieBreaks(PEDOMAN_4_2025), Sources.unknown(PEDOMAN_4_2025, "no tie-break is published"));
    b.set(SinovikKeys.NOMINATIONS, ImmutableMap.of(), Sources.reported(PEDOMAN_4_2025, "S28", "S39")
        .withNote("2025 nominates by the pass mark of 85 rather than by a number"));
    b.set(SinovikKeys.FINALISTS, ImmutableList.of(
            Common.pool("finalis-2025", "Finalis KIPP 2025", "KIPP 2025 finalists", 273, Sources.reported(PEDOMAN_4_2025, "S44"), UMUM, REPLIKASI)),
        Sources.reported(PEDOMAN_4_2025, "S44").withNote("273 finalists of umum and replikasi; the split is UNKNOWN"));
    b.set(SinovikKeys.WINNERS, ImmutableList.of(
            new AwardTier(TierId.of("top-40"), LocalizedText.of("Top 40 Inovasi Pelayanan Publik", "Top 40 Public Service Innovations"),
                ImmutableSortedSet.of(UMUM, REPLIKASI), 40,
                Sources.inferred(PEDOMAN_4_2025, "2025 winners are UNKNOWN; one regional outlet implies a Top 40", "A14"))),
        Sources.inferred(PEDOMAN_4_2025, "2025 winners are UNKNOWN", "A14"));
    return SinovikModule.newBuilder()
        .id(RuleModuleId.of("sinovik-2025"))
        .title(LocalizedText.of("KIPP 2025 (Pedoman Menteri PANRB 4/2025)", "KIPP 2025 (Pedoman Menteri PANRB 4/2025)"))
        .jurisdiction(Jurisdiction.NATIONAL)
        .effectivePeriod(EffectivePeriod.ofYear(2025))
        .editionYear(2025)
        .legalBasis(Sources.basis2025())
        .parameters(b.build())
        .build();
  }
}
