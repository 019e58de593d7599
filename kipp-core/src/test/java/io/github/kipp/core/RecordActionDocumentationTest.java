package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.stage.Stage;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.core.stage.TransitionRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the authorisation table of {@code docs/security.md} equal to the matrix declared in {@link
 * RecordAction}, and its stage-move table equal to {@link StageMachine#national()}, as {@code
 * ErrorCatalogueTest} keeps {@code docs/errors.md} equal to the bundles.
 */
class RecordActionDocumentationTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "security.md");
  private static final Pattern CELL_BORDER = Pattern.compile("(?<!\\\\)\\|");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final String ANY_OPEN_STAGE = "any open stage";

  /** The rows of the tables under a heading, each as its cells. */
  private static List<List<String>> table(String heading) {
    List<String> lines;
    try {
      lines = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<String>> rows = new ArrayList<>();
    boolean inside = false;
    for (String line : lines) {
      if (line.startsWith("#")) {
        inside = line.trim().equals(heading);
        continue;
      }
      if (inside && line.startsWith("| `") || inside && line.startsWith("| " + ANY_OPEN_STAGE)) {
        String[] parts = CELL_BORDER.split(line.trim(), -1);
        List<String> cells = new ArrayList<>();
        for (int i = 1; i < parts.length - 1; i++) {
          cells.add(parts[i].trim());
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  private static List<String> codes(String cell) {
    return CODE.matcher(cell).results().map(m -> m.group(1)).collect(Collectors.toList());
  }

  @Test
  void the_authorisation_table_lists_every_action_with_its_roles_condition_record_and_codes() {
    Map<String, List<String>> rows = new TreeMap<>();
    table("## Authorisation").forEach(r -> rows.put(codes(r.get(0)).get(0), r));

    assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(Arrays.stream(RecordAction.values()).map(Enum::name).collect(Collectors.toList()));
    for (RecordAction action : RecordAction.values()) {
      List<String> row = rows.get(action.name());
      assertThat(row).as("row of %s", action).hasSize(5);
      if (action.rolesFromRule()) {
        assertThat(row.get(1)).as("roles of %s", action).contains("TransitionRule");
      } else {
        assertThat(codes(row.get(1))).as("roles of %s", action).isEqualTo(action.roles().stream().map(Role::name).collect(Collectors.toList()));
      }
      assertThat(row.get(2)).as("condition of %s", action).isEqualTo(action.condition());
      assertThat(row.get(3)).as("record of %s", action).isEqualTo(action.recorded());
      assertThat(codes(row.get(4))).as("codes of %s", action).isEqualTo(action.errorCodes());
    }
  }

  @Test
  void every_error_code_of_the_matrix_is_a_key_of_the_core_or_scoring_bundle_and_of_the_error_catalogue() throws IOException {
    Properties keys = new Properties();
    try (InputStream in = RecordActionDocumentationTest.class.getClassLoader().getResourceAsStream("io/github/kipp/core/ValidationMessages.properties")) {
      keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    try (InputStream in = Files.newInputStream(Path.of("..", "kipp-scoring", "src", "main", "resources", "io", "github", "kipp", "scoring", "Messages.properties"))) {
      keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    String catalogue = Files.readString(Path.of("..", "docs", "errors.md"), StandardCharsets.UTF_8);
    for (RecordAction action : RecordAction.values()) {
      for (String code : action.errorCodes()) {
        assertThat(keys.stringPropertyNames()).as("bundle key %s of %s", code, action).contains(code);
        assertThat(catalogue).as("catalogue row of %s", code).contains("| `" + code + "` |");
      }
    }
  }

  @Test
  void the_stage_move_table_is_the_national_pipeline_move_for_move() {
    StageMachine machine = StageMachine.national();
    List<String> open = machine.stages().stream().filter(s -> !s.terminal()).map(Stage::id).map(StageId::value).collect(Collectors.toList());
    Map<String, String> documented = new TreeMap<>();
    for (List<String> row : table("### Stage moves")) {
      assertThat(row).hasSize(4);
      String to = codes(row.get(1)).get(0);
      List<String> froms = row.get(0).equals(ANY_OPEN_STAGE)
          ? open.stream().filter(s -> !s.equals(to)).collect(Collectors.toList())
          : codes(row.get(0));
      String needs = row.get(3);
      for (String from : froms) {
        String key = from + " -> " + to;
        assertThat(documented).as("documented twice: %s", key).doesNotContainKey(key);
        documented.put(key, codes(row.get(2)) + " reason=" + needs.contains("a reason") + " tier=" + needs.contains("a tier")
            + " window=" + needs.contains("window"));
      }
    }
    Map<String, String> declared = new TreeMap<>();
    for (TransitionRule r : machine.rules()) {
      declared.put(r.from().value() + " -> " + r.to().value(), r.roles().stream().map(Role::name).collect(Collectors.toList())
          + " reason=" + r.reasonRequired() + " tier=" + r.tierRequired() + " window=" + r.during().isPresent());
    }

    assertThat(documented).isEqualTo(declared);
  }
}
