package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.ResultsDocument;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.rank.Ranking;
import java.util.LinkedHashMap;
import io.github.kipp.rules.iid.RegionalReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two Jackson lines write the same bytes and read each other's documents: the Jackson 2 line and
 * the line of the subclass ({@link #other()}) write every value of the golden corpus, the competition
 * and results documents, a stored edition result after each step, and the CSV of proposals and score
 * sheets byte for byte alike, and each reads what the other wrote back to the same value.
 */
public abstract class SharedBothLines {

  private static final Line JACKSON_2 = Jackson2Line.json();

  /**
   * Returns the line compared with the Jackson 2 line.
   *
   * @return the line's facades
   */
  protected abstract Line other();

  private static Map<String, Object> written() {
    Map<String, Object> values = new LinkedHashMap<>(SharedGoldenCorpus.values());
    values.putAll(SharedGoldenCorpus.documents());
    values.put("ranking-by-id", JacksonFixtures.ranking());
    return values;
  }

  @Test
  public void every_value_and_document_is_written_with_the_same_bytes_by_both_lines() {
    written().forEach((name, value) -> assertThat(other().write(value)).as(name).isEqualTo(JACKSON_2.write(value)));
  }

  @Test
  public void a_stored_edition_result_after_each_step_is_written_with_the_same_bytes_and_read_by_the_other_line() {
    EditionRuns run = EditionRuns.sulsel();
    for (EditionResult step : run.everyStep()) {
      String jackson2 = JACKSON_2.write(step);
      String other = other().write(step);

      assertThat(other).isEqualTo(jackson2);
      assertThat(other().readEditionResult(jackson2, run.document(), run.competition(30))).isEqualTo(step);
      assertThat(JACKSON_2.readEditionResult(other, run.document(), run.competition(30))).isEqualTo(step);
    }
  }

  @Test
  public void a_stored_result_with_proposals_restored_by_upheld_appeals_is_written_with_the_same_bytes_and_read_by_the_other_line() {
    EditionRuns run = EditionRuns.appealed();
    for (EditionResult step : run.restoredSteps()) {
      String jackson2 = JACKSON_2.write(step);
      String other = other().write(step);

      assertThat(step.screening().restored()).isNotEmpty();
      assertThat(other).isEqualTo(jackson2).contains("\"restorations\"");
      EditionResult read = other().readEditionResult(jackson2, run.document(), run.competition(30));
      assertThat(read).isEqualTo(step);
      assertThat(read.screening().restored()).isEqualTo(step.screening().restored());
      assertThat(JACKSON_2.readEditionResult(other, run.document(), run.competition(30))).isEqualTo(step);
    }
  }

  @Test
  public void each_line_reads_the_documents_the_other_wrote() {
    CompetitionDocument competition = JacksonFixtures.competition();
    ResultsDocument results = JacksonFixtures.results();

    assertThat(other().readCompetition(JACKSON_2.write(competition))).isEqualTo(competition);
    assertThat(JACKSON_2.readCompetition(other().write(competition))).isEqualTo(competition);
    assertThat(other().readResults(JACKSON_2.write(results), competition)).isEqualTo(results);
    assertThat(JACKSON_2.readResults(other().write(results), competition)).isEqualTo(results);
    assertThat(other().read(JACKSON_2.write(JacksonFixtures.ranking()), Ranking.class, competition)).isEqualTo(JacksonFixtures.ranking());
    assertThat(other().readCompetition(JACKSON_2.write(competition), List.of(JacksonFixtures.CRITERIA))).isEqualTo(competition);
  }

  @Test
  public void the_csv_of_proposals_and_score_sheets_is_written_with_the_same_bytes_and_read_by_the_other_line() {
    CompetitionDocument doc = JacksonFixtures.competition();
    String proposals = JACKSON_2.writeProposals(JacksonFixtures.proposals());
    String sheets = JACKSON_2.writeScoreSheets(JacksonFixtures.sheets(), JacksonFixtures.CRITERIA);

    assertThat(other().writeProposals(JacksonFixtures.proposals())).isEqualTo(proposals);
    assertThat(other().writeScoreSheets(JacksonFixtures.sheets(), JacksonFixtures.CRITERIA)).isEqualTo(sheets);
    assertThat(other().readProposals(proposals, doc.institutions(), doc.units())).isEqualTo(JacksonFixtures.proposals());
    assertThat(other().readScoreSheets(sheets)).isEqualTo(JacksonFixtures.sheets());
    assertThat(other().writeProposals(List.of())).isEqualTo(JACKSON_2.writeProposals(List.of()));
  }

  @Test
  public void the_csv_of_indicator_rows_is_written_with_the_same_bytes_and_read_by_the_other_line() {
    RegionalReport report = IidFixtures.report();
    RegionalReport bare = SharedIndicatorRows.withoutRows(report);
    String jackson2 = JACKSON_2.indicatorRows().write(List.of(report));

    assertThat(other().indicatorRows().write(List.of(report))).isEqualTo(jackson2);
    assertThat(other().indicatorRows().read(jackson2, List.of(bare))).containsExactly(report);
    assertThat(JACKSON_2.indicatorRows().read(other().indicatorRows().write(List.of(report)), List.of(bare))).containsExactly(report);
  }

  @Test
  public void a_document_without_a_line_break_at_the_end_or_in_yaml_reads_the_same_on_both_lines() {
    String json = JACKSON_2.write(JacksonFixtures.competition()).strip();
    String yaml = JACKSON_2.yaml().write(JacksonFixtures.competition());

    assertThat(other().readCompetition(json)).isEqualTo(JACKSON_2.readCompetition(json));
    assertThat(other().yaml().readCompetition(yaml)).isEqualTo(JacksonFixtures.competition());
    assertThat(JACKSON_2.yaml().readCompetition(other().yaml().write(JacksonFixtures.competition()))).isEqualTo(JacksonFixtures.competition());
  }
}
