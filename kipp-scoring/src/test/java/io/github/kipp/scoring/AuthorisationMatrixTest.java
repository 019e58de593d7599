package io.github.kipp.scoring;

import static io.github.kipp.scoring.ScoringFixtures.CLOCK;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.DURING;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.SECRETARIAT_ACTOR;
import static io.github.kipp.scoring.ScoringFixtures.TAKALAR;
import static io.github.kipp.scoring.ScoringFixtures.UNHAS;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Decision;
import io.github.kipp.core.appeal.Appeal;
import io.github.kipp.core.appeal.AppealBook;
import io.github.kipp.core.appeal.AppealId;
import io.github.kipp.core.appeal.AppealOutcome;
import io.github.kipp.core.appeal.AppealWindow;
import io.github.kipp.core.appeal.AppealedDecision;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.Role;
import io.github.kipp.core.TierId;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.core.stage.StageTransition;
import io.github.kipp.core.stage.TransitionRequest;
import io.github.kipp.core.stage.TransitionRule;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.RankOverride;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tries every role on every action of the authorisation matrix ({@link RecordAction}): the roles the
 * matrix allows succeed, and every other role gets {@link UnauthorizedActionException} with nothing
 * changed (the decision log's size and head hash, the score book's sheets, recusals and freeze, the
 * ranking, the proposal's status).
 */
class AuthorisationMatrixTest {

  private static final Proposal FROM_LUWU = ScoringFixtures.proposal("p-luwu", LUWU_UTARA);
  private static final Proposal FROM_TAKALAR = ScoringFixtures.proposal("p-takalar", TAKALAR);
  private static final Actor ORGANISER = Actor.of("gubernur", Role.ORGANISER);
  private static final Actor UNIT = Actor.of("upp-1", Role.UNIT);
  private static final Reason UPHELD = Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima", "Objection upheld"), CITED);

  static Stream<Arguments> everyActionAndRole() {
    List<Arguments> all = new ArrayList<>();
    for (RecordAction action : RecordAction.values()) {
      for (Role role : Role.values()) {
        all.add(Arguments.of(action, role));
      }
    }
    return all.stream();
  }

  @Test
  void the_matrix_names_every_action_the_task_lists_and_each_has_roles_and_codes() {
    assertThat(RecordAction.values()).extracting(RecordAction::name).containsExactly(
        "STAGE_MOVE", "PUBLICATION", "CORRECTION", "REPUBLICATION", "OBJECTION", "RULING", "RANK_OVERRIDE", "SHEET_SUBMISSION",
        "RECUSAL_SELF", "RECUSAL_ON_BEHALF", "FREEZE", "APPEAL", "APPEAL_DECISION");
    for (RecordAction a : RecordAction.values()) {
      assertThat(a.roles().isEmpty()).as("%s has roles unless they come from the rule", a).isEqualTo(a.rolesFromRule());
      assertThat(a.errorCodes()).as("codes of %s", a).startsWith(UnauthorizedActionException.CODE);
      assertThat(a.recorded()).isNotBlank();
      assertThat(a.condition()).isNotBlank();
    }
    assertThat(RecordAction.RANK_OVERRIDE.roles()).containsExactly(Role.INDEPENDENT_PANEL, Role.ORGANISER);
    assertThat(RecordAction.RECUSAL_SELF.roles()).doesNotContain(Role.UNIT, Role.INSTITUTION_ADMIN);
    assertThat(RecordAction.RECUSAL_ON_BEHALF.roles()).doesNotContain(Role.UNIT, Role.INSTITUTION_ADMIN);
  }

  @ParameterizedTest(name = "{0} by {1}")
  @MethodSource("everyActionAndRole")
  void every_role_the_matrix_allows_succeeds_and_every_other_role_is_refused_changing_nothing(RecordAction action, Role role) {
    if (action == RecordAction.STAGE_MOVE) {
      everyMoveOfTheNationalPipeline(role);
      return;
    }
    Attempt attempt = attempt(action, role);
    Object before = attempt.state.get();
    if (attempt.allowed) {
      assertThatCode(attempt.action::run).as("%s by %s", action, role).doesNotThrowAnyException();
      assertThat(attempt.state.get()).as("state after %s by %s", action, role).isNotEqualTo(before);
    } else {
      assertThatThrownBy(attempt.action::run).as("%s by %s", action, role).isInstanceOfSatisfying(UnauthorizedActionException.class,
          e -> assertThat(e.errorCode()).isIn(UnauthorizedActionException.CODE, UnauthorizedActionException.REFUSED));
      assertThat(attempt.state.get()).as("state after the refused %s by %s", action, role).isEqualTo(before);
    }
  }

  /** A move of every rule of the national pipeline, from a status in the rule's stage. */
  private static void everyMoveOfTheNationalPipeline(Role role) {
    StageMachine machine = StageMachine.national();
    for (TransitionRule rule : machine.rules()) {
      ProposalStatus at = ProposalStatus.of(FROM_LUWU.id(), machine.initial().id(), DURING.minusSeconds(60),
          rule.from().equals(machine.initial().id()) ? List.of()
              : List.of(new StageTransition(machine.initial().id(), rule.from(), ORGANISER, DURING.minusSeconds(30), ImmutableList.of(), Optional.empty(), CITED)));
      TransitionRequest request = TransitionRequest.of(rule.to(), Actor.of("someone", role), DURING);
      if (rule.reasonRequired()) {
        request = request.withReasons(UPHELD);
      }
      if (rule.tierRequired()) {
        request = request.withTier(TierId.of("top-45"));
      }
      TransitionRequest asked = request;
      if (rule.roles().contains(role)) {
        assertThat(machine.apply(at, asked, Schedule.empty()).stage()).as("%s by %s", rule, role).isEqualTo(rule.to());
      } else {
        assertThatThrownBy(() -> machine.apply(at, asked, Schedule.empty())).as("%s by %s", rule, role)
            .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> assertThat(e.allowedRoles()).isEqualTo(rule.roles()));
      }
    }
  }

  /** An action about to be tried, whether the matrix allows it, and the state it may change. */
  private record Attempt(boolean allowed, Runnable action, Supplier<Object> state) {}

  private static Attempt attempt(RecordAction action, Role role) {
    Actor actor = Actor.of("actor-1", role);
    DecisionLog log = DecisionLog.create();
    PublishedResult top30 = PublishedResult.of("SULSEL/01", "Top 30", DURING, List.of("1. p-luwu", "2. p-takalar"));
    Supplier<Object> logState = () -> List.of(log.size(), log.headHash(), log.verify().valid());
    switch (action) {
      case PUBLICATION:
        return new Attempt(action.allows(role), () -> log.recordPublication(top30, actor), logState);
      case CORRECTION:
        log.recordPublication(top30, ORGANISER);
        return new Attempt(action.allows(role),
            () -> log.recordPublication(top30.correctedBy("SULSEL/01-R1", CLOSE, List.of("1. p-takalar"), UPHELD), actor), logState);
      case REPUBLICATION:
        log.recordPublication(top30, ORGANISER);
        return new Attempt(action.allows(role),
            () -> log.recordPublication(top30.correctedBy("SULSEL/01", CLOSE, List.of("1. p-takalar"), UPHELD), actor), logState);
      case OBJECTION:
        log.recordPublication(top30, ORGANISER);
        return new Attempt(action.allows(role), () -> log.recordObjection(CLOSE, actor, "s-1", top30, FROM_LUWU.id(), "a pilot"), logState);
      case RULING:
        log.recordPublication(top30, ORGANISER);
        log.recordObjection(CLOSE, UNIT, "s-1", top30, FROM_LUWU.id(), "a pilot");
        return new Attempt(action.allows(role), () -> log.recordRuling(CLOSE, actor, "s-1", true, UPHELD), logState);
      case RANK_OVERRIDE: {
        Ranking ranking = Ranker.withTieBreaks().rank(List.of(Candidate.of(FROM_LUWU, new BigDecimal("80")), Candidate.of(FROM_TAKALAR, new BigDecimal("70"))));
        Ranking[] current = {ranking};
        return new Attempt(action.allows(role),
            () -> current[0] = ranking.withOverride(new RankOverride(FROM_TAKALAR.id(), 1, UPHELD, actor, CLOSE)),
            () -> List.of(current[0], ranking.entries(), ranking.overrides()));
      }
      case SHEET_SUBMISSION: {
        // The actor is the sheet's evaluator; an allowed role is the role they hold on the panel.
        Evaluator evaluator = new Evaluator(ActorId.of("actor-1"), UNHAS, ImmutableSortedSet.of(), action.allows(role) ? role : Role.EVALUATOR);
        ScoreBook book = book(log, evaluator);
        return new Attempt(action.allows(role), () -> book.submit(sheet("p-luwu", "actor-1", 80, 70), actor), bookState(book, log, evaluator));
      }
      case RECUSAL_SELF: {
        // The actor has the evaluator's id; the secretariat and the organiser may record it on their behalf as well.
        Evaluator evaluator = new Evaluator(ActorId.of("actor-1"), UNHAS, ImmutableSortedSet.of(), action.allows(role) ? role : Role.EVALUATOR);
        ScoreBook book = book(log, evaluator);
        book.submit(sheet("p-luwu", "actor-1", 80, 70), evaluator.actor());
        return new Attempt(action.allows(role) || RecordAction.RECUSAL_ON_BEHALF.allows(role),
            () -> book.recuse(evaluator.id(), FROM_LUWU.id(), actor, UPHELD), bookState(book, log, evaluator));
      }
      case RECUSAL_ON_BEHALF: {
        Evaluator evaluator = Evaluator.of("te-unhas", UNHAS);
        ScoreBook book = book(log, evaluator);
        book.submit(sheet("p-luwu", "te-unhas", 80, 70), evaluator.actor());
        return new Attempt(action.allows(role), () -> book.recuse(evaluator.id(), FROM_LUWU.id(), actor, UPHELD), bookState(book, log, evaluator));
      }
      case FREEZE: {
        Evaluator evaluator = Evaluator.of("te-unhas", UNHAS);
        ScoreBook book = book(log, evaluator);
        book.submit(sheet("p-luwu", "te-unhas", 80, 70), evaluator.actor());
        return new Attempt(action.allows(role), () -> book.freeze(CLOSE, actor), bookState(book, log, evaluator));
      }
      case APPEAL: {
        // An allowed role acts under the entrant's own id: the unit's, or the institution's for its coordinating account.
        String id = role == Role.UNIT ? FROM_LUWU.innovation().unit().id().value()
            : role == Role.INSTITUTION_ADMIN ? FROM_LUWU.innovation().institution().id().value() : "actor-1";
        AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);
        return new Attempt(action.allows(role),
            () -> book.file(Appeal.of("banding-1", Actor.of(id, role), refusalOf(FROM_LUWU), "Dokumen lengkap.", CLOSE)), logState);
      }
      case APPEAL_DECISION: {
        AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);
        book.file(Appeal.of("banding-1", Actor.of(FROM_LUWU.innovation().unit().id().value(), Role.UNIT), refusalOf(FROM_LUWU), "Dokumen lengkap.", CLOSE));
        return new Attempt(action.allows(role), () -> book.decide(AppealId.of("banding-1"), AppealOutcome.UPHELD, UPHELD, actor, CLOSE), logState);
      }
      default:
        throw new AssertionError("no attempt for " + action);
    }
  }

  /** A proposal's refusal at screening, announced at the close. */
  private static AppealedDecision refusalOf(Proposal proposal) {
    return AppealedDecision.eligibilityRefusal(proposal, new ProposalEligibility(proposal.id(),
        ImmutableList.of(Decision.fail("proposal " + proposal.id(), "eligibility.complete", UPHELD))), CLOSE);
  }

  private static ScoreBook book(DecisionLog log, Evaluator evaluator) {
    return ScoreBook.open(DESK_CRITERIA, List.of(FROM_LUWU, FROM_TAKALAR), Panel.of(List.of(evaluator)),
        Assignment.of(Map.of(FROM_LUWU.id(), List.of(evaluator.id()))), ConflictOfInterestPolicies.institutional(), CLOCK, log);
  }

  private static Supplier<Object> bookState(ScoreBook book, DecisionLog log, Evaluator evaluator) {
    return () -> List.of(book.size(), book.isFrozen(), book.isRecused(evaluator.id(), FROM_LUWU.id()), log.size(), log.headHash(), log.verify().valid());
  }

  // ---- regressions of the breaks found by the outside review ------------------------------------

  @Test
  void a_unit_acting_under_an_evaluators_id_can_neither_recuse_them_nor_drop_their_sheet() {
    DecisionLog log = DecisionLog.create();
    Evaluator academic = Evaluator.of("te-unhas", UNHAS);
    ScoreBook book = book(log, academic);
    book.submit(sheet("p-luwu", "te-unhas", 80, 70), academic.actor());
    Object before = bookState(book, log, academic).get();

    for (Role role : List.of(Role.UNIT, Role.INSTITUTION_ADMIN, Role.INDEPENDENT_PANEL, Role.VERIFIER)) {
      assertThatThrownBy(() -> book.recuse(academic.id(), FROM_LUWU.id(), new Actor(academic.id(), role), UPHELD))
          .as("te-unhas acting as %s", role)
          .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(UnauthorizedActionException.CODE);
            assertThat(e.allowedRoles()).containsExactly(Role.SECRETARIAT, Role.EVALUATOR, Role.ORGANISER);
            assertThat(e.text().english()).contains("allowed roles: SECRETARIAT, EVALUATOR, ORGANISER");
            assertThat(e.text().indonesian()).contains("peran yang diizinkan: SECRETARIAT, EVALUATOR, ORGANISER");
          });
    }
    assertThat(bookState(book, log, academic).get()).isEqualTo(before);
    assertThat(book.size()).isEqualTo(1);
  }

  @Test
  void a_rank_override_by_any_role_but_the_panel_and_the_organiser_is_refused() {
    Ranking ranking = Ranker.withTieBreaks().rank(List.of(Candidate.of(FROM_LUWU, new BigDecimal("80")), Candidate.of(FROM_TAKALAR, new BigDecimal("70"))));
    Set<Role> refused = Set.of(Role.UNIT, Role.INSTITUTION_ADMIN, Role.SECRETARIAT, Role.EVALUATOR, Role.VERIFIER);
    for (Role role : refused) {
      assertThatThrownBy(() -> ranking.withOverride(new RankOverride(FROM_TAKALAR.id(), 1, UPHELD, Actor.of("x", role), CLOSE)))
          .as("override by %s", role)
          .isInstanceOfSatisfying(UnauthorizedActionException.class,
              e -> assertThat(e.allowedRoles()).containsExactly(Role.INDEPENDENT_PANEL, Role.ORGANISER));
    }
    assertThat(ranking.entries()).extracting(e -> e.proposal().value()).containsExactly("p-luwu", "p-takalar");
    assertThat(ranking.overrides()).isEmpty();
    Ranking moved = ranking.withOverride(new RankOverride(FROM_TAKALAR.id(), 1, UPHELD, Actor.of("tpi-ketua", Role.INDEPENDENT_PANEL), CLOSE));
    assertThat(moved.entries()).extracting(e -> e.proposal().value()).containsExactly("p-takalar", "p-luwu");
  }

  @Test
  void a_score_book_given_the_same_proposal_twice_is_invalid_input_naming_the_field_and_value_in_both_languages() {
    assertThatThrownBy(() -> ScoreBook.open(DESK_CRITERIA, List.of(FROM_LUWU, FROM_TAKALAR, FROM_LUWU), Panel.of(List.of(Evaluator.of("te-unhas", UNHAS))),
        Assignment.of(Map.of()), ConflictOfInterestPolicies.institutional(), CLOCK))
        .isInstanceOfSatisfying(io.github.kipp.core.InvalidInputException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("kipp.book.duplicateProposal");
            assertThat(v.path()).isEqualTo("proposals[2]");
            assertThat(v.invalidValue()).isEqualTo("p-luwu");
          });
          assertThat(e.text().english()).contains("Proposal p-luwu is listed more than once for stage 'evaluasi-proposal'");
          assertThat(e.text().indonesian()).contains("Proposal p-luwu tercantum lebih dari sekali untuk tahap 'evaluasi-proposal'");
        });
  }

  @Test
  void a_freeze_is_recorded_under_the_actor_who_closed_the_stage() {
    DecisionLog log = DecisionLog.create();
    ScoreBook book = book(log, Evaluator.of("te-unhas", UNHAS));

    book.freeze(CLOSE, SECRETARIAT_ACTOR);

    assertThat(log.entries()).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(SECRETARIAT_ACTOR));
    assertThatThrownBy(() -> book.freeze(CLOSE, Actor.of("te-unhas", Role.EVALUATOR))).isInstanceOf(UnauthorizedActionException.class);
    assertThat(log.size()).isEqualTo(1);
  }
}
