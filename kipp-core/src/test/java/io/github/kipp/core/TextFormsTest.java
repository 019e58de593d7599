package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.LogEntry;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.audit.Verification;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.RegionLevel;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.internal.Listing;
import io.github.kipp.core.internal.PeriodText;
import io.github.kipp.core.rule.ParameterChange;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.core.stage.StageTransition;
import io.github.kipp.core.stage.TransitionRule;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The text form ({@code toString}) of every kipp-core value that has its own. The first group is
 * written into documents (JSON, YAML and CSV write identifiers, region codes, SDG targets and
 * implementation starts as this text) or into messages (a message argument is rendered through its
 * text); the second group is the debug form shown in logs and failed assertions. Both are pinned so
 * that a changed form is a decision, and so that mutation testing can count these methods.
 */
class TextFormsTest {

  private static final Citation BASIS = Citation.reported("Pedoman Menteri PANRB 3/2023", "Lampiran").withSources("S48", "S57");
  private static final Instant AT = Instant.parse("2023-05-02T03:04:05Z");

  @Test
  void identifiers_and_region_codes_are_written_as_their_value() {
    assertThat(ProposalId.of("p-01")).hasToString("p-01");
    assertThat(RuleModuleId.of("sinovik-2023/sulsel-2023")).hasToString("sinovik-2023/sulsel-2023");
    assertThat(RegionCode.of("73.22")).hasToString("73.22");
  }

  @Test
  void sdg_targets_are_written_as_goal_or_goal_dot_target() {
    assertThat(SdgTarget.parse("3.2")).hasToString("3.2");
    assertThat(SdgTarget.parse("16")).hasToString("16");
  }

  @Test
  void implementation_starts_are_written_to_their_precision() {
    assertThat(ImplementationStart.of(LocalDate.of(2020, 3, 9))).hasToString("2020-03-09");
    assertThat(ImplementationStart.ofMonth(YearMonth.of(2020, 3))).hasToString("2020-03");
    assertThat(ImplementationStart.midYear(Year.of(2019))).hasToString("mid-2019");
    assertThat(ImplementationStart.ofYear(Year.of(2018))).hasToString("2018");
  }

