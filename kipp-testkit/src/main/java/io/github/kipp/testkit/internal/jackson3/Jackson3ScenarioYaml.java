package io.github.kipp.testkit.internal.jackson3;

import static io.github.kipp.testkit.internal.ScenarioFile.MAX_DOCUMENT_LENGTH;
import static io.github.kipp.testkit.internal.ScenarioFile.MAX_NAME_LENGTH;
import static io.github.kipp.testkit.internal.ScenarioFile.MAX_NESTING_DEPTH;
import static io.github.kipp.testkit.internal.ScenarioFile.MAX_NUMBER_LENGTH;
import static io.github.kipp.testkit.internal.ScenarioFile.MAX_STRING_LENGTH;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.testkit.internal.ScenarioFile;
import io.github.kipp.testkit.internal.ScenarioYaml;
import io.github.kipp.testkit.internal.YamlValue;
import io.github.kipp.testkit.scenario.InvalidScenarioException;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

/** Reads scenario files with Jackson 3's YAML module, through the bounded reader of this package. */
public final class Jackson3ScenarioYaml implements ScenarioYaml {

  private static final YAMLMapper YAML = new YAMLMapper(yamlFactory());

  /** Creates the reader. */
  public Jackson3ScenarioYaml() {}

  @Override
  public String line() {
    return "Jackson 3";
  }

  @Override
  public Read read(String source, String yaml) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (StreamConstraintsException e) {
      throw new InvalidScenarioException(source, "", ScenarioFile.overALimit(e.getOriginalMessage()), e);
    } catch (JacksonException e) {
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
    return YamlValue.Scalar.of(n.isString() ? YamlValue.Kind.TEXT : YamlValue.Kind.OTHER, n.asString());
  }

  /** The line of each value of a document that was read; empty if it cannot be walked (it was read, so it can). */
  private static Map<String, Integer> lines(String yaml) {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = YAML.createParser(yaml)) {
      JsonToken t = p.nextToken();
      if (t != null) {
        walk(p, t, "", p.currentTokenLocation().getLineNr(), out);
      }
    } catch (JacksonException e) {
      return Map.of();
    }
    return out;
  }

  private static void walk(JsonParser p, @Nullable JsonToken t, String path, int line, Map<String, Integer> out) {
    out.putIfAbsent(path, line);
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
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
