package io.github.kipp.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The unique-title rule decides as a pairwise comparison with every other submission would: a
 * proposal fails when another submission with the same normalised title comes earlier in submission
 * order, and names the earliest one.
 */
class UniqueTitlePropertiesTest {

  private static final Citation DEFAULT = Citation.unknown("test", "a test default");
  private static final Proposal BASE = Fixtures.proposal("p-0").build();
  private static final String[] TITLES = {"Giatki Ces", "GIATKI-CES!", "Sipaten", "sipaten", "Lapor Cepat", "Si Paten"};

  /** Each proposal from three choices: its number (ids repeat), its title and its time (0: unknown). */
  private static List<Proposal> proposals(List<Integer> choices) {
    List<Proposal> out = new ArrayList<>();
    for (int i = 0; i + 1 < choices.size(); i += 2) {
      int number = Math.floorMod(choices.get(i), 12);
      String title = TITLES[Math.floorMod(choices.get(i + 1), TITLES.length)];
      Innovation innovation = Innovation.of(InnovationId.of("inv-" + i), title, Optional.empty(), Fixtures.LUWU_UTARA, Fixtures.DINKES,
          ImplementationStart.of(LocalDate.of(2020, 1, 1)));
      out.add(Proposal.newBuilder().id(ProposalId.of("p-" + number)).innovation(innovation).edition(BASE.edition()).group(BASE.group())
          .category(BASE.category()).build());
    }
    return out;
  }

  /** The earliest other submission with the same title, compared pair by pair. */
  private static Optional<ProposalId> earlierByPairs(Proposal proposal, EligibilityContext context) {
    String mine = EligibilityRules.normaliseTitle(proposal.innovation().title());
    Proposal first = proposal;
    for (Proposal p : context.submitted()) {
      if (!p.id().equals(proposal.id()) && EligibilityRules.normaliseTitle(p.innovation().title()).equals(mine)
          && context.submissionOrder().compare(p, first) < 0) {
        first = p;
      }
    }
    return first == proposal ? Optional.empty() : Optional.of(first.id());
  }

  @Test
  void a_proposal_fails_exactly_when_an_earlier_submission_has_its_title_and_the_earliest_is_named() {
    EligibilityRule rule = EligibilityRules.uniqueTitle(DEFAULT);
    qt().withFixedSeed(8)
        .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 40), lists().of(integers().between(0, 5)).ofSizeBetween(0, 20))
        .checkAssert((choices, times) -> {
          List<Proposal> submitted = proposals(choices);
          EligibilityContext.Builder b = EligibilityContext.newBuilder(Fixtures.edition());
          for (int i = 0; i < submitted.size(); i++) {
            int t = i < times.size() ? times.get(i) : 0;
            b.submitted(submitted.get(i), t == 0 ? null : Instant.parse("2023-04-01T00:00:00Z").plusSeconds(t));
          }
          EligibilityContext context = b.build();
          List<Proposal> screened = new ArrayList<>(submitted);
          screened.addAll(proposals(List.of(7, 0, 13, 3)));
          for (Proposal p : screened) {
            Decision d = rule.evaluate(p, context);
            Optional<ProposalId> earlier = earlierByPairs(p, context);
            assertThat(d.passed()).as("%s in %s", p.id(), submitted).isEqualTo(earlier.isEmpty());
            earlier.ifPresent(other -> assertThat(d.reasons().get(0).message().english()).contains("used by " + other + ","));
          }
        });
  }
}
