package io.github.kipp.scoring.visibility;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Role;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.blind.BlindStages;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.ScoringFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The order of a view's sheets and submissions, which must not depend on the order the host kept
 * them in, and the values a stage's scores and a view carry.
 */
class StageViewOrderTest {

  /**
   * Desk totals are 0.6 signifikansi + 0.4 adaptabilitas: on p-luwu te-1 76 (70, 85), te-2 72, te-3 76
   * (80, 70); on p-takalar te-1 75, te-3 52. te-1 and te-3 give p-luwu the same total with other
   * scores, and te-3's scores come first in the order of their text (adaptabilitas 70 before 85).
   */
  private static final List<ScoreSheet> SHEETS = List.of(
      sheet("p-takalar", "te-3", 50, 55), sheet("p-takalar", "te-1", 75, 75), sheet("p-luwu", "te-3", 80, 70),
      sheet("p-luwu", "te-2", 60, 90), sheet("p-luwu", "te-1", 70, 85));
  private static final PublishedResult RESULT = PublishedResult.of("B/112/2023", "Nominasi", CLOSE.plusSeconds(86_400),
      List.of("p-luwu", "p-takalar"));
  private static final ProposalId LUWU = ProposalId.of("p-luwu");
  private static final ProposalId TAKALAR = ProposalId.of("p-takalar");

  private static List<Object> sheetKeys(StageView view) {
    List<Object> out = new ArrayList<>();
    view.sheets().forEach(s -> out.add(List.of(s.proposal(), s.evaluator(), s.own(), s.total(), s.scores())));
    return out;
  }

  @Test
  void the_secretariat_sees_sheets_by_proposal_then_evaluator_whatever_the_totals_or_the_input_order() {
    StageView view = VisibilityPolicy.standard().view(Viewer.of(Actor.of("sekretariat", Role.SECRETARIAT)),
        StageScores.frozen(FrozenScores.of(DESK_CRITERIA, SHEETS, CLOSE)), BlindStages.none());

    assertThat(view.sheets()).extracting(VisibleSheet::proposal, s -> s.evaluator().orElseThrow().value()).containsExactly(
        tuple(LUWU, "te-1"), tuple(LUWU, "te-2"), tuple(LUWU, "te-3"), tuple(TAKALAR, "te-1"), tuple(TAKALAR, "te-3"));
    assertThat(view.submissions()).extracting(Submission::proposal, s -> s.evaluator().orElseThrow().value()).containsExactly(
        tuple(LUWU, "te-1"), tuple(LUWU, "te-2"), tuple(LUWU, "te-3"), tuple(TAKALAR, "te-1"), tuple(TAKALAR, "te-3"));
    // an open stage keeps the sheets in the order the host passed them; the view still sorts them
    StageView open = VisibilityPolicy.standard().view(Viewer.of(Actor.of("sekretariat", Role.SECRETARIAT)),
        StageScores.open(DESK_CRITERIA, SHEETS), BlindStages.none());
    assertThat(open.sheets()).isEmpty();
    assertThat(open.submissions()).extracting(Submission::proposal, s -> s.evaluator().orElseThrow().value()).containsExactly(
        tuple(LUWU, "te-1"), tuple(LUWU, "te-2"), tuple(LUWU, "te-3"), tuple(TAKALAR, "te-1"), tuple(TAKALAR, "te-3"));
  }

  @Test
  void an_evaluator_sees_their_own_sheet_first_and_the_others_by_total_without_names() {
    StageView view = VisibilityPolicy.standard().view(Viewer.of(Actor.of("te-3", Role.EVALUATOR)),
        StageScores.frozen(FrozenScores.of(DESK_CRITERIA, SHEETS, CLOSE)), BlindStages.none());

    // p-luwu: te-3's own 76, then te-2's 72 and te-1's 76 by total; p-takalar: te-3's own 52, then te-1's 75
    assertThat(view.sheets()).extracting(VisibleSheet::proposal, VisibleSheet::own, s -> s.total().stripTrailingZeros().toPlainString())
        .containsExactly(tuple(LUWU, true, "76"), tuple(LUWU, false, "72"), tuple(LUWU, false, "76"), tuple(TAKALAR, true, "52"),
            tuple(TAKALAR, false, "75"));
    assertThat(view.sheets()).extracting(VisibleSheet::evaluator).containsExactly(Optional.of(ActorId.of("te-3")), Optional.empty(),
        Optional.empty(), Optional.of(ActorId.of("te-3")), Optional.empty());
  }

  @Test
  void an_entrant_sees_its_published_sheets_in_an_order_that_does_not_depend_on_the_order_they_were_kept_in() {
    Viewer luwu = Viewer.entrant(Actor.of("admin-luwu", Role.INSTITUTION_ADMIN), List.of(LUWU));
    List<Object> expected = sheetKeys(VisibilityPolicy.standard().view(luwu,
        StageScores.published(FrozenScores.of(DESK_CRITERIA, SHEETS, CLOSE), RESULT), BlindStages.none()));
    // te-2's 72 first; te-1's and te-3's equal totals of 76 are ordered by their scores (te-3's
    // adaptabilitas 70 before te-1's 85), not by who wrote them
    StageView published = VisibilityPolicy.standard().view(luwu, StageScores.published(FrozenScores.of(DESK_CRITERIA, SHEETS, CLOSE), RESULT),
        BlindStages.none());
    assertThat(published.sheets()).extracting(s -> s.scores().get(io.github.kipp.scoring.CriterionId.of("signifikansi")).intValue())
        .containsExactly(60, 80, 70);

    qt().withFixedSeed(4242).withExamples(1_000).forAll(lists().of(integers().between(0, 1_000)).ofSize(SHEETS.size())).checkAssert(keys -> {
      List<ScoreSheet> shuffled = new ArrayList<>(SHEETS);
      List<Integer> order = new ArrayList<>(keys);
      // a permutation of the sheets read off the random keys
      List<ScoreSheet> permuted = new ArrayList<>();
      while (!shuffled.isEmpty()) {
        int i = Math.floorMod(order.remove(0), shuffled.size());
        permuted.add(shuffled.remove(i));
      }
      StageView view = VisibilityPolicy.standard().view(luwu,
          StageScores.published(FrozenScores.of(DESK_CRITERIA, permuted, CLOSE), RESULT), BlindStages.none());
      assertThat(sheetKeys(view)).isEqualTo(expected);
      assertThat(view.sheets()).allSatisfy(s -> assertThat(s.evaluator()).isEmpty());
    });
  }

