package io.github.kipp.scoring.rank;

import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.ScoringFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ranking subjects that are not proposals, such as regional governments, through the engine that ranks proposals. */
class SubjectRankerTest {

  private static final LocalizedText PRESENTATION = LocalizedText.of("nilai presentasi", "presentation score");

  private static RankSubject subject(String id, String score) {
    return RankSubject.of(SubjectId.of(id), new BigDecimal(score));
  }

  private static RankSubject subject(String id, String score, String presentation) {
    return RankSubject.of(SubjectId.of(id), new BigDecimal(score), Map.of("presentation", new BigDecimal(presentation)));
  }

  private static List<String> ids(SubjectRanking r) {
    return r.entries().stream().map(e -> e.id().value()).toList();
  }

  @Test
  void ranks_highest_first_and_shares_a_rank_no_rule_separates_in_standard_competition_ranking() {
    SubjectRanking r = SubjectRanker.withTieBreaks().rank("kota",
        List.of(subject("73.73", "48.75"), subject("73.71", "61.20"), subject("73.72", "48.75"), subject("73.74", "30.00")));

    assertThat(ids(r)).containsExactly("73.71", "73.72", "73.73", "73.74");
    assertThat(r.entries()).extracting(RankedSubject::rank).containsExactly(1, 2, 2, 4);
    assertThat(r.entries()).extracting(RankedSubject::position).containsExactly(1, 2, 3, 4);
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.brokenTie()).isEmpty());
    assertThat(r.cluster()).contains("kota");
    assertThat(r.top(2)).extracting(RankedSubject::id).containsExactly(SubjectId.of("73.71"), SubjectId.of("73.72"));
    assertThat(r.entry(SubjectId.of("73.74")).orElseThrow().rank()).isEqualTo(4);
    assertThat(r.entry(SubjectId.of("99.99"))).isEmpty();
  }

  @Test
  void a_measure_breaks_a_tie_and_the_entry_records_the_rule_its_citation_and_the_tied_subjects() {
    SubjectTieBreak byPresentation = SubjectTieBreaks.higherMeasure("presentation", PRESENTATION, DEFAULT);
    SubjectRanking r = SubjectRanker.withTieBreaks(byPresentation).rank(
        List.of(subject("73.22", "65.50", "70.00"), subject("73.03", "65.50", "76.75"), subject("73.02", "66.30", "72.00")));

    assertThat(ids(r)).containsExactly("73.02", "73.03", "73.22");
    assertThat(r.entries()).extracting(RankedSubject::rank).containsExactly(1, 2, 3);
    SubjectTie tie = r.entries().get(2).brokenTie().orElseThrow();
    assertThat(tie.rule()).isEqualTo("measure:presentation");
    assertThat(tie.description().english()).isEqualTo("Higher presentation score");
    assertThat(tie.description().indonesian()).isEqualTo("Nilai lebih tinggi pada nilai presentasi");
    assertThat(tie.citation()).isEqualTo(DEFAULT);
    assertThat(tie.above()).isEqualTo(SubjectId.of("73.03"));
    assertThat(tie.tiedWith()).containsExactly(SubjectId.of("73.03"), SubjectId.of("73.22"));
    assertThat(r.entries().get(1).brokenTie()).as("the first of a tie is placed by its score").isEmpty();
    assertThat(r.cluster()).isEmpty();
    assertThat(r.tieBreaks()).containsExactly(byPresentation);
  }

  @Test
  void the_chain_goes_on_to_the_next_rule_only_when_a_rule_does_not_separate() {
    SubjectRanker ranker = SubjectRanker.withTieBreaks(SubjectTieBreaks.higherMeasure("presentation", PRESENTATION, DEFAULT),
        SubjectTieBreaks.seededDraw(2023, DEFAULT));
    SubjectRanking r = ranker.rank(List.of(subject("a", "50", "70"), subject("b", "50", "70"), subject("c", "50", "71")));

    assertThat(r.entries().get(0).id()).isEqualTo(SubjectId.of("c"));
    assertThat(r.entries().get(1).brokenTie().orElseThrow().rule()).isEqualTo("measure:presentation");
    assertThat(r.entries().get(2).brokenTie().orElseThrow().rule()).isEqualTo("draw:2023");
    assertThat(r.entries()).extracting(RankedSubject::rank).containsExactly(1, 2, 3);
  }

  @Test
  void a_draw_orders_subjects_as_the_same_seed_orders_proposals_of_the_same_ids_whatever_the_input_order() {
    List<String> idList = List.of("p-73-71", "p-73-72", "p-73-73", "p-73-74", "p-73-01", "p-73-02");
    SubjectRanker subjects = SubjectRanker.withTieBreaks(SubjectTieBreaks.seededDraw(99, DEFAULT));
    SubjectRanking drawn = subjects.rank(idList.stream().map(id -> subject(id, "50.00")).toList());
    Ranking proposals = Ranker.withTieBreaks(TieBreaks.seededDraw(99, DEFAULT))
        .rank(idList.stream().map(id -> Candidate.of(ScoringFixtures.proposal(id, ScoringFixtures.LUWU_UTARA), new BigDecimal("50.00"))).toList());
    List<String> reversed = new ArrayList<>(idList);
    Collections.reverse(reversed);

    assertThat(ids(drawn)).isEqualTo(proposals.entries().stream().map(e -> e.proposal().value()).toList());
    assertThat(ids(drawn)).as("the draw is not the id order here").isNotEqualTo(idList);
    assertThat(drawn.entries()).extracting(RankedSubject::rank).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(ids(subjects.rank(reversed.stream().map(id -> subject(id, "50.00")).toList()))).isEqualTo(ids(drawn));
    assertThat(ids(SubjectRanker.withTieBreaks(SubjectTieBreaks.seededDraw(100, DEFAULT)).rank(drawn.entries().stream()
        .map(RankedSubject::subject).toList()))).as("another seed, another order").isNotEqualTo(ids(drawn));
  }

  @Test
  void a_tied_subject_without_the_measure_a_rule_compares_is_refused_naming_rule_subject_and_measure() {
    SubjectRanker ranker = SubjectRanker.withTieBreaks(SubjectTieBreaks.higherMeasure("presentation", PRESENTATION, DEFAULT));

    assertThatThrownBy(() -> ranker.rank(List.of(subject("73.71", "61.20", "80"), subject("73.72", "61.20"))))
        .isInstanceOfSatisfying(MissingMeasureException.class, e -> {
          assertThat(e.rule()).isEqualTo("measure:presentation");
          assertThat(e.subject()).isEqualTo(SubjectId.of("73.72"));
          assertThat(e.measure()).isEqualTo("presentation");
          assertThat(e.errorCode()).isEqualTo("kipp.tieBreak.missingMeasure");
          assertThat(e.text().indonesian()).contains("73.72", "presentation");
        });
    assertThat(ranker.rank(List.of(subject("73.71", "61.20"), subject("73.72", "50.00")))).as("no tie, nothing compared")
        .extracting(SubjectRanking::size).isEqualTo(2);
  }

  @Test
  void refuses_a_subject_given_twice_and_an_id_that_is_blank_or_too_long() {
    assertThatThrownBy(() -> SubjectRanker.withTieBreaks().rank(List.of(subject("73.71", "1"), subject("73.71", "2"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("73.71");
    assertThatThrownBy(() -> SubjectId.of(" ")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> SubjectId.of("x".repeat(65))).isInstanceOf(InvalidInputException.class);
    assertThat(SubjectId.of("x".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> RankSubject.of(SubjectId.of("a"), BigDecimal.ONE, Map.of(" ", BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
  }

  @Test
  void no_subjects_give_an_empty_ranking() {
    assertThat(SubjectRanker.withTieBreaks().rank("kabupaten", List.of()).entries()).isEmpty();
  }

  @Test
  void the_order_of_the_input_changes_nothing() {
    SubjectRanker ranker = SubjectRanker.withTieBreaks(SubjectTieBreaks.higherMeasure("presentation", PRESENTATION, DEFAULT),
        SubjectTieBreaks.seededDraw(7, DEFAULT));
    qt().withFixedSeed(71).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 15)).ofSizeBetween(0, 40), integers().all())
        .checkAssert((scores, seed) -> {
          List<RankSubject> subjects = new ArrayList<>();
          for (int i = 0; i < scores.size(); i++) {
            int s = scores.get(i);
            subjects.add(subject("r-" + i, (s / 4) + ".5" + (s % 2), String.valueOf(s % 3)));
          }
          SubjectRanking expected = ranker.rank("c", subjects);
          List<RankSubject> shuffled = new ArrayList<>(subjects);
          Collections.shuffle(shuffled, new Random(seed));
          assertThat(ranker.rank("c", shuffled)).isEqualTo(expected);
          assertThat(expected.entries()).extracting(RankedSubject::position)
              .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, subjects.size()).boxed().toList());
        });
  }

  @Test
  void raising_one_subjects_score_never_lowers_its_rank() {
    SubjectRanker ranker = SubjectRanker.withTieBreaks(SubjectTieBreaks.seededDraw(11, DEFAULT));
    qt().withFixedSeed(72).withExamples(1_000)
        .forAll(lists().of(integers().between(50, 60)).ofSizeBetween(1, 30), integers().between(0, 29), integers().between(1, 10))
        .checkAssert((scores, which, raise) -> {
          int i = which % scores.size();
          List<RankSubject> before = new ArrayList<>();
          List<RankSubject> after = new ArrayList<>();
          for (int k = 0; k < scores.size(); k++) {
            before.add(subject("r-" + k, scores.get(k).toString()));
            after.add(subject("r-" + k, String.valueOf(scores.get(k) + (k == i ? raise : 0))));
          }
          SubjectId id = SubjectId.of("r-" + i);
          assertThat(ranker.rank(after).entry(id).orElseThrow().rank()).isLessThanOrEqualTo(ranker.rank(before).entry(id).orElseThrow().rank());
        });
  }

  @Test
  void ranks_subjects_exactly_as_the_proposal_ranker_ranks_proposals_with_the_same_scores() {
    qt().withFixedSeed(73).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 6)).ofSizeBetween(0, 25))
        .checkAssert(scores -> {
          List<RankSubject> subjects = new ArrayList<>();
          List<Candidate> candidates = new ArrayList<>();
          for (int i = 0; i < scores.size(); i++) {
            String score = "7" + scores.get(i) + ".25";
            String id = "p-" + (char) ('a' + i);
            subjects.add(subject(id, score));
            candidates.add(Candidate.of(ScoringFixtures.proposal(id, ScoringFixtures.LUWU_UTARA), new BigDecimal(score)));
          }
          ImmutableList<RankedSubject> s = SubjectRanker.withTieBreaks().rank(subjects).entries();
          ImmutableList<RankedEntry> p = Ranker.withTieBreaks().rank(candidates).entries();
          assertThat(s.stream().map(e -> e.id().value() + "@" + e.rank()).toList())
              .isEqualTo(p.stream().map(e -> e.proposal().value() + "@" + e.rank()).toList());
        });
  }

  @Test
  void the_proposal_ranker_still_records_the_rule_and_every_tied_proposal() {
    Ranking r = Ranker.withTieBreaks(TieBreaks.seededDraw(5, DEFAULT)).rank(List.of(
        Candidate.of(ScoringFixtures.proposal("p-a", ScoringFixtures.LUWU_UTARA), new BigDecimal("70")),
        Candidate.of(ScoringFixtures.proposal("p-b", ScoringFixtures.LUWU_UTARA), new BigDecimal("70")),
        Candidate.of(ScoringFixtures.proposal("p-c", ScoringFixtures.LUWU_UTARA), new BigDecimal("80"))));

    assertThat(r.entries().get(0).proposal()).isEqualTo(ProposalId.of("p-c"));
    BrokenTie tie = r.entries().get(2).brokenTie().orElseThrow();
    assertThat(tie.rule()).isEqualTo("draw:5");
    assertThat(tie.tiedWith()).containsExactly(r.entries().get(1).proposal(), r.entries().get(2).proposal());
  }
}
