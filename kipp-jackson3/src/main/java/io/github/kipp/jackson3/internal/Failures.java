package io.github.kipp.jackson3.internal;

import io.github.kipp.format.KippFormatException;
import io.github.kipp.format.internal.FailureTranslation;
import io.github.kipp.format.internal.FailureTranslation.Kind;
import io.github.kipp.format.internal.FailureTranslation.Thrown;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Jackson 3's exceptions told apart for kipp-format's {@link FailureTranslation}, so that a failed
 * read becomes the {@link KippFormatException} the Jackson 2 line gives.
 */
public final class Failures implements FailureTranslation.Line<JsonNode> {

  private static final FailureTranslation<JsonNode> TRANSLATION = new FailureTranslation<>(new Failures());

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"(.*)", Pattern.DOTALL);

  private Failures() {}

  /**
   * The exception a failed read throws.
   *
   * @param format {@code JSON}, {@code YAML} or {@code CSV}
   * @param failure what Jackson or kipp threw
   * @param tree the input's tree, for the value at a path, or a supplier of null
   * @return kipp's exception
   */
  public static KippFormatException translate(String format, Throwable failure, Supplier<@Nullable JsonNode> tree) {
    return TRANSLATION.translate(format, failure, tree);
  }

  @Override
  public Thrown describe(Throwable failure) {
    if (!(failure instanceof JacksonException jackson)) {
      return Thrown.other();
    }
    TokenStreamLocation at = jackson.getLocation();
    Kind kind;
    if (jackson instanceof UnrecognizedPropertyException) {
      kind = Kind.UNKNOWN_FIELD;
    } else if (jackson instanceof InvalidFormatException) {
      kind = Kind.WRONG_FORMAT;
    } else if (jackson instanceof MismatchedInputException) {
      kind = Kind.MISMATCHED;
    } else {
      kind = jackson instanceof DatabindException ? Kind.BINDING : Kind.PARSE;
    }
    String message = kind == Kind.PARSE ? detail(jackson.getOriginalMessage()) : jackson.getOriginalMessage();
    Thrown thrown = Thrown.of(kind, jackson.getPath().stream().map(r -> new FailureTranslation.Step(r.getPropertyName(), r.getIndex())).toList(),
        message, at == null ? null : at.getLineNr(), at == null ? null : at.getColumnNr(), jackson.getCause());
    return switch (kind) {
      case UNKNOWN_FIELD -> thrown.withField(((UnrecognizedPropertyException) jackson).getPropertyName(),
          ((UnrecognizedPropertyException) jackson).getKnownPropertyIds());
      case WRONG_FORMAT -> thrown.withValue(((InvalidFormatException) jackson).getValue(), ((InvalidFormatException) jackson).getTargetType());
      case MISMATCHED -> thrown.withValue(null, ((MismatchedInputException) jackson).getTargetType());
      default -> thrown;
    };
  }

  @Override
  public boolean isLimit(Throwable failure) {
    return failure instanceof StreamConstraintsException;
  }

  @Override
  public String valueAt(JsonNode root, String pointer) {
    JsonNode node = root.at(JsonPointer.compile(pointer));
    return node.isMissingNode() ? ""
        : !node.isValueNode() ? node.toString()
        : node.isString() ? "\"" + node.asString() + "\""
        : node.asString();
  }

  /**
   * The parser's message as both lines give it: Jackson 3 words a repeated key {@code Duplicate
   * Object property "x"}, Jackson 2 {@code Duplicate field 'x'}; kipp reports the latter on both.
   */
  private static String detail(String message) {
    Matcher duplicate = DUPLICATE.matcher(message);
    return duplicate.matches() ? "Duplicate field '" + duplicate.group(1) + "'" + duplicate.group(2) : message;
  }
}
