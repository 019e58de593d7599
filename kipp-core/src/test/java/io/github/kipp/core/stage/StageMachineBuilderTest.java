package io.github.kipp.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageMachineBuilderTest {

  private static final StageId DRAFT = StageId.of("draft");
  private static final StageId SUBMITTED = StageId.of("submitted");
  private static final StageId AWARDED = StageId.of("awarded");
  private static final StageId WITHDRAWN = StageId.of("withdrawn");
  private static final Citation JUKNIS = Citation.reported("Juknis 2023", "Bab III");
  private static final Instant T0 = Instant.parse("2023-04-10T02:00:00Z");
  private static final Actor UNIT = Actor.of("upp-1", Role.UNIT);
  private static final Actor MINISTER = Actor.of("menteri", Role.ORGANISER);

  private static StageMachine.Builder small() {
    return StageMachine.newBuilder()
        .stage(DRAFT, "Draf", "Draft", false)
        .stage(new Stage(SUBMITTED, LocalizedText.of("Dikirim", "Submitted"), false))
        .stage(AWARDED, "Pemenang", "Awarded", true)
        .stage(WITHDRAWN, "Ditarik", "Withdrawn", true)
        .initial(DRAFT)
        .rule(TransitionRule.of(DRAFT, SUBMITTED, JUKNIS, Role.UNIT).during(Phase.SUBMISSION))
        .rule(TransitionRule.of(SUBMITTED, AWARDED, JUKNIS, Role.ORGANISER).withTierRequired())
        .fromEveryOpenStage(WITHDRAWN, JUKNIS, true, Role.UNIT);
  }

  @Test
  void a_machine_built_by_hand_returns_its_stages_initial_stage_and_rules() {
    StageMachine m = small().build();

    assertThat(m.initial().id()).isEqualTo(DRAFT);
    assertThat(m.stages()).extracting(Stage::id).containsExactly(AWARDED, DRAFT, SUBMITTED, WITHDRAWN);
    assertThat(m.stage(SUBMITTED)).map(Stage::name).contains(LocalizedText.of("Dikirim", "Submitted"));
    assertThat(m.stage(StageId.of("elsewhere"))).isEmpty();
    assertThat(m.rules()).extracting(r -> r.from() + "->" + r.to())
        .containsExactly("draft->submitted", "draft->withdrawn", "submitted->awarded", "submitted->withdrawn");
    assertThat(m.allowedFrom(DRAFT)).containsExactly(SUBMITTED, WITHDRAWN);
    assertThat(m.allowedFrom(AWARDED)).isEmpty();
  }

  @Test
  void a_move_from_every_open_stage_skips_terminal_stages_and_the_target_itself() {
    StageMachine m = small().build();

    assertThat(m.rule(DRAFT, WITHDRAWN)).map(TransitionRule::reasonRequired).contains(true);
    assertThat(m.rule(SUBMITTED, WITHDRAWN)).map(TransitionRule::roles).hasValueSatisfying(r -> assertThat(r).containsExactly(Role.UNIT));
    assertThat(m.rule(AWARDED, WITHDRAWN)).isEmpty();
    assertThat(m.rule(WITHDRAWN, WITHDRAWN)).isEmpty();
  }

  @Test
  void a_move_from_every_open_stage_without_a_reason_requirement_asks_for_none() {
    StageMachine m = StageMachine.newBuilder()
        .stage(DRAFT, "Draf", "Draft", false)
        .stage(WITHDRAWN, "Ditarik", "Withdrawn", true)
        .initial(DRAFT)
        .fromEveryOpenStage(WITHDRAWN, JUKNIS, false, Role.UNIT, Role.INSTITUTION_ADMIN)
        .build();

    assertThat(m.rule(DRAFT, WITHDRAWN)).hasValueSatisfying(r -> {
      assertThat(r.reasonRequired()).isFalse();
      assertThat(r.roles()).containsExactlyInAnyOrder(Role.UNIT, Role.INSTITUTION_ADMIN);
    });
  }

  @Test
  void transition_rules_keep_each_requirement_when_another_is_added() {
    TransitionRule r = TransitionRule.of(DRAFT, SUBMITTED, JUKNIS, Role.UNIT).withReasonRequired().withTierRequired().during(Phase.SUBMISSION);

    assertThat(r.reasonRequired()).isTrue();
    assertThat(r.tierRequired()).isTrue();
    assertThat(r.during()).contains(Phase.SUBMISSION);
    assertThat(r.basis()).isEqualTo(JUKNIS);
    assertThat(TransitionRule.of(DRAFT, SUBMITTED, JUKNIS, Role.UNIT).during(Phase.SUBMISSION).reasonRequired()).isFalse();
  }

  @Test
  void machines_are_values_and_a_copy_from_to_builder_is_equal() {
    StageMachine m = small().build();

    new EqualsTester()
        .addEqualityGroup(m, m.toBuilder().build(), small().build())
        .addEqualityGroup(small().removeRule(SUBMITTED, WITHDRAWN).build())
        .addEqualityGroup(small().stage(SUBMITTED, "Terkirim", "Sent", false).build())
        .addEqualityGroup(small().stage(StageId.of("ab"), "Awal", "Start", false).initial(StageId.of("ab"))
            .rule(TransitionRule.of(StageId.of("ab"), DRAFT, JUKNIS, Role.UNIT)).build())
        .testEquals();
  }

  @Test
  void verification_names_a_tier_missing_from_an_award_and_a_tier_given_where_none_is_allowed() {
    StageMachine m = small().build();
    ProposalStatus forged = ProposalStatus.of(ProposalId.of("p-1"), DRAFT, T0, List.of(
        new StageTransition(DRAFT, SUBMITTED, UNIT, T0, ImmutableList.of(), Optional.of(TierId.of("top-99")), JUKNIS),
        new StageTransition(SUBMITTED, AWARDED, MINISTER, T0, ImmutableList.of(), Optional.empty(), JUKNIS)));

    assertThat(m.verify(forged)).extracting(Violation::code, Violation::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("kipp.stage.tierNotAllowed", "history[0].tier"),
        org.assertj.core.groups.Tuple.tuple("kipp.stage.tierRequired", "history[1].tier"));
  }

  @Test
  void verification_accepts_a_history_the_machine_made() {
    StageMachine m = small().build();
    ProposalStatus s = ProposalStatus.start(ProposalId.of("p-1"), m, T0);
    s = m.apply(s, TransitionRequest.of(SUBMITTED, UNIT, T0), Schedule.empty());
    s = m.apply(s, TransitionRequest.of(AWARDED, MINISTER, T0).withTier(TierId.of("top-45")), Schedule.empty());

    assertThat(m.verify(s)).isEmpty();
    assertThat(s.stage()).isEqualTo(AWARDED);
  }

  @Test
  void an_illegal_move_reports_the_proposal_and_the_stage_requested() {
    StageMachine m = small().build();
    ProposalStatus s = ProposalStatus.start(ProposalId.of("p-9"), m, T0);

    assertThatThrownBy(() -> m.apply(s, TransitionRequest.of(AWARDED, MINISTER, T0), Schedule.empty()))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.proposal()).isEqualTo(ProposalId.of("p-9"));
          assertThat(e.current()).isEqualTo(DRAFT);
          assertThat(e.requested()).isEqualTo(AWARDED);
          assertThat(e.allowed()).containsExactly(SUBMITTED, WITHDRAWN);
        });
  }

  @Test
  void statuses_are_values_over_proposal_initial_stage_time_and_history() {
    StageMachine m = small().build();
    ProposalStatus s = ProposalStatus.start(ProposalId.of("p-1"), m, T0);
    ProposalStatus withdrawn = m.apply(s, TransitionRequest.of(WITHDRAWN, UNIT, T0).withReasons(Reason.of("mundur", LocalizedText.same("mundur"))), Schedule.empty());

    new EqualsTester()
        .addEqualityGroup(s, ProposalStatus.start(ProposalId.of("p-1"), m, T0), ProposalStatus.of(ProposalId.of("p-1"), DRAFT, T0, List.of()))
        .addEqualityGroup(ProposalStatus.start(ProposalId.of("p-2"), m, T0))
        .addEqualityGroup(ProposalStatus.of(ProposalId.of("p-1"), SUBMITTED, T0, List.of()))
        .addEqualityGroup(ProposalStatus.start(ProposalId.of("p-1"), m, T0.plusSeconds(1)))
        .addEqualityGroup(withdrawn)
        .testEquals();
  }
}
