package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.internal.CompetitionReader;
import io.github.kipp.format.internal.DocumentForms;
import io.github.kipp.format.internal.DocumentForms.CompetitionW;
import io.github.kipp.format.internal.ProblemLog;
import io.github.kipp.format.internal.TokenCursor;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Wire records of the two top-level documents and of the result history. */
public final class DocumentWire {

  /** The version of the document format this release writes. */
  public static final String VERSION = DocumentForms.VERSION;

  /**
   * Returns the wire form of a competition document.
   *
   * @param d the document
   * @return the wire record
   */
  static CompetitionW wire(CompetitionDocument d) {
    return CompetitionW.of(d.edition(), d.institutions(), d.units(), d.proposals(), d.statuses(), d.panels(), d.assignments(), d.scoreSheets(),
        d.history(), d.module());
  }

  private DocumentWire() {}

  /** Writes a competition document, with institutions and units named by id inside proposals and panels. */
  public static final class CompetitionSerializer extends StdSerializer<CompetitionDocument> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public CompetitionSerializer() {
      super(CompetitionDocument.class);
    }

    @Override
    public void serialize(CompetitionDocument value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      Object before = provider.getAttribute(References.BY_ID);
      provider.setAttribute(References.BY_ID, Boolean.TRUE);
      try {
        provider.defaultSerializeValue(wire(value), gen);
      } finally {
        provider.setAttribute(References.BY_ID, before);
      }
    }
  }

  /**
   * Reads a competition document as {@link CompetitionReader} does, over Jackson 2's parser: first its
   * format version, then its institutions and units, then the rest with ids resolved against them.
   */
  public static final class CompetitionDeserializer extends StdDeserializer<CompetitionDocument> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public CompetitionDeserializer() {
      super(CompetitionDocument.class);
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      return new ArrayList<>(CompetitionReader.FIELDS);
    }

    @Override
    public CompetitionDocument deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return CompetitionReader.read(new Cursor(p, ctxt, this));
    }
  }

  /** Jackson 2's parser and deserialization context as {@link CompetitionReader} reads them. */
  private static final class Cursor implements TokenCursor<TokenBuffer, JsonNode, IOException> {
    private final JsonParser p;
    private final DeserializationContext ctxt;
    private final CompetitionDeserializer owner;

    Cursor(JsonParser p, DeserializationContext ctxt, CompetitionDeserializer owner) {
      this.p = p;
      this.ctxt = ctxt;
      this.owner = owner;
    }

    @Override
    public boolean streamable() {
      return p.currentToken() == JsonToken.START_OBJECT && p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public @Nullable String nextName() throws IOException {
      return p.nextToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
    }

    @Override
    public void toValue() throws IOException {
      p.nextToken();
    }

    @Override
    public @Nullable String nextString() throws IOException {
      return p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : null;
    }

    @Override
    public boolean atNull() {
      return p.currentToken() == JsonToken.VALUE_NULL;
    }

    @Override
    public TokenBuffer copyValue() throws IOException {
      return ctxt.bufferAsCopyOfValue(p);
    }

    @Override
    public TokenCursor<TokenBuffer, JsonNode, IOException> replay(TokenBuffer copy) throws IOException {
      return new Cursor(copy.asParserOnFirstToken(), ctxt, owner);
    }

    @Override
    public void enter(ProblemLog problems, String field) {
      Problems.enter(problems, field, p);
    }

    @Override
    public <T> @Nullable T readList(@Nullable JsonNode tree, String field, Type type) throws IOException {
      JavaType listType = ctxt.getTypeFactory().constructType(type);
      try {
        return tree == null ? ctxt.readValue(p, listType) : ctxt.readTreeAsValue(tree, listType);
      } catch (JsonMappingException e) {
        e.prependPath(CompetitionW.class, field);
        throw e;
      } catch (InvalidInputException e) {
        throw JsonMappingException.wrapWithPath(e, CompetitionW.class, field);
      }
    }

    @Override
    public <T> @Nullable T readValue(String field, Type type) throws IOException {
      try {
        return ctxt.readValue(p, ctxt.getTypeFactory().constructType(type));
      } catch (IOException | RuntimeException e) {
        throw wrap(e, field);
      }
    }

    /** What a bean deserializer does with a failure of one property (see {@code BeanDeserializerBase.wrapAndThrow}). */
    private IOException wrap(Exception e, String name) throws IOException {
      boolean wrap = ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
      if (e instanceof IOException io && (!wrap || !(e instanceof JsonMappingException))) {
        throw io;
      }
      if (e instanceof RuntimeException r && !wrap) {
        throw r;
      }
      return JsonMappingException.wrapWithPath(e, CompetitionW.class, name);
    }

    @Override
    public void unknownField(TokenBuffer copy, String name) throws IOException {
      ctxt.handleUnknownProperty(copy.asParserOnFirstToken(), owner, CompetitionW.class, name);
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
    public JsonNode readTree() throws IOException {
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
      return node.isTextual() ? node.asText() : null;
    }

    @Override
    public String json(JsonNode node) {
      return node.toString();
    }

    @Override
    public CompetitionW treeDocument(JsonNode tree) throws IOException {
      return ctxt.readTreeAsValue(tree, CompetitionW.class);
    }

    @Override
    public CompetitionDocument notAnObject() throws IOException {
      return (CompetitionDocument) ctxt.handleUnexpectedToken(CompetitionW.class, p);
    }
  }
}
