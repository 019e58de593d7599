package io.github.kipp.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Cited;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.innovation.ProposalSection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

  private static final Citation KEPMEN_161 = Citation.reported("KepmenPANRB 161/2021", "Lampiran, section UNKNOWN").withSources("S18", "S20");
  private static final Citation DEFAULT = Citation.unknown("KepmenPANRB 161/2021", "kipp default");
  private static final GroupId UMUM = GroupId.of("umum");
  private static final GroupId REPLIKASI = GroupId.of("replikasi");
  private static final GroupId KHUSUS = GroupId.of("khusus");

  /** 2021: registration 17 March to 11 May 23:59 WIB. */
  private static Edition edition2021() {
    return Fixtures.edition()
        .withId(EditionId.of("kipp-2023"))
        .withSchedule(Schedule.of(Map.of(Phase.REGISTRATION, Window.days(LocalDate.of(2021, 3, 17), LocalDate.of(2021, 5, 11), KippTime.JAKARTA))));
  }

  private static final AgeRequirement AGE_2021 = new AgeRequirement(
      Cited.of(Period.ofYears(2), KEPMEN_161),
      ImmutableSortedMap.of(REPLIKASI, Cited.of(Period.ofYears(1), KEPMEN_161)),
      Optional.empty(),
      Cited.of(AgeRequirement.CloseBasis.EXTENDED, DEFAULT),
      Cited.of(PartialDateResolution.EARLIEST, DEFAULT));

  private static Proposal started(String id, ImplementationStart start, GroupId group) {
    Innovation innovation = Innovation.of(InnovationId.of("inv-" + id), "Inovasi " + id, Optional.empty(), Fixtures.LUWU_UTARA, Fixtures.DINKES, start);
    Proposal base = Fixtures.proposal(id).build();
    return Proposal.newBuilder().id(base.id()).innovation(innovation).edition(base.edition()).group(group).category(base.category())
        .sdgs(base.sdgs()).sections(base.sections()).build();
  }

  private static Decision age(Proposal p) {
    return EligibilityRules.minimumAge(AGE_2021).evaluate(p, EligibilityContext.newBuilder(edition2021()).build());
  }

  @Test
  void an_innovation_exactly_two_years_old_on_the_close_passes_and_one_day_younger_fails() {
    assertThat(age(started("p-1", ImplementationStart.of(LocalDate.of(2019, 5, 11)), UMUM)).passed()).isTrue();
    Decision young = age(started("p-2", ImplementationStart.of(LocalDate.of(2019, 5, 12)), UMUM));

    assertThat(young.passed()).isFalse();
    assertThat(young.rule()).isEqualTo("minimum-age");
    assertThat(young.reasons().get(0).message().english())
        .isEqualTo("Implementation started 2019-05-12 (counted from 2019-05-12); at the registration close, 11 May 2021, 23:59 WIB,"
            + " it was only 1 year 11 months 29 days old, but group umum needs at least 2 years.");
    assertThat(young.reasons().get(0).message().indonesian())
        .contains("pada penutupan pendaftaran, 11 Mei 2021 pukul 23.59 WIB, usianya baru 1 tahun 11 bulan 29 hari");
    assertThat(young.citations()).contains(KEPMEN_161);
  }

  @Test
  void getar_dilan_started_mid_2019_misses_the_2021_umum_minimum_but_meets_replikasi() {
    ImplementationStart mid2019 = ImplementationStart.midYear(Year.of(2019));

    assertThat(age(started("getar-dilan-umum", mid2019, UMUM)).passed()).isFalse();
    Decision replikasi = age(started("getar-dilan-replikasi", mid2019, REPLIKASI));
    assertThat(replikasi.passed()).isTrue();
    assertThat(replikasi.citations()).as("partial date reading is cited").contains(DEFAULT);
  }

  @Test
  void a_pandemic_related_innovation_needs_only_the_shorter_minimum() {
    AgeRequirement age2022 = new AgeRequirement(Cited.of(Period.ofYears(2), KEPMEN_161), ImmutableSortedMap.of(),
        Optional.of(Cited.of(Period.ofYears(1), KEPMEN_161)), Cited.of(AgeRequirement.CloseBasis.ORIGINAL, DEFAULT), Cited.of(PartialDateResolution.EARLIEST, DEFAULT));
    Proposal covid = started("p-covid", ImplementationStart.of(LocalDate.of(2020, 5, 1)), UMUM).toBuilder().pandemicRelated(true).build();
    EligibilityContext context = EligibilityContext.newBuilder(edition2021()).build();

    Decision d = EligibilityRules.minimumAge(age2022).evaluate(covid, context);
    assertThat(d.passed()).isTrue();
    assertThat(d.reasons().get(0).message().english()).contains("pandemic-related innovations needs at least 1 year");
  }

  @Test
  void the_original_or_the_extended_close_is_counted_as_declared() {
    Edition extended = edition2021().withSchedule(edition2021().schedule().extend(Phase.REGISTRATION,
        ZonedDateTime.of(2021, 5, 21, 0, 0, 0, 0, KippTime.JAKARTA), Citation.reported("Surat perpanjangan", "whole letter")));
    Proposal p = started("p-1", ImplementationStart.of(LocalDate.of(2019, 5, 15)), UMUM);
    AgeRequirement original = new AgeRequirement(AGE_2021.general(), AGE_2021.byGroup(), Optional.empty(), Cited.of(AgeRequirement.CloseBasis.ORIGINAL, DEFAULT), AGE_2021.resolution());

    assertThat(EligibilityRules.minimumAge(AGE_2021).evaluate(p, EligibilityContext.newBuilder(extended).build()).passed()).isTrue();
    assertThat(EligibilityRules.minimumAge(original).evaluate(p, EligibilityContext.newBuilder(extended).build()).passed()).isFalse();
  }

  /** The 2021 umum exclusions as published: never Top 99 twice; never a winner of 2014–2020. */
  static final HistoryCondition UMUM_2021 = HistoryCondition.not(HistoryCondition.any(
      HistoryCondition.reachedTimes(2, List.of(Tiers.TOP_99), 2014, 2020),
      HistoryCondition.reachedTimes(1, List.of(Tiers.TOP_45), 2019, 2020),
      HistoryCondition.reachedTimes(1, List.of(Tiers.TOP_40), 2017, 2018),
      HistoryCondition.reached(Tiers.TOP_35, 2016, 2016),
      HistoryCondition.reached(Tiers.TOP_25, 2015, 2015),
      HistoryCondition.reached(Tiers.TOP_9, 2014, 2014)));

  @Test
  void anc_hipnoterapi_top_40_in_2018_is_barred_from_umum_2021_and_a_once_top_99_is_not() {
    ResultHistory history = ResultHistory.of(List.of(
        PastResult.umum("inv-anc", 2018, Tiers.TOP_99), PastResult.umum("inv-anc", 2018, Tiers.TOP_40),
        PastResult.umum("inv-once", 2019, Tiers.TOP_99),
        PastResult.umum("inv-twice", 2017, Tiers.TOP_99), PastResult.umum("inv-twice", 2019, Tiers.TOP_99)));
    EligibilityRule rule = EligibilityRules.pastResults(List.of(UMUM), UMUM_2021, KEPMEN_161);
    EligibilityContext context = EligibilityContext.newBuilder(edition2021()).history(history).build();

    Decision anc = rule.evaluate(started("anc", ImplementationStart.of(LocalDate.of(2017, 1, 1)), UMUM), context);
    assertThat(anc.passed()).isFalse();
    assertThat(anc.reasons().get(0).message().english()).startsWith("Past results: top-40 2018 (umum), top-99 2018 (umum); group umum requires not (");
    assertThat(rule.evaluate(started("once", ImplementationStart.of(LocalDate.of(2017, 1, 1)), UMUM), context).passed()).isTrue();
    assertThat(rule.evaluate(started("twice", ImplementationStart.of(LocalDate.of(2017, 1, 1)), UMUM), context).passed()).isFalse();
    assertThat(rule.evaluate(started("anc", ImplementationStart.of(LocalDate.of(2017, 1, 1)), KHUSUS), context).passed()).as("not applicable to khusus").isTrue();
  }

  @Test
  void the_same_tier_twice_in_one_year_counts_once() {
    HistoryCondition twice = HistoryCondition.reachedTimes(2, List.of(Tiers.TOP_99), 2014, 2020);

    assertThat(twice.test(List.of(PastResult.umum("x", 2019, Tiers.TOP_99), new PastResult(InnovationId.of("x"), 2019, Tiers.TOP_99, KHUSUS)))).isFalse();
    assertThat(twice.describe().english()).isEqualTo("reached top-99 at least 2 times in 2014–2020");
    assertThatThrownBy(() -> HistoryCondition.reachedTimes(0, List.of(), 2020, 2019)).isInstanceOf(io.github.kipp.core.InvalidInputException.class);
  }

  @Test
  void khusus_is_open_only_to_invited_innovations() {
    EligibilityRule rule = EligibilityRules.invitationOnly(KHUSUS, KEPMEN_161);
    Proposal invited = started("inv", ImplementationStart.of(LocalDate.of(2017, 1, 1)), KHUSUS);
    Proposal other = started("other", ImplementationStart.of(LocalDate.of(2017, 1, 1)), KHUSUS);
    EligibilityContext context = EligibilityContext.newBuilder(edition2021()).invitations(List.of(invited.innovation().id())).build();

    assertThat(rule.evaluate(invited, context).passed()).isTrue();
    assertThat(rule.evaluate(other, context).reasons().get(0).message().english()).isEqualTo("Inovasi other was not invited to group khusus, which is open by invitation only.");
    assertThat(rule.evaluate(started("u", ImplementationStart.of(LocalDate.of(2017, 1, 1)), UMUM), context).passed()).isTrue();
  }

  @Test
  void proposals_beyond_the_cap_fail_in_submission_order() {
    Instant t0 = Instant.parse("2021-04-01T00:00:00Z");
    EligibilityContext.Builder b = EligibilityContext.newBuilder(edition2021());
    Proposal[] ps = new Proposal[4];
    for (int i = 0; i < 4; i++) {
      ps[i] = started("p-" + i, ImplementationStart.of(LocalDate.of(2017, 1, 1)), UMUM);
      b.submitted(ps[i], t0.plusSeconds(3600L * (3 - i)));
    }
    EligibilityContext context = b.build();
    EligibilityRule cap = EligibilityRules.institutionCap(Map.of(UMUM, Cited.of(3, KEPMEN_161)));

    assertThat(cap.evaluate(ps[0], context).passed()).as("submitted last").isFalse();
    assertThat(cap.evaluate(ps[3], context).passed()).isTrue();
    assertThat(cap.evaluate(ps[0], context).reasons().get(0).message().english())
        .isEqualTo("Pemerintah Kabupaten Luwu Utara submitted 4 proposals in group umum; the cap is 3 and this is number 4 by submission time.");
    assertThat(cap.evaluate(started("r", ImplementationStart.of(LocalDate.of(2017, 1, 1)), REPLIKASI), context).passed()).isTrue();
  }

  @Test
  void a_replication_must_name_qualifying_innovations_other_than_itself() {
    HistoryCondition top99 = HistoryCondition.reached(Tiers.TOP_99, 2014, 2020);
    EligibilityRule rule = EligibilityRules.replicationSource(REPLIKASI, top99, KEPMEN_161);
    ResultHistory history = ResultHistory.of(List.of(PastResult.umum("si-chupang", 2019, Tiers.TOP_99)));
    EligibilityContext context = EligibilityContext.newBuilder(edition2021()).history(history).build();
    Proposal base = started("si-jempol", ImplementationStart.of(LocalDate.of(2020, 1, 1)), REPLIKASI);

    assertThat(rule.evaluate(base, context).reasons().get(0).code()).isEqualTo("kipp.eligibility.replication.missing");
    Proposal good = base.toBuilder().replication(Replication.of(List.of(InnovationId.of("si-chupang")), "Diadaptasi untuk perizinan provinsi")).build();
    assertThat(rule.evaluate(good, context).passed()).isTrue();
    Proposal bad = base.toBuilder().replication(Replication.of(List.of(InnovationId.of("unknown"), InnovationId.of("inv-si-jempol")), "x")).build();
    assertThat(rule.evaluate(bad, context).reasons()).extracting(r -> r.code())
        .containsExactly("kipp.eligibility.replication.unqualified", "kipp.eligibility.replication.self");
  }

  @Test
  void a_title_already_submitted_earlier_fails_after_normalisation() {
    Proposal first = Fixtures.proposal("p-1").build();
    Innovation renamed = Innovation.of(InnovationId.of("inv-2"), "GIATKI-CES!", Optional.empty(), Fixtures.LUWU_UTARA, Fixtures.DINKES, ImplementationStart.of(LocalDate.of(2020, 1, 1)));
    Proposal second = Proposal.newBuilder().id(ProposalId.of("p-2")).innovation(renamed).edition(first.edition()).group(UMUM).category(first.category()).build();
    EligibilityContext context = EligibilityContext.newBuilder(Fixtures.edition())
        .submitted(first, Instant.parse("2023-04-01T00:00:00Z")).submitted(second, Instant.parse("2023-04-02T00:00:00Z")).build();
    EligibilityRule rule = EligibilityRules.uniqueTitle(DEFAULT);

    assertThat(EligibilityRules.normaliseTitle("  Giatki–Ces (2023) ")).isEqualTo("giatki ces 2023");
    assertThat(rule.evaluate(first, context).passed()).isTrue();
    assertThat(rule.evaluate(second, context).reasons().get(0).message().english()).isEqualTo("The title \"GIATKI-CES!\" was already used by p-1, submitted earlier.");
  }

  @Test
  void an_incomplete_proposal_fails_with_one_reason_per_problem() {
    Proposal incomplete = Fixtures.proposal("p-1").clearSections().section(ProposalSection.of("ringkasan", "x")).build();
    Decision d = EligibilityRules.fitsEdition(DEFAULT).evaluate(incomplete, EligibilityContext.newBuilder(Fixtures.edition()).build());

    assertThat(d.passed()).isFalse();
    assertThat(d.reasons()).extracting(r -> r.code()).containsOnly("kipp.proposal.sectionMissing").hasSize(2);
    assertThat(d.reasons().get(0).message().english()).startsWith("sections: Required section");
  }

  @Test
  void screening_collects_every_rules_decision_for_every_proposal() {
    Proposal good = Fixtures.proposal("p-good").build();
    Proposal incomplete = Fixtures.proposal("p-bad").clearSections().build();
    EligibilityScreen screen = EligibilityScreen.of(List.of(EligibilityRules.fitsEdition(DEFAULT), EligibilityRules.uniqueTitle(DEFAULT)));
    ScreeningResult result = screen.screen(List.of(incomplete, good), EligibilityContext.newBuilder(Fixtures.edition()).build());

    assertThat(result.eligible()).containsExactly(ProposalId.of("p-good"));
    assertThat(result.ineligible()).containsExactly(ProposalId.of("p-bad"));
    assertThat(result.outcome(ProposalId.of("p-bad")).orElseThrow().failures()).extracting(Decision::rule).containsExactly("fits-edition");
    assertThat(result.outcome(ProposalId.of("p-good")).orElseThrow().decisions()).hasSize(2);
    assertThat(result.outcome(ProposalId.of("p-good")).orElseThrow().weakestConfidence()).contains(io.github.kipp.core.Confidence.UNKNOWN);
  }
}
