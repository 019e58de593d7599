package io.github.kipp.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippException;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.edition.Schedule;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class StageMachineTest {

  private static final StageMachine MACHINE = StageMachine.national();
  private static final Schedule SCHEDULE = Fixtures.SCHEDULE_2023;
  private static final Instant APRIL = ZonedDateTime.of(2023, 4, 10, 9, 0, 0, 0, KippTime.JAKARTA).toInstant();
  private static final Instant JUNE = ZonedDateTime.of(2023, 6, 10, 9, 0, 0, 0, KippTime.JAKARTA).toInstant();
  private static final Reason OBJECTION =
      Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima", "Objection upheld"));

  private static final Actor UNIT = Actor.of("upp-1", Role.UNIT);
  private static final Actor ADMIN = Actor.of("admin-lokal-1", Role.INSTITUTION_ADMIN);
  private static final Actor SECRETARIAT = Actor.of("sekretariat", Role.SECRETARIAT);
  private static final Actor EVALUATOR = Actor.of("te-1", Role.EVALUATOR);
  private static final Actor PANEL = Actor.of("tpi-1", Role.INDEPENDENT_PANEL);
  private static final Actor VERIFIER = Actor.of("verifier-1", Role.VERIFIER);
  private static final Actor MINISTER = Actor.of("menteri", Role.ORGANISER);

  private static ProposalStatus fresh() {
    return ProposalStatus.start(ProposalId.of("p-1"), MACHINE, APRIL);
  }

  private static ProposalStatus move(ProposalStatus s, StageId to, Actor actor, Instant at) {
    return MACHINE.apply(s, TransitionRequest.of(to, actor, at), SCHEDULE);
  }

  @Test
  void a_proposal_travels_from_draft_to_an_award_with_every_move_recorded() {
    ProposalStatus s = fresh();
    s = move(s, Stages.AT_INSTITUTION_ADMIN, UNIT, APRIL);
    s = move(s, Stages.SUBMITTED, ADMIN, APRIL);
    s = move(s, Stages.ADMIN_PASSED, SECRETARIAT, JUNE);
    s = move(s, Stages.EVALUATED, SECRETARIAT, JUNE);
    s = move(s, Stages.NOMINATED, EVALUATOR, JUNE);
    s = move(s, Stages.FINALIST_ANNOUNCED, PANEL, JUNE);
    s = move(s, Stages.FINALIST, MINISTER, JUNE);
    s = move(s, Stages.PRESENTED, PANEL, JUNE);
    s = move(s, Stages.VERIFIED, VERIFIER, JUNE);
    s = MACHINE.apply(s, TransitionRequest.of(Stages.AWARDED, MINISTER, JUNE).withTier(TierId.of("top-45")), SCHEDULE);

    assertThat(s.stage()).isEqualTo(Stages.AWARDED);
    assertThat(s.history()).hasSize(10);
    assertThat(s.lastTransition().orElseThrow().tier()).contains(TierId.of("top-45"));
    assertThat(s.hasReached(Stages.SUBMITTED)).isTrue();
    assertThat(s.hasReached(Stages.REMOVED)).isFalse();
    assertThat(MACHINE.verify(s)).isEmpty();
    assertThat(s.history()).allSatisfy(t -> assertThat(t.citations()).isNotEmpty());
  }

  @Test
  void an_illegal_move_names_the_current_stage_and_the_allowed_ones_and_changes_nothing() {
    ProposalStatus submitted = move(move(fresh(), Stages.AT_INSTITUTION_ADMIN, UNIT, APRIL), Stages.SUBMITTED, ADMIN, APRIL);

    assertThatThrownBy(() -> move(submitted, Stages.FINALIST, MINISTER, JUNE))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("kipp.stage.illegalTransition");
          assertThat(e.current()).isEqualTo(Stages.SUBMITTED);
          assertThat(e.allowed()).containsExactly(Stages.ADMIN_FAILED, Stages.ADMIN_PASSED, Stages.DISQUALIFIED, Stages.WITHDRAWN);
          assertThat(e.getMessage()).isEqualTo(
              "Proposal p-1 is in stage 'submitted' and cannot move to 'finalist'; allowed next stages: admin-failed, admin-passed, disqualified, withdrawn.");
          assertThat(e.text().indonesian()).contains("berada pada tahap 'submitted'");
        });
    assertThat(submitted.stage()).isEqualTo(Stages.SUBMITTED);
    assertThat(submitted.history()).hasSize(2);
  }

  @Test
  void a_stored_move_outside_the_pipeline_names_the_moves_allowed_from_its_stage() {
    ProposalStatus stored = ProposalStatus.of(ProposalId.of("p-1"), Stages.SUBMITTED, APRIL,
        List.of(new StageTransition(Stages.SUBMITTED, Stages.FINALIST, MINISTER, JUNE, ImmutableList.of(), java.util.Optional.empty(), io.github.kipp.core.Citation.reported("Pedoman Menteri PANRB 3/2023", "Lampiran, section UNKNOWN"))));

    assertThat(MACHINE.verify(stored)).anySatisfy(v -> {
      assertThat(v.code()).isEqualTo("kipp.status.unknownMove");
      assertThat(v.path()).isEqualTo("history[0]");
      assertThat(v.message().english()).isEqualTo(
          "The move submitted -> finalist is not in the pipeline; from submitted it allows: admin-failed, admin-passed, disqualified, withdrawn.");
      assertThat(v.message().indonesian()).endsWith("dari submitted yang diperbolehkan: admin-failed, admin-passed, disqualified, withdrawn.");
    });
  }

  @Test
  void a_role_that_may_not_make_a_move_is_refused_naming_the_allowed_roles() {
    assertThatThrownBy(() -> move(fresh(), Stages.AT_INSTITUTION_ADMIN, EVALUATOR, APRIL))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
          assertThat(e.allowedRoles()).containsExactly(Role.UNIT);
          assertThat(e.getMessage()).contains("te-1 acting as EVALUATOR may not move p-1 from draft to at-admin-lokal; allowed roles: UNIT");
        });
  }

  @Test
  void submission_after_the_close_is_refused() {
    ProposalStatus atAdmin = move(fresh(), Stages.AT_INSTITUTION_ADMIN, UNIT, APRIL);

    assertThatThrownBy(() -> move(atAdmin, Stages.SUBMITTED, ADMIN, JUNE))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e ->
            assertThat(e.errorCode()).isEqualTo("kipp.stage.outsideWindow"));
    assertThat(move(atAdmin, Stages.SUBMITTED, ADMIN, APRIL).stage()).isEqualTo(Stages.SUBMITTED);
  }

  @Test
  void a_move_without_a_window_in_the_schedule_is_not_limited_in_time() {
    ProposalStatus atAdmin = ProposalStatus.start(ProposalId.of("p-1"), MACHINE, APRIL);
    atAdmin = MACHINE.apply(atAdmin, TransitionRequest.of(Stages.AT_INSTITUTION_ADMIN, UNIT, APRIL), Schedule.empty());

    assertThat(MACHINE.apply(atAdmin, TransitionRequest.of(Stages.SUBMITTED, ADMIN, JUNE), Schedule.empty()).stage())
        .isEqualTo(Stages.SUBMITTED);
  }

  @Test
  void failures_need_reasons_and_awards_need_a_tier() {
    ProposalStatus submitted = move(move(fresh(), Stages.AT_INSTITUTION_ADMIN, UNIT, APRIL), Stages.SUBMITTED, ADMIN, APRIL);

    assertThatThrownBy(() -> move(submitted, Stages.ADMIN_FAILED, SECRETARIAT, JUNE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("needs at least one reason");
    ProposalStatus failed =
        MACHINE.apply(
            submitted,
            TransitionRequest.of(Stages.ADMIN_FAILED, SECRETARIAT, JUNE)
                .withReasons(Reason.of("admin.tooYoung", LocalizedText.of("Terlalu muda", "Too young"))),
            SCHEDULE);
    assertThat(failed.stage()).isEqualTo(Stages.ADMIN_FAILED);
    assertThat(MACHINE.allowedFrom(failed.stage())).isEmpty();
    assertThatThrownBy(() -> MACHINE.apply(submitted, TransitionRequest.of(Stages.ADMIN_PASSED, SECRETARIAT, JUNE).withTier(TierId.of("top-99")), SCHEDULE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("awards no tier");
  }

  @Test
  void a_request_dated_before_the_last_move_is_refused() {
    ProposalStatus atAdmin = move(fresh(), Stages.AT_INSTITUTION_ADMIN, UNIT, JUNE);

    assertThatThrownBy(() -> move(atAdmin, Stages.DRAFT, ADMIN, APRIL))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is before the previous transition");
  }

  @Test
  void withdrawal_and_disqualification_are_cited_as_unknown_defaults() {
    TransitionRule withdraw = MACHINE.rule(Stages.NOMINATED, Stages.WITHDRAWN).orElseThrow();

    assertThat(withdraw.basis().confidence()).isEqualTo(Confidence.UNKNOWN);
    assertThat(withdraw.reasonRequired()).isTrue();
    assertThat(MACHINE.rule(Stages.AWARDED, Stages.WITHDRAWN)).isEmpty();
    assertThat(MACHINE.canReach(Stages.DRAFT, Stages.AWARDED)).isTrue();
    assertThat(MACHINE.canReach(Stages.ADMIN_FAILED, Stages.AWARDED)).isFalse();
  }

  @Test
  void a_stored_history_that_is_not_a_chain_is_refused() {
    StageTransition jump =
        new StageTransition(Stages.SUBMITTED, Stages.ADMIN_PASSED, SECRETARIAT, JUNE, ImmutableList.of(), java.util.Optional.empty(),
            io.github.kipp.core.Citation.reported("x", "y"));

    assertThatThrownBy(() -> ProposalStatus.of(ProposalId.of("p-1"), Stages.DRAFT, APRIL, List.of(jump)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("leaves stage 'submitted', but the proposal was in 'draft'");
  }

  @Test
  void a_regional_pipeline_can_drop_public_review() {
    StageMachine regional =
        MACHINE.toBuilder()
            .removeStage(Stages.FINALIST_ANNOUNCED)
            .removeStage(Stages.REMOVED)
            .rule(TransitionRule.of(Stages.NOMINATED, Stages.FINALIST, io.github.kipp.core.Citation.reported("SK Gubernur", "UNKNOWN"), Role.INDEPENDENT_PANEL))
            .build();

    assertThat(regional.stage(Stages.FINALIST_ANNOUNCED)).isEmpty();
    assertThat(regional.allowedFrom(Stages.NOMINATED)).contains(Stages.FINALIST);
    assertThatThrownBy(() -> MACHINE.toBuilder().removeStage(Stages.FINALIST_ANNOUNCED).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be reached");
  }

  /** All actors, one per role, for random requests. */
  private static final List<Actor> ACTORS = List.of(UNIT, ADMIN, SECRETARIAT, EVALUATOR, PANEL, VERIFIER, MINISTER);

  private static final List<StageId> STAGES =
      MACHINE.stages().stream().map(Stage::id).collect(ImmutableList.toImmutableList());

  @Test
  void any_sequence_of_requests_leaves_a_proposal_in_a_stage_reached_by_legal_moves_only() {
    Gen<int[]> request = integers().between(0, STAGES.size() - 1)
        .zip(integers().between(0, ACTORS.size() - 1), integers().between(0, 7), (s, a, flags) -> new int[] {s, a, flags});
    qt().withFixedSeed(3110).withExamples(1_000)
        .forAll(lists().of(request).ofSizeBetween(0, 40))
        .checkAssert(requests -> {
          ProposalStatus status = fresh();
          Instant at = APRIL;
          for (int[] r : requests) {
            TransitionRequest req = TransitionRequest.of(STAGES.get(r[0]), ACTORS.get(r[1]), at);
            if ((r[2] & 1) != 0) {
              req = req.withReasons(OBJECTION);
            }
            if ((r[2] & 2) != 0) {
              req = req.withTier(TierId.of("top-45"));
            }
            ProposalStatus before = status;
            List<StageTransition> historyBefore = new ArrayList<>(before.history());
            try {
              status = MACHINE.apply(status, req, Schedule.empty());
              assertThat(status.history()).hasSize(historyBefore.size() + 1);
              assertThat(status.stage()).isEqualTo(req.to());
            } catch (KippException refused) {
              assertThat(status).isSameAs(before);
              assertThat(before.history()).isEqualTo(historyBefore);
            }
            if ((r[2] & 4) != 0) {
              at = at.plusSeconds(3600);
            }
          }
          assertThat(MACHINE.verify(status)).isEmpty();
          assertThat(MACHINE.canReach(MACHINE.initial().id(), status.stage())).isTrue();
          StageId walk = MACHINE.initial().id();
          for (StageTransition t : status.history()) {
            assertThat(t.from()).isEqualTo(walk);
            assertThat(MACHINE.rule(t.from(), t.to())).isPresent();
            walk = t.to();
          }
        });
  }
}
