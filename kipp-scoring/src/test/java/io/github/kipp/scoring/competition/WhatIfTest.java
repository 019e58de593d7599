package io.github.kipp.scoring.competition;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.PRESENTATION;
import static io.github.kipp.scoring.ScoringFixtures.TAKALAR;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.ScoringFixtures;
import io.github.kipp.scoring.feed.NextRound;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The what-if replay within kipp-scoring: the sample module against itself with a past-results rule
 * added, and against the next round's module, which has no scoring rules and no group {@code khusus}.
 */
class WhatIfTest {

  private static final Instant PRESENTED = CLOSE.plusSeconds(30 * 86_400L);
  private static final StageId POSTER = StageId.of("lomba-poster");
  /** inv-p-1 was a Top 45 of 2021, which the rule "never a Top 45 of 2019–2022" refuses in {@code umum}. */
  private static final ResultHistory P1_TOP_45 = ResultHistory.of(List.of(PastResult.umum("inv-p-1", 2021, Tiers.TOP_45)));
  private static final SampleModule NEVER_TOP_45 =
      SampleModule.withRules(EligibilityRules.pastResults(List.of(SampleModule.UMUM), NextRound.NEVER_TOP_45, CITED));

  private static Proposal umum(String id) {
    return ScoringFixtures.proposal(id, id.equals("p-2") ? TAKALAR : LUWU_UTARA);
  }

  private static Proposal khusus(String id) {
    return CompetitionTest.khusus(id);
  }

  /**
   * Desk (0.6 signifikansi + 0.4 adaptabilitas): p-1 72, p-2 72, p-3 60. Presentation: p-1 90, p-2 70,
   * p-3 80. Combined 0.7 desk + 0.3 presentation: p-1 77.4, p-2 71.4, p-3 66.0; p-4 has no sheet.
   */
  private static ImmutableMap<StageId, ImmutableList<ScoreSheet>> sheets() {
    return ImmutableMap.of(
        DESK, ImmutableList.of(sheet("p-1", "te-1", 80, 60), sheet("p-2", "te-1", 70, 75), sheet("p-3", "te-1", 60, 60)),
        PRESENTATION, ImmutableList.of(SampleModule.presentation("p-1", "tpi-1", 90, PRESENTED),
            SampleModule.presentation("p-2", "tpi-1", 70, PRESENTED), SampleModule.presentation("p-3", "tpi-1", 80, PRESENTED)),
        POSTER, ImmutableList.of(sheet("p-1", "te-9", 50, 50)));
  }

  private static WhatIf.Inputs inputs(ImmutableMap<StageId, ImmutableList<ScoreSheet>> sheets) {
    return new WhatIf.Inputs(ImmutableList.of(umum("p-1"), umum("p-2"), umum("p-3"), umum("p-4")), P1_TOP_45, ImmutableList.of(),
        ImmutableMap.of(), sheets, PRESENTED, 7);
  }

  @Test
  void a_proposal_the_second_module_refuses_leaves_the_ranking_and_everyone_below_it_moves_up() {
    WhatIf.Report report = WhatIf.replay(SampleModule.plain(), NEVER_TOP_45, inputs(sheets()));

    assertThat(report.from()).isEqualTo(RuleModuleId.of("sample-2023"));
    assertThat(report.outcomes().keySet()).extracting(ProposalId::value).containsExactly("p-1", "p-2", "p-3", "p-4");
    WhatIf.Outcome p1 = report.outcomes().get(ProposalId.of("p-1"));
    assertThat(p1.before().eligible()).isTrue();
    assertThat(p1.after().eligible()).isFalse();
    assertThat(p1.rankBefore()).contains(1);
    assertThat(p1.rankAfter()).isEmpty();
    assertThat(p1.eligibilityChanged()).isTrue();
    assertThat(p1.rankChanged()).isTrue();
    WhatIf.Outcome p2 = report.outcomes().get(ProposalId.of("p-2"));
    assertThat(p2.rankBefore()).contains(2);
    assertThat(p2.rankAfter()).contains(1);
    assertThat(p2.eligibilityChanged()).isFalse();
    assertThat(p2.rankChanged()).isTrue();
    assertThat(report.outcomes().get(ProposalId.of("p-3")).rankBefore()).contains(3);
    assertThat(report.outcomes().get(ProposalId.of("p-3")).rankAfter()).contains(2);
    WhatIf.Outcome p4 = report.outcomes().get(ProposalId.of("p-4"));
    assertThat(p4.rankBefore()).as("no sheet, so no final score").isEmpty();
    assertThat(p4.rankAfter()).isEmpty();
    assertThat(p4.eligibilityChanged()).isFalse();
    assertThat(p4.rankChanged()).isFalse();
    assertThat(report.changes()).extracting(o -> o.proposal().value()).containsExactly("p-1", "p-2", "p-3");
    assertThat(report.unreplayedStages()).containsExactly(Map.entry(POSTER, "module sample-2023 does not score this stage"));
    assertThat(report.render()).isEqualTo("sample-2023 -> sample-2023: 3 of 4 proposals change\n"
        + "p-1: eligible -> ineligible (past-results:umum); rank 1 -> -\n"
        + "p-2: eligible -> eligible; rank 2 -> 1\n"
        + "p-3: eligible -> eligible; rank 3 -> 2\n"
        + "stage lomba-poster not replayed: module sample-2023 does not score this stage\n");
  }

