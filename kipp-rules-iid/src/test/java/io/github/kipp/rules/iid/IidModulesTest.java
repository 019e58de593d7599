package io.github.kipp.rules.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.rule.RuleModuleChecks;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.CompetitionRules;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.MissingModulePartException;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.rule.NoSuchRuleModuleException;
import io.github.kipp.rules.iid.spi.IidKeys;
import io.github.kipp.rules.iid.spi.Indicator;
import io.github.kipp.rules.iid.spi.IndicatorPart;
import io.github.kipp.rules.iid.spi.IndicatorRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The family-neutral clauses of the contract kit (every parameter cited, citations complete, found
 * by family, jurisdiction and date) and the index's own (catalogue, maxima, bands), for every module.
 */
class IidModulesTest {

  private static final RuleRegistry REGISTRY = RuleRegistry.newBuilder()
      .register(IidRules.edition2023()).register(IidRules.edition2026()).register(IidRules.edition2027()).build();

  @Test
  void every_module_passes_registration_checks_and_cites_every_key_with_sources_unless_unknown() {
    for (IidModule m : IidRules.modules()) {
      assertThat(RuleModuleChecks.check(m)).as("checks of %s", m.id()).isEmpty();
      assertThat(m.parameters().uncited()).isEmpty();
      for (var key : IidKeys.ALL) {
        Citation c = m.citation(key);
        if (c.confidence() == Confidence.UNKNOWN) {
          assertThat(c.note()).as("default of %s in %s", key, m.id()).isNotBlank();
        } else {
          assertThat(c.sources()).as("sources of %s in %s", key, m.id()).isNotEmpty();
        }
      }
      assertThat(m.legalBasis()).isNotEmpty();
      assertThat(m.family()).isEqualTo(IidRules.FAMILY);
    }
  }

  @Test
  void each_module_is_found_by_family_jurisdiction_and_date_and_none_in_the_years_without_a_known_index() {
    assertThat(REGISTRY.moduleFor(IidRules.FAMILY, Jurisdiction.NATIONAL, LocalDate.of(2023, 1, 1))).isSameAs(IidRules.edition2023());
    assertThat(REGISTRY.moduleFor(IidRules.FAMILY, Jurisdiction.NATIONAL, LocalDate.of(2026, 12, 31))).isSameAs(IidRules.edition2026());
    assertThat(REGISTRY.moduleFor(IidRules.FAMILY, Jurisdiction.NATIONAL, LocalDate.of(2027, 1, 1))).isSameAs(IidRules.edition2027());
    assertThatThrownBy(() -> REGISTRY.moduleFor(IidRules.FAMILY, Jurisdiction.NATIONAL, LocalDate.of(2025, 6, 1)))
        .isInstanceOf(NoSuchRuleModuleException.class).hasMessageContaining("iid-2026");
    assertThatThrownBy(() -> REGISTRY.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2026, 6, 1)))
        .as("the KIPP family has no module here").isInstanceOf(NoSuchRuleModuleException.class);
  }

  @Test
  void an_index_module_runs_no_competition_of_proposals_and_says_so() {
    IidModule m = IidRules.edition2026();
    assertThat(m.parts()).containsExactly(IndicatorRules.class);
    assertThat(m.part(CompetitionRules.class)).isEmpty();
    assertThatThrownBy(m::edition).isInstanceOf(MissingModulePartException.class).hasMessageContaining("iid-2026");
    assertThat(InnovationIndex.of(m).rules()).isSameAs(m);
  }

  @Test
  void the_catalogues_weights_give_the_published_maxima() {
    for (IidModule m : IidRules.modules()) {
      assertThat(m.indicators(IndicatorPart.SPD)).hasSize(20);
      assertThat(m.indicators(IndicatorPart.SID)).hasSize(20);
      assertThat(m.indicators(IndicatorPart.SPD).stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("21");
      assertThat(m.indicators(IndicatorPart.SID).stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("37");
      assertThat(m.indicators(IndicatorPart.SID).stream().filter(Indicator::mandatory).map(i -> i.id().value()))
          .containsExactly("16", "17", "32", "33", "35");
      assertThat(m.spdMaximum().add(m.sidMaximum()).add(m.countMaximum())).isEqualByComparingTo(m.totalMaximum());
    }
  }

  @Test
  void the_2026_letter_schedule_is_effective_dated_and_2027_inherits_the_rest_as_inferred() {
    IidModule y2026 = IidRules.edition2026();
    IidModule y2027 = IidRules.edition2027();
    assertThat(IidRules.edition2023().divisorMinimum()).isEqualTo(10);
    assertThat(y2026.divisorMinimum()).isEqualTo(12);
    assertThat(y2027.divisorMinimum()).isEqualTo(14);
    assertThat(IidRules.edition2023().affairsRequired()).isZero();
    assertThat(y2026.affairsRequired()).isEqualTo(5);
    assertThat(y2027.affairsRequired()).isEqualTo(6);
    for (Parameter<?> p : y2027.parameters().parameters()) {
      Confidence expected = p.key().equals(IidKeys.DIVISOR_MINIMUM) || p.key().equals(IidKeys.AFFAIRS_REQUIRED)
          ? Confidence.REPORTED
          : y2026.parameters().parameter(p.key()).confidence() == Confidence.UNKNOWN ? Confidence.UNKNOWN : Confidence.INFERRED;
      assertThat(p.confidence()).as("confidence of %s in 2027", p.key()).isEqualTo(expected);
      assertThat(p.value()).as("value of %s", p.key()).isEqualTo(
          expected == Confidence.REPORTED ? p.value() : y2026.parameters().get(p.key()));
    }
    assertThat(y2027.citation(IidKeys.BANDS).note()).contains("inherited from iid-2026");
    assertThat(y2027.citation(IidKeys.INDEX_ROUNDING).confidence()).as("an unknown stays unknown").isEqualTo(Confidence.UNKNOWN);
    assertThat(y2027.citation(IidKeys.INDEX_ROUNDING).note()).contains("half up");
  }

  @Test
  void a_module_whose_values_disagree_is_refused_naming_them() {
    ParameterSet wrong = IidRules.edition2026().parameters().with(IidKeys.SPD_MAXIMUM, new BigDecimal("64"),
        Citation.reported("test", Citation.UNKNOWN_PROVISION));
    assertThatThrownBy(() -> IidModule.of(RuleModuleId.of("iid-wrong"), LocalizedText.same("x"), EffectivePeriod.ofYear(2030), 2030,
        IidRules.edition2026().legalBasis(), wrong))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("63").hasMessageContaining("64");
    ParameterSet missing = ParameterSet.newBuilder().build();
    assertThatThrownBy(() -> IidModule.of(RuleModuleId.of("iid-empty"), LocalizedText.same("x"), EffectivePeriod.ofYear(2030), 2030,
        IidRules.edition2026().legalBasis(), missing))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iid.catalogue");
  }
}
