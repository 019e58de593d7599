package io.github.kipp.jackson;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.edition.VideoRules;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.StageTransition;
import io.github.kipp.core.stage.Stages;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.ResultsDocument;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.competition.ExplanationBuilder;
import io.github.kipp.scoring.rank.RankOverride;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.rank.TieBreakChain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** A small competition shaped like KIPP 2023 and its results, made with kipp's own engines. */
final class JacksonFixtures {

  static final Citation PEDOMAN = Citation.reported("Pedoman Menteri PANRB 3/2023", "Lampiran, section UNKNOWN").withSources("S48");
  static final Citation DEFAULT = Citation.unknown("Pedoman Menteri PANRB 3/2023", "kipp default for tests");
  static final Citation LETTER = Citation.regulation("Surat B/188/PP.00.05/2023", "UNKNOWN").withNote("registration extended to 6 May 2023");
  static final StageId DESK = StageId.of("evaluasi-proposal");

  static final Institution LUWU_UTARA =
      Institution.regionalGovernment("pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22"));
  static final Institution SULSEL =
      Institution.regionalGovernment("pemprov-sulsel", "Pemerintah Provinsi Sulawesi Selatan", InstitutionType.PROVINSI, RegionCode.of("73"));
  static final Institution BANK_SULSELBAR =
      Institution.bumd("bank-sulselbar", "PT Bank Sulselbar", RegionCode.of("73"), InstitutionId.of("pemprov-sulsel"));
  static final Institution KEMENKES = Institution.central("kemenkes", "Kementerian Kesehatan", InstitutionType.KEMENTERIAN);
  static final Institution KEMENPANRB = Institution.central("kemenpanrb", "Kementerian PANRB", InstitutionType.KEMENTERIAN);

  static final Unit DINKES = Unit.of("luwu-utara-dinkes", "Dinas Kesehatan", LUWU_UTARA, UnitKind.PERANGKAT_DAERAH);
  static final Unit PUSKESMAS = Unit.of(
      io.github.kipp.core.UnitId.of("luwu-utara-pkm-masamba"), "Puskesmas Masamba", LUWU_UTARA.id(), UnitKind.PUSKESMAS,
      Optional.of(DINKES.id()));
  static final Unit BAPPEDA = Unit.of("sulsel-bappelitbangda", "Bappelitbangda", SULSEL, UnitKind.PERANGKAT_DAERAH);
  static final Unit BANK_UNIT = Unit.of("bank-sulselbar-layanan", "Divisi Layanan", BANK_SULSELBAR, UnitKind.UNIT_PELAYANAN);

  private JacksonFixtures() {}

  static Edition edition() {
    Window registration = Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 2), KippTime.JAKARTA)
        .extendTo(ZonedDateTime.of(2023, 5, 7, 0, 0, 0, 0, KippTime.JAKARTA), LETTER);
    return Edition.newBuilder()
        .id(EditionId.of("kipp-2023"))
        .year(2023)
        .title(LocalizedText.of("Kompetisi Inovasi Pelayanan Publik 2023", "Public Service Innovation Competition 2023"))
        .theme(LocalizedText.of("Inovasi untuk Indonesia", "Innovation for Indonesia"))
        .schedule(Schedule.of(Map.of(
            Phase.REGISTRATION, registration,
            Phase.EVALUATION, Window.days(LocalDate.of(2023, 5, 15), LocalDate.of(2023, 5, 30), KippTime.JAKARTA))))
        .group(InnovationGroup.open("umum", "Umum", "General"))
        .group(new InnovationGroup(GroupId.of("replikasi"), LocalizedText.of("Replikasi", "Replication"), false, true))
        .category(Category.of("tata-kelola", "Tata Kelola Pemerintahan", "Governance"))
        .category(Category.of("kesehatan", "Kesehatan", "Health"))
        .section(SectionSpec.weighted("signifikansi", LocalizedText.of("Signifikansi", "Significance"), "0.6").withMaxWords(800))
        .section(SectionSpec.weighted("adaptabilitas", LocalizedText.of("Adaptabilitas", "Adaptability"), "0.40"))
        .section(new SectionSpec(io.github.kipp.core.SectionId.of("ringkasan"), LocalizedText.of("Ringkasan", "Summary"),
            Optional.empty(), OptionalInt.of(300), false, ImmutableSortedSet.of(GroupId.of("umum"))))
        .videoRules(new VideoRules(true, Optional.of(Duration.ofMinutes(5)), OptionalInt.of(720)))
        .minimumSdgs(1)
        .build();
  }

  static Proposal proposal(String id, Institution institution, Unit unit, String category) {
    Innovation innovation = Innovation.of(
        InnovationId.of("inv-" + id), "Inovasi " + id, Optional.empty(), institution, unit, ImplementationStart.ofYear(Year.of(2020)));
    return Proposal.newBuilder()
        .id(ProposalId.of(id))
        .innovation(innovation)
        .edition(EditionId.of("kipp-2023"))
        .group(GroupId.of("umum"))
        .category(CategoryId.of(category))
        .sdg(SdgTarget.parse("16.6"))
        .section(ProposalSection.of("signifikansi", "Layanan lebih cepat untuk warga " + id + "."))
        .section(ProposalSection.of("adaptabilitas", "Dapat ditiru oleh daerah lain."))
        .build();
  }

  /** The Luwu Utara proposal with everything a proposal can hold. */
  static Proposal giatkiCes() {
    Innovation innovation = Innovation.of(
        InnovationId.of("giatki-ces"), "Giatki Ces", Optional.of("Gigi Anak Sehat Kiat Cegah Stunting"), LUWU_UTARA, PUSKESMAS,
        ImplementationStart.midYear(Year.of(2019)));
    return Proposal.newBuilder()
        .id(ProposalId.of("p-1"))
        .innovation(innovation)
        .edition(EditionId.of("kipp-2023"))
        .group(GroupId.of("umum"))
        .category(CategoryId.of("kesehatan"))
        .sdg(SdgTarget.parse("3.8"))
        .sdg(SdgTarget.parse("2.2"))
        .sdg(SdgTarget.goal(3))
        .section(ProposalSection.of("ringkasan", "Pemeriksaan gigi anak di posyandu.\nDilakukan setiap bulan."))
        .section(ProposalSection.of("signifikansi", "Prevalensi stunting turun dari 26,4 % menjadi 19,1 %."))
        .section(ProposalSection.of("adaptabilitas", "Sudah direplikasi oleh dua puskesmas."))
        .attachment(Attachment.of("SK Inovator.pdf", AttachmentKind.DECREE, 245_760))
        .attachment(Attachment.of("data-dukung.xlsx", AttachmentKind.SUPPORTING_DATA, 88_200))
        .video(Video.of(Duration.ofSeconds(284), 1080, URI.create("https://www.youtube.com/watch?v=giatkices")))
        .pandemicRelated(true)
        .build();
  }

  static Proposal replication() {
    Innovation innovation = Innovation.of(
        InnovationId.of("sipakatau"), "Sipakatau", Optional.empty(), SULSEL, BAPPEDA, ImplementationStart.ofMonth(YearMonth.of(2021, 4)));
    return Proposal.newBuilder()
        .id(ProposalId.of("p-2"))
        .innovation(innovation)
        .edition(EditionId.of("kipp-2023"))
        .group(GroupId.of("replikasi"))
        .category(CategoryId.of("tata-kelola"))
        .sdg(SdgTarget.parse("16.a"))
        .section(ProposalSection.of("signifikansi", "Pelayanan terpadu."))
        .section(ProposalSection.of("adaptabilitas", "Diadaptasi untuk provinsi."))
        .replication(Replication.of(List.of(InnovationId.of("giatki-ces")), "Pola layanan keliling diterapkan di kecamatan."))
        .build();
  }

  static List<Proposal> proposals() {
    return List.of(
        giatkiCes(),
        replication(),
        proposal("p-3", BANK_SULSELBAR, BANK_UNIT, "tata-kelola"),
        proposal("p-4", LUWU_UTARA, DINKES, "tata-kelola"));
  }

  static ProposalStatus status(Proposal p) {
    Instant registered = ZonedDateTime.of(2023, 3, 20, 9, 30, 0, 0, KippTime.JAKARTA).toInstant();
    Actor unit = Actor.of("operator-" + p.id().value(), Role.UNIT);
    Actor admin = Actor.of("admin-" + p.innovation().institution().id().value(), Role.INSTITUTION_ADMIN);
    StageTransition toAdmin = new StageTransition(Stages.DRAFT, Stages.AT_INSTITUTION_ADMIN, unit, registered.plusSeconds(3_600),
        ImmutableList.of(), Optional.empty(), DEFAULT);
    StageTransition submit = new StageTransition(Stages.AT_INSTITUTION_ADMIN, Stages.SUBMITTED, admin, registered.plusSeconds(86_400),
        ImmutableList.of(Reason.of("stage.submitted", LocalizedText.of("Dikirim", "Submitted"), PEDOMAN)), Optional.empty(), PEDOMAN);
    return ProposalStatus.of(p.id(), Stages.DRAFT, registered, List.of(toAdmin, submit));
  }

  static final Criterion SIGNIFIKANSI =
      Criterion.of("signifikansi", LocalizedText.of("Signifikansi", "Significance"), "0.6", Scale.of("0", "100", "0.5"), PEDOMAN);
  static final Criterion ADAPTABILITAS =
      Criterion.of("adaptabilitas", LocalizedText.of("Adaptabilitas", "Adaptability"), "0.4", Scale.of("0", "100", "0.5"), PEDOMAN);
  static final CriteriaSet CRITERIA =
      CriteriaSet.of(DESK, List.of(SIGNIFIKANSI, ADAPTABILITAS), BigDecimal.ONE, new Rounding(2, RoundingMode.HALF_UP, DEFAULT));
  static final Instant CLOSE = ZonedDateTime.of(2023, 5, 31, 0, 0, 0, 0, KippTime.JAKARTA).toInstant();

  static Panel panel() {
    return Panel.of(List.of(
        Evaluator.of("te-1", KEMENPANRB),
        Evaluator.of("te-2", KEMENKES, CategoryId.of("kesehatan")),
        new Evaluator(ActorId.of("te-3"), KEMENPANRB, ImmutableSortedSet.of(CategoryId.of("tata-kelola")), Role.EVALUATOR)));
  }

  static Assignment assignment() {
    return Assignment.of(Map.of(
        ProposalId.of("p-1"), List.of(ActorId.of("te-1"), ActorId.of("te-2")),
        ProposalId.of("p-2"), List.of(ActorId.of("te-1"), ActorId.of("te-3")),
        ProposalId.of("p-3"), List.of(ActorId.of("te-1"), ActorId.of("te-3")),
        ProposalId.of("p-4"), List.of(ActorId.of("te-1"), ActorId.of("te-3"))));
  }

  static ScoreSheet sheet(String proposal, String evaluator, String signifikansi, String adaptabilitas, int minutesBeforeClose) {
    return ScoreSheet.of(ProposalId.of(proposal), ActorId.of(evaluator), DESK,
        Map.of(SIGNIFIKANSI.id(), new BigDecimal(signifikansi), ADAPTABILITAS.id(), new BigDecimal(adaptabilitas)),
        CLOSE.minusSeconds(60L * minutesBeforeClose));
  }

  /** Sheets chosen so that p-3 and p-4 tie on the total and a tie-break decides. */
  static List<ScoreSheet> sheets() {
    return List.of(
        sheet("p-1", "te-1", "90", "80.5", 300),
        sheet("p-1", "te-2", "85", "70", 200),
        sheet("p-2", "te-1", "70", "70", 100),
        sheet("p-2", "te-3", "75.5", "60", 90),
        sheet("p-3", "te-1", "80", "60", 80),
        sheet("p-3", "te-3", "70", "75", 70),
        sheet("p-4", "te-1", "75", "67.5", 60),
        sheet("p-4", "te-3", "75", "67.5", 50));
  }

  static ResultHistory history() {
    return ResultHistory.of(List.of(
        PastResult.umum("giatki-ces", 2021, Tiers.TOP_99),
        new PastResult(InnovationId.of("sipakatau"), 2022, Tiers.TOP_15, GroupId.of("khusus"))));
  }

  static CompetitionDocument competition() {
    List<Proposal> proposals = proposals();
    return CompetitionDocument.newBuilder()
        .edition(edition())
        .module(module())
        .institutions(List.of(KEMENPANRB))
        .proposals(proposals)
        .statuses(proposals.stream().map(JacksonFixtures::status).toList())
        .panel(DESK, panel())
        .assignment(DESK, assignment())
        .scoreSheets(sheets())
        .history(history())
        .build();
  }

  /** The national module of 2023, defining the fixture edition. */
  static RuleModule module() {
    return FixtureModule.of("sinovik-2023", Jurisdiction.NATIONAL, edition());
  }

  static FrozenScores frozen() {
    return FrozenScores.of(CRITERIA, sheets(), CLOSE);
  }

  static ScreeningResult screening() {
    Edition edition = edition();
    EligibilityContext context = EligibilityContext.newBuilder(edition).history(history()).submitted(proposals()).build();
    return EligibilityScreen.of(List.of(EligibilityRules.fitsEdition(PEDOMAN))).screen(proposals(), context);
  }

  static AggregationResult aggregation() {
    return Aggregations.mean(DEFAULT).aggregate(frozen());
  }

  static CombinationResult combination() {
    return StageCombinations.single(DESK, DEFAULT).combine(ImmutableSortedMap.of(DESK, aggregation()), ImmutableSortedMap.of());
  }

  static final TieBreakChain CHAIN = TieBreakChain.of(DEFAULT, TieBreakChain.criterion(SIGNIFIKANSI.id()), TieBreakChain.earlierSubmission(),
      TieBreakChain.draw());

  static Ranking ranking() {
    Map<ProposalId, Proposal> byId = new java.util.TreeMap<>();
    proposals().forEach(p -> byId.put(p.id(), p));
    Map<ProposalId, Instant> submitted = new java.util.TreeMap<>();
    proposals().forEach(p -> submitted.put(p.id(), status(p).history().get(1).at()));
    return Ranker.withTieBreaks(CHAIN.build(20_230_531L)).rank(combination().candidates(byId, submitted));
  }

  static Ranking rankingWithOverride() {
    return ranking().withOverride(new RankOverride(ProposalId.of("p-2"), 1,
        Reason.of("panel.plenary", LocalizedText.of("Keputusan sidang pleno TPI", "Decision of the TPI plenary"), PEDOMAN),
        Actor.of("tpi-chair", Role.INDEPENDENT_PANEL), CLOSE.plusSeconds(86_400 * 10L)));
  }

  static CutResult cut() {
    return Cutoff.topN(2, PEDOMAN).apply(ranking());
  }

  static CutResult passMark() {
    return Cutoff.passMark(new BigDecimal("75.00"), PEDOMAN).apply(ranking());
  }

  static ResultsDocument results() {
    Ranking ranking = ranking();
    CutResult cut = cut();
    ResultsDocument.Builder b = ResultsDocument.newBuilder()
        .screening(screening())
        .aggregation(aggregation())
        .combination(combination())
        .ranking(ranking)
        .ranking(rankingWithOverride())
        .cut(cut)
        .cut(passMark());
    for (Proposal p : proposals()) {
      b.explanation(p.id(), ExplanationBuilder.of(p.id()).combination(combination()).ranking(ranking).cutoff(cut).build(io.github.kipp.core.LocalizedText.same("Top 2")));
    }
    return b.build();
  }

  static CriterionId criterion(String id) {
    return CriterionId.of(id);
  }
}
