package io.github.kipp.jackson3.internal;

import io.github.kipp.format.internal.EditionResultWire;
import io.github.kipp.format.internal.EditionResultWire.ResultW;
import io.github.kipp.scoring.competition.EditionResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 serializer and deserializer of a stored {@link EditionResult}, over kipp-format's
 * {@link EditionResultWire}: written through {@link ResultW}, read back by running its steps again.
 */
public final class EditionResults {

  private EditionResults() {}

  /** Writes an edition result through {@link ResultW}. */
  public static final class Serializer extends StdSerializer<EditionResult> {

    /** Creates the serializer. */
    public Serializer() {
      super(EditionResult.class);
    }

    @Override
    public void serialize(EditionResult value, JsonGenerator gen, SerializationContext ctxt) {
      ctxt.writeValue(gen, ResultW.of(value));
    }
  }

  /**
   * Reads an edition result: binds {@link ResultW}, then runs its steps again with the competition
   * and the competition document set as attributes ({@link EditionResultWire#COMPETITION}, {@link
   * EditionResultWire#DOCUMENT}).
   */
  public static final class Deserializer extends StdDeserializer<EditionResult> {

    /** Creates the deserializer. */
    public Deserializer() {
      super(EditionResult.class);
    }

    @Override
    public EditionResult deserialize(JsonParser p, DeserializationContext ctxt) {
      Object document = ctxt.getAttribute(EditionResultWire.DOCUMENT);
      Object competition = ctxt.getAttribute(EditionResultWire.COMPETITION);
      return EditionResultWire.read(ctxt.readValue(p, ResultW.class), document, competition);
    }
  }
}
