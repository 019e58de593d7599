package io.github.kipp.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Cited;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EligibilityRulesDetailTest {

  private static final Citation GENERAL = Citation.reported("KepmenPANRB 161/2021", "Lampiran");
  private static final Citation BY_GROUP = Citation.reported("Juknis replikasi", "Bab II");
  private static final Citation PANDEMIC = Citation.reported("Surat edaran pandemi", "angka 3");
  private static final Citation CLOSE = Citation.unknown("KepmenPANRB 161/2021", "the extended close");
  private static final Citation RESOLUTION = Citation.unknown("KepmenPANRB 161/2021", "earliest day");
  private static final Citation LETTER = Citation.reported("Surat perpanjangan", "whole letter");
  private static final GroupId UMUM = GroupId.of("umum");
  private static final GroupId REPLIKASI = GroupId.of("replikasi");
  private static final Institution TAKALAR =
      Institution.regionalGovernment("pemkab-takalar", "Pemerintah Kabupaten Takalar", InstitutionType.KABUPATEN, RegionCode.of("73.05"));
  private static final Institution KEMENKES = Institution.central("kemenkes", "Kementerian Kesehatan", InstitutionType.KEMENTERIAN);

  private static final AgeRequirement AGE = new AgeRequirement(
      Cited.of(Period.ofYears(2), GENERAL),
      ImmutableSortedMap.of(REPLIKASI, Cited.of(Period.ofYears(1), BY_GROUP)),
      Optional.of(Cited.of(Period.ofYears(1), PANDEMIC)),
      Cited.of(AgeRequirement.CloseBasis.EXTENDED, CLOSE),
      Cited.of(PartialDateResolution.EARLIEST, RESOLUTION));

  private static Edition edition() {
    return Fixtures.edition();
  }

  private static Edition extendedEdition() {
    Edition e = edition();
    return e.withSchedule(e.schedule().extend(Phase.REGISTRATION, ZonedDateTime.of(2023, 5, 10, 0, 0, 0, 0, KippTime.JAKARTA), LETTER));
  }

  private static Proposal proposal(String id, Institution institution, GroupId group, ImplementationStart start) {
    Unit unit = Unit.of(institution.id().value() + "-unit", "Unit", institution, UnitKind.PERANGKAT_DAERAH);
    Innovation innovation = Innovation.of(InnovationId.of("inv-" + id), "Inovasi " + id, Optional.empty(), institution, unit, start);
    return Proposal.newBuilder().id(ProposalId.of(id)).innovation(innovation).edition(EditionId.of("kipp-2023")).group(group)
        .category(io.github.kipp.core.CategoryId.of("kesehatan")).build();
  }

  private static Proposal luwu(String id, GroupId group) {
    return proposal(id, Fixtures.LUWU_UTARA, group, ImplementationStart.of(LocalDate.of(2018, 1, 1)));
  }

  @Test
  void the_age_rule_cites_every_parameter_once_in_order() {
    EligibilityRule rule = EligibilityRules.minimumAge(AGE);

    assertThat(rule.citations()).containsExactly(GENERAL, BY_GROUP, PANDEMIC, CLOSE, RESOLUTION);
    assertThat(rule.description().english()).isEqualTo("The innovation has been implemented long enough on the registration close.");
  }

  @Test
  void the_age_rule_needs_a_registration_window_and_says_so() {
    Edition noWindow = edition().withSchedule(Schedule.empty());

    assertThatThrownBy(() -> EligibilityRules.minimumAge(AGE).evaluate(luwu("p-1", UMUM), EligibilityContext.newBuilder(noWindow).build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("edition kipp-2023 has no registration window; the minimum-age rule counts back from its close");
  }

  @Test
  void an_extended_close_cites_the_letter_that_extended_it() {
    Decision extended = EligibilityRules.minimumAge(AGE).evaluate(luwu("p-1", UMUM), EligibilityContext.newBuilder(extendedEdition()).build());
    Decision plain = EligibilityRules.minimumAge(AGE).evaluate(luwu("p-1", UMUM), EligibilityContext.newBuilder(edition()).build());

    assertThat(extended.passed()).isTrue();
    assertThat(extended.reasons().get(0).citations()).containsExactly(GENERAL, CLOSE, LETTER);
    assertThat(plain.reasons().get(0).citations()).containsExactly(GENERAL, CLOSE);
  }

  @Test
  void a_start_known_only_to_the_month_cites_how_partial_dates_are_read() {
    Proposal byMonth = proposal("p-1", Fixtures.LUWU_UTARA, REPLIKASI, ImplementationStart.ofMonth(YearMonth.of(2018, 3)));

    Decision d = EligibilityRules.minimumAge(AGE).evaluate(byMonth, EligibilityContext.newBuilder(edition()).build());

    assertThat(d.reasons().get(0).citations()).containsExactly(BY_GROUP, CLOSE, RESOLUTION);
    assertThat(d.reasons().get(0).message().english()).contains("and group replikasi needs at least 1 year");
    assertThat(d.reasons().get(0).message().indonesian()).contains("kelompok replikasi");
  }

  @Test
  void a_pandemic_related_innovation_is_named_so_in_both_languages() {
    Proposal young = proposal("p-1", Fixtures.LUWU_UTARA, UMUM, ImplementationStart.of(LocalDate.of(2022, 12, 1))).toBuilder().pandemicRelated(true).build();

    Decision d = EligibilityRules.minimumAge(AGE).evaluate(young, EligibilityContext.newBuilder(edition()).build());

    assertThat(d.passed()).isFalse();
    assertThat(d.reasons().get(0).code()).isEqualTo("kipp.eligibility.age.fail");
    assertThat(d.reasons().get(0).message().english()).contains("but pandemic-related innovations needs at least 1 year");
    assertThat(d.reasons().get(0).message().indonesian()).contains("padahal inovasi terkait pandemi memerlukan paling sedikit 1 tahun");
    assertThat(d.reasons().get(0).citations()).containsExactly(PANDEMIC, CLOSE);
  }

  @Test
  void the_cap_counts_only_the_same_institutions_proposals_in_the_same_group() {
    Instant t0 = Instant.parse("2023-04-01T00:00:00Z");
    Proposal mine1 = luwu("p-1", UMUM);
    Proposal mine2 = luwu("p-2", UMUM);
    Proposal mineOtherGroup = luwu("p-3", REPLIKASI);
    Proposal theirs = proposal("p-4", TAKALAR, UMUM, ImplementationStart.of(LocalDate.of(2018, 1, 1)));
    EligibilityContext context = EligibilityContext.newBuilder(edition())
        .submitted(theirs, t0).submitted(mineOtherGroup, t0.plusSeconds(1)).submitted(mine1, t0.plusSeconds(2)).submitted(mine2, t0.plusSeconds(3))
        .build();
    EligibilityRule cap = EligibilityRules.institutionCap(Map.of(UMUM, Cited.of(2, GENERAL)));

    Decision atCap = cap.evaluate(mine2, context);

    assertThat(atCap.passed()).isTrue();
    assertThat(atCap.reasons().get(0).code()).isEqualTo("kipp.eligibility.cap.pass");
    assertThat(atCap.reasons().get(0).message().english())
        .isEqualTo("Pemerintah Kabupaten Luwu Utara submitted 2 proposals in group umum; the cap is 2 and this is number 2 by submission time.");
    assertThat(cap.evaluate(theirs, context).reasons().get(0).message().english()).contains("submitted 1 proposals").contains("number 1");
  }

  @Test
  void a_past_results_rule_that_passes_says_so_with_its_own_code() {
    EligibilityRule rule = EligibilityRules.pastResults(List.of(UMUM), HistoryCondition.not(HistoryCondition.enteredBefore()), GENERAL);

    Decision d = rule.evaluate(luwu("p-1", UMUM), EligibilityContext.newBuilder(edition()).build());

    assertThat(d.passed()).isTrue();
    assertThat(d.reasons().get(0).code()).isEqualTo("kipp.eligibility.history.pass");
    assertThat(rule.id()).isEqualTo("past-results:umum");
  }

  @Test
  void a_replication_passes_when_one_named_source_qualifies_and_none_is_itself() {
    EligibilityRule rule = EligibilityRules.replicationSource(REPLIKASI, HistoryCondition.reached(Tiers.TOP_99, 2014, 2022), GENERAL);
    ResultHistory history = ResultHistory.of(List.of(PastResult.umum("si-chupang", 2019, Tiers.TOP_99), PastResult.umum("si-lemah", 2019, Tiers.ENTERED)));
    EligibilityContext context = EligibilityContext.newBuilder(edition()).history(history).build();
    Proposal base = luwu("p-1", REPLIKASI);
    Proposal mixed = base.toBuilder().replication(Replication.of(List.of(InnovationId.of("si-chupang"), InnovationId.of("si-lemah")), "x")).build();
    Proposal withSelf = base.toBuilder().replication(Replication.of(List.of(InnovationId.of("si-chupang"), InnovationId.of("inv-p-1")), "x")).build();

    Decision passed = rule.evaluate(mixed, context);
    Decision self = rule.evaluate(withSelf, context);

    assertThat(passed.passed()).isTrue();
    assertThat(passed.reasons().get(0).message().english()).isEqualTo("Replicates si-chupang, which qualify.");
    assertThat(self.passed()).isFalse();
    assertThat(self.reasons()).extracting(Reason::code).containsExactly("kipp.eligibility.replication.self");
  }

  @Test
  void an_unqualified_source_lists_its_results_or_a_dash() {
    EligibilityRule rule = EligibilityRules.replicationSource(REPLIKASI, HistoryCondition.reached(Tiers.TOP_99, 2014, 2022), GENERAL);
    ResultHistory history = ResultHistory.of(List.of(PastResult.umum("si-lemah", 2019, Tiers.ENTERED)));
    EligibilityContext context = EligibilityContext.newBuilder(edition()).history(history).build();
    Proposal p = luwu("p-1", REPLIKASI).toBuilder().replication(Replication.of(List.of(InnovationId.of("si-lemah"), InnovationId.of("baru")), "x")).build();

    assertThat(rule.evaluate(p, context).reasons()).extracting(r -> r.message().english()).containsExactly(
        "Replicated innovation si-lemah does not qualify: its past results are entered 2019 (umum), and a source must meet reached top-99 in 2014–2022.",
        "Replicated innovation baru does not qualify: its past results are -, and a source must meet reached top-99 in 2014–2022.");
  }

  @Test
  void the_replication_rule_does_not_apply_to_other_groups() {
    EligibilityRule rule = EligibilityRules.replicationSource(REPLIKASI, HistoryCondition.enteredBefore(), GENERAL);

    Decision d = rule.evaluate(luwu("p-1", UMUM), EligibilityContext.newBuilder(edition()).build());

    assertThat(d.passed()).isTrue();
    assertThat(d.rule()).isEqualTo("replication-source");
  }

  @Test
  void only_institutions_inside_the_region_may_enter_and_a_central_one_has_no_region() {
    EligibilityRule rule = EligibilityRules.withinRegion(RegionCode.of("73.22"), GENERAL);
    EligibilityContext context = EligibilityContext.newBuilder(edition()).build();

    Decision inside = rule.evaluate(luwu("p-1", UMUM), context);
    Decision outside = rule.evaluate(proposal("p-2", TAKALAR, UMUM, ImplementationStart.of(LocalDate.of(2018, 1, 1))), context);
    Decision central = rule.evaluate(proposal("p-3", KEMENKES, UMUM, ImplementationStart.of(LocalDate.of(2018, 1, 1))), context);

    assertThat(rule.id()).isEqualTo("entrant-region");
    assertThat(rule.description().english()).isEqualTo("Only institutions of region 73.22 may enter.");
    assertThat(rule.citations()).containsExactly(GENERAL);
    assertThat(inside.passed()).isTrue();
    assertThat(inside.reasons().get(0).message().english()).isEqualTo("Pemerintah Kabupaten Luwu Utara (region 73.22) lies in region 73.22.");
    assertThat(outside.passed()).isFalse();
    assertThat(outside.reasons().get(0).message().english())
        .isEqualTo("Pemerintah Kabupaten Takalar (region 73.05) does not lie in region 73.22, and only its institutions may enter.");
    assertThat(central.passed()).isFalse();
    assertThat(central.reasons().get(0).message().english()).startsWith("Kementerian Kesehatan (region -) does not lie");
  }

  private static Proposal byUnit(String id, Institution institution, UnitKind kind, String unitName) {
    Unit unit = Unit.of(id + "-unit", unitName, institution, kind);
    Innovation innovation = Innovation.of(InnovationId.of("inv-" + id), "Inovasi " + id, Optional.empty(), institution, unit,
        ImplementationStart.of(LocalDate.of(2018, 1, 1)));
    return Proposal.newBuilder().id(ProposalId.of(id)).innovation(innovation).edition(EditionId.of("kipp-2023")).group(UMUM)
        .category(io.github.kipp.core.CategoryId.of("kesehatan")).build();
  }

  @Test
  void a_village_round_admits_only_kecamatan_and_villages_and_says_what_it_admits() {
    EligibilityRule rule = EligibilityRules.entrantKinds(EntrantKinds.of(List.of(), List.of(UnitKind.DESA_KELURAHAN, UnitKind.KECAMATAN)), GENERAL);
    EligibilityContext context = EligibilityContext.newBuilder(edition()).build();

    Decision village = rule.evaluate(byUnit("p-1", TAKALAR, UnitKind.DESA_KELURAHAN, "Desa Bontolebang"), context);
    Decision kecamatan = rule.evaluate(byUnit("p-2", TAKALAR, UnitKind.KECAMATAN, "Kecamatan Galesong"), context);
    Decision agency = rule.evaluate(byUnit("p-3", TAKALAR, UnitKind.PERANGKAT_DAERAH, "Dinas Kesehatan"), context);

    assertThat(rule.id()).isEqualTo("entrant-kind");
    assertThat(rule.citations()).containsExactly(GENERAL);
    assertThat(rule.description().english()).isEqualTo("Only entrants of these kinds may enter: institutions of any type; units kecamatan, desa-kelurahan.");
    assertThat(rule.description().indonesian()).isEqualTo("Hanya peserta dengan jenis berikut yang boleh ikut: instansi jenis apa pun; unit kecamatan, desa-kelurahan.");
    assertThat(village.passed()).isTrue();
    assertThat(village.reasons().get(0).message().english())
        .isEqualTo("Pemerintah Kabupaten Takalar (Regency government) enters through Desa Bontolebang (desa-kelurahan), of a kind the round admits.");
    assertThat(kecamatan.passed()).isTrue();
    assertThat(agency.passed()).isFalse();
    assertThat(agency.reasons().get(0).code()).isEqualTo("kipp.eligibility.kind.fail");
    assertThat(agency.reasons().get(0).message().english()).isEqualTo("Pemerintah Kabupaten Takalar (Regency government) enters through Dinas Kesehatan"
        + " (perangkat-daerah), but the round admits only institutions of any type and units kecamatan, desa-kelurahan.");
    assertThat(agency.reasons().get(0).message().indonesian()).isEqualTo("Pemerintah Kabupaten Takalar (Pemerintah Kabupaten) ikut melalui Dinas Kesehatan"
        + " (perangkat-daerah), padahal kompetisi ini hanya menerima instansi jenis apa pun dan unit kecamatan, desa-kelurahan.");
    assertThat(agency.reasons().get(0).citations()).containsExactly(GENERAL);
  }

  @Test
  void a_round_of_a_province_own_agencies_refuses_a_regency_whatever_its_unit() {
    EligibilityRule rule = EligibilityRules.entrantKinds(EntrantKinds.of(List.of(InstitutionType.PROVINSI), List.of(UnitKind.PERANGKAT_DAERAH)), GENERAL);
    Institution sulteng = Institution.regionalGovernment("pemprov-sulteng", "Pemerintah Provinsi Sulawesi Tengah", InstitutionType.PROVINSI, RegionCode.of("72"));
    EligibilityContext context = EligibilityContext.newBuilder(edition()).build();

    assertThat(rule.evaluate(byUnit("p-1", sulteng, UnitKind.PERANGKAT_DAERAH, "Dinas Kesehatan"), context).passed()).isTrue();
    assertThat(rule.evaluate(byUnit("p-2", sulteng, UnitKind.PUSKESMAS, "UPT RS Madani"), context).passed()).isFalse();
    assertThat(rule.evaluate(byUnit("p-3", TAKALAR, UnitKind.PERANGKAT_DAERAH, "Dinas Kesehatan"), context).passed()).isFalse();
    assertThat(rule.evaluate(byUnit("p-4", KEMENKES, UnitKind.PERANGKAT_DAERAH, "Biro Umum"), context).passed()).isFalse();
  }

  @Test
  void entrant_kinds_that_restrict_nothing_are_refused() {
    assertThatThrownBy(() -> EntrantKinds.of(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name at least one type or kind");
    assertThat(EntrantKinds.of(List.of(InstitutionType.PROVINSI), List.of()).toString()).isEqualTo("institutions provinsi; units any");
  }

  @Test
  void a_province_wide_rule_admits_its_regencies() {
    EligibilityRule rule = EligibilityRules.withinRegion(RegionCode.of("73"), GENERAL);

    assertThat(rule.evaluate(proposal("p-2", TAKALAR, UMUM, ImplementationStart.of(LocalDate.of(2018, 1, 1))), EligibilityContext.newBuilder(edition()).build()).passed()).isTrue();
  }

  @Test
  void a_failure_of_the_form_also_cites_the_parameter_behind_its_code_once() {
    Citation main = Citation.reported("Pedoman 2023", "Bab IV");
    Citation video = Citation.reported("Juknis video", "angka 2");
    Proposal noVideo = Fixtures.proposal("p-1").build().toBuilder().build();
    Proposal shortVideoless = Proposal.newBuilder().id(noVideo.id()).innovation(noVideo.innovation()).edition(noVideo.edition()).group(noVideo.group())
        .category(noVideo.category()).sdgs(noVideo.sdgs()).sections(noVideo.sections()).build();
    Citation categories = Citation.reported("Juknis kategori", "angka 1");
    EligibilityRule rule = EligibilityRules.fitsEdition(main, Map.of("kipp.proposal.video", video, "kipp.proposal.videoMissing", main, "kipp.edition", categories));

    Decision d = rule.evaluate(shortVideoless, EligibilityContext.newBuilder(edition()).build());

    assertThat(d.passed()).isFalse();
    assertThat(d.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo("kipp.proposal.videoMissing");
      assertThat(r.citations()).containsExactly(main, video);
      assertThat(r.message().english()).isEqualTo("video: A video is required.");
    });
  }

  @Test
  void proposals_submitted_as_a_list_or_timed_by_a_map_are_ordered_by_time_then_id() {
    Proposal a = luwu("p-a", UMUM);
    Proposal b = luwu("p-b", UMUM);
    Proposal c = luwu("p-c", UMUM);
    Instant t0 = Instant.parse("2023-04-01T00:00:00Z");
    EligibilityContext context = EligibilityContext.newBuilder(edition())
        .submitted(List.of(a, b, c))
        .submittedAt(Map.of(ProposalId.of("p-c"), t0, ProposalId.of("p-b"), t0.plusSeconds(1)))
        .build();

    assertThat(context.submitted()).containsExactly(a, b, c);
    assertThat(context.submittedAt(ProposalId.of("p-c"))).contains(t0);
    assertThat(context.submittedAt(ProposalId.of("p-a"))).isEmpty();
    assertThat(context.submitted().stream().sorted(context.submissionOrder())).containsExactly(c, b, a);
  }

  @Test
  void a_screen_keeps_its_rules_and_an_outcome_gathers_every_citation_once() {
    Citation main = Citation.reported("Pedoman 2023", "Bab IV");
    EligibilityRule fits = EligibilityRules.fitsEdition(main);
    EligibilityRule title = EligibilityRules.uniqueTitle(main);
    EligibilityRule region = EligibilityRules.withinRegion(RegionCode.of("73"), GENERAL);
    EligibilityScreen screen = EligibilityScreen.of(List.of(fits, title, region));

    ProposalEligibility outcome = screen.screen(Fixtures.proposal("p-1").build(), EligibilityContext.newBuilder(edition()).build());

    assertThat(screen.rules()).containsExactly(fits, title, region);
    assertThat(outcome.citations()).containsExactly(main, GENERAL);
  }
}
