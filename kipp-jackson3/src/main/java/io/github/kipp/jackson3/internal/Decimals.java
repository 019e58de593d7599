package io.github.kipp.jackson3.internal;

import io.github.kipp.format.internal.Wire;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/** The Jackson 3 form of decimals ({@link io.github.kipp.format.internal.WireForm.Form#DECIMAL}). */
public final class Decimals {

  private Decimals() {}

  /** Writes a decimal as a JSON number in plain notation, never through {@code double}. */
  public static final class PlainDecimalSerializer extends StdScalarSerializer<BigDecimal> {

    /** Creates the serializer. */
    public PlainDecimalSerializer() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeNumber(value.toPlainString());
    }
  }

  /** Reads a decimal from a JSON number exactly, refusing numbers beyond the format's limits. */
  public static final class CheckedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    /** Creates the deserializer. */
    public CheckedDecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return Wire.checked(p.getDecimalValue(), "");
      }
      return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }
  }
}
