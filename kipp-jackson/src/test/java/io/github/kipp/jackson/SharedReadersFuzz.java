package io.github.kipp.jackson;

import static io.github.kipp.testkit.fuzz.KippFuzz.changed;
import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileText;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.quicktheories.QuickTheory.qt;

import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.scoring.FrozenScores;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes a Jackson line's readers (JSON, YAML, CSV) with hostile text and with valid documents whose
 * characters were changed: only {@link io.github.kipp.format.KippFormatException} (a kipp error) may
 * escape. One corpus for both lines: each line's subclass gives its facades ({@link #line()}); the
 * inputs are written by the Jackson 2 line, whose JSON and CSV both lines write alike.
 */
public abstract class SharedReadersFuzz {

  private static final KippJson JSON = KippJson.json();
  private static final KippJson YAML = KippJson.yaml();
  private static final KippCsv CSV = KippCsv.csv();
  private static final CompetitionDocument COMPETITION = JacksonFixtures.competition();
  private static final String COMPETITION_JSON = JSON.write(COMPETITION);
  private static final String COMPETITION_YAML = YAML.write(COMPETITION);
  private static final String RESULTS_JSON = JSON.write(JacksonFixtures.results());
  private static final String FROZEN_JSON = JSON.write(JacksonFixtures.frozen());
  private static final String PROPOSALS_CSV = CSV.writeProposals(JacksonFixtures.proposals());
  private static final String LOG_JSON = JSON.write(JacksonReadersFuzzTest.log());
  private static final String PUBLISHED_JSON = JSON.write(PublishedResult.of("B/12/2023", "Top 99", Instant.parse("2023-07-01T08:00:00Z"), List.of("1. p-1", "2. p-2")));
  private static final String SHEETS_CSV = CSV.writeScoreSheets(JacksonFixtures.sheets(), JacksonFixtures.CRITERIA);

  /**
   * Returns the line under test.
   *
   * @return the line's facades
   */
  protected abstract Line line();

  @Test
  public void competition_documents_of_any_text_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(300))
        .checkAssert(text -> {
          onlyKippErrors(text, () -> line().readCompetition(text));
          onlyKippErrors(text, () -> line().yaml().readCompetition(text));
        });
  }

  @Test
  public void competition_documents_with_changed_characters_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(COMPETITION_JSON, 4), changed(COMPETITION_YAML, 4))
        .checkAssert((json, yaml) -> {
          onlyKippErrors(json, () -> line().readCompetition(json));
          onlyKippErrors(yaml, () -> line().yaml().readCompetition(yaml));
        });
  }

  @Test
  public void results_and_frozen_scores_with_changed_characters_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(RESULTS_JSON, 4), changed(FROZEN_JSON, 4))
        .checkAssert((results, frozen) -> {
          onlyKippErrors(results, () -> line().readResults(results, COMPETITION));
          onlyKippErrors(frozen, () -> line().read(frozen, FrozenScores.class));
        });
  }

  @Test
  public void decision_logs_and_published_results_with_changed_characters_are_read_or_refused_and_read_logs_verify_without_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(LOG_JSON, 4), changed(PUBLISHED_JSON, 4))
        .checkAssert((log, published) -> {
          onlyKippErrors(log, () -> line().read(log, DecisionLog.class).verify());
          onlyKippErrors(published, () -> line().read(published, PublishedResult.class));
        });
  }

  @Test
  public void single_values_of_any_text_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(200))
        .checkAssert(text -> onlyKippErrors(text, () -> line().read(text, Proposal.class, COMPETITION)));
  }

  @Test
  public void csv_files_of_any_text_or_with_changed_characters_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(300), changed(SHEETS_CSV, 4), changed(PROPOSALS_CSV, 4))
        .checkAssert((text, sheets, proposals) -> {
          onlyKippErrors(text, () -> line().readScoreSheets(text));
          onlyKippErrors(sheets, () -> line().readScoreSheets(sheets));
          onlyKippErrors(proposals, () -> line().readProposals(proposals, COMPETITION.institutions(), COMPETITION.units()));
        });
  }
}
