package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares the JSON form of key values with the files in {@code src/test/resources/golden}, so that
 * the wire format cannot change by accident. A deliberate change of the format rewrites the files
 * with {@code -Dkipp.golden.update=true}, and the change is reviewed in the diff (and, if it breaks
 * readers, goes with a new format version).
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  /** The shared corpus's values and documents, in the same order, then the stored edition result. */
  private static Map<String, Object> values() {
    Map<String, Object> v = new LinkedHashMap<>(SharedGoldenCorpus.values());
    v.putAll(SharedGoldenCorpus.documents());
    v.put("edition-result", EditionRuns.golden().awarded());
    return v;
  }

  @Test
  void the_json_form_of_key_values_matches_the_golden_files() throws IOException {
    boolean update = Boolean.getBoolean("kipp.golden.update");
    StringBuilder missing = new StringBuilder();
    for (Map.Entry<String, Object> e : values().entrySet()) {
      Path file = GOLDEN.resolve(e.getKey() + ".json");
      String written = KippJson.json().write(e.getValue());
      if (update || !Files.exists(file)) {
        Files.createDirectories(GOLDEN);
        Files.writeString(file, written, StandardCharsets.UTF_8);
        missing.append(file).append(' ');
        continue;
      }
      assertThat(written).as("JSON form of %s", e.getKey()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
    if (missing.length() > 0) {
      fail("golden files were written and must be reviewed and committed: %s", missing);
    }
  }

  @Test
  void the_csv_of_the_golden_reports_indicator_rows_matches_its_golden_file() throws IOException {
    Path file = GOLDEN.resolve("iid-indicator-rows.csv");
    String written = IndicatorRowsCsv.csv().write(java.util.List.of(IidFixtures.report()));
    if (Boolean.getBoolean("kipp.golden.update") || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, written, StandardCharsets.UTF_8);
      fail("golden file %s was written and must be reviewed and committed", file);
    }
    assertThat(written).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
