package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.kipp.format.internal.EditionResultWire;
import io.github.kipp.format.internal.EditionResultWire.ResultW;
import io.github.kipp.scoring.competition.EditionResult;
import java.io.IOException;

/**
 * The Jackson 2 serializer and deserializer of a stored {@link EditionResult}, over kipp-format's
 * {@link EditionResultWire}: written through {@link ResultW}, read back by running its steps again.
 */
public final class EditionResults {

  private EditionResults() {}

  /** Writes an edition result through {@link ResultW}. */
  public static final class Serializer extends StdSerializer<EditionResult> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public Serializer() {
      super(EditionResult.class);
    }

    @Override
    public void serialize(EditionResult value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(ResultW.of(value), gen);
    }
  }

  /**
   * Reads an edition result: binds {@link ResultW}, then runs its steps again with the competition
   * and the competition document set as attributes ({@link EditionResultWire#COMPETITION}, {@link
   * EditionResultWire#DOCUMENT}).
   */
  public static final class Deserializer extends StdDeserializer<EditionResult> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public Deserializer() {
      super(EditionResult.class);
    }

    @Override
    public EditionResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object document = ctxt.getAttribute(EditionResultWire.DOCUMENT);
      Object competition = ctxt.getAttribute(EditionResultWire.COMPETITION);
      return EditionResultWire.read(ctxt.readValue(p, ResultW.class), document, competition);
    }
  }
}
