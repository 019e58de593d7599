package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Reads text only from a JSON string: a number, boolean or structure where text belongs is a value
 * of the wrong type, handed to the read's problem handlers (so that a read that collects its
 * problems records it and goes on) and otherwise refused, as Jackson refuses it. {@link #INTEGERS},
 * {@link #LONGS} and {@link #BOOLEANS} do the same for whole numbers and booleans.
 */
public final class StrictScalars extends StdScalarDeserializer<String> {

  /** Reads an {@code Integer} from a whole JSON number only. */
  public static final StdScalarDeserializer<Integer> INTEGERS = new Strict<>(Integer.class, JsonToken.VALUE_NUMBER_INT, JsonParser::getIntValue);

  /** Reads a {@code Long} from a whole JSON number only. */
  public static final StdScalarDeserializer<Long> LONGS = new Strict<>(Long.class, JsonToken.VALUE_NUMBER_INT, JsonParser::getLongValue);

  /** Reads a {@code Boolean} from {@code true} or {@code false} only. */
  public static final StdScalarDeserializer<Boolean> BOOLEANS = new Strict<>(Boolean.class, null, JsonParser::getBooleanValue);

  /**
   * Returns a module of the strict readers of text, integers, longs and booleans, which {@code
   * KippJson}'s mapper registers.
   *
   * @return a new module
   */
  public static SimpleModule module() {
    return new SimpleModule("kipp-strict-scalars")
        .addDeserializer(String.class, new StrictScalars())
        .addDeserializer(Integer.class, INTEGERS)
        .addDeserializer(Long.class, LONGS)
        .addDeserializer(Boolean.class, BOOLEANS);
  }

  /** How a scalar is taken from the parser at its token. */
  @FunctionalInterface
  private interface Read<T> {
    T read(JsonParser p) throws IOException;
  }

  /** A scalar read from its own kind of token only. */
  private static final class Strict<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final @Nullable JsonToken token;
    private final transient Read<T> read;

    /** With a null token, the scalar is a boolean: {@code true} or {@code false}. */
    Strict(Class<T> type, @Nullable JsonToken token, Read<T> read) {
      super(type);
      this.token = token;
      this.read = read;
    }

    @Override
    @SuppressWarnings("unchecked") // the handlers return null or a value of the type asked for
    public @Nullable T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      boolean fits = token == null ? t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE : t == token;
      if (fits) {
        return read.read(p);
      }
      return (T) ctxt.handleUnexpectedToken(handledType(), p);
    }
  }

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public StrictScalars() {
    super(String.class);
  }

  @Override
  public @Nullable String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return (String) ctxt.handleUnexpectedToken(String.class, p);
  }
}
