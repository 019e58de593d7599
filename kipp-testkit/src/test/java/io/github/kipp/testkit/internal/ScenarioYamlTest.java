package io.github.kipp.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.kipp.testkit.scenario.InvalidScenarioException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The test kit reads scenario files with either Jackson line (ADR 0016): both readers make the same
 * values, with the same lines, of every scenario file in the repository and of generated ones, and
 * refuse the same hostile files. Runs where both lines are on the class path (the module's default
 * test run); the run without Jackson 2 checks the runner itself on Jackson 3.
 */
class ScenarioYamlTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private ScenarioYaml jackson2;
  private ScenarioYaml jackson3;

  /**
   * Both readers; a run without Jackson 2 (the {@code jackson3-only} execution, when a test filter
   * makes it run this class) has nothing to compare, and says so as a skipped test.
   */
  @BeforeEach
  void both_lines() {
    Assumptions.assumeTrue(System.getProperty("kipp.testkit.expectedYamlLine") == null, "both Jackson lines on the class path");
    jackson2 = ScenarioYaml.of(false);
    jackson3 = ScenarioYaml.of(true);
  }

  private static List<Path> scenarioFiles() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(f -> f.toString().endsWith(".yaml") && f.toString().contains("/src/test/resources/scenarios/")
          && !f.toString().contains("/consumers/")).sorted().toList();
    }
  }

  @Test
  void both_lines_read_every_scenario_file_of_the_repository_to_the_same_values_and_lines() throws IOException {
    List<Path> files = scenarioFiles();
    assertThat(files).as("the scenario files of the test kit and the rule modules").hasSizeGreaterThan(100);
    int read = 0;
    for (Path file : files) {
      String yaml = Files.readString(file, StandardCharsets.UTF_8);
      String source = ROOT.relativize(file).toString();
      InvalidScenarioException refused2 = catchThrowableOfType(InvalidScenarioException.class, () -> jackson2.read(source, yaml));
      InvalidScenarioException refused3 = catchThrowableOfType(InvalidScenarioException.class, () -> jackson3.read(source, yaml));
      if (refused2 != null || refused3 != null) {
        assertThat(refused3).as("Jackson 3 refuses %s as Jackson 2 does", source).isNotNull();
        assertThat(refused2).as("Jackson 2 refuses %s as Jackson 3 does", source).isNotNull();
        continue;
      }
      assertThat(jackson3.read(source, yaml)).as(source).isEqualTo(jackson2.read(source, yaml));
      read++;
    }
    assertThat(read).as("files read by both").isGreaterThan(100);
  }

  @Test
  void both_lines_read_the_scenario_of_the_test_kits_sample_module_to_the_same_scenario() throws IOException {
    Path sample = ROOT.resolve("kipp-testkit/src/test/resources/scenarios/sample/rank-nominate-shortlist.yaml");
    String yaml = Files.readString(sample, StandardCharsets.UTF_8);

    ScenarioFile two = ScenarioFile.read("rank.yaml", yaml, jackson2);
    ScenarioFile three = ScenarioFile.read("rank.yaml", yaml, jackson3);

    assertThat(three.name()).isEqualTo(two.name());
    assertThat(three.expect()).usingRecursiveComparison().isEqualTo(two.expect());
    assertThat(three.proposals()).usingRecursiveFieldByFieldElementComparator().isEqualTo(two.proposals());
  }

  /** A scalar as a scenario writes one: words, whole numbers, decimals, booleans, dates, quoted text, null. */
  private static Gen<String> scalars() {
    Gen<String> words = SourceDSL.strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8).map((String w) -> "w" + w);
    Gen<String> integers = SourceDSL.longs().all().map((Long n) -> String.valueOf(n));
    Gen<String> decimals = SourceDSL.integers().between(-100_000, 100_000).zip(SourceDSL.integers().between(0, 3), (n, s) ->
        java.math.BigDecimal.valueOf(n, s).toPlainString());
    // Only the forms scenario files use: the YAML 1.1 forms Jackson 2 also reads as booleans, nulls
    // or numbers (yes, ~, 0x1F, 1_000 and the like) are read otherwise by Jackson 3 (ADR 0016).
    Gen<String> fixed = SourceDSL.arbitrary().pick("true", "false", "null", "2019-01-01", "mid-2019", "\"12\"", "'x y'",
        "0.1", "99999999999999999999", "\"\"", "-0", "\"a: b\"", "\"~\"", "'yes'");
    return words.mix(integers, 25).mix(decimals, 25).mix(fixed, 40);
  }

  /** A document of nested mappings and lists, in block and flow style, of up to three levels. */
  private static Gen<String> documents() {
    Gen<List<String>> values = SourceDSL.lists().of(scalars()).ofSizeBetween(1, 6);
    Gen<Integer> shapes = SourceDSL.integers().between(0, 3);
    return values.zip(values, shapes, (a, b, shape) -> {
      StringBuilder out = new StringBuilder("name: n\n");
      switch (shape) {
        case 0 -> {
          out.append("given:\n");
          for (int i = 0; i < a.size(); i++) {
            out.append("  k").append(i).append(": ").append(a.get(i)).append('\n');
          }
        }
        case 1 -> {
          out.append("given:\n  list:\n");
          a.forEach(v -> out.append("    - ").append(v).append('\n'));
          out.append("  flow: [").append(String.join(", ", b)).append("]\n");
        }
        case 2 -> {
          out.append("given:\n  items:\n");
          for (int i = 0; i < a.size(); i++) {
            out.append("    - {id: p").append(i).append(", v: ").append(a.get(i)).append(", w: ").append(b.get(i % b.size())).append("}\n");
          }
        }
        default -> {
          out.append("expect:\n  scores:\n");
          for (int i = 0; i < b.size(); i++) {
            out.append("    s").append(i).append(": {x: ").append(b.get(i)).append(", y: [").append(a.get(i % a.size())).append("]}\n");
          }
        }
      }
      return out.toString();
    });
  }

  @Test
  void both_lines_read_generated_scenario_documents_to_the_same_values_and_lines() {
    qt().withFixedSeed(160_001L).withExamples(1_000).forAll(documents())
        .checkAssert(yaml -> assertThat(jackson3.read("g.yaml", yaml)).as(yaml).isEqualTo(jackson2.read("g.yaml", yaml)));
  }

  @Test
  void both_lines_refuse_hostile_files_with_the_same_problem() {
    List<String> hostile = List.of(
        "name: " + "x".repeat(ScenarioFile.MAX_STRING_LENGTH + 1) + "\n",
        "name: |\n" + ("  " + "x".repeat(99) + "\n").repeat(ScenarioFile.MAX_STRING_LENGTH / 99 + 1),
        "? " + "k".repeat(1_001) + "\n: 1\n",
        "name: 1" + "0".repeat(64) + "\n",
        "name: " + "[".repeat(65) + "]".repeat(65),
        "name: [a, b\n",
        "name: a\n  b: c\n");

    for (String yaml : hostile) {
      InvalidScenarioException two = catchThrowableOfType(InvalidScenarioException.class, () -> jackson2.read("h.yaml", yaml));
      InvalidScenarioException three = catchThrowableOfType(InvalidScenarioException.class, () -> jackson3.read("h.yaml", yaml));
      String head = yaml.substring(0, Math.min(40, yaml.length()));
      assertThat(two).as("Jackson 2 refuses %s", head).isNotNull();
      assertThat(three).as("Jackson 3 refuses %s", head).isNotNull();
      assertThat(problem(three)).as("what Jackson 3 says of %s", head).isEqualTo(problem(two));
    }
  }

  /** The test kit's part of a refusal: what it says before the YAML reader's own words. */
  private static String problem(InvalidScenarioException e) {
    String message = e.getMessage();
    int limit = message.indexOf("): ");
    return limit >= 0 ? message.substring(0, limit) : message.substring(0, message.indexOf("YAML") + 4);
  }

  @Test
  void jackson_2_reads_when_both_lines_are_present_and_jackson_3_when_only_it_is() {
    assertThat(ScenarioYaml.chooseJackson3(Set.of(ScenarioYaml.JACKSON_2, ScenarioYaml.JACKSON_3)::contains)).isFalse();
    assertThat(ScenarioYaml.chooseJackson3(Set.of(ScenarioYaml.JACKSON_2)::contains)).isFalse();
    assertThat(ScenarioYaml.chooseJackson3(Set.of(ScenarioYaml.JACKSON_3)::contains)).isTrue();
    assertThat(jackson2.line()).isEqualTo("Jackson 2");
    assertThat(jackson3.line()).isEqualTo("Jackson 3");
  }

  @Test
  void without_either_line_the_test_kit_names_the_dependencies_a_host_adds() {
    assertThatThrownBy(() -> ScenarioYaml.chooseJackson3(name -> false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("neither is on the class path")
        .hasMessageContaining("io.github.kipp:kipp-jackson (Jackson 2)")
        .hasMessageContaining("io.github.kipp:kipp-jackson3 (Jackson 3)")
        .hasMessageContaining("tools.jackson.dataformat:jackson-dataformat-yaml");
  }
}
