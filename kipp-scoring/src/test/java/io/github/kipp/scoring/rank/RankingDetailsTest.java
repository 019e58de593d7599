package io.github.kipp.scoring.rank;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Actor;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.TierId;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.scoring.ScoringFixtures;
import io.github.kipp.scoring.explain.Explanation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Details of rankings: the proposals a broken tie names, summaries, refusals and the ranking of other subjects. */
class RankingDetailsTest {

  private static Candidate candidate(String id, int score) {
    return Candidate.of(ScoringFixtures.proposal(id, LUWU_UTARA), BigDecimal.valueOf(score));
  }

  private static List<Candidate> candidates(int... scores) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      out.add(candidate("p-" + i, scores[i]));
    }
    return out;
  }

  @Test
  void every_tie_a_draw_breaks_names_the_proposals_of_its_own_score() {
    Ranking ranking = Ranker.withTieBreaks(TieBreaks.seededDraw(11, DEFAULT)).rank(candidates(90, 80, 90, 80, 80, 70));

    for (RankedEntry e : ranking.entries()) {
      Set<ProposalId> sameScore = ranking.entries().stream().filter(o -> o.score().compareTo(e.score()) == 0).map(RankedEntry::proposal)
          .collect(Collectors.toSet());
      if (sameScore.size() == 1 || e.equals(ranking.entries().stream().filter(o -> o.score().compareTo(e.score()) == 0).findFirst().orElseThrow())) {
        assertThat(e.brokenTie()).as("%s heads its score", e.proposal()).isEmpty();
      } else {
        assertThat(e.brokenTie()).hasValueSatisfying(t -> assertThat(t.tiedWith()).containsExactlyInAnyOrderElementsOf(sameScore));
      }
    }
    assertThat(ranking.entries()).extracting(RankedEntry::rank).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void every_tie_a_draw_breaks_among_other_subjects_names_the_subjects_of_its_own_score() {
    List<RankSubject> subjects = new ArrayList<>();
    int[] scores = {90, 80, 90, 80, 80, 70};
    for (int i = 0; i < scores.length; i++) {
      subjects.add(RankSubject.of(SubjectId.of("s-" + i), BigDecimal.valueOf(scores[i])));
    }
    SubjectRanking ranking = SubjectRanker.withTieBreaks(List.of(SubjectTieBreaks.seededDraw(11, DEFAULT))).rank("kota", subjects);

    for (RankedSubject e : ranking.entries()) {
      Set<SubjectId> sameScore = subjects.stream().filter(s -> s.score().compareTo(e.score()) == 0).map(RankSubject::id).collect(Collectors.toSet());
      boolean heads = ranking.entries().stream().filter(o -> o.score().compareTo(e.score()) == 0).findFirst().orElseThrow().equals(e);
      if (heads) {
        assertThat(e.brokenTie()).isEmpty();
      } else {
        assertThat(e.brokenTie()).hasValueSatisfying(t -> assertThat(t.tiedWith()).containsExactlyInAnyOrderElementsOf(sameScore));
      }
    }
    assertThat(ranking.entries()).extracting(RankedSubject::score).extracting(BigDecimal::intValue).containsExactly(90, 90, 80, 80, 80, 70);
  }

  @Test
  void subject_rankings_are_equal_only_with_equal_cluster_rules_and_entries_and_show_their_order() {
    SubjectTieBreak draw = SubjectTieBreaks.seededDraw(5, DEFAULT);
    List<RankSubject> subjects = List.of(RankSubject.of(SubjectId.of("a"), new BigDecimal("2")), RankSubject.of(SubjectId.of("b"), new BigDecimal("1")));
    SubjectRanking ranking = SubjectRanker.withTieBreaks(draw).rank("kota", subjects);

    assertThat(ranking).isEqualTo(SubjectRanker.withTieBreaks(List.of(draw)).rank("kota", subjects))
        .isNotEqualTo(SubjectRanker.withTieBreaks(draw).rank("kabupaten", subjects))
        .isNotEqualTo(SubjectRanker.withTieBreaks().rank("kota", subjects))
        .isNotEqualTo(SubjectRanker.withTieBreaks(draw).rank("kota", subjects.subList(0, 1)))
        .isNotEqualTo("kota");
    assertThat(ranking.toString()).isEqualTo("SubjectRanking[kota][1. a, 2. b]");
    assertThat(SubjectRanker.withTieBreaks(draw).rank(subjects).toString()).isEqualTo("SubjectRanking[1. a, 2. b]");
    assertThat(ranking.top(0)).isEmpty();
    assertThat(ranking.top(1)).extracting(RankedSubject::id).containsExactly(SubjectId.of("a"));
    assertThat(ranking.entries().get(1).score()).isEqualByComparingTo("1");
    assertThat(SubjectRanker.withTieBreaks(List.of(draw)).tieBreaks()).containsExactly(draw);
    assertThat(draw.toString()).isEqualTo("draw:5");
  }

  @Test
  void a_summary_marks_only_a_ranking_longer_than_five_as_cut_short() {
    assertThat(Ranker.withTieBreaks().rank(candidates(5, 4, 3, 2, 1)).toString()).isEqualTo("Ranking[1. p-0 5, 2. p-1 4, 3. p-2 3, 4. p-3 2, 5. p-4 1]");
    assertThat(Ranker.withTieBreaks().rank(candidates(6, 5, 4, 3, 2, 1)).toString())
        .isEqualTo("Ranking[1. p-0 6, 2. p-1 5, 3. p-2 4, 4. p-3 3, 5. p-4 2, …]");
  }

  @Test
  void an_override_by_a_role_that_may_not_override_is_refused_naming_the_cluster_where_there_is_one() {
    RankOverride override = new RankOverride(ProposalId.of("p-1"), 1, Reason.of("appeal.upheld", LocalizedText.same("Upheld"), CITED),
        Actor.of("te-1", Role.EVALUATOR), Instant.parse("2023-08-01T00:00:00Z"));

    assertThatThrownBy(() -> Ranker.withTieBreaks().rank("kota", candidates(3, 2, 1)).withOverride(override))
        .isInstanceOf(UnauthorizedActionException.class).hasMessageContaining("move p-1 to position 1 of cluster kota");
    assertThatThrownBy(() -> Ranker.withTieBreaks().rank(candidates(3, 2, 1)).withOverride(override))
        .isInstanceOf(UnauthorizedActionException.class).hasMessageContaining("move p-1 to position 1").hasMessageNotContaining("of cluster");
  }

  @Test
  void the_compact_rendering_numbers_every_citation_of_a_node() {
    io.github.kipp.core.Citation other = io.github.kipp.core.Citation.reported("Keputusan Bupati 1/2023", "Pasal 2");
    Explanation node = new Explanation("cutoff", LocalizedText.same("Cut"), "1", com.google.common.collect.ImmutableList.of(CITED, other),
        com.google.common.collect.ImmutableList.of());

    assertThat(node.renderCompact(Locale.ENGLISH)).contains("Cut: 1  [1, 2]");
  }

  @Test
  void clusters_that_overlap_or_leave_types_out_are_refused_saying_which() {
    AwardTier tier = new AwardTier(TierId.of("top-2"), LocalizedText.same("Top 2"), ImmutableSortedSet.of(GroupId.of("umum")), 2, CITED);
    AwardTier.Cluster all = new AwardTier.Cluster("semua", LocalizedText.same("Semua"), ImmutableSortedSet.copyOf(EnumSet.allOf(InstitutionType.class)), 1,
        CITED);
    AwardTier.Cluster ministries = new AwardTier.Cluster("kementerian", LocalizedText.same("Kementerian"),
        ImmutableSortedSet.of(InstitutionType.KEMENTERIAN), 1, CITED);
    AwardTier.Cluster others = new AwardTier.Cluster("lainnya", LocalizedText.same("Lainnya"),
        ImmutableSortedSet.copyOf(EnumSet.complementOf(EnumSet.of(InstitutionType.KEMENTERIAN, InstitutionType.BUMN))), 1, CITED);

    assertThatThrownBy(() -> tier.withClusters(List.of(all, ministries))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.text().english()).contains("once each: tidak / no").contains("types in no cluster: -");
    });
    assertThatThrownBy(() -> tier.withClusters(List.of(ministries, others))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.text().english()).contains("once each: ya / yes").contains("types in no cluster: [BUMN]");
    });
  }
}
