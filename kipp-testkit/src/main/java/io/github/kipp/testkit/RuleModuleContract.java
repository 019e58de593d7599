package io.github.kipp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.rule.RuleModuleChecks;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.spi.FinalistPool;
import io.github.kipp.scoring.spi.ScoringRules;
import io.github.kipp.testkit.scenario.ScenarioRunner;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every rule module, national or regional, should pass, as JUnit 5 tests a module's
 * own test class inherits by implementing {@link #subject()}:
 *
 * <pre>{@code
 * class SulselModuleTest implements RuleModuleContract {
 *   public RuleModule subject() { return MyRegion.kipp2023(); }
 *   public Optional<String> scenarioFolder() { return Optional.of("scenarios/sulsel-2023"); }
 * }
 * }</pre>
 *
 * <p>Each check names the clause it proves; {@code docs/contract.md} maps the clauses to the checks.
 * C1 every parameter cited; C2 UNKNOWN values document their default; C3 the module loads into a
 * registry; C4 the effective period covers the edition's registration; C5 the edition year agrees;
 * C6 weights sum as declared; C7 counts fit (winners within finalists within nominations, per group);
 * C8 every group a scoring parameter names exists; C9 every eligibility rule decides a complete
 * proposal of every group with cited reasons; C10 every scored stage aggregates; C11 the golden
 * scenarios pass.
 */
public interface RuleModuleContract {

  /**
   * Returns the module under test.
   *
   * @return the module, not null
   */
  RuleModule subject();

  /**
   * Returns the class-path folder of the module's golden scenarios.
   *
   * @return the folder, or empty if the module has none
   */
  default Optional<String> scenarioFolder() {
    return Optional.empty();
  }

  /** C1: every parameter carries a citation. */
  @Test
  @DisplayName("C1 every parameter carries a citation")
  default void c1_every_parameter_is_cited() {
    assertThat(subject().parameters().uncited()).as("uncited parameters of %s", subject().id()).isEmpty();
  }

  /** C2: a value cited as UNKNOWN documents its default in the citation's note. */
  @Test
  @DisplayName("C2 every UNKNOWN value documents its default")
  default void c2_unknown_values_document_their_default() {
    for (Parameter<?> p : subject().parameters().parameters()) {
      p.citation().filter(c -> c.confidence() == Confidence.UNKNOWN)
          .ifPresent(c -> assertThat(c.note()).as("documented default of %s", p.key()).isNotBlank());
    }
  }

  /** C3: the module passes the checks of registration and is found by its id and dates. */
  @Test
  @DisplayName("C3 the module loads into a registry and is found by its id and period")
  default void c3_module_loads_and_is_found() {
    RuleModule m = subject();
    assertThat(RuleModuleChecks.check(m)).as("loading checks of %s", m.id()).isEmpty();
    RuleRegistry registry = RuleRegistry.newBuilder().register(m).build();
    assertThat(registry.module(m.id())).isSameAs(m);
    assertThat(registry.moduleFor(m.jurisdiction(), m.effectivePeriod().from())).isSameAs(m);
    assertThat(m.legalBasis()).as("legal basis").isNotEmpty();
  }

  /** C4: the effective period covers the edition's registration window, if it has one. */
  @Test
  @DisplayName("C4 the effective period covers the registration")
  default void c4_period_covers_registration() {
    Edition e = subject().edition();
    e.schedule().window(Phase.REGISTRATION).ifPresent(w -> {
      LocalDate opens = w.opens().withZoneSameInstant(e.zone()).toLocalDate();
      assertThat(subject().effectivePeriod().contains(opens)).as("period %s contains registration opening %s", subject().effectivePeriod(), opens).isTrue();
    });
  }

  /** C5: the declared edition year is the edition's. */
  @Test
  @DisplayName("C5 the edition year agrees with the edition")
  default void c5_edition_year_agrees() {
    assertThat(subject().edition().year()).isEqualTo(subject().editionYear());
  }

  /** C6: criteria weights sum to their declared total; section weights were checked by the edition. */
  @Test
  @DisplayName("C6 weights sum as declared")
  default void c6_weights_sum_as_declared() {
    if (subject() instanceof ScoringRules rules) {
      for (CriteriaSet c : rules.criteria()) {
        assertThat(c.criteria().stream().map(x -> x.weight()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
            .as("weights of stage %s", c.stage()).isEqualByComparingTo(c.weightTotal());
      }
    }
  }

  /** C7: per group, winners fit within finalists, and finalists within nominations. */
  @Test
  @DisplayName("C7 counts fit: winners within finalists within nominations")
  default void c7_counts_fit() {
    if (!(subject() instanceof ScoringRules rules)) {
      return;
    }
    Map<GroupId, Integer> finalists = new TreeMap<>();
    for (FinalistPool p : rules.finalists()) {
      p.groups().forEach(g -> finalists.merge(g, p.spec().size(), Integer::sum));
    }
    Map<GroupId, Integer> winners = new TreeMap<>();
    for (AwardTier t : rules.winners()) {
      t.groups().forEach(g -> winners.merge(g, t.size(), Integer::sum));
    }
    winners.forEach((g, n) -> {
      if (finalists.containsKey(g)) {
        assertThat(n).as("winners of group %s within its finalists", g).isLessThanOrEqualTo(finalists.get(g));
      }
    });
    rules.nominations().forEach((g, n) -> {
      if (finalists.containsKey(g)) {
        assertThat(finalists.get(g)).as("finalists of group %s within its nominations", g).isLessThanOrEqualTo(n.topN().orElse(Integer.MAX_VALUE));
      }
    });
  }

  /** C8: every group a scoring parameter names is a group of the edition. */
  @Test
  @DisplayName("C8 scoring names only the edition's groups")
  default void c8_scoring_names_known_groups() {
    if (!(subject() instanceof ScoringRules rules)) {
      return;
    }
    java.util.Set<GroupId> known = new java.util.TreeSet<>();
    subject().edition().groups().forEach(g -> known.add(g.id()));
    rules.finalists().forEach(p -> assertThat(known).as("groups of finalist pool %s", p.tier()).containsAll(p.groups()));
    rules.winners().forEach(t -> assertThat(known).as("groups of tier %s", t.id()).containsAll(t.groups()));
    assertThat(known).as("groups with nominations").containsAll(rules.nominations().keySet());
  }

  /** C9: every eligibility rule decides a complete proposal of every group, with cited reasons. */
  @Test
  @DisplayName("C9 every rule decides a complete proposal of every group and cites its basis")
  default void c9_rules_decide_complete_proposals() {
    Edition e = subject().edition();
    for (EligibilityRule rule : subject().eligibilityRules()) {
      assertThat(rule.citations()).as("citations of rule %s", rule.id()).isNotEmpty();
    }
    for (InnovationGroup g : e.groups()) {
      KippBuilders.ProposalBuilder b = KippBuilders.proposalFor(e).id("contract-" + g.id()).group(g.id().value()).started(LocalDate.of(e.year() - 5, 1, 1));
      if (g.requiresReplication()) {
        b.replicates("contract-source");
      }
      Proposal p = b.build();
      assertThat(e.validate(p)).as("a complete proposal of group %s fits the edition", g.id()).isEmpty();
      ProposalEligibility outcome = EligibilityScreen.of(subject().eligibilityRules()).screen(p,
          EligibilityContext.newBuilder(e).submitted(java.util.List.of(p)).build());
      assertThat(outcome.decisions()).hasSize(subject().eligibilityRules().size());
      outcome.failures().forEach(d -> assertThat(d.citations()).as("citations of failing rule %s", d.rule()).isNotEmpty());
    }
  }

  /** C10: every scored stage has an aggregation policy with a citation. */
  @Test
  @DisplayName("C10 every scored stage aggregates with a cited policy")
  default void c10_every_stage_aggregates() {
    if (subject() instanceof ScoringRules rules) {
      for (CriteriaSet c : rules.criteria()) {
        Citation citation = rules.aggregation(c.stage()).citation();
        assertThat(citation).as("aggregation of %s", c.stage()).isNotNull();
      }
      assertThat(rules.combination().citation()).isNotNull();
      assertThat(rules.tieBreaks().citation()).isNotNull();
    }
  }

  /**
   * C11: the module's golden scenarios pass.
   *
   * @return one test per scenario file
   */
  @TestFactory
  @DisplayName("C11 the golden scenarios pass")
  default Stream<DynamicTest> c11_golden_scenarios_pass() {
    return scenarioFolder().map(f -> ScenarioRunner.of(subject()).dynamicTests(f)).orElseGet(Stream::empty);
  }
}