  @Test
  void without_sheets_only_eligibility_is_compared_and_a_group_the_next_edition_lacks_is_refused() {
    WhatIf.Report report = WhatIf.replay(SampleModule.plain(), NextRound.MODULE,
        WhatIf.Inputs.of(List.of(umum("p-1"), umum("p-2"), khusus("k-1")), P1_TOP_45));

    assertThat(report.to()).isEqualTo(RuleModuleId.of("sample-next"));
    assertThat(report.outcomes().values()).allSatisfy(o -> {
      assertThat(o.before().eligible()).isTrue();
      assertThat(o.rankBefore()).isEmpty();
      assertThat(o.rankAfter()).isEmpty();
      assertThat(o.rankChanged()).isFalse();
    });
    assertThat(report.outcomes().get(ProposalId.of("k-1")).after().failures()).extracting(d -> d.rule()).containsExactly("fits-edition");
    assertThat(report.outcomes().get(ProposalId.of("p-2")).eligibilityChanged()).isFalse();
    assertThat(report.changes()).extracting(o -> o.proposal().value()).containsExactly("k-1", "p-1");
    assertThat(report.unreplayedStages()).isEmpty();
    assertThat(report.render()).isEqualTo("sample-2023 -> sample-next: 2 of 3 proposals change\n"
        + "k-1: eligible -> ineligible (fits-edition)\n"
        + "p-1: eligible -> ineligible (past-results:umum)\n");
  }

  @Test
  void sheets_replayed_under_a_module_without_scoring_rules_are_named_stage_by_stage() {
    WhatIf.Report report = WhatIf.replay(SampleModule.plain(), NextRound.MODULE, inputs(sheets()));

    assertThat(report.unreplayedStages()).containsOnly(
        Map.entry(DESK, "module sample-next has no scoring rules"),
        Map.entry(PRESENTATION, "module sample-next has no scoring rules"),
        Map.entry(POSTER, "module sample-next has no scoring rules"));
    assertThat(report.outcomes().get(ProposalId.of("p-2")).rankBefore()).contains(2);
    assertThat(report.outcomes().get(ProposalId.of("p-2")).rankAfter()).isEmpty();
    assertThat(report.render()).contains("p-2: eligible -> eligible; rank 2 -> -\n")
        .contains("stage evaluasi-proposal not replayed: module sample-next has no scoring rules\n");
  }

  @Test
  void sheets_that_do_not_fit_the_second_modules_criteria_are_named_with_the_first_problem() {
    ImmutableMap<StageId, ImmutableList<ScoreSheet>> sheets = ImmutableMap.of(
        DESK, ImmutableList.of(sheet("p-1", "te-1", 80, 60), sheet("p-2", "te-1", 70, 75)),
        PRESENTATION, ImmutableList.of(SampleModule.presentation("p-1", "tpi-1", 150, PRESENTED)));

    WhatIf.Report report = WhatIf.replay(SampleModule.plain(), NEVER_TOP_45, inputs(sheets));

    assertThat(report.unreplayedStages()).containsOnlyKeys(PRESENTATION);
    assertThat(report.unreplayedStages().get(PRESENTATION)).startsWith("the sheets do not fit module sample-2023's criteria: ").contains("150");
    assertThat(report.outcomes().values()).allSatisfy(o -> assertThat(o.rankAfter()).as("nobody has a presentation score").isEmpty());
  }

  @Test
  void inputs_of_proposals_alone_carry_no_sheets_and_an_unchanged_proposal_is_no_change() {
    Instant at = CLOSE.minusSeconds(3_600);
    WhatIf.Inputs inputs = new WhatIf.Inputs(ImmutableList.of(umum("p-2")), ResultHistory.empty(),
        ImmutableList.of(InnovationId.of("inv-p-2")), ImmutableMap.of(ProposalId.of("p-2"), at), ImmutableMap.of(), CLOSE, 3);

    WhatIf.Report report = WhatIf.replay(SampleModule.plain(), NextRound.MODULE, inputs);

    assertThat(report.outcomes()).containsOnlyKeys(ProposalId.of("p-2"));
    assertThat(report.changes()).isEmpty();
    assertThat(report.render()).isEqualTo("sample-2023 -> sample-next: 0 of 1 proposals change\n");
    assertThat(WhatIf.Inputs.of(List.of(umum("p-2")), ResultHistory.empty())).isEqualTo(new WhatIf.Inputs(ImmutableList.of(umum("p-2")),
        ResultHistory.empty(), ImmutableList.of(), ImmutableMap.of(), ImmutableMap.of(), Instant.EPOCH, 0));
    assertThat(new WhatIf.Outcome(ProposalId.of("p-2"), report.outcomes().get(ProposalId.of("p-2")).before(),
        report.outcomes().get(ProposalId.of("p-2")).after(), Optional.of(1), Optional.of(1)).rankChanged()).isFalse();
  }
}
