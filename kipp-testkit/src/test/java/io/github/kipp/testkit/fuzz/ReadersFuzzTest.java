package io.github.kipp.testkit.fuzz;

import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileText;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Role;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.validation.TextPolicy;
import io.github.kipp.testkit.SampleModule;
import io.github.kipp.testkit.scenario.InvalidScenarioException;
import io.github.kipp.testkit.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Fuzzes the readers of text kipp accepts from outside: the decision log's text form and golden
 * scenario files. Besides hostile text, each reader gets a valid document with bytes changed, which
 * reaches deeper into the reader, and scenario files get scalars just past the string limit.
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
  void texts_of_every_code_point_class_reach_the_hash_through_the_text_form_or_are_refused_when_the_value_is_made() {
    Gen<String> texts = KippFuzz.everyCodePointClass(12);
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(texts, texts, texts, texts)
        .checkAssert((subject, payload, note, title) -> {
          String s = "s" + subject;
          String t = "t" + title;
          String input = KippFuzz.describe(s) + "|" + KippFuzz.describe(payload) + "|" + KippFuzz.describe(note) + "|" + KippFuzz.describe(t);
          boolean allowed = TextPolicy.allows(s, TextPolicy.Kind.SINGLE_LINE) && TextPolicy.allows(payload, TextPolicy.Kind.MULTI_LINE)
              && TextPolicy.allows(note, TextPolicy.Kind.MULTI_LINE) && TextPolicy.allows(t, TextPolicy.Kind.SINGLE_LINE);
          onlyKippErrors(input, () -> {
            DecisionLog log = DecisionLog.create();
            Instant at = Instant.parse("2023-07-01T00:00:00Z");
            Actor secretariat = Actor.of("sekretariat", Role.SECRETARIAT);
            try {
              log.append(at, secretariat, EntryKind.NOTE, s, payload, List.of(Citation.inferred("PermenPANRB 1/2023", "Pasal 5", note)));
              log.recordPublication(PublishedResult.of("B/1/2023", t, at.plusSeconds(1), List.of("1. p-1", payload)), secretariat);
            } catch (InvalidInputException refused) {
              assertThat(allowed).as("refused %s", input).isFalse();
              throw refused;
            }
            assertThat(allowed).as("accepted %s", input).isTrue();
            String text = log.write();
            DecisionLog read = DecisionLog.parse(text);
            assertThat(read.entries()).isEqualTo(log.entries());
            assertThat(read.verify(log.headHash()).valid()).isTrue();
            assertThat(read.write()).isEqualTo(text);
          });
        });
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

  // Large scalars in a scenario file: a form is chosen, then a size just above the string limit;
  // every such file is refused naming the limit, within a bound of wall time per read. The bound,
  // 5 s, is at least 20 times what one read took on a shared 2-core machine (at most about 0.2 s).
  private static final List<IntFunction<String>> SCALAR_FORMS = List.of(
      n -> "name: " + "x".repeat(n),
      n -> "name: " + "ab ".repeat(n / 3 + 1),
      n -> "name: \"" + "x".repeat(n) + "\"",
      n -> "name: '" + "x".repeat(n) + "'",
      n -> "name: |\n" + ("  " + "x".repeat(99) + "\n").repeat(n / 99 + 1),
      n -> "given:\n  proposals:\n    - {id: " + "p".repeat(n) + "}\n",
      n -> "? " + "x".repeat(n) + "\n: 1\n");

  @Test
  void scenario_files_with_large_scalars_are_refused_naming_the_limit_in_bounded_time() {
    int limit = io.github.kipp.testkit.internal.ScenarioFile.MAX_STRING_LENGTH;
    qt().withFixedSeed(seed()).withExamples(Math.max(10, examples() / 50))
        .forAll(integers().between(0, SCALAR_FORMS.size() - 1), integers().between(limit + 1, 2 * limit))
        .checkAssert((form, size) -> {
          String yaml = SCALAR_FORMS.get(form).apply(size);
          long started = System.nanoTime();
          InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class, () -> RUNNER.run("large.yaml", yaml));
          long millis = (System.nanoTime() - started) / 1_000_000;
          assertThat(e).as("form %d, %d characters", form, size).isNotNull();
          assertThat(e.getMessage()).startsWith("large.yaml: over a limit of scenario files");
          assertThat(millis).as("milliseconds for form %d, %d characters", form, size).isLessThan(5_000);
        });
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
