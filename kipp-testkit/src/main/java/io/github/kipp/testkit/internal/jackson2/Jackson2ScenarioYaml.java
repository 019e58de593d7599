package io.github.kipp.testkit.internal.jackson2;

import static io.github.kipp.testkit.internal.ScenarioFile.MAX_DOCUMENT_LENGTH;
import static io.github.kipp.testkit.internal.ScenarioFile.MAX_NAME_LENGTH;
import static io.github.kipp.testkit.internal.ScenarioFile.MAX_NESTING_DEPTH;
import static io.github.kipp.testkit.internal.ScenarioFile.MAX_NUMBER_LENGTH;
import static io.github.kipp.testkit.internal.ScenarioFile.MAX_STRING_LENGTH;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.kipp.testkit.internal.LineYaml;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads scenario files with Jackson 2's YAML module, through the bounded reader of this package: the
 * line's tree and parser, as the line-neutral reading of {@link LineYaml} sees them.
 */
public final class Jackson2ScenarioYaml implements LineYaml<JsonNode> {

  private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());

  /** Creates the reader. */
  public Jackson2ScenarioYaml() {}

  @Override
  public String line() {
    return "Jackson 2";
  }

  @Override
  public @Nullable JsonNode tree(String source, String yaml) {
    try {
      JsonNode root = YAML.readTree(yaml);
      return root == null || root.isMissingNode() ? null : root;
    } catch (JsonProcessingException e) {
      throw LineYaml.refusal(source, e instanceof StreamConstraintsException, e.getOriginalMessage(), e);
    }
  }

  @Override
  public String type(JsonNode node) {
    return node.getNodeType().name();
  }

  @Override
  public Iterable<Map.Entry<String, JsonNode>> entries(JsonNode object) {
    return object.properties();
  }

  @Override
  public Iterable<JsonNode> items(JsonNode array) {
    return array;
  }

  @Override
  public Object scalar(JsonNode scalar) {
    return scalar.isNumber() ? scalar.numberValue() : scalar.asText();
  }

  @Override
  public Map<String, Integer> lines(String yaml) {
    try (JsonParser p = YAML.getFactory().createParser(yaml)) {
      return LineYaml.lines(() -> {
        JsonToken t = p.nextToken();
        return t == null ? null : new Step(token(t), p.currentName(), p.currentTokenLocation().getLineNr());
      });
    } catch (IOException e) {
      return Map.of();
    }
  }

  private static Token token(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> Token.START_OBJECT;
      case START_ARRAY -> Token.START_ARRAY;
      case END_ARRAY -> Token.END_ARRAY;
      case FIELD_NAME -> Token.NAME;
      default -> Token.OTHER;
    };
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_DOCUMENT_LENGTH);
    loader.setNestingDepthLimit(MAX_NESTING_DEPTH);
    return BoundedYaml.factory(YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build()));
  }
}
