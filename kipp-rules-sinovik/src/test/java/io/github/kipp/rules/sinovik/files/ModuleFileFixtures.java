package io.github.kipp.rules.sinovik.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Module files for the tests: the README's Takalar example, in YAML and JSON, and pieces to add to it. */
final class ModuleFileFixtures {

  private ModuleFileFixtures() {}

  /** The README's example: Takalar's 2023 round as a variant of the national 2023 module. */
  static final String TAKALAR = resource("modules/takalar-2023.yaml");

  /** The same file as JSON. */
  static final String TAKALAR_JSON = json(TAKALAR);

  /** Takalar with a z-score aggregation and a finalist pool with quotas and 3T regions. */
  static final String TAKALAR_SCORING = resource("modules/takalar-2023-scoring.yaml");

  /** Criteria and a weighted combination to append to {@link #TAKALAR}'s parameters; both sum as they must. */
  static final String WEIGHTS = """
        scoring.criteria:
          value:
            - stage: evaluasi-proposal
              weightTotal: 3
              criteria:
                - {id: a, name: {id: A, en: A}, weight: 2, scale: {min: 0, max: 100, step: 1}, citation: ortala}
                - {id: b, name: {id: B, en: B}, weight: 1, scale: {min: 0, max: 100, step: 1}, citation: ortala}
            - stage: presentasi-wawancara
              weightTotal: 1
              criteria:
                - {id: c, name: {id: C, en: C}, weight: 1, scale: {min: 0, max: 100, step: 1}, citation: ortala}
          citation: ortala
        scoring.combination:
          value: {kind: weighted, weights: {evaluasi-proposal: 0.60, presentasi-wawancara: 0.40}, citation: ortala}
          citation: ortala
      """;

  /**
   * Reads a test resource.
   *
   * @param name the resource
   * @return its text
   */
  static String resource(String name) {
    try (InputStream in = ModuleFileFixtures.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a YAML document as JSON.
   *
   * @param yaml the YAML
   * @return the JSON, pretty-printed
   */
  static String json(String yaml) {
    try {
      JsonNode tree = new YAMLMapper().readTree(yaml);
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the line, counted from 1, of the first line holding a text.
   *
   * @param text the file
   * @param needle what the line holds
   * @return the line
   */
  static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line holds " + needle);
  }
}
