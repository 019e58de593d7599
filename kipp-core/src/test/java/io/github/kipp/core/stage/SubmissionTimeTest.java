package io.github.kipp.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ProposalStatus#submittedAt()}: the last move into {@code submitted}, unless it was sent back. */
class SubmissionTimeTest {

  private static final StageId DRAFT = Stages.DRAFT;
  private static final StageId ADMIN = Stages.AT_INSTITUTION_ADMIN;
  private static final StageId SUBMITTED = Stages.SUBMITTED;
  private static final StageId PASSED = Stages.ADMIN_PASSED;
  private static final StageId FAILED = Stages.ADMIN_FAILED;
  private static final List<StageId> STAGES = List.of(DRAFT, ADMIN, SUBMITTED, PASSED, FAILED);
  private static final Actor SECRETARIAT = Actor.of("sekretariat", Role.SECRETARIAT);
  private static final Citation JUKNIS = Citation.reported("Pedoman Menteri PANRB 3/2023", "Lampiran, section UNKNOWN");
  private static final Instant REGISTERED = Instant.parse("2023-04-01T02:00:00Z");

  private static ProposalStatus status(StageId initial, StageId... path) {
    List<StageTransition> history = new ArrayList<>();
    StageId at = initial;
    for (int i = 0; i < path.length; i++) {
      history.add(move(at, path[i], day(i + 1)));
      at = path[i];
    }
    return ProposalStatus.of(ProposalId.of("p-1"), initial, REGISTERED, history);
  }

  private static StageTransition move(StageId from, StageId to, Instant at) {
    return new StageTransition(from, to, SECRETARIAT, at, ImmutableList.of(), Optional.empty(), JUKNIS);
  }

  private static Instant day(int n) {
    return REGISTERED.plusSeconds(86_400L * n);
  }

  @Test
  void a_proposal_never_submitted_has_no_submission_time() {
    assertThat(status(DRAFT).submittedAt()).isEmpty();
    assertThat(status(DRAFT, ADMIN).submittedAt()).isEmpty();
  }

  @Test
  void a_submitted_proposal_was_submitted_when_it_moved_into_submitted_and_keeps_that_time_as_it_moves_on() {
    assertThat(status(DRAFT, ADMIN, SUBMITTED).submittedAt()).contains(day(2));
    assertThat(status(DRAFT, ADMIN, SUBMITTED, PASSED).submittedAt()).contains(day(2));
    assertThat(status(DRAFT, ADMIN, SUBMITTED, FAILED).submittedAt()).contains(day(2));
  }

  @Test
  void a_proposal_whose_first_move_is_its_submission_was_submitted_then() {
    // A regency's pipeline may let a unit submit straight from drafts, with no administrator's step.
    assertThat(status(DRAFT, SUBMITTED).submittedAt()).contains(day(1));
    assertThat(status(DRAFT, SUBMITTED, PASSED).submittedAt()).contains(day(1));
    assertThat(status(DRAFT, SUBMITTED, DRAFT).submittedAt()).isEmpty();
  }

  @Test
  void a_proposal_returned_to_drafts_and_submitted_again_counts_from_its_last_submission() {
    ProposalStatus resubmitted = status(DRAFT, ADMIN, SUBMITTED, DRAFT, ADMIN, SUBMITTED, PASSED);

    assertThat(resubmitted.submittedAt()).contains(day(5));
  }

  @Test
  void a_proposal_returned_after_its_last_submission_and_not_submitted_again_has_no_standing_submission() {
    assertThat(status(DRAFT, ADMIN, SUBMITTED, DRAFT).submittedAt()).isEmpty();
    assertThat(status(DRAFT, ADMIN, SUBMITTED, ADMIN).submittedAt()).isEmpty();
    assertThat(status(DRAFT, ADMIN, SUBMITTED, DRAFT, ADMIN, SUBMITTED, ADMIN).submittedAt()).isEmpty();
  }

  @Test
  void a_status_stored_in_submitted_was_submitted_when_registered_until_it_goes_back() {
    assertThat(status(SUBMITTED).submittedAt()).contains(REGISTERED);
    assertThat(status(SUBMITTED, PASSED).submittedAt()).contains(REGISTERED);
    assertThat(status(SUBMITTED, DRAFT, SUBMITTED).submittedAt()).contains(day(2));
  }

  @Test
  void the_submission_time_is_that_of_the_last_entry_into_submitted_unless_the_proposal_went_back_and_one_standing_in_submitted_has_one() {
    qt().withFixedSeed(4127).withExamples(2_000)
        .forAll(integers().between(0, STAGES.size() - 1), lists().of(integers().between(0, STAGES.size() - 1)).ofSizeBetween(0, 12))
        .checkAssert((first, path) -> {
          StageId initial = STAGES.get(first);
          ProposalStatus s = status(initial, path.stream().map(STAGES::get).toArray(StageId[]::new));
          List<StageTransition> h = s.history();
          int last = -1;
          for (int i = 0; i < h.size(); i++) {
            if (h.get(i).to().equals(SUBMITTED)) {
              last = i;
            }
          }
          Optional<Instant> expected;
          if (last < 0 && !initial.equals(SUBMITTED)) {
            expected = Optional.empty();
          } else {
            Set<StageId> before = new HashSet<>();
            if (last >= 0) {
              before.add(initial);
              h.subList(0, last).forEach(t -> before.add(t.to()));
            }
            boolean wentBack = h.subList(last + 1, h.size()).stream().anyMatch(t -> before.contains(t.to()));
            expected = wentBack ? Optional.empty() : Optional.of(last >= 0 ? h.get(last).at() : REGISTERED);
          }
          assertThat(s.submittedAt()).as("submission time of %s", h).isEqualTo(expected);
          if (s.stage().equals(SUBMITTED)) {
            assertThat(s.submittedAt()).as("a proposal standing in submitted: %s", h)
                .contains(s.lastTransition().map(StageTransition::at).orElse(REGISTERED));
          }
        });
  }
}
