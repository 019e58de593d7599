package io.github.kipp.jackson3.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads text only from a JSON string: a number, boolean or structure where text belongs is a value
 * of the wrong type, handed to the read's problem handlers (so that a read that collects its
 * problems records it and goes on) and otherwise refused. {@link #INTEGERS}, {@link #LONGS} and
 * {@link #BOOLEANS} do the same for whole numbers and booleans. The Jackson 3 counterpart of the
 * Jackson 2 line's strict scalars.
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

  /** A scalar read from its own kind of token only. */
  private static final class Strict<T> extends StdScalarDeserializer<T> {

    private final @Nullable JsonToken token;
    private final transient Function<JsonParser, T> read;

    /** With a null token, the scalar is a boolean: {@code true} or {@code false}. */
    Strict(Class<T> type, @Nullable JsonToken token, Function<JsonParser, T> read) {
      super(type);
      this.token = token;
      this.read = read;
    }

    @Override
    @SuppressWarnings("unchecked") // the handlers return null or a value of the type asked for
    public @Nullable T deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      boolean fits = token == null ? t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE : t == token;
      if (fits) {
        return read.apply(p);
      }
      return (T) ctxt.handleUnexpectedToken(handledType(), p);
    }
  }

  /** Creates the deserializer. */
  public StrictScalars() {
    super(String.class);
  }

  @Override
  public @Nullable String deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    return (String) ctxt.handleUnexpectedToken(String.class, p);
  }
}
