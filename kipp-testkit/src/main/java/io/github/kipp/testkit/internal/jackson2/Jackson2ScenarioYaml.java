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
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.testkit.internal.ScenarioFile;
import io.github.kipp.testkit.internal.ScenarioYaml;
import io.github.kipp.testkit.internal.YamlValue;
import io.github.kipp.testkit.scenario.InvalidScenarioException;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads scenario files with Jackson 2's YAML module, through the bounded reader of this package. */
public final class Jackson2ScenarioYaml implements ScenarioYaml {

  private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());

  /** Creates the reader. */
  public Jackson2ScenarioYaml() {}

  @Override
  public String line() {
    return "Jackson 2";
  }

  @Override
  public Read read(String source, String yaml) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (StreamConstraintsException e) {
      throw new InvalidScenarioException(source, "", ScenarioFile.overALimit(e.getOriginalMessage()), e);
    } catch (JsonProcessingException e) {
      throw new InvalidScenarioException(source, "", "not valid YAML: " + e.getOriginalMessage(), e);
    }
    return new Read(root == null || root.isMissingNode() ? null : value(root), lines(yaml));
  }

  private static YamlValue value(JsonNode n) {
    if (n.isObject()) {
      Map<String, YamlValue> entries = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        entries.put(e.getKey(), value(e.getValue()));
      }
      return new YamlValue.Mapping(ImmutableMap.copyOf(entries));
    }
    if (n.isArray()) {
      ImmutableList.Builder<YamlValue> items = ImmutableList.builder();
      n.forEach(i -> items.add(value(i)));
      return new YamlValue.Sequence(items.build());
    }
    if (n.isNull()) {
      return YamlValue.Scalar.of(YamlValue.Kind.NULL, "null");
    }
    if (n.isBoolean()) {
      return YamlValue.Scalar.of(YamlValue.Kind.BOOLEAN, String.valueOf(n.booleanValue()));
    }
    if (n.isIntegralNumber()) {
      return new YamlValue.Scalar(YamlValue.Kind.INTEGER, n.bigIntegerValue().toString(), n.canConvertToInt(), n.canConvertToLong());
    }
    if (n.isNumber()) {
      return YamlValue.Scalar.of(YamlValue.Kind.FLOAT, n.isBigDecimal() ? n.decimalValue().toString()
          : n.isFloat() ? Float.toString(n.floatValue()) : Double.toString(n.doubleValue()));
    }
    return YamlValue.Scalar.of(n.isTextual() ? YamlValue.Kind.TEXT : YamlValue.Kind.OTHER, n.asText());
  }

  /** The line of each value of a document that was read; empty if it cannot be walked (it was read, so it can). */
  private static Map<String, Integer> lines(String yaml) {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = YAML.getFactory().createParser(yaml)) {
      JsonToken t = p.nextToken();
      if (t != null) {
        walk(p, t, "", p.currentTokenLocation().getLineNr(), out);
      }
    } catch (IOException e) {
      return Map.of();
    }
    return out;
  }

  private static void walk(JsonParser p, @Nullable JsonToken t, String path, int line, Map<String, Integer> out) throws IOException {
    out.putIfAbsent(path, line);
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = p.currentTokenLocation().getLineNr();
        JsonToken v = p.nextToken();
        walk(p, v, path.isEmpty() ? key : path + "." + key, keyLine, out);
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      JsonToken v;
      while ((v = p.nextToken()) != JsonToken.END_ARRAY && v != null) {
        walk(p, v, path + "[" + i + "]", p.currentTokenLocation().getLineNr(), out);
        i++;
      }
    }
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
