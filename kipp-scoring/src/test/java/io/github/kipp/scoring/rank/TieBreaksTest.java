package io.github.kipp.scoring.rank;

import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static org.assertj.core.api.Assertions.assertThat;

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
  void a_candidate_without_the_criterion_score_ranks_after_one_with_it() {
    TieBreak rule = TieBreaks.higherCriterion(SIGNIFIKANSI, DEFAULT);
    Candidate scored = candidate("a", Optional.of("60"), Optional.empty());
    Candidate unscored = candidate("b", Optional.empty(), Optional.empty());

    assertThat(rule.compare(scored, unscored)).isNegative();
    assertThat(rule.compare(unscored, scored)).isPositive();
    assertThat(rule.compare(unscored, unscored)).isZero();
    assertThat(rule.id()).isEqualTo("criterion:signifikansi");
    assertThat(rule.description().indonesian()).isEqualTo("Nilai lebih tinggi pada kriteria signifikansi");
  }
}
