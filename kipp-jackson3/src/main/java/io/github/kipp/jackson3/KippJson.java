package io.github.kipp.jackson3;

import io.github.kipp.format.AbstractKippJson;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.jackson3.internal.BoundedYaml;
import io.github.kipp.jackson3.internal.CollectingHandler;
import io.github.kipp.jackson3.internal.Failures;
import io.github.kipp.jackson3.internal.Printing;
import io.github.kipp.jackson3.internal.StrictScalars;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * kipp's JSON and YAML facade on Jackson 3 ({@code tools.jackson}), for hosts on Spring Boot 4: the
 * Jackson 2 line's {@code io.github.kipp.jackson.KippJson} member for member, both over kipp-format's
 * {@link AbstractKippJson}, so that both write the same JSON, byte for byte, and read each other's
 * documents, reporting the same problems.
 *
 * <pre>{@code
 * CompetitionDocument read = KippJson.json().readCompetition(text);
 * String again = KippJson.json().write(read);                    // the text read, byte for byte
 * }</pre>
 *
 * <p><b>YAML.</b> YAML applies every limit with the messages JSON gives, in time linear in the
 * input: a scalar's word or line, a comment, an anchor, a tag or a run of blanks longer than the
 * string limit is refused as soon as the scanner has looked that far ahead (a 50 MB scalar after
 * about its first million characters), any other scalar longer than the string limit when it ends,
 * and a key longer than the name limit; an alias bomb stays small and duplicate YAML keys are
 * refused.
 */
public final class KippJson extends AbstractKippJson {

  private final ObjectMapper mapper;

  private KippJson(String format, int maxDocumentLength, ObjectMapper mapper) {
    super(format, maxDocumentLength);
    this.mapper = mapper;
  }

  /** {@return the Jackson 3 facade for JSON under the default limits, one instance for every caller} */
  public static KippJson json() {
    return JSON;
  }

  private static final KippJson JSON = newBuilder().build();
  private static final KippJson YAML = newBuilder().yaml().build();

  /**
   * Returns the configured mapper, for uses this facade does not offer (streaming, other types). A
   * Jackson 3 mapper is immutable: {@code rebuild()} makes a changed copy, which does not change this
   * facade.
   *
   * @return the mapper, not null
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** {@return the Jackson 3 facade for YAML under the default limits, one instance for every caller} */
  public static KippJson yaml() {
    return YAML;
  }

  @Override
  protected String writeValue(Object value) {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  @Override
  protected @Nullable String formatVersion(String text) {
    // The first level of the document only: a nested formatVersion is another document's.
    try (JsonParser p = mapper.createParser(text)) {
      boolean object = p.nextToken() == JsonToken.START_OBJECT;
      for (String name = object ? p.nextName() : null; name != null; name = p.nextName()) {
        JsonToken value = p.nextToken();
        if ("formatVersion".equals(name) && value == JsonToken.VALUE_STRING) {
          return p.getString();
        }
        p.skipChildren();
      }
      return null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private @Nullable JsonNode tree(String text) {
    try {
      return mapper.readTree(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  protected <T> @Nullable T readValue(String text, Class<T> type, Map<String, Object> attributes) {
    return mapper.readerFor(type).withAttributes(attributes).readValue(text);
  }

  @Override
  protected KippFormatException translate(Exception failure, @Nullable String text) {
    return Failures.translate(format(), failure, () -> text == null ? null : tree(text));
  }

  /** {@return a new builder, for YAML or for other limits} */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Builds a Jackson 3 {@link KippJson}; its options (YAML, the limits) are kipp-format's {@link
   * AbstractKippJson.Builder}, each set at most once. Not thread-safe.
   */
  public static final class Builder extends AbstractKippJson.Builder<Builder> {

    /**
     * Builds the facade with the options set.
     *
     * @return the facade, not null
     */
    @Override
    public KippJson build() {
      StreamReadConstraints limits = StreamReadConstraints.builder().maxDocumentLength(documentLength()).maxNestingDepth(nestingDepth())
          .maxStringLength(stringLength()).maxNumberLength(numberLength()).maxNameLength(DEFAULT_MAX_NAME_LENGTH).build();
      MapperBuilder<?, ?> builder = isYaml() ? YAMLMapper.builder(yamlFactory(limits)) : JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(limits)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build());
      return new KippJson(formatName(), documentLength(), strict(builder).build());
    }

    private Builder() {}

    private YAMLFactory yamlFactory(StreamReadConstraints limits) {
      LoadSettings load = LoadSettings.builder().setCodePointLimit(documentLength()).setAllowDuplicateKeys(false).build();
      return BoundedYaml.factory(YAMLFactory.builder()
          .loadSettings(load)
          .streamReadConstraints(limits)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER));
    }

    /**
     * kipp's settings on a mapper of either format. No scalar becomes another kind of scalar: a
     * number or boolean where text belongs (such as "formatVersion": 1.0) is refused, as is text
     * where a number or boolean belongs.
     */
    private static MapperBuilder<?, ?> strict(MapperBuilder<?, ?> builder) {
      return builder
          .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false)
          .withCoercionConfig(LogicalType.Textual, c -> c
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .addModule(new KippModule())
          .addModule(StrictScalars.module())
          .addHandler(new CollectingHandler())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
              DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
              DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.WRAP_EXCEPTIONS)
          .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .defaultPrettyPrinter(Printing.printer());
    }
  }
}
