package io.github.kipp.jackson;

import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileText;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.FrozenScores;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes kipp-jackson's readers (JSON, YAML, CSV) with hostile text and with valid documents whose
 * characters were changed: only {@link KippFormatException} (a kipp error) may escape.
 */
class JacksonReadersFuzzTest {

  private static final KippJson JSON = KippJson.json();
  private static final KippJson YAML = KippJson.yaml();
  private static final KippCsv CSV = KippCsv.csv();
  private static final CompetitionDocument COMPETITION = JacksonFixtures.competition();
  private static final String COMPETITION_JSON = JSON.write(COMPETITION);
  private static final String COMPETITION_YAML = YAML.write(COMPETITION);
  private static final String RESULTS_JSON = JSON.write(JacksonFixtures.results());
  private static final String FROZEN_JSON = JSON.write(JacksonFixtures.frozen());
  private static final String PROPOSALS_CSV = CSV.writeProposals(JacksonFixtures.proposals());
  private static final String SHEETS_CSV = CSV.writeScoreSheets(JacksonFixtures.sheets(), JacksonFixtures.CRITERIA);

  private static final String INSERTS = "{}[]\",:0-.e\\ \nabc#&*!|'";

  /** Deletes or inserts up to four characters of a document at random positions. */
  private static String mutate(String document, List<Integer> edits) {
    StringBuilder s = new StringBuilder(document);
    for (int i = 0; i + 1 < edits.size(); i += 2) {
      int at = Math.floorMod(edits.get(i), s.length() + 1);
      int what = edits.get(i + 1);
      if (what % 3 == 0 && at < s.length()) {
        s.deleteCharAt(at);
      } else {
        s.insert(at, INSERTS.charAt(Math.floorMod(what, INSERTS.length())));
      }
    }
    return s.toString();
  }

  @Test
  void competition_documents_of_any_text_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(300))
        .checkAssert(text -> {
          onlyKippErrors(text, () -> JSON.readCompetition(text));
          onlyKippErrors(text, () -> YAML.readCompetition(text));
        });
  }

  @Test
  void competition_documents_with_changed_characters_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(lists().of(integers().all()).ofSizeBetween(2, 8))
        .checkAssert(edits -> {
          String json = mutate(COMPETITION_JSON, edits);
          onlyKippErrors(json, () -> JSON.readCompetition(json));
          String yaml = mutate(COMPETITION_YAML, edits);
          onlyKippErrors(yaml, () -> YAML.readCompetition(yaml));
        });
  }

  @Test
  void results_and_frozen_scores_with_changed_characters_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(lists().of(integers().all()).ofSizeBetween(2, 8))
        .checkAssert(edits -> {
          String results = mutate(RESULTS_JSON, edits);
          onlyKippErrors(results, () -> JSON.readResults(results, COMPETITION));
          String frozen = mutate(FROZEN_JSON, edits);
          onlyKippErrors(frozen, () -> JSON.read(frozen, FrozenScores.class));
        });
  }

  @Test
  void single_values_of_any_text_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(200))
        .checkAssert(text -> onlyKippErrors(text, () -> JSON.read(text, Proposal.class, COMPETITION)));
  }

  @Test
  void csv_files_of_any_text_or_with_changed_characters_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(300), lists().of(integers().all()).ofSizeBetween(2, 8))
        .checkAssert((text, edits) -> {
          onlyKippErrors(text, () -> CSV.readScoreSheets(text));
          String sheets = mutate(SHEETS_CSV, edits);
          onlyKippErrors(sheets, () -> CSV.readScoreSheets(sheets));
          String proposals = mutate(PROPOSALS_CSV, edits);
          onlyKippErrors(proposals, () -> CSV.readProposals(proposals, COMPETITION.institutions(), COMPETITION.units()));
        });
  }
}
