package io.github.kipp.scoring.rank;

import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Actor;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.ScoringFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankerTest {

  private static Candidate candidate(String id, String score) {
    return Candidate.of(ScoringFixtures.proposal(id, LUWU_UTARA), new BigDecimal(score));
  }

  private static Candidate candidate(String id, String score, String signifikansi, String desk, Instant submitted) {
    return new Candidate(ScoringFixtures.proposal(id, LUWU_UTARA), new BigDecimal(score),
        ImmutableSortedMap.of(DESK, new BigDecimal(desk)),
        ImmutableSortedMap.of(CriterionId.of("signifikansi"), new BigDecimal(signifikansi)),
        Optional.of(submitted));
  }

  private static final Instant EARLY = Instant.parse("2023-04-01T00:00:00Z");
  private static final Instant LATE = Instant.parse("2023-05-01T00:00:00Z");

  @Test
  void ties_no_rule_breaks_share_a_rank_in_standard_competition_ranking() {
    Ranking r = Ranker.withTieBreaks().rank(List.of(candidate("d", "70"), candidate("b", "80"), candidate("c", "80"), candidate("a", "90")));

    assertThat(r.entries()).extracting(RankedEntry::rank).containsExactly(1, 2, 2, 4);
    assertThat(r.entries()).extracting(e -> e.proposal().value()).containsExactly("a", "b", "c", "d");
    assertThat(r.entries()).extracting(RankedEntry::position).containsExactly(1, 2, 3, 4);
    assertThat(r.explain(ProposalId.of("c")).orElseThrow().render(Locale.ENGLISH)).contains("Shares rank 2 with 2 proposals");
  }

  @Test
  void the_first_rule_of_the_chain_that_separates_a_tie_decides_and_is_recorded() {
    Ranker ranker = Ranker.withTieBreaks(
        TieBreaks.higherCriterion(CriterionId.of("signifikansi"), DEFAULT),
        TieBreaks.higherStage(DESK, DEFAULT),
        TieBreaks.earlierSubmission(DEFAULT),
        TieBreaks.seededDraw(2023, DEFAULT));
    Ranking r = ranker.rank(List.of(
        candidate("x", "80", "85", "79", LATE),
        candidate("y", "80", "85", "80", LATE),
        candidate("z", "80", "90", "70", LATE),
        candidate("w", "80", "85", "79", EARLY)));

    assertThat(r.entries()).extracting(e -> e.proposal().value()).containsExactly("z", "y", "w", "x");
    assertThat(r.entries()).extracting(RankedEntry::rank).containsExactly(1, 2, 3, 4);
    assertThat(r.entries().get(1).brokenTie()).hasValueSatisfying(t -> {
      assertThat(t.rule()).isEqualTo("criterion:signifikansi");
      assertThat(t.above()).isEqualTo(ProposalId.of("z"));
      assertThat(t.tiedWith()).extracting(ProposalId::value).containsExactly("z", "y", "w", "x");
    });
    assertThat(r.entries().get(2).brokenTie()).hasValueSatisfying(t -> assertThat(t.rule()).isEqualTo("stage:evaluasi-proposal"));
    assertThat(r.entries().get(3).brokenTie()).hasValueSatisfying(t -> assertThat(t.rule()).isEqualTo("earlier-submission"));
    assertThat(r.entries().get(0).brokenTie()).isEmpty();
    assertThat(r.explain(ProposalId.of("x")).orElseThrow().render(Locale.ENGLISH))
        .contains("Placed below w with the same score by: Earlier submission");
  }

  @Test
  void a_seeded_draw_breaks_every_tie_the_same_way_for_the_same_seed() {
    List<Candidate> tied = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      tied.add(candidate("p-" + i, "75"));
    }
    Ranking a = Ranker.withTieBreaks(TieBreaks.seededDraw(7, DEFAULT)).rank(tied);
    Collections.shuffle(tied, new Random(1));
    Ranking b = Ranker.withTieBreaks(TieBreaks.seededDraw(7, DEFAULT)).rank(tied);
    Ranking c = Ranker.withTieBreaks(TieBreaks.seededDraw(8, DEFAULT)).rank(tied);

    assertThat(b.entries()).isEqualTo(a.entries());
    assertThat(a.entries()).extracting(RankedEntry::rank).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().collect(java.util.stream.Collectors.toList()));
    assertThat(c.entries()).extracting(RankedEntry::proposal).isNotEqualTo(a.entries().stream().map(RankedEntry::proposal).collect(java.util.stream.Collectors.toList()));
    assertThat(a.entries().get(5).brokenTie()).hasValueSatisfying(t -> assertThat(t.rule()).isEqualTo("draw:7"));
  }

  @Test
  void input_order_never_changes_the_ranking() {
    qt().withFixedSeed(41).withExamples(1_000)
        .forAll(lists().of(integers().between(60, 70)).ofSizeBetween(1, 40), integers().all())
        .checkAssert((scores, seed) -> {
          List<Candidate> cs = new ArrayList<>();
          for (int i = 0; i < scores.size(); i++) {
            cs.add(candidate("p-" + i, scores.get(i).toString()));
          }
          Ranker ranker = Ranker.withTieBreaks(TieBreaks.seededDraw(3, DEFAULT));
          Ranking expected = ranker.rank(cs);
          Collections.shuffle(cs, new Random(seed));
          assertThat(ranker.rank(cs)).isEqualTo(expected);
        });
  }

  @Test
  void the_order_is_score_then_each_tie_break_then_id_whatever_the_scales_and_sizes_of_the_scores() {
    String[] written = {"60", "60.0", "60.50", "60.5", "6E+1", "-3.25", "0", "0.000", "1E-18", "1E-19",
        "99999999999999999999.5", "-99999999999999999999.5", "61.000000000000000001"};
    qt().withFixedSeed(43).withExamples(1_000)
        .forAll(lists().of(integers().between(0, written.length - 1)).ofSizeBetween(0, 60), integers().all())
        .checkAssert((picks, seed) -> {
          // Half the lists keep to scores that fit in a long at scale 3; the others may not.
          int pool = seed % 2 == 0 ? 8 : written.length;
          List<Candidate> cs = new ArrayList<>();
          for (int i = 0; i < picks.size(); i++) {
            cs.add(candidate("p-" + i, written[picks.get(i) % pool]));
          }
          TieBreak draw = TieBreaks.seededDraw(seed, DEFAULT);
          List<Candidate> expected = new ArrayList<>(cs);
          expected.sort((a, b) -> {
            int byScore = b.score().compareTo(a.score());
            if (byScore != 0) {
              return byScore;
            }
            int byDraw = draw.compare(a, b);
            return byDraw != 0 ? byDraw : a.id().compareTo(b.id());
          });

          Ranking ranking = Ranker.withTieBreaks(draw).rank(cs);

          assertThat(ranking.entries()).extracting(e -> e.candidate().id())
              .containsExactlyElementsOf(expected.stream().map(Candidate::id).toList());
        });
  }

  @Test
  void raising_one_proposals_score_never_lowers_its_rank() {
    qt().withFixedSeed(42).withExamples(1_000)
        .forAll(lists().of(integers().between(50, 60)).ofSizeBetween(2, 30), integers().between(0, 29), integers().between(1, 10))
        .checkAssert((scores, which, raise) -> {
          int i = which % scores.size();
          List<Candidate> cs = new ArrayList<>();
          for (int k = 0; k < scores.size(); k++) {
            cs.add(candidate("p-" + k, scores.get(k).toString()));
          }
          Ranker ranker = Ranker.withTieBreaks(TieBreaks.seededDraw(11, DEFAULT));
          int before = ranker.rank(cs).entry(ProposalId.of("p-" + i)).orElseThrow().rank();
          cs.set(i, cs.get(i).withScore(cs.get(i).score().add(BigDecimal.valueOf(raise))));
          int after = ranker.rank(cs).entry(ProposalId.of("p-" + i)).orElseThrow().rank();
          assertThat(after).isLessThanOrEqualTo(before);
        });
  }

  @Test
  void every_proposal_tied_with_every_other_shares_rank_one() {
    Ranking r = Ranker.withTieBreaks(TieBreaks.earlierSubmission(DEFAULT)).rank(List.of(candidate("a", "50"), candidate("b", "50"), candidate("c", "50")));

    assertThat(r.entries()).extracting(RankedEntry::rank).containsOnly(1);
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.brokenTie()).isEmpty());
  }

  @Test
  void rankings_can_be_made_per_cluster() {
    var byCluster = Ranker.withTieBreaks().rankByCluster(
        List.of(candidate("k1", "80"), candidate("k2", "85"), candidate("m1", "70")),
        c -> c.id().value().startsWith("k") ? "kabupaten" : "kementerian");

    assertThat(byCluster.keySet()).containsExactly("kabupaten", "kementerian");
    assertThat(byCluster.get("kabupaten").entries()).extracting(RankedEntry::rank).containsExactly(1, 2);
    assertThat(byCluster.get("kementerian").entry(ProposalId.of("m1")).orElseThrow().rank()).isEqualTo(1);
    assertThat(byCluster.get("kabupaten").cluster()).contains("kabupaten");
  }

  @Test
  void a_panel_override_is_recorded_and_keeps_the_score_rank() {
    Ranking r = Ranker.withTieBreaks().rank(List.of(candidate("a", "90"), candidate("b", "80"), candidate("c", "70")));
    RankOverride override = new RankOverride(ProposalId.of("c"), 1,
        Reason.of("plenary", LocalizedText.of("Keputusan sidang pleno TPI", "Independent panel plenary decision"), DEFAULT),
        Actor.of("tpi-chair", Role.INDEPENDENT_PANEL), LATE);
    Ranking moved = r.withOverride(override);

    assertThat(moved.entries()).extracting(e -> e.proposal().value()).containsExactly("c", "a", "b");
    assertThat(moved.entries()).extracting(RankedEntry::position).containsExactly(1, 2, 3);
    assertThat(moved.entry(ProposalId.of("c")).orElseThrow().rank()).isEqualTo(3);
    assertThat(moved.entry(ProposalId.of("c")).orElseThrow().override()).contains(override);
    assertThat(moved.overrides()).containsExactly(override);
    assertThat(r.entries().get(0).proposal().value()).isEqualTo("a");
    assertThat(moved.explain(ProposalId.of("c")).orElseThrow().render(Locale.ENGLISH)).contains("Moved to position 1 by tpi-chair (INDEPENDENT_PANEL)");
    assertThatThrownBy(() -> r.withOverride(new RankOverride(ProposalId.of("c"), 4, override.reason(), override.actor(), LATE)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("beyond the last of 3");
  }

  @Test
  void a_proposal_may_appear_once() {
    assertThatThrownBy(() -> Ranker.withTieBreaks().rank(List.of(candidate("a", "1"), candidate("a", "2"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Proposal a appears twice");
  }

  @Test
  void a_proposal_may_appear_once_even_when_its_copies_fall_in_different_clusters() {
    assertThatThrownBy(() -> Ranker.withTieBreaks().rankByCluster(
            List.of(candidate("a", "1"), candidate("a", "2")), c -> c.score().intValue() == 1 ? "kabupaten" : "kota"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Proposal a appears twice among the candidates.");
  }

  @Test
  void a_ranker_built_from_a_list_keeps_its_chain_and_hands_it_to_its_rankings() {
    List<TieBreak> chain = List.of(TieBreaks.earlierSubmission(DEFAULT), TieBreaks.seededDraw(5, DEFAULT));
    Ranker ranker = Ranker.withTieBreaks(chain);
    Ranking r = ranker.rank(List.of(candidate("a", "90"), candidate("b", "80")));

    assertThat(ranker.tieBreaks()).containsExactlyElementsOf(chain);
    assertThat(r.tieBreaks()).containsExactlyElementsOf(chain);
    assertThat(r.cluster()).isEmpty();
  }

  @Test
  void the_first_entry_can_be_moved_to_the_last_position() {
    Ranking r = Ranker.withTieBreaks().rank(List.of(candidate("a", "90"), candidate("b", "80"), candidate("c", "70")));
    RankOverride override = new RankOverride(ProposalId.of("a"), 3,
        Reason.of("plenary", LocalizedText.of("Keputusan sidang pleno TPI", "Independent panel plenary decision"), DEFAULT),
        Actor.of("tpi-chair", Role.INDEPENDENT_PANEL), LATE);

    Ranking moved = r.withOverride(override);

    assertThat(moved.entries()).extracting(e -> e.proposal().value()).containsExactly("b", "c", "a");
    assertThat(moved.entries()).extracting(RankedEntry::rank).containsExactly(2, 3, 1);
    assertThat(moved).isNotEqualTo(r);
    assertThat(r.withOverride(override)).isEqualTo(moved);
    assertThatThrownBy(() -> r.withOverride(new RankOverride(ProposalId.of("zz"), 1, override.reason(), override.actor(), LATE)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Proposal zz is not in this ranking.");
  }

  @Test
  void the_explanation_names_the_cluster_and_adds_a_shared_rank_node_only_for_a_real_tie() {
    Ranking plain = Ranker.withTieBreaks().rank(List.of(candidate("a", "90"), candidate("b", "80"), candidate("c", "80")));
    Ranking clustered = Ranker.withTieBreaks()
        .rankByCluster(List.of(candidate("k1", "80"), candidate("k2", "85")), c -> "kabupaten").get("kabupaten");

    String alone = plain.explain(ProposalId.of("a")).orElseThrow().render(Locale.ENGLISH);
    assertThat(alone).isEqualTo("Final position: 1\n  - Rank 1 of 3 (cluster -): 1\n");
    assertThat(plain.explain(ProposalId.of("b")).orElseThrow().find("tie").orElseThrow().value()).isEqualTo("2");
    assertThat(plain.explain(ProposalId.of("zz"))).isEmpty();
    assertThat(clustered.explain(ProposalId.of("k1")).orElseThrow().render(Locale.ENGLISH)).contains("Rank 2 of 2 (cluster kabupaten): 2");
    assertThat(clustered).hasToString("Ranking[kabupaten][1. k2 85, 2. k1 80]");
    assertThat(plain).hasToString("Ranking[1. a 90, 2. b 80, 2. c 80]");
    Ranking seven = Ranker.withTieBreaks().rank(List.of(candidate("g", "40"), candidate("f", "50"), candidate("e", "60"), candidate("d", "70"),
        candidate("c", "80"), candidate("b", "90"), candidate("a", "95.5")));
    assertThat(seven).hasToString("Ranking[1. a 95.5, 2. b 90, 3. c 80, 4. d 70, 5. e 60, …]");
    assertThat(clustered).isNotEqualTo(plain);
  }
}
