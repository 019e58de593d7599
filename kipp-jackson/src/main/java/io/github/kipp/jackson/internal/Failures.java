package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.format.internal.FailureTranslation;
import io.github.kipp.format.internal.FailureTranslation.Kind;
import io.github.kipp.format.internal.FailureTranslation.Step;
import io.github.kipp.format.internal.FailureTranslation.Thrown;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What Jackson 2's exceptions say, for kipp-format's {@link FailureTranslation}, which turns whatever
 * a read throws into one {@link KippFormatException} the same way on both lines.
 */
public final class Failures implements FailureTranslation.Line<JsonNode> {

  private static final FailureTranslation<JsonNode> TRANSLATION = new FailureTranslation<>(new Failures());

  private Failures() {}

  /**
   * Translates a failure of a read.
   *
   * @param format the input's format, such as {@code JSON}
   * @param failure what the read threw
   * @param tree the input as a tree, to show the value at a path; may supply null
   * @return the exception to throw
   */
  public static KippFormatException translate(String format, Throwable failure, Supplier<@Nullable JsonNode> tree) {
    return TRANSLATION.translate(format, failure, tree);
  }

  @Override
  public boolean isLimit(Throwable failure) {
    return failure instanceof StreamConstraintsException;
  }

  @Override
  public Thrown describe(Throwable failure) {
    if (!(failure instanceof JsonProcessingException processing)) {
      return Thrown.other();
    }
    JsonLocation at = processing.getLocation();
    Integer line = at == null ? null : at.getLineNr();
    Integer column = at == null ? null : at.getColumnNr();
    if (!(failure instanceof JsonMappingException mapping)) {
      return Thrown.of(Kind.PARSE, List.of(), processing.getOriginalMessage(), line, column, null);
    }
    List<Step> path = mapping.getPath().stream().map(r -> new Step(r.getFieldName(), r.getIndex())).toList();
    Kind kind = mapping instanceof UnrecognizedPropertyException ? Kind.UNKNOWN_FIELD
        : mapping instanceof InvalidFormatException ? Kind.WRONG_FORMAT
        : mapping instanceof MismatchedInputException ? Kind.MISMATCHED
        : Kind.BINDING;
    Thrown thrown = Thrown.of(kind, path, mapping.getOriginalMessage(), line, column, mapping.getCause());
    if (mapping instanceof UnrecognizedPropertyException u) {
      return thrown.withField(u.getPropertyName(), u.getKnownPropertyIds());
    }
    if (mapping instanceof InvalidFormatException f) {
      return thrown.withValue(f.getValue(), f.getTargetType());
    }
    return mapping instanceof MismatchedInputException m ? thrown.withValue(null, m.getTargetType()) : thrown;
  }

  @Override
  public String valueAt(JsonNode root, String pointer) {
    JsonNode node = root.at(JsonPointer.compile(pointer));
    if (node.isMissingNode()) {
      return "";
    }
    return node.isValueNode() ? (node.isTextual() ? "\"" + node.asText() + "\"" : node.asText()) : node.toString();
  }
}
