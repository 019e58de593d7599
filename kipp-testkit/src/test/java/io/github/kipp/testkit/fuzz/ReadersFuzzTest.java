package io.github.kipp.testkit.fuzz;

import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileText;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.quicktheories.QuickTheory.qt;

import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Role;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.testkit.SampleModule;
import io.github.kipp.testkit.scenario.InvalidScenarioException;
import io.github.kipp.testkit.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the readers of text kipp accepts from outside: the decision log's text form and golden
 * scenario files. Besides hostile text, each reader gets a valid document with bytes changed, which
 * reaches deeper into the reader.
 */
class ReadersFuzzTest {

  private static final String LOG = validLog();
  private static final String SCENARIO = resource("/scenarios/sample/rank-nominate-shortlist.yaml");
  private static final ScenarioRunner RUNNER = ScenarioRunner.of(new SampleModule());

  private static String validLog() {
    DecisionLog log = DecisionLog.create();
    Instant t = Instant.parse("2023-07-01T00:00:00Z");
    log.append(t, Actor.of("sekretariat", Role.SECRETARIAT), EntryKind.NOTE, "proposal p-1", "opened\tthe\\stage\n",
        List.of(Citation.regulation("PermenPANRB 1/2023", "Pasal 5").withSources("S14", "S15")));
    log.append(t.plusSeconds(1), Actor.of("te-1", Role.EVALUATOR), EntryKind.SCORE_SHEET, "proposal p-1", "signifikansi=80", List.of());
    return log.write();
  }

  private static String resource(String name) {
    try (InputStream in = ReadersFuzzTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void decision_logs_of_any_text_are_read_or_refused_with_a_kipp_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(400))
        .checkAssert(text -> onlyKippErrors(text, () -> DecisionLog.parse(text).verify()));
  }

  @Test
  void decision_logs_with_changed_characters_are_read_or_refused_with_a_kipp_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(KippFuzz.changed(LOG, 4))
        .checkAssert(text -> onlyKippErrors(text, () -> DecisionLog.parse(text).verify()));
  }

  @Test
  void scenario_files_of_any_text_are_run_or_refused_as_invalid_scenarios() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(300))
        .checkAssert(text -> onlyKippErrors(text, () -> runOrRefuse(text)));
  }

  /**
   * Most changed scenario files still parse, so an example is usually a whole scenario run (about
   * 3 ms); the long run tries a tenth of the other targets' count here, and every run at least
   * 1,000 unless fewer are asked for.
   */
  @Test
  void scenario_files_with_changed_characters_are_run_or_refused_as_invalid_scenarios() {
    qt().withFixedSeed(seed()).withExamples(Math.min(examples(), Math.max(1_000, examples() / 10))).forAll(KippFuzz.changed(SCENARIO, 4))
        .checkAssert(text -> onlyKippErrors(text, () -> runOrRefuse(text)));
  }

  /** Runs a scenario; a refusal as invalid is the reader's own error, and a failed expectation is the scenario's. */
  private static void runOrRefuse(String yaml) {
    try {
      RUNNER.run("fuzz.yaml", yaml);
    } catch (InvalidScenarioException | AssertionError refusedOrFailed) {
      if (refusedOrFailed.getMessage() == null || refusedOrFailed.getMessage().isBlank()) {
        throw new IllegalStateException("a refusal without a message", refusedOrFailed);
      }
    } catch (org.opentest4j.TestAbortedException recordedDisagreement) {
      // a changed file may still be a valid scenario that records a disagreement
    }
  }
}
