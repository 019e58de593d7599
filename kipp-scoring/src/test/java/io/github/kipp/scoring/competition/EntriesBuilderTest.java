package io.github.kipp.scoring.competition;

import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.TAKALAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.StageMachine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entries' builder: one submission with its time, invitations, and statuses of unknown proposals. */
class EntriesBuilderTest {

  @Test
  void a_proposal_submitted_with_its_time_is_registered_submitted_and_timed() {
    Instant at = CLOSE.minusSeconds(7_200);

    Entries e = Entries.newBuilder().submitted(CompetitionTest.umum("p-1", LUWU_UTARA), at).drafts(List.of(CompetitionTest.umum("d-1", TAKALAR)))
        .build();

    assertThat(e.registered()).extracting(p -> p.id().value()).containsExactlyInAnyOrder("p-1", "d-1");
    assertThat(e.submitted()).extracting(p -> p.id().value()).containsExactly("p-1");
    assertThat(e.isSubmitted(ProposalId.of("p-1"))).isTrue();
    assertThat(e.isSubmitted(ProposalId.of("d-1"))).isFalse();
    assertThat(e.submissionTimes()).containsExactly(Map.entry(ProposalId.of("p-1"), at));
  }

  @Test
  void a_proposal_submitted_twice_with_a_time_is_refused_as_a_duplicate() {
    assertThatThrownBy(() -> Entries.newBuilder().submitted(CompetitionTest.umum("p-1", LUWU_UTARA), CLOSE)
        .submitted(CompetitionTest.umum("p-1", TAKALAR), CLOSE).build())
        .isInstanceOfSatisfying(InvalidInputException.class,
            x -> assertThat(x.violations()).extracting(v -> v.code()).containsExactly("kipp.entries.duplicate"));
  }

  @Test
  void invitations_are_kept_in_order_of_their_innovation() {
    Entries e = Entries.newBuilder().submitted(List.of(CompetitionTest.umum("p-1", LUWU_UTARA)))
        .invitations(List.of(InnovationId.of("inv-z"), InnovationId.of("inv-a"))).invitations(List.of(InnovationId.of("inv-m"))).build();

    assertThat(e.invitations()).extracting(InnovationId::value).containsExactly("inv-a", "inv-m", "inv-z");
  }

  @Test
  void a_status_of_a_proposal_not_given_is_refused_naming_it() {
    StageMachine machine = StageMachine.national();
    Instant registered = Instant.parse("2023-03-20T01:00:00Z");
    ProposalStatus known = ProposalStatus.start(ProposalId.of("p-1"), machine, registered);
    ProposalStatus stray = ProposalStatus.start(ProposalId.of("x-9"), machine, registered);

    assertThatThrownBy(() -> Entries.newBuilder().fromStatuses(List.of(CompetitionTest.umum("p-1", LUWU_UTARA)), List.of(known, stray)).build())
        .isInstanceOfSatisfying(InvalidInputException.class, x -> {
          assertThat(x.violations()).extracting(v -> v.code()).containsExactly("kipp.entries.unknownProposal");
          assertThat(x.violations().get(0).path()).isEqualTo("statuses[x-9]");
        });
  }
}