  @Test
  void a_view_names_its_viewer_stage_and_phase_and_whether_the_stage_is_blind() {
    Viewer te1 = Viewer.of(Actor.of("te-1", Role.EVALUATOR));
    StageScores open = StageScores.open(DESK_CRITERIA, SHEETS);

    StageView seen = VisibilityPolicy.standard().view(te1, open, BlindStages.none());
    assertThat(seen.viewer()).isEqualTo(te1);
    assertThat(seen.stage()).isEqualTo(DESK);
    assertThat(seen.phase()).isEqualTo(StagePhase.OPEN);
    assertThat(seen.blindStage()).isFalse();
    assertThat(seen.toString()).isEqualTo("evaluasi-proposal OPEN for te-1 (EVALUATOR): 2 sheets");
    assertThat(VisibilityPolicy.standard().view(te1, open, BlindStages.of(CITED, List.of(DESK))).blindStage()).isTrue();

    var proposal = ScoringFixtures.proposal("p-luwu", ScoringFixtures.LUWU_UTARA);
    ProposalView shown = seen.proposal(proposal);
    assertThat(shown.id()).isEqualTo(LUWU);
    assertThat(shown.isBlind()).isFalse();
    assertThat(shown.identified()).contains(proposal);
    assertThat(shown.toString()).isEqualTo("p-luwu");
    ProposalView blind = VisibilityPolicy.standard().view(te1, open, BlindStages.of(CITED, List.of(DESK))).proposal(proposal);
    assertThat(blind.isBlind()).isTrue();
    assertThat(blind.toString()).isEqualTo("p-luwu (blind)");
  }

  @Test
  void stage_scores_are_equal_only_in_the_same_phase_with_the_same_sheets_freeze_and_publication() {
    FrozenScores frozen = FrozenScores.of(DESK_CRITERIA, SHEETS, CLOSE);
    FrozenScores frozenLater = FrozenScores.of(DESK_CRITERIA, SHEETS, CLOSE.plusSeconds(60));
    PublishedResult other = PublishedResult.of("B/113/2023", "Nominasi", CLOSE.plusSeconds(86_400), List.of("p-luwu", "p-takalar"));

    assertThat(StageScores.open(DESK_CRITERIA, SHEETS)).isEqualTo(StageScores.open(DESK_CRITERIA, new ArrayList<>(SHEETS)))
        .hasSameHashCodeAs(StageScores.open(DESK_CRITERIA, SHEETS))
        .isNotEqualTo(StageScores.open(DESK_CRITERIA, SHEETS.subList(1, SHEETS.size())))
        .isNotEqualTo(StageScores.frozen(frozen))
        .isNotEqualTo("evaluasi-proposal OPEN (5 sheets)");
    assertThat(StageScores.open(DESK_CRITERIA, ImmutableList.of()))
        .isNotEqualTo(StageScores.open(io.github.kipp.scoring.competition.SampleModule.PRESENTATION_CRITERIA, ImmutableList.of()));
    assertThat(StageScores.frozen(frozen)).isEqualTo(StageScores.frozen(FrozenScores.of(DESK_CRITERIA, SHEETS, CLOSE)))
        .isNotEqualTo(StageScores.frozen(frozenLater))
        .isNotEqualTo(StageScores.published(frozen, RESULT));
    assertThat(StageScores.published(frozen, RESULT)).isEqualTo(StageScores.published(frozen, RESULT))
        .isNotEqualTo(StageScores.published(frozen, other));

    assertThat(StageScores.open(DESK_CRITERIA, SHEETS).frozen()).isEmpty();
    assertThat(StageScores.frozen(frozen).frozen()).contains(frozen);
    assertThat(StageScores.frozen(frozen).published()).isEmpty();
    assertThat(StageScores.published(frozen, RESULT).published()).contains(RESULT);
    assertThat(StageScores.published(frozen, RESULT).frozen()).contains(frozen);
    assertThat(StageScores.published(frozen, RESULT).toString()).isEqualTo("evaluasi-proposal PUBLISHED (5 sheets)");
  }

  @Test
  void the_standard_policy_grants_what_the_documented_table_says_and_names_its_grants() {
    VisibilityPolicy standard = VisibilityPolicy.standard();
    assertThat(standard.granted(Role.EVALUATOR, StagePhase.OPEN)).containsExactly(Disclosure.OWN_SHEETS, Disclosure.ENTRANT_IDENTITY);
    assertThat(standard).isEqualTo(VisibilityPolicy.standard().toBuilder().build());
    VisibilityPolicy one = VisibilityPolicy.newBuilder().grant(Role.SECRETARIAT, StagePhase.OPEN, Disclosure.SUBMISSION_STATUS).build();
    assertThat(one.toString()).startsWith("visibility {").contains("SECRETARIAT={OPEN=[SUBMISSION_STATUS]").doesNotContain("ALL_SHEETS");
  }
}
