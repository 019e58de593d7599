package io.github.kipp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Citation;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.rule.RuleModuleChecks;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.testkit.internal.CitationChecks;
import io.github.kipp.testkit.scenario.ScenarioRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every rule module, national or regional, of any family of rules passes, as JUnit 5
 * tests a module's own test class inherits by implementing {@link #subject()}. A module with scoring
 * rules implements {@link ScoringRulesContract}, which adds the scoring clauses to these:
 *
 * <pre>{@code
 * class SulselModuleTest implements ScoringRulesContract {
 *   public RuleModule subject() { return MyRegion.kipp2023(); }
 *   public Optional<String> scenarioFolder() { return Optional.of("scenarios/sulsel-2023"); }
 * }
 * }</pre>
 *
 * <p>Each check names the clause it proves, and fails when what it checks is absent (no parameter,
 * no registration window, no eligibility rule), never passing for want of something to check;
 * {@code docs/contract.md} maps the clauses to the checks. C1 the module declares parameters and
 * cites each; C2 every citation it gives is complete; C3 it loads into a registry and is found by its
 * id, its period and its edition; C4 its effective period covers the edition's registration; C5 its
 * edition year agrees; C6 it has eligibility rules, and each decides a complete proposal of every
 * group with cited reasons; C7 its golden scenarios pass.
 */
public interface RuleModuleContract {

  /**
   * Returns the module under test.
   *
   * @return the module, not null
   */
  RuleModule subject();

  /**
   * Returns the class-path folder of the module's golden scenarios. A folder given must hold at least
   * one scenario.
   *
   * @return the folder, or empty if the module has none
   */
  default Optional<String> scenarioFolder() {
    return Optional.empty();
  }

  /** C1: the module declares its parameters, and each carries a citation. */
  @Test
  @DisplayName("C1 the module declares parameters and cites each")
  default void c1_every_parameter_is_cited() {
    RuleModule m = subject();
    assertThat(m.parameters().parameters()).as("parameters of %s", m.id()).isNotEmpty();
    assertThat(m.parameters().uncited()).as("uncited parameters of %s", m.id()).isEmpty();
  }

  /**
   * C2: every citation the module gives is complete: its legal basis (at least one instrument), each
   * parameter's citation and each eligibility rule's citations have a non-blank instrument, a
   * provision (an article, or the UNKNOWN marker), a confidence, and an UNKNOWN one documents its
   * default in its note.
   */
  @Test
  @DisplayName("C2 every citation is complete: instrument, provision, confidence, and the default of an UNKNOWN value")
  default void c2_every_citation_is_complete() {
    RuleModule m = subject();
    assertThat(m.legalBasis()).as("legal basis of %s", m.id()).isNotEmpty();
    for (Citation c : m.legalBasis()) {
      CitationChecks.assertComplete(c, "the legal basis of " + m.id());
    }
    for (Parameter<?> p : m.parameters().parameters()) {
      CitationChecks.assertComplete(p.citation().orElse(null), "parameter " + p.key());
    }
    for (EligibilityRule r : m.eligibilityRules()) {
      assertThat(r.citations()).as("citations of eligibility rule %s", r.id()).isNotEmpty();
      r.citations().forEach(c -> CitationChecks.assertComplete(c, "eligibility rule " + r.id()));
    }
  }

  /**
   * C3: the module passes the checks of registration (every part it lists is supplied among them)
   * and a registry finds it by its id, by the first day of its period and by its edition's id.
   */
  @Test
  @DisplayName("C3 the module loads into a registry and is found by its id, its period and its edition")
  default void c3_module_loads_and_is_found() {
    RuleModule m = subject();
    assertThat(RuleModuleChecks.check(m)).as("loading checks of %s", m.id()).isEmpty();
    RuleRegistry registry = RuleRegistry.newBuilder().register(m).build();
    assertThat(registry.module(m.id())).isSameAs(m);
    assertThat(registry.moduleFor(m.jurisdiction(), m.effectivePeriod().from())).isSameAs(m);
    assertThat(registry.moduleFor(m.edition().id())).isSameAs(m);
  }

  /** C4: the edition publishes a registration window, and the effective period covers its opening. */
  @Test
  @DisplayName("C4 the effective period covers the registration")
  default void c4_period_covers_registration() {
    RuleModule m = subject();
    Edition e = m.edition();
    Optional<Window> registration = e.schedule().window(Phase.REGISTRATION);
    assertThat(registration).as("the registration window of edition %s", e.id()).isPresent();
    LocalDate opens = registration.orElseThrow().opens().withZoneSameInstant(e.zone()).toLocalDate();
    assertThat(m.effectivePeriod().contains(opens)).as("period %s contains registration opening %s", m.effectivePeriod(), opens).isTrue();
  }

  /** C5: the declared edition year is the edition's. */
  @Test
  @DisplayName("C5 the edition year agrees with the edition")
  default void c5_edition_year_agrees() {
    assertThat(subject().edition().year()).isEqualTo(subject().editionYear());
  }

  /**
   * C6: the module has eligibility rules; each cites its basis and decides a complete proposal of
   * every group, failing only with cited reasons.
   */
  @Test
  @DisplayName("C6 the module has eligibility rules; each decides a complete proposal of every group and cites its basis")
  default void c6_rules_decide_complete_proposals() {
    RuleModule m = subject();
    Edition e = m.edition();
    assertThat(m.eligibilityRules()).as("eligibility rules of %s", m.id()).isNotEmpty();
    for (EligibilityRule rule : m.eligibilityRules()) {
      assertThat(rule.citations()).as("citations of rule %s", rule.id()).isNotEmpty();
    }
    for (InnovationGroup g : e.groups()) {
      KippBuilders.ProposalBuilder b = KippBuilders.proposalFor(e).id("contract-" + g.id()).group(g.id().value()).started(LocalDate.of(e.year() - 5, 1, 1));
      if (g.requiresReplication()) {
        b.replicates("contract-source");
      }
      Proposal p = b.build();
      assertThat(e.validate(p)).as("a complete proposal of group %s fits the edition", g.id()).isEmpty();
      ProposalEligibility outcome = EligibilityScreen.of(m.eligibilityRules()).screen(p,
          EligibilityContext.newBuilder(e).submitted(List.of(p)).build());
      assertThat(outcome.decisions()).as("decisions on the proposal of group %s", g.id()).hasSize(m.eligibilityRules().size());
      outcome.failures().forEach(d -> assertThat(d.citations()).as("citations of failing rule %s", d.rule()).isNotEmpty());
    }
  }

  /**
   * C7: the module's golden scenarios pass. A module without a scenario folder has no scenario to
   * run; a folder given with no scenario in it fails.
   *
   * @return one test per scenario file
   */
  @TestFactory
  @DisplayName("C7 the golden scenarios pass")
  default Stream<DynamicTest> c7_golden_scenarios_pass() {
    return scenarioFolder().map(f -> ScenarioRunner.of(subject()).dynamicTests(f)).orElseGet(Stream::empty);
  }
}
