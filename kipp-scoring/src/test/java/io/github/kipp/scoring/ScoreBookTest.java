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
import org.junit.jupiter.api.Test;

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
        ConflictOfInterestPolicies.institutional());
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
    FrozenScores frozen = book.freeze(CLOSE);

    assertThat(frozen.sheets()).singleElement().satisfies(s -> assertThat(s.scores().values()).contains(new java.math.BigDecimal("85")));
    assertThat(book.freeze(CLOSE)).isSameAs(frozen);
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
}
