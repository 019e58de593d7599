package io.github.kipp.scoring.rank;

import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.scoring.ScoringFixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CutoffTest {

  private static final Citation PASS_2025 = Citation.reported("Pedoman Menteri PANRB 4/2025", "UNKNOWN").withSources("S28", "S39");

  private static Ranking ranking(String... scores) {
    List<Candidate> cs = new java.util.ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      cs.add(Candidate.of(ScoringFixtures.proposal("p-" + i, LUWU_UTARA), new BigDecimal(scores[i])));
    }
    return Ranker.withTieBreaks().rank(cs);
  }

  @Test
  void cut_offs_are_equal_when_their_mark_or_size_and_citation_are_and_so_are_their_results() {
    assertThat(Cutoff.passMark(new BigDecimal("85"), PASS_2025)).isEqualTo(Cutoff.passMark(new BigDecimal("85"), PASS_2025))
        .hasSameHashCodeAs(Cutoff.passMark(new BigDecimal("85"), PASS_2025));
    assertThat(Cutoff.passMark(new BigDecimal("85"), PASS_2025)).isNotEqualTo(Cutoff.passMark(new BigDecimal("85.0"), PASS_2025))
        .isNotEqualTo(Cutoff.passMark(new BigDecimal("85"), DEFAULT))
        .isNotEqualTo(Cutoff.topN(85, PASS_2025));
    assertThat(Cutoff.topN(2, DEFAULT)).isEqualTo(Cutoff.topN(2, DEFAULT)).isNotEqualTo(Cutoff.topN(3, DEFAULT));
    Ranking ranking = ranking("90", "80", "70");
    assertThat(Cutoff.topN(2, DEFAULT).apply(ranking)).isEqualTo(topTwoOfThree(ranking))
        .isNotEqualTo(Cutoff.topN(1, DEFAULT).apply(ranking));
  }

  /** The top-2 cut of a ranking of p-0, p-1 and p-2 without ties, worked out by hand from the message catalogues. */
  private static CutResult topTwoOfThree(Ranking ranking) {
    return new CutResult(Cutoff.topN(2, DEFAULT), ranking.entries().subList(0, 2), ImmutableSortedMap.of(
        ProposalId.of("p-0"), Decision.pass("proposal p-0", "cutoff",
            Reason.of("kipp.cutoff.insideTopN", LocalizedText.of("Posisi 1 termasuk 2 teratas", "Position 1 is within the top 2"), DEFAULT)),
        ProposalId.of("p-1"), Decision.pass("proposal p-1", "cutoff",
            Reason.of("kipp.cutoff.insideTopN", LocalizedText.of("Posisi 2 termasuk 2 teratas", "Position 2 is within the top 2"), DEFAULT)),
        ProposalId.of("p-2"), Decision.fail("proposal p-2", "cutoff",
            Reason.of("kipp.cutoff.outsideTopN", LocalizedText.of("Posisi 3 di luar 2 teratas", "Position 3 is outside the top 2"), DEFAULT))));
  }

  @Test
  void a_score_exactly_at_the_pass_mark_passes() {
    CutResult r = Cutoff.passMark(new BigDecimal("85"), PASS_2025).apply(ranking("85.00", "84.99", "90"));

    assertThat(r.passed()).extracting(e -> e.proposal().value()).containsExactly("p-2", "p-0");
    assertThat(r.decisions().get(ProposalId.of("p-1")).passed()).isFalse();
    assertThat(r.explain(ProposalId.of("p-1")).orElseThrow().render(Locale.ENGLISH)).contains("Score 84.99 is below the pass mark 85");
    assertThat(r.decisions().get(ProposalId.of("p-0")).citations()).containsExactly(PASS_2025);
  }

  @Test
  void a_top_n_cut_keeps_entries_tied_with_the_last_place() {
    CutResult r = Cutoff.topN(2, DEFAULT).apply(ranking("90", "80", "80", "70"));

    assertThat(r.passed()).extracting(e -> e.proposal().value()).containsExactly("p-0", "p-1", "p-2");
    assertThat(r.decisions().get(ProposalId.of("p-2")).reasons().get(0).code()).isEqualTo("kipp.cutoff.tiedAtBoundary");
    assertThat(r.decisions().get(ProposalId.of("p-3")).reasons().get(0).message().english()).isEqualTo("Position 4 is outside the top 2");
  }

  @Test
  void when_all_are_tied_all_pass_a_top_n_cut_and_fewer_entries_than_n_all_pass() {
    assertThat(Cutoff.topN(1, DEFAULT).apply(ranking("50", "50", "50")).passed()).hasSize(3);
    assertThat(Cutoff.topN(10, DEFAULT).apply(ranking("50", "40")).passed()).hasSize(2);
    assertThatThrownBy(() -> Cutoff.topN(0, DEFAULT)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_cut_reports_its_kind_its_bound_and_its_citation() {
    Cutoff mark = Cutoff.passMark(new BigDecimal("85"), PASS_2025);
    Cutoff top = Cutoff.topN(99, DEFAULT);

    assertThat(mark.passMark()).contains(new BigDecimal("85"));
    assertThat(mark.topN()).isEmpty();
    assertThat(mark.citation()).isEqualTo(PASS_2025);
    assertThat(mark).hasToString("pass mark 85");
    assertThat(top.passMark()).isEmpty();
    assertThat(top.topN()).hasValue(99);
    assertThat(top.citation()).isEqualTo(DEFAULT);
    assertThat(top).hasToString("top 99");
    assertThat(Cutoff.topN(1, DEFAULT).topN()).hasValue(1);
  }

  @Test
  void a_cut_explains_each_decision_with_its_reason_and_citation() {
    CutResult r = Cutoff.topN(1, PASS_2025).apply(ranking("90", "80"));

    assertThat(r.explain(ProposalId.of("p-0")).orElseThrow()).satisfies(e -> {
      assertThat(e.value()).isEqualTo("pass");
      assertThat(e.label().english()).isEqualTo("Position 1 is within the top 1");
      assertThat(e.citations()).containsExactly(PASS_2025);
    });
    assertThat(r.explain(ProposalId.of("p-1")).orElseThrow().value()).isEqualTo("fail");
    assertThat(r.explain(ProposalId.of("p-9"))).isEmpty();
  }
}
