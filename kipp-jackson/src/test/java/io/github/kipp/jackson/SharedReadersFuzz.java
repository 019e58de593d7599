package io.github.kipp.jackson;

import static io.github.kipp.testkit.fuzz.KippFuzz.changed;
import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileText;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormat;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.scoring.FrozenScores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes a Jackson line's readers (JSON, YAML, CSV) with hostile text and with valid documents whose
 * characters were changed: only {@link io.github.kipp.format.KippFormatException} (a kipp error) may
 * escape; and with YAML scalars of every form just past the string limit, which must be refused as
 * too large within a bounded time. One corpus for both lines: each line's subclass gives its facades
 * ({@link #line()}); the inputs are written by the Jackson 2 line, whose JSON and CSV both lines
 * write alike.
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

  // Large YAML scalars. A form is chosen, then a size just above the string limit; every such
  // scalar is refused, as too large, within a bound of wall time per read. The bound, 5 s, is a
  // safety net, not a measure: at least 20 times what one read took on a shared 2-core machine (at
  // most about 0.2 s; the readers before the bounds needed seconds for 2 MB and minutes for 50 MB).
  private static final List<IntFunction<String>> SCALAR_FORMS = List.of(
      n -> "k: " + "x".repeat(n),
      n -> "k: " + "ab ".repeat(n / 3 + 1),
      n -> "k: \"" + "x".repeat(n) + "\"",
      n -> "k: \"" + "x\\t".repeat(n / 2 + 1) + "\"",
      n -> "k: '" + "x''".repeat(n / 2 + 1) + "'",
      n -> "k: |\n" + ("  " + "x".repeat(99) + "\n").repeat(n / 99 + 1),
      n -> "k: >\n" + ("  " + "x ".repeat(50) + "\n").repeat(n / 100 + 1),
      n -> "[\"" + "x".repeat(n) + "\"]",
      n -> "? " + "x".repeat(n) + "\n: 1\n",
      n -> "k:\n  - a\n  - " + "x y".repeat(n / 3 + 1) + "\n");

  @Test
  public void large_yaml_scalars_of_any_form_are_refused_as_too_large_in_bounded_time() {
    int limit = KippFormat.DEFAULT_MAX_STRING_LENGTH;
    qt().withFixedSeed(seed()).withExamples(Math.max(10, examples() / 50))
        .forAll(integers().between(0, SCALAR_FORMS.size() - 1),
            integers().between(limit + 1, 2 * limit))
        .checkAssert((form, size) -> {
          String yaml = SCALAR_FORMS.get(form).apply(size);
          KippFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
              () -> catchThrowableOfType(KippFormatException.class, () -> line().yaml().read(yaml, Object.class)),
              () -> "form " + form + ", " + size + " characters");
          assertThat(e).as("form %d, %d characters", form, size).isNotNull();
          assertThat(e.violations()).extracting(v -> v.code()).containsExactly("kipp.json.tooLarge");
        });
  }
}
