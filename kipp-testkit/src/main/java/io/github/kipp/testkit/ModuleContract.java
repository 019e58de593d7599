package io.github.kipp.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Citation;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.rule.RuleModuleChecks;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.CompetitionRules;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.testkit.internal.CitationChecks;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every rule module passes, whatever family of rules it belongs to and whether or not it
 * runs a competition of proposals: clauses C1 to C3, as JUnit 5 tests a module's own test class
 * inherits by implementing {@link #subject()}. A module of an index family (Kemendagri's regional
 * innovation index, whose modules score regional governments, not proposals) implements this
 * interface; a module with a competition of proposals implements {@link RuleModuleContract}, which
 * adds C4 to C7, or {@link ScoringRulesContract}.
 *
 * <pre>{@code
 * class Iid2026ContractTest implements ModuleContract {
 *   public RuleModule subject() { return IidRules.edition2026(); }
 * }
 * }</pre>
 *
 * <p>C1 the module declares parameters and cites each; C2 every citation it gives is complete (and
 * its eligibility rules', when it has the {@link CompetitionRules} part); C3 it loads into a registry
 * and is found by its id, by its family, jurisdiction and period, and by its edition when it has
 * one. Each check fails when what it checks is absent, never passing for want of something to check.
 */
public interface ModuleContract {

  /**
   * Returns the module under test.
   *
   * @return the module, not null
   */
  RuleModule subject();

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
   * parameter's citation and, for a module with a competition of proposals, each eligibility rule's
   * citations have a non-blank instrument, a provision (an article, or the UNKNOWN marker), a
   * confidence, and an UNKNOWN one documents its default in its note.
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
    Optional<CompetitionRules> competition = m.part(CompetitionRules.class);
    if (competition.isPresent()) {
      for (EligibilityRule r : competition.get().eligibilityRules()) {
        assertThat(r.citations()).as("citations of eligibility rule %s", r.id()).isNotEmpty();
        r.citations().forEach(c -> CitationChecks.assertComplete(c, "eligibility rule " + r.id()));
      }
    }
  }

  /**
   * C3: the module passes the checks of registration (every part it lists is supplied among them)
   * and a registry finds it by its id, by its family, jurisdiction and the first day of its period,
   * and, for a module with a competition of proposals, by its edition's id.
   */
  @Test
  @DisplayName("C3 the module loads into a registry and is found by its id, its family and period, and its edition")
  default void c3_module_loads_and_is_found() {
    RuleModule m = subject();
    assertThat(RuleModuleChecks.check(m)).as("loading checks of %s", m.id()).isEmpty();
    RuleRegistry registry = RuleRegistry.newBuilder().register(m).build();
    assertThat(registry.module(m.id())).isSameAs(m);
    assertThat(registry.moduleFor(m.family(), m.jurisdiction(), m.effectivePeriod().from())).isSameAs(m);
    if (m.part(CompetitionRules.class).isPresent()) {
      assertThat(registry.moduleFor(m.edition().id())).isSameAs(m);
    }
  }
}
