package io.github.kipp.scoring.panel;

import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.UNHAS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.EqualsTester;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PanelValuesTest {

  private static final Evaluator ACADEMIC = Evaluator.of("te-unhas", UNHAS);
  private static final Evaluator LOCAL = Evaluator.of("te-luwu", LUWU_UTARA);

  @Test
  void panels_are_equal_exactly_when_they_hold_the_same_evaluators() {
    new EqualsTester()
        .addEqualityGroup(Panel.of(List.of(ACADEMIC, LOCAL)), Panel.of(List.of(ACADEMIC, LOCAL)))
        .addEqualityGroup(Panel.of(List.of(ACADEMIC)))
        .testEquals();
  }

  @Test
  void an_assignment_lists_each_evaluators_proposals_in_order() {
    Assignment a = Assignment.of(Map.of(
        ProposalId.of("p-2"), List.of(ActorId.of("te-unhas")),
        ProposalId.of("p-1"), List.of(ActorId.of("te-unhas"), ActorId.of("te-luwu"))));

    assertThat(a.byEvaluator()).containsOnlyKeys(ActorId.of("te-luwu"), ActorId.of("te-unhas"));
    assertThat(a.byEvaluator().get(ActorId.of("te-unhas"))).containsExactly(ProposalId.of("p-1"), ProposalId.of("p-2"));
    assertThat(a.byEvaluator().get(ActorId.of("te-luwu"))).isEqualTo(ImmutableSortedSet.of(ProposalId.of("p-1")));
  }

  @Test
  void a_proposal_with_no_evaluator_at_all_is_a_shortfall_but_a_negative_count_is_not() {
    ImmutableList<Reason> why = ImmutableList.of(Reason.of("kipp.assign.noneFree", LocalizedText.of("Tidak ada penilai", "No evaluator is free")));

    assertThat(new UncoveredProposal(ProposalId.of("p-1"), 0, 2, why).assigned()).isZero();
    assertThatThrownBy(() -> new UncoveredProposal(ProposalId.of("p-1"), -1, 2, why))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("proposal p-1 got -1 of 2 evaluators, which is no shortfall");
    assertThatThrownBy(() -> new UncoveredProposal(ProposalId.of("p-1"), 2, 2, why))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
