package io.github.kipp.scoring;

import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.TAKALAR;
import static io.github.kipp.scoring.ScoringFixtures.UNHAS;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.Role;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.LogEntry;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScoreBookTest {

  private static final Evaluator ACADEMIC = Evaluator.of("te-unhas", UNHAS);
  private static final Evaluator LOCAL = Evaluator.of("te-luwu", LUWU_UTARA);
  private static final Proposal FROM_LUWU = ScoringFixtures.proposal("p-luwu", LUWU_UTARA);
  private static final Proposal FROM_TAKALAR = ScoringFixtures.proposal("p-takalar", TAKALAR);

  private static ScoreBook book() {
    Assignment assignment = Assignment.of(Map.of(
        FROM_LUWU.id(), List.of(ACADEMIC.id(), LOCAL.id()),
        FROM_TAKALAR.id(), List.of(LOCAL.id())));
    return ScoreBook.open(DESK_CRITERIA, List.of(FROM_LUWU, FROM_TAKALAR), Panel.of(List.of(ACADEMIC, LOCAL)), assignment,
        ConflictOfInterestPolicies.institutional(), ScoringFixtures.CLOCK);
  }

  @Test
  void an_assigned_evaluator_without_conflict_submits_a_sheet() {
    ScoreBook book = book();
    book.submit(sheet("p-luwu", "te-unhas", 80, 70), ACADEMIC.actor());
    book.submit(sheet("p-takalar", "te-luwu", 60, 90), LOCAL.actor());

    assertThat(book.size()).isEqualTo(2);
  }

  @Test
  void an_evaluator_may_not_score_a_proposal_of_their_own_institution_and_nothing_is_stored() {
    ScoreBook book = book();

    assertThatThrownBy(() -> book.submit(sheet("p-luwu", "te-luwu", 80, 70), LOCAL.actor()))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
          assertThat(e.getMessage()).contains("te-luwu acting as EVALUATOR may not submit a score sheet for p-luwu")
              .contains("both come from Pemerintah Kabupaten Luwu Utara");
          assertThat(e.text().indonesian()).contains("tidak boleh menilai");
        });
    assertThat(book.size()).isZero();
  }

  @Test
  void an_unassigned_evaluator_is_refused() {
    assertThatThrownBy(() -> book().submit(sheet("p-takalar", "te-unhas", 80, 70), ACADEMIC.actor()))
        .isInstanceOf(UnauthorizedActionException.class)
        .hasMessageContaining("not assigned to proposal p-takalar");
  }

  @Test
  void nobody_submits_another_evaluators_sheet_and_outsiders_are_refused() {
    assertThatThrownBy(() -> book().submit(sheet("p-luwu", "te-unhas", 80, 70), LOCAL.actor()))
        .isInstanceOf(UnauthorizedActionException.class)
        .hasMessageContaining("belongs to te-unhas");
    Actor outsider = Actor.of("te-x", Role.EVALUATOR);
    assertThatThrownBy(() -> book().submit(sheet("p-luwu", "te-x", 80, 70), outsider))
        .isInstanceOf(UnauthorizedActionException.class)
        .hasMessageContaining("not on the panel");
    Actor wrongRole = new Actor(ActorId.of("te-unhas"), Role.SECRETARIAT);
    assertThatThrownBy(() -> book().submit(sheet("p-luwu", "te-unhas", 80, 70), wrongRole))
        .isInstanceOf(UnauthorizedActionException.class);
  }

  @Test
  void a_sheet_off_the_scale_or_for_another_proposal_is_refused_with_the_field() {
    ScoreBook book = book();

    assertThatThrownBy(() -> book.submit(sheet("p-luwu", "te-unhas", 101, 70), ACADEMIC.actor()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("scores.signifikansi: Score 101 for criterion 'signifikansi' is not on its scale");
    assertThatThrownBy(() -> book.submit(sheet("p-other", "te-unhas", 80, 70), ACADEMIC.actor()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Proposal p-other is not scored in stage 'evaluasi-proposal'");
    assertThat(book.size()).isZero();
  }

  @Test
  void a_later_sheet_replaces_the_earlier_until_the_book_is_frozen() {
    ScoreBook book = book();
    book.submit(sheet("p-luwu", "te-unhas", 80, 70), ACADEMIC.actor());
    book.submit(sheet("p-luwu", "te-unhas", 85, 70), ACADEMIC.actor());
    assertThat(book.isFrozen()).isFalse();
    FrozenScores frozen = book.freeze(CLOSE, ScoringFixtures.SECRETARIAT_ACTOR);

    assertThat(book.isFrozen()).isTrue();
    assertThat(book.criteria()).isSameAs(DESK_CRITERIA);
    assertThat(frozen.closedAt()).isEqualTo(CLOSE);
    assertThat(frozen.sheets()).singleElement().satisfies(s -> assertThat(s.scores().values()).contains(new java.math.BigDecimal("85")));
    assertThat(book.freeze(CLOSE, ScoringFixtures.SECRETARIAT_ACTOR)).isSameAs(frozen);
    assertThatThrownBy(() -> book.submit(sheet("p-takalar", "te-luwu", 60, 90), LOCAL.actor()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was frozen");
  }

  @Test
  void the_population_id_does_not_depend_on_submission_order() {
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      sheets.add(sheet("p-" + i, "te-" + (i % 4), 50 + i, 40 + i));
      sheets.add(sheet("p-" + i, "te-" + ((i + 1) % 4), 51 + i, 41 + i));
    }
    FrozenScores a = FrozenScores.of(DESK_CRITERIA, sheets, CLOSE);
    Collections.shuffle(sheets, new Random(5));
    FrozenScores b = FrozenScores.of(DESK_CRITERIA, sheets, CLOSE);

    assertThat(a.populationId()).hasSize(64).isEqualTo(b.populationId());
    assertThat(a).isEqualTo(b);
    assertThat(FrozenScores.of(DESK_CRITERIA, sheets.subList(1, sheets.size()), CLOSE).populationId()).isNotEqualTo(a.populationId());
    assertThat(a.sheetsFor(ProposalId.of("p-3"))).hasSize(2);
    assertThat(a.sheetsBy(ActorId.of("te-0"))).hasSize(15);
  }

  @Test
  void freezing_refuses_duplicate_and_late_sheets() {
    assertThatThrownBy(() -> FrozenScores.of(DESK_CRITERIA, List.of(sheet("p-1", "te-1", 1, 1), sheet("p-1", "te-1", 2, 2)), CLOSE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("has two sheets for proposal p-1");
    assertThatThrownBy(() -> FrozenScores.of(DESK_CRITERIA, List.of(sheet("p-1", "te-1", 1, 1)), ScoringFixtures.DURING.minusSeconds(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("after the stage closed");
  }

  private static final Reason FAMILY = Reason.of("recusal.family", LocalizedText.of("Kerabat pengusul", "A relative of the proposer"));

  private static InstantSource ticking() {
    AtomicLong seconds = new AtomicLong();
    return () -> Instant.parse("2023-06-01T00:00:00Z").plusSeconds(seconds.incrementAndGet());
  }

  private static ScoreBook recorded(DecisionLog log) {
    Assignment assignment = Assignment.of(Map.of(
        FROM_LUWU.id(), List.of(ACADEMIC.id(), LOCAL.id()),
        FROM_TAKALAR.id(), List.of(LOCAL.id(), ACADEMIC.id())));
    return ScoreBook.open(DESK_CRITERIA, List.of(FROM_LUWU, FROM_TAKALAR), Panel.of(List.of(ACADEMIC, LOCAL)), assignment,
        ConflictOfInterestPolicies.institutional(), ticking(), log);
  }

  @Test
  void a_recorded_book_logs_each_accepted_sheet_recusal_and_the_freeze_and_nothing_refused() {
    DecisionLog log = DecisionLog.create();
    ScoreBook book = recorded(log);

    book.submit(sheet("p-luwu", "te-unhas", 80, 70), ACADEMIC.actor());
    assertThatThrownBy(() -> book.submit(sheet("p-luwu", "te-luwu", 80, 70), LOCAL.actor())).isInstanceOf(UnauthorizedActionException.class);
    book.recuse(ACADEMIC.id(), FROM_TAKALAR.id(), ACADEMIC.actor(), FAMILY);
    FrozenScores frozen = book.freeze(CLOSE, ScoringFixtures.SECRETARIAT_ACTOR);
    book.freeze(CLOSE, ScoringFixtures.SECRETARIAT_ACTOR);

    assertThat(log.entries()).extracting(LogEntry::kind).containsExactly(EntryKind.SCORE_SHEET, EntryKind.RECUSAL, EntryKind.DECISION);
    assertThat(log.entries().get(0).payload()).contains("adaptabilitas=70").contains("signifikansi=80");
    assertThat(log.entries().get(1).payload()).contains("evaluator=te-unhas").contains("reason=recusal.family");
    assertThat(log.entries().get(2).payload()).contains("population=" + frozen.populationId());
    assertThat(log.verify().valid()).isTrue();
  }

  @Test
  void a_recused_evaluator_loses_their_sheet_and_cannot_submit_another() {
    ScoreBook book = recorded(DecisionLog.create());
    book.submit(sheet("p-takalar", "te-unhas", 80, 70), ACADEMIC.actor());

    book.recuse(ACADEMIC.id(), FROM_TAKALAR.id(), Actor.of("sekretariat", Role.SECRETARIAT), FAMILY);

    assertThat(book.size()).isZero();
    assertThat(book.isRecused(ACADEMIC.id(), FROM_TAKALAR.id())).isTrue();
    assertThatThrownBy(() -> book.submit(sheet("p-takalar", "te-unhas", 80, 70), ACADEMIC.actor()))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
          assertThat(e.getMessage()).contains("recused from proposal p-takalar");
          assertThat(e.text().indonesian()).contains("mengundurkan diri");
        });
  }

  @ParameterizedTest(name = "an actor in role {0} who is not the evaluator may not record their recusal")
  @EnumSource(value = Role.class, names = {"SECRETARIAT", "ORGANISER"}, mode = EnumSource.Mode.EXCLUDE)
  void only_the_evaluator_or_the_secretariat_records_a_recusal_and_a_refusal_changes_nothing(Role role) {
    DecisionLog log = DecisionLog.create();
    ScoreBook book = recorded(log);
    book.submit(sheet("p-takalar", "te-unhas", 80, 70), ACADEMIC.actor());
    int entries = log.size();

    // A scoring role is told whose recusal it is; any other role is told the roles that may record it.
    assertThatThrownBy(() -> book.recuse(ACADEMIC.id(), FROM_TAKALAR.id(), Actor.of("someone-else", role), FAMILY))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
          if (RecordAction.RECUSAL_SELF.allows(role)) {
            assertThat(e.errorCode()).isEqualTo(UnauthorizedActionException.REFUSED);
            assertThat(e.getMessage()).contains("only evaluator te-unhas acting as EVALUATOR, the secretariat or the organiser");
          } else {
            assertThat(e.errorCode()).isEqualTo(UnauthorizedActionException.CODE);
            assertThat(e.allowedRoles()).containsExactly(Role.SECRETARIAT, Role.EVALUATOR, Role.ORGANISER);
          }
        });
    assertThat(book.size()).isEqualTo(1);
    assertThat(book.isRecused(ACADEMIC.id(), FROM_TAKALAR.id())).isFalse();
    assertThat(log.size()).isEqualTo(entries);
  }

  @ParameterizedTest(name = "an actor whose role is {0} may not submit an evaluator's sheet, even under the evaluator's id")
  @EnumSource(value = Role.class, names = "EVALUATOR", mode = EnumSource.Mode.EXCLUDE)
  void only_the_evaluator_role_submits_sheets(Role role) {
    DecisionLog log = DecisionLog.create();
    ScoreBook book = recorded(log);

    // A scoring role is told it is not on the panel in that role; any other role is told the roles that submit sheets.
    assertThatThrownBy(() -> book.submit(sheet("p-luwu", "te-unhas", 80, 70), new Actor(ACADEMIC.id(), role)))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
          if (RecordAction.SHEET_SUBMISSION.allows(role)) {
            assertThat(e.getMessage()).contains("not on the panel");
          } else {
            assertThat(e.errorCode()).isEqualTo(UnauthorizedActionException.CODE);
            assertThat(e.allowedRoles()).containsExactly(Role.EVALUATOR, Role.INDEPENDENT_PANEL, Role.VERIFIER);
          }
        });
    assertThat(book.size()).isZero();
    assertThat(log.size()).isZero();
  }

  @Test
  void a_recusal_names_an_unknown_evaluator_or_proposal_and_changes_nothing() {
    ScoreBook book = recorded(DecisionLog.create());
    Actor secretariat = Actor.of("sekretariat", Role.SECRETARIAT);

    assertThatThrownBy(() -> book.recuse(ActorId.of("te-x"), FROM_LUWU.id(), secretariat, FAMILY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Evaluator te-x is not on the panel");
    assertThatThrownBy(() -> book.recuse(ACADEMIC.id(), ProposalId.of("p-x"), secretariat, FAMILY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Proposal p-x is not scored");
    assertThat(book.isRecused(ACADEMIC.id(), FROM_LUWU.id())).isFalse();
  }

  @Test
  void a_frozen_book_accepts_no_recusal() {
    ScoreBook book = recorded(DecisionLog.create());
    book.freeze(CLOSE, ScoringFixtures.SECRETARIAT_ACTOR);

    assertThatThrownBy(() -> book.recuse(ACADEMIC.id(), FROM_LUWU.id(), ACADEMIC.actor(), FAMILY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("frozen");
  }

  @Test
  void a_frozen_book_holds_its_sheets_in_canonical_order_whatever_the_order_of_submission() {
    ScoreBook book = book();
    ScoreSheet takalar = sheet("p-takalar", "te-luwu", 60, 90);
    ScoreSheet luwu = sheet("p-luwu", "te-unhas", 80, 70);
    book.submit(takalar, LOCAL.actor());
    book.submit(luwu, ACADEMIC.actor());

    FrozenScores frozen = book.freeze(CLOSE, ScoringFixtures.SECRETARIAT_ACTOR);
    FrozenScores same = FrozenScores.of(DESK_CRITERIA, List.of(luwu, takalar), CLOSE);

    assertThat(frozen.sheets()).containsExactly(luwu, takalar);
    assertThat(frozen.populationId()).isEqualTo(same.populationId());
    assertThat(frozen).isEqualTo(same);
  }
}
