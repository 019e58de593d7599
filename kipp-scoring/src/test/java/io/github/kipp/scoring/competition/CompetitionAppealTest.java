package io.github.kipp.scoring.competition;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.appeal.Appeal;
import io.github.kipp.core.appeal.AppealBook;
import io.github.kipp.core.appeal.AppealOutcome;
import io.github.kipp.core.appeal.AppealRuling;
import io.github.kipp.core.appeal.AppealWindow;
import io.github.kipp.core.appeal.AppealedDecision;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.innovation.Proposal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An upheld appeal against an eligibility refusal restores the proposal and the steps that depend on
 * eligibility run again with it in the pool; a dismissed appeal changes no result.
 */
class CompetitionAppealTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-07-31T00:00:00Z"), ZoneOffset.UTC);
  private static final Instant ANNOUNCED = CLOSE.plusSeconds(3_600);
  private static final Instant FILED = ANNOUNCED.plusSeconds(86_400);
  private static final Instant DECIDED = FILED.plusSeconds(86_400);
  private static final Actor PANEL = Actor.of("tpi-1", Role.INDEPENDENT_PANEL);
  private static final Citation PLENARY = Citation.reported("Berita acara sidang pleno TPI", "butir 3");
  private static final Reason SHOWN = Reason.of("appeal.upheld",
      LocalizedText.of("Dokumen pendukung terbukti lengkap.", "The supporting documents are shown to be complete."), PLENARY);

  private static Competition refusing(String... ids) {
    return Competition.of(SampleModule.withRules(new RefusingRule(Set.of(ids), CITED, false)), 7, CLOCK);
  }

  /** Files the entrant's appeal against a proposal's refusal in a result, and decides it. */
  private static AppealRuling decided(EditionResult screened, String id, AppealOutcome outcome) {
    Proposal proposal = screened.entries().proposal(ProposalId.of(id)).orElseThrow();
    ProposalEligibility refusal = screened.screening().result().outcome(proposal.id()).orElseThrow();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), DecisionLog.create());
    Actor unit = Actor.of(proposal.innovation().unit().id().value(), Role.UNIT);
    Appeal appeal = book.file(Appeal.of("banding-" + id, unit, AppealedDecision.eligibilityRefusal(proposal, refusal, ANNOUNCED),
        "Dokumen sudah diunggah sebelum batas waktu.", FILED));
    return book.decide(appeal.id(), outcome, SHOWN, PANEL, DECIDED);
  }

  @Test
  void an_upheld_appeal_restores_the_proposal_to_the_next_stages_pool_and_ranking_and_changes_nothing_else() {
    Competition c = refusing("p-3");
    EditionResult screened = c.screen(CompetitionTest.entries());
    EditionResult nominated = c.nominate(screened, CompetitionTest.desk());
    assertThat(screened.screening().result().ineligible()).extracting(ProposalId::value).containsExactly("p-3");
    assertThat(nominated.nomination().orElseThrow().groups().get(SampleModule.UMUM).ranking().entries())
        .extracting(e -> e.proposal().value()).doesNotContain("p-3");
    AppealRuling ruling = decided(screened, "p-3", AppealOutcome.UPHELD);

    EditionResult restored = c.afterAppeal(nominated, ruling);

    // screening: p-3 passes with the ruling's reason, every other outcome is as it was
    assertThat(restored.step()).isEqualTo(EditionStep.SCREENED);
    assertThat(restored.steps()).containsExactly(screened.steps().get(0));
    ProposalEligibility p3 = restored.screening().result().outcome(ProposalId.of("p-3")).orElseThrow();
    assertThat(p3.eligible()).isTrue();
    assertThat(p3.decisions()).singleElement().satisfies(d -> {
      assertThat(d.rule()).isEqualTo("eligibility.complete");
      assertThat(d.reasons()).containsExactly(SHOWN);
    });
    assertThat(restored.screening().restored()).containsOnlyKeys(ProposalId.of("p-3")).containsValue(ruling);
    for (ProposalId other : screened.screening().result().outcomes().keySet()) {
      if (!other.value().equals("p-3")) {
        assertThat(restored.screening().result().outcome(other)).as("%s", other).isEqualTo(screened.screening().result().outcome(other));
      }
    }
    assertThat(restored.screening().notSubmitted()).isEqualTo(screened.screening().notSubmitted());

    // the next stage runs again: p-3 is in the desk ranking exactly where a module that never refused it puts it
    EditionResult renominated = c.nominate(restored, CompetitionTest.desk());
    Competition never = Competition.of(SampleModule.plain(), 7, CLOCK);
    EditionResult unrefused = never.nominate(never.screen(CompetitionTest.entries()), CompetitionTest.desk());
    assertThat(renominated.nomination().orElseThrow().groups().get(SampleModule.UMUM).ranking().entries())
        .extracting(e -> e.proposal().value()).contains("p-3");
    assertThat(renominated.nomination().orElseThrow().groups()).isEqualTo(unrefused.nomination().orElseThrow().groups());
    assertThat(renominated.competing()).isEqualTo(unrefused.competing());
    assertThat(c.selectFinalists(renominated).finalists()).isEqualTo(never.selectFinalists(unrefused).finalists());
  }

  @Test
  void a_dismissed_appeal_changes_no_result() {
    Competition c = refusing("p-3");
    EditionResult screened = c.screen(CompetitionTest.entries());
    EditionResult nominated = c.nominate(screened, CompetitionTest.desk());
    AppealRuling dismissed = decided(screened, "p-3", AppealOutcome.DISMISSED);

    assertThat(c.afterAppeal(nominated, dismissed)).isSameAs(nominated);
    assertThat(c.afterAppeal(screened, dismissed)).isSameAs(screened);
  }

  @Test
  void an_upheld_appeal_against_another_administrative_decision_leaves_the_pipeline_alone() {
    Competition c = refusing("p-3");
    EditionResult screened = c.screen(CompetitionTest.entries());
    Proposal p1 = screened.entries().proposal(ProposalId.of("p-1")).orElseThrow();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), DecisionLog.create());
    Decision returned = Decision.fail("proposal p-1", "administration.correction-refused",
        Reason.of("administration.late", LocalizedText.of("Perbaikan terlambat", "Correction late"), CITED));
    book.file(Appeal.of("banding-1", Actor.of(p1.innovation().institution().id().value(), Role.INSTITUTION_ADMIN),
        AppealedDecision.administrative(p1, returned, ANNOUNCED), "Perbaikan dikirim tepat waktu.", FILED));
    AppealRuling upheld = book.decide(io.github.kipp.core.appeal.AppealId.of("banding-1"), AppealOutcome.UPHELD, SHOWN, PANEL, DECIDED);

    assertThat(upheld.restoresProposal()).isFalse();
    assertThat(c.afterAppeal(screened, upheld)).isSameAs(screened);
  }

  @Test
  void restoring_a_proposal_the_result_did_not_refuse_is_refused_naming_it() {
    Competition refusingP3 = refusing("p-3");
    AppealRuling ruling = decided(refusingP3.screen(CompetitionTest.entries()), "p-3", AppealOutcome.UPHELD);
    Competition refusingNothing = refusing();
    EditionResult screened = refusingNothing.screen(CompetitionTest.entries());

    assertThatThrownBy(() -> refusingNothing.afterAppeal(screened, ruling))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.code() + " " + v.path()).containsExactly("kipp.competition.notRefused appeal.decision.proposal");
          assertThat(e.violations().get(0).message().english()).isEqualTo(
              "Appeal banding-p-3 would restore proposal p-3, but the screening of this result did not refuse it.");
          assertThat(e.violations().get(0).message().indonesian()).contains("tidak menolaknya");
        });
  }

  @Test
  void a_second_restoration_keeps_the_first() {
    Competition c = refusing("p-3", "p-4");
    EditionResult screened = c.screen(CompetitionTest.entries());

    EditionResult both = c.afterAppeal(c.afterAppeal(screened, decided(screened, "p-3", AppealOutcome.UPHELD)),
        decided(screened, "p-4", AppealOutcome.UPHELD));

    assertThat(both.screening().restored().keySet()).extracting(ProposalId::value).containsExactly("p-3", "p-4");
    assertThat(both.screening().result().ineligible()).isEmpty();
  }

  @Test
  @SuppressWarnings("ReferenceEquality") // a dismissed appeal returns the very result it was given
  void an_appeal_changes_at_most_its_own_proposal_and_a_dismissed_one_changes_nothing() {
    List<String> ids = CompetitionTest.entries().submitted().stream().map(p -> p.id().value()).collect(Collectors.toList());
    qt().withFixedSeed(1805).withExamples(1_000)
        .forAll(integers().between(1, (1 << ids.size()) - 1), integers().between(0, ids.size() - 1), booleans().all())
        .check((mask, pick, upheld) -> {
          List<String> refused = new ArrayList<>();
          for (int i = 0; i < ids.size(); i++) {
            if ((mask & (1 << i)) != 0) {
              refused.add(ids.get(i));
            }
          }
          String appealed = refused.get(pick % refused.size());
          Competition c = refusing(refused.toArray(new String[0]));
          EditionResult screened = c.screen(CompetitionTest.entries());
          AppealRuling ruling = decided(screened, appealed, upheld ? AppealOutcome.UPHELD : AppealOutcome.DISMISSED);

          EditionResult after = c.afterAppeal(screened, ruling);

          if (!upheld) {
            return after == screened;
          }
          Set<String> eligibleBefore = new TreeSet<>();
          screened.screening().result().eligible().forEach(p -> eligibleBefore.add(p.value()));
          Set<String> eligibleAfter = new TreeSet<>();
          after.screening().result().eligible().forEach(p -> eligibleAfter.add(p.value()));
          eligibleBefore.add(appealed);
          boolean othersUnchanged = screened.screening().result().outcomes().keySet().stream()
              .filter(p -> !p.value().equals(appealed))
              .allMatch(p -> after.screening().result().outcome(p).equals(screened.screening().result().outcome(p)));
          return eligibleAfter.equals(eligibleBefore) && othersUnchanged && after.screening().restored().size() == 1;
        });
  }
}
