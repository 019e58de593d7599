package io.github.kipp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.kipp.core.GroupId;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.spi.FinalistPool;
import io.github.kipp.scoring.spi.ScoringRules;
import io.github.kipp.testkit.internal.CitationChecks;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of a rule module with scoring rules (the {@link ScoringRules} part every SINOVIK
 * module has): the clauses of {@link RuleModuleContract}, C1 to C7, and the scoring clauses S1 to S5.
 * A module's test class implements it with {@link #subject()}, and optionally {@link
 * #scenarioFolder()}:
 *
 * <pre>{@code
 * class SulselModuleTest implements ScoringRulesContract {
 *   public RuleModule subject() { return MyRegion.kipp2023(); }
 *   public Optional<String> scenarioFolder() { return Optional.of("scenarios/sulsel-2023"); }
 * }
 * }</pre>
 *
 * <p>Every scoring check fails, naming the module, when the module has no scoring rules, and when
 * what it checks is absent (no criteria, no finalists, no winners). S1 the module has the part; S2
 * criteria weights sum as declared; S3 winners fit within finalists and finalists within
 * nominations, per group; S4 scoring names only the edition's groups; S5 every scored stage
 * aggregates with a cited policy, and every scoring parameter's citation is complete.
 */
public interface ScoringRulesContract extends RuleModuleContract {

  /**
   * Returns the scoring rules of the module under test.
   *
   * @return the module's {@link ScoringRules} part, not null
   * @throws AssertionError if the module has no scoring rules, naming it and the parts it has
   */
  default ScoringRules scoringRules() {
    RuleModule m = subject();
    Optional<ScoringRules> rules = m.part(ScoringRules.class);
    return rules.orElseGet(() -> fail("module %s has no scoring rules: it does not supply the part %s (its parts: %s), so the"
        + " scoring clauses of ScoringRulesContract cannot hold; implement RuleModuleContract for a module without scoring rules",
        m.id(), ScoringRules.class.getName(), m.parts()));
  }

  /** S1: the module has scoring rules, and scores at least one stage. */
  @Test
  @DisplayName("S1 the module has scoring rules and scores at least one stage")
  default void s1_module_has_scoring_rules() {
    assertThat(scoringRules().criteria()).as("the scored stages of %s", subject().id()).isNotEmpty();
    assertThat(subject().parts()).as("the parts %s lists", subject().id()).contains(ScoringRules.class);
  }

  /** S2: the criteria weights of every scoring stage sum to their declared total; section weights are checked by the edition. */
  @Test
  @DisplayName("S2 weights sum as declared")
  default void s2_weights_sum_as_declared() {
    ScoringRules rules = scoringRules();
    assertThat(rules.criteria()).as("criteria of %s", subject().id()).isNotEmpty();
    for (CriteriaSet c : rules.criteria()) {
      assertThat(c.criteria()).as("criteria of stage %s", c.stage()).isNotEmpty();
      assertThat(c.criteria().stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
          .as("weights of stage %s", c.stage()).isEqualByComparingTo(c.weightTotal());
    }
  }

  /**
   * S3: the module names its finalists and winners; per group, every group with winners has
   * finalists and its winners fit within them, and finalists fit within the group's nominations where
   * nominations are limited.
   */
  @Test
  @DisplayName("S3 counts fit: winners within finalists within nominations")
  default void s3_counts_fit() {
    ScoringRules rules = scoringRules();
    assertThat(rules.finalists()).as("finalist pools of %s", subject().id()).isNotEmpty();
    assertThat(rules.winners()).as("winners' tiers of %s", subject().id()).isNotEmpty();
    Map<GroupId, Integer> finalists = new TreeMap<>();
    for (FinalistPool p : rules.finalists()) {
      p.groups().forEach(g -> finalists.merge(g, p.spec().size(), Integer::sum));
    }
    Map<GroupId, Integer> winners = new TreeMap<>();
    for (AwardTier t : rules.winners()) {
      t.groups().forEach(g -> winners.merge(g, t.size(), Integer::sum));
    }
    winners.forEach((g, n) -> {
      assertThat(finalists).as("finalists of group %s, which has winners", g).containsKey(g);
      assertThat(n).as("winners of group %s within its finalists", g).isLessThanOrEqualTo(finalists.get(g));
    });
    rules.nominations().forEach((g, n) -> {
      if (finalists.containsKey(g)) {
        assertThat(finalists.get(g)).as("finalists of group %s within its nominations", g).isLessThanOrEqualTo(n.topN().orElse(Integer.MAX_VALUE));
      }
    });
  }

  /** S4: finalist pools, winners' tiers and nominations name only the edition's groups. */
  @Test
  @DisplayName("S4 scoring names only the edition's groups")
  default void s4_scoring_names_known_groups() {
    ScoringRules rules = scoringRules();
    Set<GroupId> known = new TreeSet<>();
    subject().edition().groups().forEach(g -> known.add(g.id()));
    assertThat(rules.finalists()).as("finalist pools of %s", subject().id()).isNotEmpty();
    rules.finalists().forEach(p -> assertThat(known).as("groups of finalist pool %s", p.tier()).containsAll(p.groups()));
    rules.winners().forEach(t -> assertThat(known).as("groups of tier %s", t.id()).containsAll(t.groups()));
    assertThat(known).as("groups with nominations").containsAll(rules.nominations().keySet());
  }

  /**
   * S5: every scored stage aggregates with a policy, and every citation of the scoring rules is
   * complete (as in C2): criteria, aggregation, combination, tie-breaks, pass mark, nominations,
   * finalist sizes, winners' tiers and rounding.
   */
  @Test
  @DisplayName("S5 every scored stage aggregates; every scoring citation is complete")
  default void s5_every_stage_aggregates_with_complete_citations() {
    ScoringRules rules = scoringRules();
    assertThat(rules.criteria()).as("criteria of %s", subject().id()).isNotEmpty();
    for (CriteriaSet c : rules.criteria()) {
      c.criteria().forEach(x -> CitationChecks.assertComplete(x.citation(), "criterion " + x.id() + " of stage " + c.stage()));
      CitationChecks.assertComplete(rules.aggregation(c.stage()).citation(), "the aggregation of stage " + c.stage());
    }
    CitationChecks.assertComplete(rules.combination().citation(), "the combination of stages");
    CitationChecks.assertComplete(rules.tieBreaks().citation(), "the tie-break chain");
    rules.passMark().ifPresent(p -> CitationChecks.assertComplete(p.citation(), "the pass mark"));
    for (Map.Entry<GroupId, Cutoff> n : rules.nominations().entrySet()) {
      CitationChecks.assertComplete(n.getValue().citation(), "the nominations of group " + n.getKey());
    }
    rules.finalists().forEach(p -> CitationChecks.assertComplete(p.spec().sizeCitation(), "the size of finalist pool " + p.tier()));
    rules.winners().forEach(t -> CitationChecks.assertComplete(t.citation(), "winners' tier " + t.id()));
    CitationChecks.assertComplete(rules.rounding().citation(), "the rounding");
  }
}
