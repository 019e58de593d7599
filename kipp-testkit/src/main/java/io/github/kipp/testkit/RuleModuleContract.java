package io.github.kipp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.spi.RuleModule;
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
 * The contract every rule module with a competition of proposals, national or regional, passes, as
 * JUnit 5 tests a module's own test class inherits by implementing {@link #subject()}: the clauses of
 * every module (C1 to C3, {@link ModuleContract}) and those of a competition (C4 to C7). A module
 * with scoring rules implements {@link ScoringRulesContract}, which adds the scoring clauses to these:
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
 * id, its family and period, and its edition; C4 its effective period covers the edition's registration; C5 its
 * edition year agrees; C6 it has eligibility rules, and each decides a complete proposal of every
 * group with cited reasons; C7 its golden scenarios pass.
 */
public interface RuleModuleContract extends ModuleContract {

  /**
   * Returns the class-path folder of the module's golden scenarios. A folder given must hold at least
   * one scenario.
   *
   * @return the folder, or empty if the module has none
   */
  default Optional<String> scenarioFolder() {
    return Optional.empty();
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
