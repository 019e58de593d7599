package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.kipp.format.internal.Wire;
import java.io.IOException;
import java.math.BigDecimal;

/** The Jackson 2 form of decimals ({@link io.github.kipp.format.internal.WireForm.Form#DECIMAL}). */
public final class Decimals {

  private Decimals() {}

  /** Writes a decimal as a JSON number in plain notation, never through {@code double}. */
  public static final class PlainDecimalSerializer extends StdScalarSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public PlainDecimalSerializer() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(value.toPlainString());
    }
  }

  /** Reads a decimal from a JSON number exactly, refusing numbers beyond the format's limits. */
  public static final class CheckedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public CheckedDecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return Wire.checked(p.getDecimalValue(), "");
      }
      return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }
  }
}
