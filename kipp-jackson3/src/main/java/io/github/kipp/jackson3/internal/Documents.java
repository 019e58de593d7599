package io.github.kipp.jackson3.internal;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.internal.CompetitionReader;
import io.github.kipp.format.internal.DocumentForms;
import io.github.kipp.format.internal.DocumentForms.CompetitionW;
import io.github.kipp.format.internal.ProblemLog;
import io.github.kipp.format.internal.Refs;
import io.github.kipp.format.internal.TokenCursor;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The Jackson 3 form of the top-level documents, over the wire records of {@link DocumentForms}: a
 * competition document lists its institutions and units once and names them by id elsewhere.
 */
public final class Documents {

  private Documents() {}

  private static CompetitionW wire(CompetitionDocument d) {
    return CompetitionW.of(d.edition(), d.institutions(), d.units(), d.proposals(), d.statuses(), d.panels(), d.assignments(), d.scoreSheets(),
        d.history(), d.module());
  }

  /** Writes a competition document, with institutions and units named by id inside proposals and panels. */
  public static final class CompetitionSerializer extends StdSerializer<CompetitionDocument> {

    /** Creates the serializer. */
    public CompetitionSerializer() {
      super(CompetitionDocument.class);
    }

    @Override
    public void serialize(CompetitionDocument value, JsonGenerator gen, SerializationContext ctxt) {
      Object before = ctxt.getAttribute(Refs.BY_ID);
      ctxt.setAttribute(Refs.BY_ID, true);
      try {
        ctxt.writeValue(gen, wire(value));
      } finally {
        ctxt.setAttribute(Refs.BY_ID, before);
      }
    }
  }

  /**
   * Reads a competition document as {@link CompetitionReader} does, over Jackson 3's parser: first its
   * format version, then its institutions and units, then the rest with ids resolved against them.
   */
  public static final class CompetitionDeserializer extends StdDeserializer<CompetitionDocument> {

    /** Creates the deserializer. */
    public CompetitionDeserializer() {
      super(CompetitionDocument.class);
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      return new ArrayList<>(CompetitionReader.FIELDS);
    }

    @Override
    public CompetitionDocument deserialize(JsonParser p, DeserializationContext ctxt) {
      return CompetitionReader.read(new Cursor(p, ctxt, this));
    }
  }

  /** Jackson 3's parser and deserialization context as {@link CompetitionReader} reads them. */
  private record Cursor(JsonParser p, DeserializationContext ctxt, CompetitionDeserializer owner)
      implements TokenCursor<TokenBuffer, JsonNode, RuntimeException> {

    @Override
    public boolean streamable() {
      return p.currentToken() == JsonToken.START_OBJECT && p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public @Nullable String nextName() {
      return p.nextToken() == JsonToken.PROPERTY_NAME ? p.currentName() : null;
    }

    @Override
    public void toValue() {
      p.nextToken();
    }

    @Override
    public @Nullable String nextString() {
      return p.nextToken() == JsonToken.VALUE_STRING ? p.getString() : null;
    }

    @Override
    public boolean atNull() {
      return p.currentToken() == JsonToken.VALUE_NULL;
    }

    @Override
    public TokenBuffer copyValue() {
      return ctxt.bufferAsCopyOfValue(p);
    }

    @Override
    public TokenCursor<TokenBuffer, JsonNode, RuntimeException> replay(TokenBuffer copy) {
      return new Cursor(copy.asParserOnFirstToken(ctxt), ctxt, owner);
    }

    @Override
    public void enter(ProblemLog problems, String field) {
      Problems.enter(problems, field, p);
    }

    @Override
    public <T> @Nullable T readList(@Nullable JsonNode tree, String field, Type type) {
      JavaType listType = ctxt.getTypeFactory().constructType(type);
      try {
        return tree == null ? ctxt.readValue(p, listType) : ctxt.readTreeAsValue(tree, listType);
      } catch (JacksonException e) {
        throw e.prependPath(CompetitionW.class, field);
      } catch (InvalidInputException e) {
        throw JacksonException.wrapWithPath(e, CompetitionW.class, field);
      }
    }

    @Override
    public <T> @Nullable T readValue(String field, Type type) {
      try {
        return ctxt.readValue(p, ctxt.getTypeFactory().constructType(type));
      } catch (RuntimeException e) {
        // What a bean deserializer does with a failure of one property (see BeanDeserializerBase.wrapAndThrow).
        if (!ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
          throw e;
        }
        throw JacksonException.wrapWithPath(e, CompetitionW.class, field);
      }
    }

    @Override
    public void unknownField(TokenBuffer copy, String name) {
      ctxt.handleUnknownProperty(copy.asParserOnFirstToken(ctxt), owner, CompetitionW.class, name);
    }

    @Override
    public @Nullable ProblemLog problems() {
      return Problems.of(ctxt);
    }

    @Override
    public @Nullable Object attribute(String key) {
      return ctxt.getAttribute(key);
    }

    @Override
    public void setAttribute(String key, @Nullable Object value) {
      ctxt.setAttribute(key, value);
    }

    @Override
    public @Nullable JsonNode readTree() {
      return ctxt.readTree(p);
    }

    @Override
    public JsonNode emptyObject() {
      return ctxt.getNodeFactory().objectNode();
    }

    @Override
    public void put(JsonNode object, String name, @Nullable JsonNode value) {
      ((ObjectNode) object).set(name, value);
    }

    @Override
    public void putAll(JsonNode object, @Nullable JsonNode fields) {
      ((ObjectNode) object).setAll((ObjectNode) fields);
    }

    @Override
    public boolean isObject(@Nullable JsonNode tree) {
      return tree != null && tree.isObject();
    }

    @Override
    public @Nullable JsonNode field(JsonNode object, String name) {
      JsonNode node = object.get(name);
      return node == null || node.isNull() ? null : node;
    }

    @Override
    public @Nullable String string(JsonNode node) {
      return node.isString() ? node.asString() : null;
    }

    @Override
    public String json(JsonNode node) {
      return node.toString();
    }

    @Override
    public CompetitionW treeDocument(JsonNode tree) {
      return ctxt.readTreeAsValue(tree, CompetitionW.class);
    }

    @Override
    public CompetitionDocument notAnObject() {
      return (CompetitionDocument) Objects.requireNonNull(ctxt.handleUnexpectedToken(CompetitionW.class, p));
    }
  }
}
