package io.github.kipp.scoring.competition;

import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoringFixtures;
import io.github.kipp.scoring.explain.Explanation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;

class ExplanationBuilderTest {

  @Test
  void a_proposals_tree_runs_from_raw_scores_to_its_cut_in_order() {
    AggregationResult desk = Aggregations.mean(DEFAULT).aggregate(FrozenScores.of(DESK_CRITERIA,
        List.of(sheet("p-1", "te-1", 80, 70), sheet("p-1", "te-2", 90, 60), sheet("p-2", "te-1", 60, 60)), CLOSE));
    CombinationResult combined = StageCombinations.single(DESK, ScoringFixtures.CITED).combine(ImmutableSortedMap.of(DESK, desk), ImmutableSortedMap.of());
    var proposals = Map.of(ProposalId.of("p-1"), ScoringFixtures.proposal("p-1", ScoringFixtures.LUWU_UTARA),
        ProposalId.of("p-2"), ScoringFixtures.proposal("p-2", ScoringFixtures.LUWU_UTARA));
    Ranking ranking = Ranker.withTieBreaks().rank(combined.candidates(proposals, Map.of()));
    CutResult cut = Cutoff.topN(1, ScoringFixtures.CITED).apply(ranking);

    Explanation tree = ExplanationBuilder.of(ProposalId.of("p-1")).combination(combined).ranking(ranking).cutoff(cut).build(io.github.kipp.core.LocalizedText.of("dinominasikan", "nominated"));

    assertThat(tree.children()).extracting(Explanation::step).containsExactly("combination", "position", "cutoff");
    assertThat(tree.find("aggregate")).hasValueSatisfying(a -> assertThat(a.value()).isEqualTo("77.00"));
    assertThat(tree.find("raw")).isPresent();
    assertThat(tree.weakestConfidence()).contains(Confidence.UNKNOWN);
    String text = tree.render(Locale.ENGLISH);
    assertThat(text.indexOf("Score on signifikansi")).isLessThan(text.indexOf("Rank 1 of 2")).isPositive();
    assertThat(text).startsWith("Proposal p-1: nominated\n").contains("Position 1 is within the top 1");
    assertThat(tree.render(Locale.forLanguageTag("id"))).contains("Peringkat 1 dari 2").contains("termasuk 1 teratas");
  }
  private static Explanation leaf(String step, String value) {
    return Explanation.leaf(step, io.github.kipp.core.LocalizedText.same(step + " " + value), value);
  }

  private static Explanation node(String step, Explanation... children) {
    return new Explanation(step, io.github.kipp.core.LocalizedText.same(step), "", com.google.common.collect.ImmutableList.of(),
        com.google.common.collect.ImmutableList.copyOf(children));
  }

  private static Explanation build(Explanation... steps) {
    ExplanationBuilder b = ExplanationBuilder.of(ProposalId.of("p-1"));
    for (Explanation s : steps) {
      b.step(s);
    }
    return b.build(io.github.kipp.core.LocalizedText.of("dinominasikan", "nominated"));
  }

  @Test
  void a_step_given_twice_is_shown_once_where_it_first_came() {
    Explanation a = leaf("a", "1");
    Explanation b = leaf("b", "2");

    assertThat(build(a, a).children()).containsExactly(a);
    assertThat(build(a, b, a).children()).containsExactly(a, b);
    assertThat(build(b, a, b, a).children()).containsExactly(b, a);
    assertThat(build(a, b).children()).as("distinct steps are all kept, in order").containsExactly(a, b);
  }

  @Test
  void a_step_that_another_step_already_holds_at_any_depth_is_left_out_whatever_the_order() {
    Explanation position = leaf("position", "1");
    Explanation ranking = node("ranking", position);
    Explanation shortlist = node("shortlist", node("quota", position));
    Explanation other = leaf("position", "2");

    assertThat(build(position, ranking).children()).containsExactly(ranking);
    assertThat(build(ranking, position).children()).containsExactly(ranking);
    assertThat(build(position, shortlist, other).children()).as("held two levels down").containsExactly(shortlist, other);
    assertThat(build(ranking, other).children()).containsExactly(ranking, other);
  }

  @Test
  void an_empty_optional_step_adds_nothing_and_a_present_one_adds_its_step() {
    Explanation a = leaf("a", "1");

    Explanation tree = ExplanationBuilder.of(ProposalId.of("p-1")).step(java.util.Optional.empty()).step(java.util.Optional.of(a))
        .build(io.github.kipp.core.LocalizedText.of("dinominasikan", "nominated"));

    assertThat(tree.step()).isEqualTo("outcome");
    assertThat(tree.children()).containsExactly(a);
    assertThat(tree.render(Locale.ENGLISH)).startsWith("Proposal p-1: nominated\n");
  }
}
