package io.github.kipp.scoring.rank;

import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.ScoringFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TieBreaksTest {

  private static final CriterionId SIGNIFIKANSI = CriterionId.of("signifikansi");

  private static Candidate candidate(String id, Optional<String> signifikansi, Optional<Instant> submitted) {
    return new Candidate(ScoringFixtures.proposal(id, LUWU_UTARA), new BigDecimal("80"),
        ImmutableSortedMap.of(DESK, new BigDecimal("75")),
        signifikansi.map(s -> ImmutableSortedMap.of(SIGNIFIKANSI, new BigDecimal(s))).orElse(ImmutableSortedMap.of()),
        submitted);
  }

  @Test
  void the_earlier_of_two_known_submissions_ranks_first_and_an_unknown_time_ranks_last() {
    TieBreak rule = TieBreaks.earlierSubmission(DEFAULT);
    Candidate early = candidate("a", Optional.empty(), Optional.of(Instant.parse("2023-04-01T00:00:00Z")));
    Candidate late = candidate("b", Optional.empty(), Optional.of(Instant.parse("2023-05-01T00:00:00Z")));
    Candidate unknown = candidate("c", Optional.empty(), Optional.empty());

    assertThat(rule.compare(early, late)).isNegative();
    assertThat(rule.compare(late, early)).isPositive();
    assertThat(rule.compare(early, early)).isZero();
    assertThat(rule.compare(late, unknown)).isNegative();
    assertThat(rule.compare(unknown, late)).isPositive();
    assertThat(rule.compare(unknown, unknown)).isZero();
  }

  @Test
  void a_tied_candidate_without_the_criterion_score_is_an_error_naming_the_rule_the_proposal_and_the_score() {
    TieBreak rule = TieBreaks.higherCriterion(SIGNIFIKANSI, DEFAULT);
    Candidate scored = candidate("a", Optional.of("60"), Optional.empty());
    Candidate unscored = candidate("b", Optional.empty(), Optional.empty());

    assertThatThrownBy(() -> rule.compare(scored, unscored))
        .isInstanceOfSatisfying(MissingTieBreakDataException.class, e -> {
          assertThat(e.rule()).isEqualTo("criterion:signifikansi");
          assertThat(e.proposal().value()).isEqualTo("b");
          assertThat(e.missing()).isEqualTo("the score of criterion signifikansi");
          assertThat(e.errorCode()).isEqualTo("kipp.tieBreak.missingData");
          assertThat(e.text().indonesian()).contains("criterion:signifikansi", "b");
        });
    assertThatThrownBy(() -> rule.compare(unscored, scored)).isInstanceOf(MissingTieBreakDataException.class);
    assertThat(rule.id()).isEqualTo("criterion:signifikansi");
    assertThat(rule.description().indonesian()).isEqualTo("Nilai lebih tinggi pada kriteria signifikansi");
  }

  @Test
  void candidates_made_with_a_final_score_only_cannot_fall_through_a_declared_stage_tie_break_to_the_draw() {
    Candidate a = Candidate.of(io.github.kipp.scoring.ScoringFixtures.proposal("p-1", io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA), new java.math.BigDecimal("80"));
    Candidate b = Candidate.of(io.github.kipp.scoring.ScoringFixtures.proposal("p-2", io.github.kipp.scoring.ScoringFixtures.TAKALAR), new java.math.BigDecimal("80"));
    Ranker ranker = Ranker.withTieBreaks(TieBreaks.higherStage(io.github.kipp.scoring.ScoringFixtures.DESK, DEFAULT), TieBreaks.seededDraw(1, DEFAULT));

    assertThatThrownBy(() -> ranker.rank(java.util.List.of(a, b)))
        .isInstanceOfSatisfying(MissingTieBreakDataException.class, e -> {
          assertThat(e.rule()).isEqualTo("stage:evaluasi-proposal");
          assertThat(e.missing()).isEqualTo("the score of stage evaluasi-proposal");
        });
    assertThat(ranker.rank(java.util.List.of(a, b.withScore(new java.math.BigDecimal("79")))).entries()).extracting(e -> e.proposal().value())
        .containsExactly("p-1", "p-2");
  }
}