  @Test
  void periods_windows_and_citations_read_as_in_messages() {
    assertThat(EffectivePeriod.ofYear(2023)).hasToString("[2023-01-01, 2024-01-01)");
    assertThat(EffectivePeriod.from(LocalDate.of(2021, 3, 1))).hasToString("[2021-03-01, ∞)");
    Window window = Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 2), KippTime.JAKARTA);
    assertThat(window).hasToString("[2023-03-13T00:00+07:00[Asia/Jakarta], 2023-05-03T00:00+07:00[Asia/Jakarta])");
    assertThat(window.extendTo(ZonedDateTime.of(2023, 5, 7, 0, 0, 0, 0, KippTime.JAKARTA), BASIS))
        .hasToString("[2023-03-13T00:00+07:00[Asia/Jakarta], 2023-05-07T00:00+07:00[Asia/Jakarta]) extended from 2023-05-03T00:00+07:00[Asia/Jakarta]");
    assertThat(Citation.regulation("UU 25/2009", "Pasal 7(4)(c)")).hasToString("UU 25/2009, Pasal 7(4)(c) [regulation]");
    assertThat(BASIS).hasToString("Pedoman Menteri PANRB 3/2023, Lampiran [reported; S48, S57]");
    assertThat(Citation.unknown("KepmenPANRB 161/2021", "kipp takes the mean"))
        .hasToString("KepmenPANRB 161/2021, UNKNOWN [unknown] (kipp takes the mean)");
    assertThat(Cited.of(3, BASIS)).hasToString("3 [Pedoman Menteri PANRB 3/2023, Lampiran [reported; S48, S57]]");
  }

  @Test
  void message_arguments_read_as_written_in_the_catalogues() {
    assertThat(new PeriodText(Period.of(2, 1, 0), true)).hasToString("2 tahun 1 bulan");
    assertThat(new PeriodText(Period.of(1, 0, 3), false)).hasToString("1 year 3 days");
    assertThat(Listing.of(List.of("a", "b", "c"))).hasToString("a, b, c");
    assertThat(Listing.of(List.of())).hasToString("-");
    assertThat(new PastResult(InnovationId.of("giatki-ces"), 2021, TierId.of("top-99"), GroupId.of("umum"))).hasToString("top-99 2021 (umum)");
    assertThat(LocalizedText.of("Kesehatan", "Health")).hasToString("Kesehatan / Health");
    assertThat(LocalizedText.same("SPBE")).hasToString("SPBE");
    assertThat(Reason.of("kipp.x", LocalizedText.of("Ditolak", "Refused"), BASIS)).hasToString("kipp.x: Refused");
    assertThat(Jurisdiction.NATIONAL).hasToString("NATIONAL (National (Ministry of PANRB))");
    assertThat(Jurisdiction.regency(RegionCode.of("73.22"), LocalizedText.of("Kabupaten Luwu Utara", "Luwu Utara Regency")))
        .hasToString("REGENCY 73.22 (Luwu Utara Regency)");
    assertThat(new io.github.kipp.core.rule.RuleModuleReference(io.github.kipp.core.RuleModuleId.of("sinovik-2023/sulsel-2023"),
        Jurisdiction.province(RegionCode.of("73"), LocalizedText.same("Provinsi Sulawesi Selatan"))))
        .hasToString("sinovik-2023/sulsel-2023 (PROVINCE 73 (Provinsi Sulawesi Selatan))");
  }

  @Test
  void decisions_and_violations_read_with_and_without_their_optional_parts() {
    Reason why = Reason.of("kipp.x", LocalizedText.of("Alasan", "Why"), BASIS);
    assertThat(Decision.pass("proposal p-1", "unique-title")).hasToString("unique-title on proposal p-1: PASS");
    assertThat(Decision.fail("proposal p-1", "unique-title", why, why)).hasToString("unique-title on proposal p-1: FAIL (kipp.x: Why; kipp.x: Why)");
    assertThat(new Violation("kipp.x", "sections[0]", "v", LocalizedText.of("Salah", "Wrong"))).hasToString("sections[0]: Wrong");
    assertThat(new Violation("kipp.x", "", "v", LocalizedText.of("Salah", "Wrong"))).hasToString("Wrong");
    assertThat(new Verification(OptionalLong.empty(), Optional.empty())).hasToString("valid");
    assertThat(new Verification(OptionalLong.of(4), Optional.of(LocalizedText.of("Rantai putus", "Chain broken")))).hasToString("entry #4: Chain broken");
  }

  @Test
  void institutions_units_regions_and_actors_read_as_id_and_name() {
    assertThat(Fixtures.LUWU_UTARA).hasToString("pemkab-luwu-utara (KABUPATEN Pemerintah Kabupaten Luwu Utara)");
    assertThat(Fixtures.DINKES).hasToString("luwu-utara-dinkes (Dinas Kesehatan)");
    assertThat(new Region(RegionCode.of("73.22"), "Kabupaten Luwu Utara", RegionLevel.REGENCY)).hasToString("73.22 Kabupaten Luwu Utara");
    assertThat(Actor.of("te-1", Role.EVALUATOR)).hasToString("te-1 (EVALUATOR)");
    assertThat(Institution.central("kemenpanrb", "Kementerian PANRB", InstitutionType.KEMENTERIAN)).hasToString("kemenpanrb (KEMENTERIAN Kementerian PANRB)");
    assertThat(Unit.of("u-1", "Bagian Organisasi", Fixtures.LUWU_UTARA, io.github.kipp.core.institution.UnitKind.PERANGKAT_DAERAH))
        .hasToString("u-1 (Bagian Organisasi)");
  }

  @Test
  void proposals_and_their_parts_read_as_their_ids_and_sizes() {
    assertThat(Fixtures.GIATKI_CES).hasToString("giatki-ces \"Giatki Ces\"");
    assertThat(Fixtures.proposal("p-1").build()).hasToString("p-1: giatki-ces \"Giatki Ces\" (kipp-2023/umum/kesehatan)");
    assertThat(ProposalSection.of("ringkasan", "Dua kata")).hasToString("ringkasan (2 words)");
    assertThat(Attachment.of("sk.pdf", AttachmentKind.DECREE, 2048)).hasToString("sk.pdf (DECREE, 2048 bytes)");
    assertThat(Video.of(Duration.ofMinutes(3), 720, URI.create("https://example.org/v"))).hasToString("https://example.org/v (PT3M, 720p)");
    assertThat(Replication.of(List.of(InnovationId.of("sipaten")), "Diadaptasi untuk desa")).hasToString("replicates [sipaten]");
    assertThat(Fixtures.edition()).hasToString("kipp-2023 (2023)");
  }

  @Test
  void stage_moves_read_as_from_to_with_their_actor_and_tier() {
    Actor panel = Actor.of("tpi-1", Role.INDEPENDENT_PANEL);
    StageId a = StageId.of("penetapan-pemenang");
    StageId b = StageId.of("penganugerahan");
    assertThat(new StageTransition(a, b, panel, AT, ImmutableList.of(), Optional.empty(), BASIS))
        .hasToString("penetapan-pemenang -> penganugerahan by tpi-1 (INDEPENDENT_PANEL) at 2023-05-02T03:04:05Z");
    assertThat(new StageTransition(a, b, panel, AT, ImmutableList.of(), Optional.of(TierId.of("top-45")), BASIS))
        .hasToString("penetapan-pemenang -> penganugerahan by tpi-1 (INDEPENDENT_PANEL) at 2023-05-02T03:04:05Z (top-45)");
    assertThat(TransitionRule.of(a, b, BASIS, Role.SECRETARIAT, Role.INDEPENDENT_PANEL))
        .hasToString("penetapan-pemenang -> penganugerahan [SECRETARIAT, INDEPENDENT_PANEL]");
  }

  @Test
  void parameters_and_their_changes_read_with_their_citation() {
    ParameterKey<Integer> key = ParameterKey.of("edition.minimumSdgs", Integer.class);
    assertThat(key).hasToString("edition.minimumSdgs");
    Parameter<Integer> cited = new Parameter<>(key, 1, Optional.of(Citation.regulation("P", "Pasal 1")));
    Parameter<Integer> uncited = new Parameter<>(key, 2, Optional.empty());
    assertThat(cited).hasToString("edition.minimumSdgs = 1 [P, Pasal 1 [regulation]]");
    assertThat(uncited).hasToString("edition.minimumSdgs = 2 [uncited]");
    assertThat(new ParameterChange("edition.minimumSdgs", Optional.of(cited), Optional.of(uncited)))
        .hasToString("CHANGED edition.minimumSdgs: edition.minimumSdgs = 1 [P, Pasal 1 [regulation]] -> edition.minimumSdgs = 2 [uncited]");
    assertThat(new ParameterChange("edition.minimumSdgs", Optional.empty(), Optional.of(uncited)))
        .hasToString("ADDED edition.minimumSdgs: - -> edition.minimumSdgs = 2 [uncited]");
    assertThat(new ParameterChange("edition.minimumSdgs", Optional.of(cited), Optional.empty()))
        .hasToString("REMOVED edition.minimumSdgs: edition.minimumSdgs = 1 [P, Pasal 1 [regulation]] -> -");
  }

  @Test
  void log_entries_and_published_results_read_with_their_sequence_and_short_hash() {
    PublishedResult published = PublishedResult.of("B/112/PP.00.05/2021", "Top 99", AT, List.of("p-1"));
    assertThat(published.toString()).isEqualTo("B/112/PP.00.05/2021: Top 99 (" + published.hash().substring(0, 12) + ")");
    LogEntry entry = new LogEntry(7, AT, Actor.of("sek-1", Role.SECRETARIAT), EntryKind.DECISION, "proposal p-1", "passed",
        ImmutableList.of(), "0".repeat(64), "1".repeat(64));
    assertThat(entry).hasToString("#7 DECISION proposal p-1: passed");
  }

  @Test
  void debug_forms_name_the_type_and_its_size() {
    assertThat(ParameterSet.newBuilder().build()).hasToString("ParameterSet[0 parameters]");
    assertThat(ResultHistory.empty()).hasToString("ResultHistory[0 results]");
    assertThat(RegionCatalogue.of(List.of(new Region(RegionCode.of("73"), "Sulawesi Selatan", RegionLevel.PROVINCE))))
        .hasToString("RegionCatalogue[1 regions]");
    assertThat(ThreeTRegions.of(List.of(RegionCode.of("73.22")), BASIS))
        .hasToString("ThreeTRegions[1 regions; Pedoman Menteri PANRB 3/2023, Lampiran [reported; S48, S57]]");
    assertThat(RuleRegistry.newBuilder().build()).hasToString("RuleRegistry[-]");
    assertThat(MessageCatalog.load("io.github.kipp.core.ValidationMessages", TextFormsTest.class.getClassLoader()))
        .hasToString("MessageCatalog[io.github.kipp.core.ValidationMessages]");
    StageMachine national = StageMachine.national();
    assertThat(national.toString()).startsWith("StageMachine[" + national.stages().size() + " stages, " + national.rules().size() + " moves, initial ");
    ProposalStatus status = ProposalStatus.start(ProposalId.of("p-1"), national, AT);
    assertThat(status).hasToString("p-1: " + status.stage() + " (0 transitions)");
    assertThat(Schedule.of(Map.of(Phase.ANNOUNCEMENT, Window.days(LocalDate.of(2023, 7, 31), LocalDate.of(2023, 7, 31), KippTime.JAKARTA))))
        .hasToString("Schedule{ANNOUNCEMENT=[2023-07-31T00:00+07:00[Asia/Jakarta], 2023-08-01T00:00+07:00[Asia/Jakarta])}");
    assertThat(EligibilityRules.uniqueTitle(BASIS)).hasToString("unique-title: No earlier submission of the edition has the same title.");
  }
}
