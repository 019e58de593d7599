package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.ResultsDocument;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Ranking;
import org.junit.jupiter.api.Test;

class DocumentRoundTripTest {

  @Test
  void a_competition_document_reads_back_equal_in_json_and_yaml() {
    CompetitionDocument doc = JacksonFixtures.competition();

    assertThat(KippJson.json().readCompetition(KippJson.json().write(doc))).isEqualTo(doc);
    assertThat(KippJson.yaml().readCompetition(KippJson.yaml().write(doc))).isEqualTo(doc);
  }

  @Test
  void a_results_document_reads_back_with_its_rankings_rebuilt_from_the_candidates() {
    CompetitionDocument competition = JacksonFixtures.competition();
    ResultsDocument doc = JacksonFixtures.results();

    ResultsDocument read = KippJson.json().readResults(KippJson.json().write(doc), competition);

    assertThat(read.screening()).isEqualTo(doc.screening());
    assertThat(read.aggregations()).isEqualTo(doc.aggregations());
    assertThat(read.combination()).isEqualTo(doc.combination());
    assertThat(read.rankings()).isEqualTo(doc.rankings());
    assertThat(read.explanations()).isEqualTo(doc.explanations());
    assertThat(read.cuts()).hasSameSizeAs(doc.cuts());
    for (int i = 0; i < doc.cuts().size(); i++) {
      CutResult a = read.cuts().get(i);
      CutResult b = doc.cuts().get(i);
      assertThat(a.passed()).isEqualTo(b.passed());
      assertThat(a.decisions()).isEqualTo(b.decisions());
      assertThat(a.cutoff().toString()).isEqualTo(b.cutoff().toString());
      assertThat(a.cutoff().citation()).isEqualTo(b.cutoff().citation());
    }
    assertThat(KippJson.json().write(read)).isEqualTo(KippJson.json().write(doc));
  }

  @Test
  void a_ranking_with_an_override_reads_back_equal() {
    Ranking ranking = JacksonFixtures.rankingWithOverride();

    assertThat(KippJson.json().read(KippJson.json().write(ranking), Ranking.class, JacksonFixtures.competition())).isEqualTo(ranking);
  }
}
