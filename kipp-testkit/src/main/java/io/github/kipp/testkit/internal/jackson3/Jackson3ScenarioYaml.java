package io.github.kipp.testkit.internal.jackson3;

import static io.github.kipp.testkit.internal.ScenarioFile.MAX_DOCUMENT_LENGTH;
import static io.github.kipp.testkit.internal.ScenarioFile.MAX_NAME_LENGTH;
import static io.github.kipp.testkit.internal.ScenarioFile.MAX_NESTING_DEPTH;
import static io.github.kipp.testkit.internal.ScenarioFile.MAX_NUMBER_LENGTH;
import static io.github.kipp.testkit.internal.ScenarioFile.MAX_STRING_LENGTH;

import io.github.kipp.testkit.internal.LineYaml;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads scenario files with Jackson 3's YAML module, through the bounded reader of this package: the
 * line's tree and parser, as the line-neutral reading of {@link LineYaml} sees them.
 */
public final class Jackson3ScenarioYaml implements LineYaml<JsonNode> {

  private static final YAMLMapper YAML = new YAMLMapper(yamlFactory());

  /** Creates the reader. */
  public Jackson3ScenarioYaml() {}

  @Override
  public String line() {
    return "Jackson 3";
  }

  @Override
  public @Nullable JsonNode tree(String source, String yaml) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JacksonException e) {
      throw LineYaml.refusal(source, e instanceof StreamConstraintsException, e.getOriginalMessage(), e);
    }
    return root == null || root.isMissingNode() ? null : root;
  }

  @Override
  public Map<String, Integer> lines(String yaml) {
    try (JsonParser p = YAML.createParser(yaml)) {
      return LineYaml.lines(() -> {
        JsonToken t = p.nextToken();
        if (t == null) {
          return null;
        }
        Token token = t == JsonToken.PROPERTY_NAME ? Token.NAME
            : t == JsonToken.START_OBJECT ? Token.START_OBJECT
            : t == JsonToken.START_ARRAY ? Token.START_ARRAY
            : t == JsonToken.END_ARRAY ? Token.END_ARRAY : Token.OTHER;
        return new Step(token, p.currentName(), p.currentTokenLocation().getLineNr());
      });
    } catch (JacksonException e) {
      return Map.of();
    }
  }

  @Override
  public String type(JsonNode node) {
    return node.getNodeType().name();
  }

  @Override
  public Object scalar(JsonNode scalar) {
    return scalar.isNumber() ? scalar.numberValue() : scalar.asString();
  }

  @Override
  public Iterable<JsonNode> items(JsonNode array) {
    return array;
  }

  @Override
  public Iterable<Map.Entry<String, JsonNode>> entries(JsonNode object) {
    return object.properties();
  }

  private static YAMLFactory yamlFactory() {
    LoadSettings load = LoadSettings.builder().setCodePointLimit(MAX_DOCUMENT_LENGTH).build();
    return BoundedYaml.factory(YAMLFactory.builder()
        .loadSettings(load)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build()));
  }
}
