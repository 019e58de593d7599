package io.github.kipp.rules.sinovik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.Decision;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.eligibility.CapRefusal;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.rule.InvalidRuleModuleException;
import io.github.kipp.core.rule.NoCompetitionException;
import io.github.kipp.core.rule.NoSuchRuleModuleException;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.testkit.KippBuilders;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 16, items 5 and 6: the 2025 corrections and fidelity at the point of use. */
class FidelityTest {

  private static final Citation REGION = Citation.reported("Panduan KIPP Uji", "Lampiran, section UNKNOWN");

  private static SinovikModule.Builder variant() {
    return SinovikModule.extend(SinovikRules.edition2023()).variant("uji-2023")
        .title(LocalizedText.same("KIPP Uji 2023"))
        .jurisdiction(Jurisdiction.province(RegionCode.of("73"), LocalizedText.same("Provinsi Sulawesi Selatan")));
  }

  @Test
  void a_module_with_an_uncited_parameter_is_refused_when_it_is_built_naming_the_parameter() {
    SinovikModule base = SinovikRules.edition2023();
    SinovikModule.Builder b = SinovikModule.newBuilder().id(io.github.kipp.core.RuleModuleId.of("uji-2023"))
        .title(LocalizedText.same("KIPP Uji 2023")).jurisdiction(Jurisdiction.NATIONAL).effectivePeriod(base.effectivePeriod())
        .editionYear(2023).legalBasis(base.legalBasis().toArray(new Citation[0]))
        .parameters(base.parameters().toBuilder().setUncited(SinovikKeys.MINIMUM_AGE, Period.ofYears(3)).build());

    assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidRuleModuleException.class, e -> {
      assertThat(e.module().value()).isEqualTo("uji-2023");
      assertThat(e.violations()).singleElement().satisfies(v -> {
        assertThat(v.code()).isEqualTo("kipp.module.uncited");
        assertThat(v.message().english()).contains("eligibility.minimumAge");
      });
    });
  }

  @Test
  void an_override_without_a_citation_or_value_fails_naming_the_key() {
    assertThatThrownBy(() -> variant().override(SinovikKeys.MINIMUM_AGE, Period.ofYears(1), nullCitation()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("override of eligibility.minimumAge has no citation");
    assertThatThrownBy(() -> variant().override(SinovikKeys.MINIMUM_AGE, nullPeriod(), REGION))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("override of eligibility.minimumAge has no value");
  }

  @SuppressWarnings("NullAway") // the programmer error under test
  private static Citation nullCitation() {
    return null;
  }

  @SuppressWarnings("NullAway") // the programmer error under test
  private static Period nullPeriod() {
    return null;
  }

  @Test
  void every_rule_id_of_every_module_is_a_public_constant_or_a_past_results_id_of_its_groups() {
    for (RuleModule m : List.of(SinovikRules.edition2021(), SinovikRules.edition2022(), SinovikRules.edition2023(), SinovikRules.edition2025(),
        SulawesiSelatan.kipp2023(), LuwuUtara.selection2023())) {
      Set<String> known = m.edition().groups().stream().map(g -> EligibilityRules.pastResultsId(g.id())).collect(Collectors.toSet());
      known.addAll(List.of(EligibilityRules.FITS_EDITION, EligibilityRules.MINIMUM_AGE, EligibilityRules.INSTITUTION_CAP,
          EligibilityRules.INVITATION, EligibilityRules.REPLICATION_SOURCE, EligibilityRules.UNIQUE_TITLE, EligibilityRules.ENTRANT_REGION));

      assertThat(m.eligibilityRules()).extracting(EligibilityRule::id).as(m.id().value()).isSubsetOf(known);
    }
    assertThat(SinovikRules.edition2021().eligibilityRules()).extracting(EligibilityRule::id)
        .contains(EligibilityRules.INSTITUTION_CAP, EligibilityRules.pastResultsId(GroupId.of("umum")), EligibilityRules.MINIMUM_AGE);
  }

  @Test
  void the_2021_cap_refusal_policy_is_a_declared_cited_parameter_that_a_refusal_cites() {
    SinovikModule m = SinovikRules.edition2021();
    Citation policy = m.parameters().citation(SinovikKeys.CAP_REFUSAL);
    EligibilityRule cap = m.eligibilityRules().stream().filter(r -> r.id().equals(EligibilityRules.INSTITUTION_CAP)).findFirst().orElseThrow();

    assertThat(m.parameters().get(SinovikKeys.CAP_REFUSAL)).isEqualTo(CapRefusal.LATEST_SUBMISSIONS);
    assertThat(policy.confidence()).isEqualTo(Confidence.UNKNOWN);
    assertThat(policy.note()).contains("refuses those submitted last");
    assertThat(cap.citations()).contains(policy);
    assertThat(SinovikRules.edition2025().parameters().find(SinovikKeys.CAP_REFUSAL)).as("no cap, no policy").isEmpty();

    EligibilityContext.Builder context = EligibilityContext.newBuilder(m.edition());
    for (int i = 1; i <= 11; i++) {
      KippBuilders.proposalFor(m.edition()).id("p-" + i).started(LocalDate.of(2018, 1, 1))
          .submittedAt(java.time.Instant.parse("2021-04-01T00:00:00Z").plusSeconds(60L * i)).submitTo(context);
    }
    EligibilityContext c = context.build();
    Proposal eleventh = c.submitted().stream().filter(p -> p.id().value().equals("p-11")).findFirst().orElseThrow();
    Decision refused = cap.evaluate(eleventh, c);
    assertThat(refused.passed()).isFalse();
    assertThat(refused.citations()).contains(policy);
  }

  @Test
  void a_module_that_caps_a_group_without_a_refusal_policy_is_refused_naming_the_key() {
    SinovikModule.Builder b = SinovikModule.extend(SinovikRules.edition2021()).variant("uji-2021")
        .title(LocalizedText.same("KIPP Uji 2021"))
        .jurisdiction(Jurisdiction.province(RegionCode.of("73"), LocalizedText.same("Provinsi Sulawesi Selatan")))
        .remove(SinovikKeys.CAP_REFUSAL);

    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sinovik-2021/uji-2021 caps groups [umum, replikasi] but declares no eligibility.caps.refusal");
  }

  @Test
  void a_date_in_2026_has_no_module_in_force_distinct_from_2024_without_a_competition() {
    RuleRegistry registry = SinovikRules.registry();

    assertThat(registry.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2025, 12, 31)).id().value()).isEqualTo("sinovik-2025");
    assertThatThrownBy(() -> registry.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2026, 4, 8)))
        .isInstanceOfSatisfying(NoSuchRuleModuleException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("kipp.registry.rulesUnknown");
          assertThat(e.text().english()).contains("is in force on 2026-04-08: its rules from 2026-01-01 are not known")
              .contains("no source gives a 2026 edition").contains("sinovik-2025");
          assertThat(e.text().indonesian()).contains("aturannya sejak 2026-01-01 tidak diketahui");
        });
    assertThatThrownBy(() -> registry.forEdition(Jurisdiction.NATIONAL, 2026))
        .isInstanceOfSatisfying(NoSuchRuleModuleException.class, e -> assertThat(e.errorCode()).isEqualTo("kipp.registry.rulesUnknown"));
    assertThatThrownBy(() -> registry.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2024, 6, 1))).isInstanceOf(NoCompetitionException.class);
  }

  @Test
  void the_2025_guide_number_is_a_conflict_citing_both_readings() {
    Citation guide = SinovikRules.edition2025().legalBasis().get(0);

    assertThat(guide.conflicting()).isTrue();
    assertThat(guide.instrument()).startsWith("Pedoman Menteri PANRB 4/2025");
    assertThat(guide.sources()).contains("S131", "S38");
    assertThat(guide.note()).isEqualTo("CONFLICT: another source numbers the guide 5/2025 [S38]");
  }

  @Test
  void the_2025_edition_requires_the_two_letters_and_a_refusal_cites_them() {
    SinovikModule m = SinovikRules.edition2025();
    EligibilityRule fits = m.eligibilityRules().get(0);
    Proposal without = KippBuilders.proposalFor(m.edition()).attachments(AttachmentKind.INNOVATOR_IDENTITY_STATEMENT).build();
    Proposal with = KippBuilders.proposalFor(m.edition()).build();
    EligibilityContext c = EligibilityContext.newBuilder(m.edition()).build();

    assertThat(m.edition().requiredAttachments())
        .containsExactly(AttachmentKind.INNOVATOR_IDENTITY_STATEMENT, AttachmentKind.REPLICATION_CONSENT_LETTER);
    assertThat(fits.id()).isEqualTo(EligibilityRules.FITS_EDITION);
    Decision refused = fits.evaluate(without, c);
    assertThat(refused.reasons()).extracting(r -> r.code()).containsExactly("kipp.proposal.attachmentMissing");
    assertThat(refused.citations()).contains(m.parameters().citation(SinovikKeys.REQUIRED_ATTACHMENTS));
    assertThat(fits.evaluate(with, c).passed()).isTrue();
    assertThat(SinovikRules.edition2023().edition().requiredAttachments()).isEmpty();
  }

  @Test
  void the_age_reason_names_the_close_as_the_regulation_does() {
    SinovikModule m = SinovikRules.edition2022();
    EligibilityRule age = m.eligibilityRules().stream().filter(r -> r.id().equals(EligibilityRules.MINIMUM_AGE)).findFirst().orElseThrow();
    Proposal young = KippBuilders.proposalFor(m.edition()).started(LocalDate.of(2020, 4, 16)).build();

    Decision d = age.evaluate(young, EligibilityContext.newBuilder(m.edition()).build());

    assertThat(d.passed()).isFalse();
    assertThat(d.reasons().get(0).message().english()).contains("at the registration close, 15 April 2022, 23:59 WIB,");
    assertThat(d.reasons().get(0).message().indonesian()).contains("pada penutupan pendaftaran, 15 April 2022 pukul 23.59 WIB,");
    assertThat(m.edition().schedule().window(io.github.kipp.core.edition.Phase.REGISTRATION).orElseThrow().lastDay())
        .isEqualTo(LocalDate.of(2022, 4, 15));
  }
}
