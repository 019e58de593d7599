package io.github.kipp.jackson.internal;

import io.github.kipp.format.internal.Wire;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value written as a JSON string: an identifier, a region code, an SDG target.
 *
 * @param <T> the type
 */
public final class Scalar<T> {

  private final Class<T> type;
  private final Function<String, T> parse;

  private Scalar(Class<T> type, Function<String, T> parse) {
    this.type = type;
    this.parse = parse;
  }

  /**
   * Returns a scalar mapping.
   *
   * @param type the type
   * @param parse the factory from text
   * @param <T> the type
   * @return the mapping
   */
  public static <T> Scalar<T> of(Class<T> type, Function<String, T> parse) {
    return new Scalar<>(type, parse);
  }

  /**
   * Returns the type.
   *
   * @return the class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the serializer, which writes {@code toString()}.
   *
   * @return the serializer
   */
  public StdScalarSerializer<T> serializer() {
    return new StdScalarSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toString());
      }
    };
  }

  /**
   * Returns the deserializer, which reads a string through the factory; for any other token it asks
   * the problem handlers for the text, as for a string where text belongs.
   *
   * @return the deserializer
   */
  public StdScalarDeserializer<T> deserializer() {
    return new StdScalarDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public @Nullable T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          // The problem handlers are asked for the text (null when a read records the problem); text a
          // host's handler supplies is read as the string would have been.
          Object text = ctxt.handleUnexpectedToken(String.class, p);
          return text == null ? null : Wire.nested("", () -> parse.apply((String) text));
        }
        String text = p.getText();
        return Wire.nested("", () -> parse.apply(text));
      }
    };
  }

  /**
   * Returns the key deserializer, for maps keyed by this type.
   *
   * @return the key deserializer
   */
  public KeyDeserializer keyDeserializer() {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) {
        return Wire.nested("", () -> parse.apply(key));
      }
    };
  }
}
