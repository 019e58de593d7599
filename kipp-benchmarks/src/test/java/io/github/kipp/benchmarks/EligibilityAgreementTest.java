package io.github.kipp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.rules.sinovik.SinovikModule;
import org.junit.jupiter.api.Test;

/**
 * The floor, Easy Rules and Drools versions of the 2023 eligibility rules, which prepare their inputs
 * without kipp's code, fail every proposal by the same rules as kipp's screen, over several seeds of
 * inputs in which every rule fails some proposals: proposals broken in each way the fit check reads,
 * titles repeated in other letters (full width, capitals, punctuation, no-break spaces), start dates
 * known to the day, month, half-year or year, and past results of both groups, with earlier winners
 * that the general group excludes.
 */
class EligibilityAgreementTest {

  private static final long[] SEEDS = {1L, 7L, 2024L, 90_210L};
  private static final int PROPOSALS = 2_000;

  @Test
  void every_version_fails_each_proposal_by_the_same_rules_as_kipp_over_several_seeds() {
    SinovikModule module = Inputs.module();
    Edition edition = module.edition();
    Limits limits = new Limits(module);
    EligibilityScreen screen = EligibilityScreen.of(module.eligibilityRules());
    EligibilityFloor floor = new EligibilityFloor(limits);
    EasyRulesEligibility easyRules = new EasyRulesEligibility(limits);
    DroolsEligibility drools = new DroolsEligibility(limits);
    for (long seed : SEEDS) {
      ImmutableList<Proposal> proposals = Inputs.variedProposals(edition, PROPOSALS, seed);
      ResultHistory history = withWinners(proposals, Inputs.history(proposals, seed));
      EligibilityContext context = Inputs.context(edition, proposals, history, Inputs.submittedAt(edition, proposals, seed));

      ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> failures = Agreement.check(screen, floor, easyRules, drools, context);

      assertThat(failures).as("seed %d", seed).hasSize(PROPOSALS);
      ImmutableSortedMap<String, Integer> byRule = Agreement.countByRule(failures);
      // Every rule fails some proposals and passes most, so each was compared both ways.
      assertThat(byRule.keySet()).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(EligibilityFloor.RULES);
      assertThat(byRule.values()).as("seed %d: %s", seed, byRule).allSatisfy(n -> assertThat(n).isBetween(10, PROPOSALS / 2));
      assertThat(failures.values().stream().filter(r -> r.size() > 1).count()).as("seed %d: proposals failing two rules or more", seed)
          .isGreaterThan(10);
      assertThat(Agreement.eligible(failures)).as("seed %d", seed).hasSizeBetween(PROPOSALS / 10, PROPOSALS * 9 / 10);
    }
  }

  /**
   * The history with every 30th proposal's innovation twice in a Top 99 and once a winner, which the
   * general group's rule of 2023 excludes (the random history rarely makes one).
   */
  private static ResultHistory withWinners(ImmutableList<Proposal> proposals, ResultHistory history) {
    java.util.List<PastResult> all = new java.util.ArrayList<>(history.results());
    for (int i = 0; i < proposals.size(); i += 30) {
      InnovationId innovation = proposals.get(i).innovation().id();
      all.add(new PastResult(innovation, 2016, Tiers.TOP_99, GroupId.of("umum")));
      all.add(new PastResult(innovation, 2019, Tiers.TOP_99, GroupId.of("umum")));
      all.add(new PastResult(innovation, 2019, Tiers.TOP_45, GroupId.of("umum")));
    }
    return ResultHistory.of(all);
  }

  @Test
  void the_check_names_the_proposals_on_which_a_version_differs_from_kipp() {
    ProposalId a = ProposalId.of("p-1");
    ProposalId b = ProposalId.of("p-2");
    ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> kipp =
        ImmutableSortedMap.of(a, ImmutableSortedSet.of("minimum-age", "unique-title"), b, ImmutableSortedSet.of());
    // the same eligible set, but one rule fewer on p-1
    ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> other =
        ImmutableSortedMap.of(a, ImmutableSortedSet.of("minimum-age"), b, ImmutableSortedSet.of());
    assertThat(Agreement.differences(kipp, kipp)).isEmpty();
    assertThat(Agreement.differences(kipp, other)).containsExactly("p-1: kipp fails it by [minimum-age, unique-title], the other by [minimum-age]");
    assertThat(Agreement.differences(kipp, ImmutableSortedMap.of(a, kipp.get(a))))
        .containsExactly("p-2: kipp fails it by [], the other by (not screened)");
  }

  @Test
  void the_versions_normalise_titles_as_kipp_does() {
    for (String title : new String[] {"  Giatki–Ces (2023) ", "ＳＩＰＡＴＥＮ²", "Cafe\u0301\u00a0Desa", "İstanbul ǅemal", "Inovasi 12", "« INOVASI-12 »",
        "ﬁ\uD835\uDC00\u0663", "\t\n", ""}) {
      assertThat(Entry.normalise(title)).as(title).isEqualTo(io.github.kipp.core.eligibility.EligibilityRules.normaliseTitle(title));
    }
  }

  @Test
  void the_setup_of_the_benchmark_refuses_a_version_that_disagrees() {
    SinovikModule module = Inputs.module();
    Limits limits = new Limits(module);
    // A screen without the unique-title rule: the same rules otherwise, so only that rule's failures differ.
    EligibilityScreen fewer = EligibilityScreen.of(module.eligibilityRules().stream().filter(r -> !r.id().equals("unique-title")).toList());
    Edition edition = module.edition();
    ImmutableList<Proposal> proposals = Inputs.variedProposals(edition, 500, 3L);
    EligibilityContext context = Inputs.context(edition, proposals, Inputs.history(proposals, 3L), Inputs.submittedAt(edition, proposals, 3L));
    assertThatThrownBy(() -> Agreement.check(fewer, new EligibilityFloor(limits), new EasyRulesEligibility(limits), new DroolsEligibility(limits), context))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the hand-written floor differs from kipp on")
        .hasMessageContaining("Easy Rules differs").hasMessageContaining("Drools differs").hasMessageContaining("unique-title");
  }
}
