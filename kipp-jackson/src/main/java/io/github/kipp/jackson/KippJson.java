package io.github.kipp.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.kipp.format.AbstractKippJson;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.jackson.internal.BoundedYaml;
import io.github.kipp.jackson.internal.CollectingHandler;
import io.github.kipp.jackson.internal.Failures;
import io.github.kipp.jackson.internal.Printing;
import io.github.kipp.jackson.internal.StrictScalars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * kipp's JSON and YAML facade on Jackson 2 ({@code com.fasterxml.jackson}), for hosts on Spring Boot
 * 3, Quarkus or Micronaut: a mapper with {@link KippModule} and strict settings, under what every
 * line shares ({@link AbstractKippJson}: limits, checks, every problem of an input at once, each
 * with its path).
 *
 * <pre>{@code
 * KippJson json = KippJson.json();
 * String text = json.write(document);
 * CompetitionDocument read = json.readCompetition(text);
 * }</pre>
 *
 * <p><b>YAML.</b> YAML applies every limit of {@link AbstractKippJson} as JSON does, with the same
 * messages, in time linear in the input: a scalar is refused as soon as one word or line of it passes
 * the string limit. YAML aliases are not expanded (an alias reads as the name of its anchor), so an
 * alias bomb stays small; duplicate YAML keys are refused. {@link #newBuilder()} changes the limits.
 * Output is pretty-printed with two-space indents and {@code \n} line ends. Instances are immutable
 * and thread-safe.
 */
public final class KippJson extends AbstractKippJson {

  private static final KippJson JSON = newBuilder().build();

  private final ObjectMapper mapper;

  private KippJson(ObjectMapper mapper, String format, int maxDocumentLength) {
    super(format, maxDocumentLength);
    this.mapper = mapper;
  }

  /**
   * Returns the JSON facade with the default limits.
   *
   * @return the facade, not null
   */
  public static KippJson json() {
    return JSON;
  }

  /**
   * Returns the YAML facade with the default limits.
   *
   * @return the facade, not null
   */
  public static KippJson yaml() {
    return YamlHolder.YAML;
  }

  /** The YAML facade, built on first use: a host that reads and writes JSON only never loads YAML. */
  private static final class YamlHolder {
    static final KippJson YAML = newBuilder().yaml().build();
  }

  /**
   * Returns a builder for a facade with other limits or for YAML.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns a copy of the configured mapper, for uses this facade does not offer (streaming, other
   * types). Changing the copy does not change this facade.
   *
   * @return a new mapper, not null
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  @Override
  protected <T> @Nullable T readValue(String text, Class<T> type, Map<String, Object> attributes) throws IOException {
    return mapper.readerFor(type).withAttributes(attributes).readValue(text);
  }

  @Override
  protected KippFormatException translate(Exception failure, @Nullable String text) {
    return Failures.translate(format(), failure, () -> text == null ? null : tree(text));
  }

  @Override
  protected @Nullable String formatVersion(String text) {
    try (JsonParser p = mapper.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        if (p.nextToken() == JsonToken.VALUE_STRING && "formatVersion".equals(name)) {
          return p.getText();
        }
        p.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  @Override
  protected String writeValue(Object value) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private @Nullable JsonNode tree(String text) {
    try {
      return mapper.readTree(text);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Builds a {@link KippJson}: YAML instead of JSON and the limits of the input ({@link
   * AbstractKippJson.Builder}). Each option can be set once. Not thread-safe.
   */
  public static final class Builder extends AbstractKippJson.Builder<Builder> {

    private Builder() {}

    /**
     * Builds the facade.
     *
     * @return the facade, not null
     */
    @Override
    public KippJson build() {
      int document = documentLength();
      int nesting = nestingDepth();
      StreamReadConstraints limits = StreamReadConstraints.builder()
          .maxDocumentLength(document)
          .maxNestingDepth(nesting)
          .maxStringLength(stringLength())
          .maxNumberLength(numberLength())
          .maxNameLength(DEFAULT_MAX_NAME_LENGTH)
          .build();
      MapperBuilder<?, ?> builder;
      if (isYaml()) {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(document);
        loader.setNestingDepthLimit(nesting);
        loader.setAllowDuplicateKeys(false);
        YAMLFactory factory = BoundedYaml.factory(YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(limits)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        builder = YAMLMapper.builder(factory);
      } else {
        JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(limits)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
        builder = JsonMapper.builder(factory);
      }
      // No scalar becomes another kind of scalar: a number or boolean where text belongs (such as
      // "formatVersion": 1.0) is refused, as is text where a number or boolean belongs, in JSON and YAML.
      builder.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false)
          .withCoercionConfig(LogicalType.Textual, c -> c
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
      ObjectMapper mapper = builder
          .addModule(new KippModule())
          .addModule(StrictScalars.module())
          .addHandler(new CollectingHandler())
          .enable(
              DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
              DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
              DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
              DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
              DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
              DeserializationFeature.WRAP_EXCEPTIONS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .defaultPrettyPrinter(Printing.printer())
          .build();
      return new KippJson(mapper, formatName(), document);
    }
  }
}
