package io.github.kipp.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Actor;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.edition.Schedule;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Tries every move of the national pipeline with every role that may not make it. */
class StageAuthorizationTest {

  private static final StageMachine MACHINE = StageMachine.national();
  private static final Schedule NO_WINDOWS = Schedule.empty();
  private static final Instant AT = Instant.parse("2023-06-01T00:00:00Z");
  private static final Reason REASON = Reason.of("test.reason", LocalizedText.of("Alasan", "Reason"));

  /** Reaches every stage by legal moves, each made by the first role allowed, and keeps the status found first. */
  private static Map<StageId, ProposalStatus> reachable() {
    Map<StageId, ProposalStatus> found = new LinkedHashMap<>();
    ProposalStatus start = ProposalStatus.start(ProposalId.of("p-1"), MACHINE, AT);
    found.put(start.stage(), start);
    Deque<ProposalStatus> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      ProposalStatus s = queue.removeFirst();
      for (TransitionRule rule : MACHINE.rules()) {
        if (rule.from().equals(s.stage()) && !found.containsKey(rule.to())) {
          ProposalStatus next = MACHINE.apply(s, request(rule, rule.roles().first()), NO_WINDOWS);
          found.put(next.stage(), next);
          queue.addLast(next);
        }
      }
    }
    return found;
  }

  private static TransitionRequest request(TransitionRule rule, Role role) {
    TransitionRequest r = TransitionRequest.of(rule.to(), Actor.of("actor-" + role.name().toLowerCase(java.util.Locale.ROOT), role), AT);
    if (rule.reasonRequired()) {
      r = r.withReasons(REASON);
    }
    if (rule.tierRequired()) {
      r = r.withTier(TierId.of("top-45"));
    }
    return r;
  }

  @TestFactory
  Stream<DynamicTest> every_role_that_may_not_make_a_move_is_refused_and_the_status_is_unchanged() {
    Map<StageId, ProposalStatus> statuses = reachable();
    assertThat(statuses.keySet()).as("every stage with a move out of it is reachable")
        .containsAll(MACHINE.rules().stream().map(TransitionRule::from).toList());
    return MACHINE.rules().stream().flatMap(rule -> EnumSet.complementOf(EnumSet.copyOf(rule.roles())).stream().map(role ->
        DynamicTest.dynamicTest(role + " may not move a proposal from " + rule.from() + " to " + rule.to(), () -> {
          ProposalStatus before = statuses.get(rule.from());
          assertThatThrownBy(() -> MACHINE.apply(before, request(rule, role), NO_WINDOWS))
              .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
                assertThat(e.allowedRoles()).containsExactlyElementsOf(rule.roles());
                assertThat(e.getMessage()).contains("acting as " + role).contains("from " + rule.from() + " to " + rule.to());
                assertThat(e.text().indonesian()).isNotBlank();
              });
          assertThat(before.stage()).isEqualTo(rule.from());
        })));
  }

  @TestFactory
  Stream<DynamicTest> every_role_that_may_make_a_move_makes_it() {
    Map<StageId, ProposalStatus> statuses = reachable();
    return MACHINE.rules().stream().flatMap(rule -> rule.roles().stream().map(role ->
        DynamicTest.dynamicTest(role + " moves a proposal from " + rule.from() + " to " + rule.to(), () ->
            assertThat(MACHINE.apply(statuses.get(rule.from()), request(rule, role), NO_WINDOWS).stage()).isEqualTo(rule.to()))));
  }
}
