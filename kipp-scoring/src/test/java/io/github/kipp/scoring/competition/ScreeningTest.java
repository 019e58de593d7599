package io.github.kipp.scoring.competition;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
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
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.innovation.Proposal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A screening holds a proposal as restored on appeal only if the ruling restores that proposal and it is eligible there. */
class ScreeningTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-07-31T00:00:00Z"), ZoneOffset.UTC);
  private static final Instant ANNOUNCED = CLOSE.plusSeconds(3_600);
  private static final Instant FILED = ANNOUNCED.plusSeconds(86_400);
  private static final Instant DECIDED = FILED.plusSeconds(86_400);
  private static final Reason SHOWN = Reason.of("appeal.upheld", LocalizedText.of("Dokumen terbukti lengkap.", "The documents are complete."),
      Citation.reported("Berita acara sidang pleno TPI", "butir 3"));

  /** Refuses p-3, as a completeness check might. */
  private static final EligibilityRule REFUSES_P3 = new RefusingRule(java.util.Set.of("p-3"), CITED, false);

  private static AppealRuling decided(EditionResult screened, String id, AppealOutcome outcome) {
    Proposal proposal = screened.entries().proposal(ProposalId.of(id)).orElseThrow();
    ProposalEligibility refusal = screened.screening().result().outcome(proposal.id()).orElseThrow();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), DecisionLog.create());
    Actor unit = Actor.of(proposal.innovation().unit().id().value(), Role.UNIT);
    Appeal appeal = book.file(Appeal.of("banding-" + id, unit, AppealedDecision.eligibilityRefusal(proposal, refusal, ANNOUNCED),
        "Dokumen sudah diunggah sebelum batas waktu.", FILED));
    return book.decide(appeal.id(), outcome, SHOWN, Actor.of("tpi-1", Role.INDEPENDENT_PANEL), DECIDED);
  }

  @Test
  void a_restored_proposal_must_be_the_rulings_own_and_eligible_in_the_screening_and_the_ruling_must_restore_it() {
    Competition c = Competition.of(SampleModule.withRules(REFUSES_P3), 7, CLOCK);
    EditionResult screened = c.screen(CompetitionTest.entries());
    AppealRuling upheld = decided(screened, "p-3", AppealOutcome.UPHELD);
    Screening restored = c.afterAppeal(screened, upheld).screening();
    ProposalId p3 = ProposalId.of("p-3");
    assertThat(restored.result().outcome(p3).orElseThrow().eligible()).isTrue();

    Screening kept = new Screening(restored.result(), restored.notSubmitted(), restored.decidedAt(), ImmutableSortedMap.of(p3, upheld));
    assertThat(kept.restored()).containsOnlyKeys(p3);

    assertThatThrownBy(() -> new Screening(screened.screening().result(), restored.notSubmitted(), restored.decidedAt(),
        ImmutableSortedMap.of(p3, upheld))).as("p-3 is still refused in the first screening")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p-3");
    assertThatThrownBy(() -> new Screening(restored.result(), restored.notSubmitted(), restored.decidedAt(),
        ImmutableSortedMap.of(ProposalId.of("p-1"), upheld))).as("the ruling is about p-3, not p-1")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p-1");
    AppealRuling dismissed = decided(screened, "p-3", AppealOutcome.DISMISSED);
    assertThatThrownBy(() -> new Screening(restored.result(), restored.notSubmitted(), restored.decidedAt(),
        ImmutableSortedMap.of(p3, dismissed))).as("a dismissed appeal restores nothing")
        .isInstanceOf(IllegalArgumentException.class);
  }
}
