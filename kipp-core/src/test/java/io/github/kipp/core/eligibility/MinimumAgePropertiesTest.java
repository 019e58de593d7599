package io.github.kipp.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Cited;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.innovation.DatePrecision;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.innovation.Proposal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The minimum-age rule decides whether a proposal passes from the minimums it reads once per rule
 * (the general one, the pandemic-related one, each group's by its id's value), not from {@link
 * AgeRequirement#forGroup} for each proposal. Checked against the decision the rule makes and
 * explains ({@link EligibilityRule#evaluate}, which reads {@code forGroup}) on requirements with no,
 * one or three groups of their own, with and without a pandemic-related minimum, for proposals of
 * every group, pandemic-related or not, started up to a month either side of the boundary.
 */
class MinimumAgePropertiesTest {

  private static final Citation BASIS = Citation.reported("Pedoman 2023", "Bab III").withSources("S1");
  private static final String[] GROUPS = {"umum", "replikasi", "khusus", "daerah"};

  @Test
  void the_minimum_age_rule_passes_exactly_the_proposals_its_decision_passes() {
    EligibilityContext context = EligibilityContext.newBuilder(Fixtures.edition()).build();
    Proposal base = Fixtures.proposal("p-0").build();
    int[] passed = new int[1];
    int[] failed = new int[1];
    int[] byOwnGroup = new int[1];
    qt().withFixedSeed(2028).withExamples(1_500).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      ImmutableSortedMap.Builder<GroupId, Cited<Period>> byGroup = ImmutableSortedMap.naturalOrder();
      int own = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(3);
      for (int g = 0; g < own; g++) {
        byGroup.put(GroupId.of(GROUPS[g + 1]), Cited.of(Period.ofMonths(r.nextInt(36)), BASIS));
      }
      AgeRequirement requirement = new AgeRequirement(
          Cited.of(Period.ofMonths(r.nextInt(36)), BASIS),
          byGroup.buildOrThrow(),
          r.nextBoolean() ? Optional.of(Cited.of(Period.ofMonths(r.nextInt(12)), BASIS)) : Optional.empty(),
          Cited.of(r.nextBoolean() ? AgeRequirement.CloseBasis.ORIGINAL : AgeRequirement.CloseBasis.EXTENDED, BASIS),
          Cited.of(r.nextBoolean() ? PartialDateResolution.EARLIEST : PartialDateResolution.LATEST, BASIS));
      EligibilityRules.Rule rule = (EligibilityRules.Rule) EligibilityRules.minimumAge(requirement);
      for (int k = 0; k < 8; k++) {
        GroupId group = GroupId.of(GROUPS[r.nextInt(GROUPS.length)]);
        boolean pandemic = r.nextInt(3) == 0;
        // Started near the boundary: the close of 2 May 2023 less the minimum that applies, give or take a month.
        Period minimum = pandemic && requirement.pandemicRelated().isPresent() ? requirement.pandemicRelated().get().value()
            : requirement.forGroup(group).value();
        LocalDate day = LocalDate.of(2023, 5, 2).minus(minimum).plusDays(r.nextInt(-31, 32));
        ImplementationStart start = ImplementationStart.of(day, DatePrecision.values()[r.nextInt(DatePrecision.values().length)]);
        Innovation innovation = Innovation.of(base.innovation().id(), base.innovation().title(), Optional.empty(),
            base.innovation().institution(), base.innovation().unit(), start);
        Proposal p = Proposal.newBuilder().id(base.id()).innovation(innovation).edition(base.edition()).group(group)
            .category(base.category()).sdgs(base.sdgs()).sections(base.sections()).pandemicRelated(pandemic).build();
        Decision decision = rule.evaluate(p, context);
        assertThat(rule.passes(p, -1, context)).as("seed %d, %s, %s, pandemic %s", seed, group, start, pandemic).isEqualTo(decision.passed());
        passed[0] += decision.passed() ? 1 : 0;
        failed[0] += decision.passed() ? 0 : 1;
        byOwnGroup[0] += requirement.byGroup().containsKey(group) && !(pandemic && requirement.pandemicRelated().isPresent()) ? 1 : 0;
      }
    });
    // Measured with seed 2028: both outcomes are common, and many proposals fall under their group's own minimum.
    assertThat(passed[0]).isGreaterThan(2_000);
    assertThat(failed[0]).isGreaterThan(2_000);
    assertThat(byOwnGroup[0]).isGreaterThan(2_000);
  }
}
