package io.github.kipp.jackson3.internal;

import io.github.kipp.format.internal.ProblemLog;
import io.github.kipp.format.internal.ReadFailures;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Lets a read that collects its problems ({@link Problems}) go on past an unknown field (skipped)
 * and past a value of the wrong type (read as absent), recording each at its path. In any other
 * read it handles nothing, and the read fails at the problem as Jackson does.
 */
public final class CollectingHandler extends DeserializationProblemHandler {

  /** Creates the handler. */
  public CollectingHandler() {}

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
    ProblemLog problems = Problems.of(ctxt);
    if (problems == null) {
      return false;
    }
    problems.addSkipped(ReadFailures.unknownField(problems.fieldOfRecord(propertyName), propertyName, deserializer.getKnownPropertyNames()));
    p.skipChildren();
    return true;
  }

  @Override
  public @Nullable Object handleUnexpectedToken(
      DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg) {
    ProblemLog problems = Problems.of(ctxt);
    if (problems == null || t == null || !(t.isScalarValue() || t.isStructStart())) {
      return NOT_HANDLED;
    }
    String path = Problems.path(problems, p);
    String value = t.isStructStart() ? String.valueOf(ctxt.readTree(p)) : written(p, t);
    problems.add(ReadFailures.wrongType(path, value, targetType.getRawClass()));
    return null;
  }

  @Override
  public @Nullable Object handleWeirdStringValue(
      DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
    return weird(ctxt, targetType, "\"" + valueToConvert + "\"");
  }

  @Override
  public @Nullable Object handleWeirdNumberValue(
      DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg) {
    JsonParser p = ctxt.getParser();
    return weird(ctxt, targetType, p != null && p.currentToken() != null && p.currentToken().isNumeric() ? p.getString() : String.valueOf(valueToConvert));
  }

  private static @Nullable Object weird(DeserializationContext ctxt, Class<?> targetType, String value) {
    ProblemLog problems = Problems.of(ctxt);
    JsonParser p = ctxt.getParser();
    if (problems == null || p == null) {
      return NOT_HANDLED;
    }
    problems.add(ReadFailures.wrongType(Problems.path(problems, p), value, targetType));
    return null;
  }

  /** A value as messages quote it: text in quotes, a decimal in its exact form (1E+400). */
  private static String written(JsonParser p, JsonToken t) {
    if (t == JsonToken.VALUE_STRING) {
      return "\"" + p.getString() + "\"";
    }
    return t == JsonToken.VALUE_NUMBER_FLOAT ? p.getDecimalValue().toString() : p.getString();
  }
}
