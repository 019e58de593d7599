package io.github.kipp.jackson;

import static io.github.kipp.testkit.fuzz.KippFuzz.changed;
import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileText;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Role;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.validation.TextPolicy;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.testkit.fuzz.KippFuzz;
import java.time.Instant;
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
  private static final String LOG_JSON = JSON.write(log());
  private static final String PUBLISHED_JSON = JSON.write(PublishedResult.of("B/12/2023", "Top 99", Instant.parse("2023-07-01T08:00:00Z"), List.of("1. p-1", "2. p-2")));
  private static final String SHEETS_CSV = CSV.writeScoreSheets(JacksonFixtures.sheets(), JacksonFixtures.CRITERIA);

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
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(COMPETITION_JSON, 4), changed(COMPETITION_YAML, 4))
        .checkAssert((json, yaml) -> {
          onlyKippErrors(json, () -> JSON.readCompetition(json));
          onlyKippErrors(yaml, () -> YAML.readCompetition(yaml));
        });
  }

  @Test
  void results_and_frozen_scores_with_changed_characters_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(RESULTS_JSON, 4), changed(FROZEN_JSON, 4))
        .checkAssert((results, frozen) -> {
          onlyKippErrors(results, () -> JSON.readResults(results, COMPETITION));
          onlyKippErrors(frozen, () -> JSON.read(frozen, FrozenScores.class));
        });
  }

  private static DecisionLog log() {
    DecisionLog log = DecisionLog.create();
    Actor secretariat = Actor.of("sekretariat", Role.SECRETARIAT);
    Instant t = Instant.parse("2023-06-01T08:00:00Z");
    log.append(t, secretariat, EntryKind.SCORE_SHEET, "p-1", "total 81.50", List.of(Citation.regulation("PermenPANRB 35/2023", "Pasal 10")));
    log.append(t.plusSeconds(60), secretariat, EntryKind.DECISION, "evaluasi-proposal", "frozen", List.of());
    return log;
  }

  @Test
  void decision_logs_and_published_results_with_changed_characters_are_read_or_refused_and_read_logs_verify_without_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(LOG_JSON, 4), changed(PUBLISHED_JSON, 4))
        .checkAssert((log, published) -> {
          onlyKippErrors(log, () -> JSON.read(log, DecisionLog.class).verify());
          onlyKippErrors(published, () -> JSON.read(published, PublishedResult.class));
        });
  }

  /** The recorded log whose JSON the next target edits: its last payload is {@code nilai ?}. */
  private static final DecisionLog RECORDED = recorded();
  private static final String RECORDED_JSON = JSON.write(RECORDED);

  private static DecisionLog recorded() {
    DecisionLog log = log();
    log.append(Instant.parse("2023-06-01T08:02:00Z"), Actor.of("sekretariat", Role.SECRETARIAT), EntryKind.NOTE, "p-1", "nilai ?", List.of());
    return log;
  }

  /** Writes a text as a JSON string with every character outside printable ASCII escaped, lone surrogates included. */
  private static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  @Test
  void texts_of_every_code_point_class_reach_the_hash_through_json_or_are_refused_naming_their_path() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(KippFuzz.everyCodePointClass(12), KippFuzz.everyCodePointClass(12))
        .checkAssert((payload, title) -> {
          String t = "t" + title;
          String input = KippFuzz.describe(payload) + "|" + KippFuzz.describe(t);
          boolean allowed = TextPolicy.allows(payload, TextPolicy.Kind.MULTI_LINE) && TextPolicy.allows(t, TextPolicy.Kind.SINGLE_LINE);
          // Made, written as JSON, read and verified: or refused when made.
          onlyKippErrors(input, () -> {
            DecisionLog log = log();
            Actor secretariat = Actor.of("sekretariat", Role.SECRETARIAT);
            Instant at = Instant.parse("2023-06-01T08:05:00Z");
            try {
              log.append(at, secretariat, EntryKind.NOTE, "p-2", payload, List.of());
              log.recordPublication(PublishedResult.of("B/1/2023", t, at, List.of("1. p-1", payload)), secretariat);
            } catch (InvalidInputException refused) {
              assertThat(allowed).as("refused %s", input).isFalse();
              throw refused;
            }
            assertThat(allowed).as("accepted %s", input).isTrue();
            DecisionLog read = JSON.read(JSON.write(log), DecisionLog.class);
            assertThat(read.entries()).isEqualTo(log.entries());
            assertThat(read.verify(log.headHash()).valid()).isTrue();
          });
          // A stored log edited to hold the text where "nilai ?" was: refused naming its path, or caught by the head.
          String edited = RECORDED_JSON.replace("\"nilai ?\"", jsonString(payload));
          onlyKippErrors(edited, () -> {
            try {
              DecisionLog read = JSON.read(edited, DecisionLog.class);
              assertThat(TextPolicy.allows(payload, TextPolicy.Kind.MULTI_LINE)).as("read %s", input).isTrue();
              assertThat(read.verify(RECORDED.headHash()).valid()).as("verified %s", input).isEqualTo(payload.equals("nilai ?"));
            } catch (KippFormatException refused) {
              assertThat(TextPolicy.allows(payload, TextPolicy.Kind.MULTI_LINE)).as("refused %s", input).isFalse();
              assertThat(refused.path()).isEqualTo("entries[2].payload");
              throw refused;
            }
          });
        });
  }

  @Test
  void single_values_of_any_text_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(200))
        .checkAssert(text -> onlyKippErrors(text, () -> JSON.read(text, Proposal.class, COMPETITION)));
  }

  @Test
  void csv_files_of_any_text_or_with_changed_characters_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(300), changed(SHEETS_CSV, 4), changed(PROPOSALS_CSV, 4))
        .checkAssert((text, sheets, proposals) -> {
          onlyKippErrors(text, () -> CSV.readScoreSheets(text));
          onlyKippErrors(sheets, () -> CSV.readScoreSheets(sheets));
          onlyKippErrors(proposals, () -> CSV.readProposals(proposals, COMPETITION.institutions(), COMPETITION.units()));
        });
  }
}
