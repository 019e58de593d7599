package io.github.kipp.jackson3.internal;

import io.github.kipp.core.KippException;
import io.github.kipp.core.Violation;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.format.internal.ReadFailures;
import java.util.List;
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
 * Turns whatever a Jackson 3 read throws into one {@link KippFormatException} naming path, value and
 * what is allowed; the violations are kipp-format's ({@link ReadFailures}), as the Jackson 2 line's.
 */
public final class Failures {

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
    return KippFormatException.of(format, violations(format, failure, tree), failure);
  }

  private static List<Violation> violations(String format, Throwable failure, Supplier<@Nullable JsonNode> tree) {
    StreamConstraintsException limit = ReadFailures.find(failure, StreamConstraintsException.class);
    if (limit != null) {
      return List.of(ReadFailures.limit(limit.getOriginalMessage()));
    }
    if (failure instanceof DatabindException mapping) {
      String path = path(mapping.getPath());
      KippException kipp = ReadFailures.find(failure, KippException.class);
      if (kipp != null) {
        return ReadFailures.nested(kipp, path);
      }
      IllegalArgumentException refused = ReadFailures.find(failure, IllegalArgumentException.class);
      if (refused != null) {
        return List.of(ReadFailures.refused(path, String.valueOf(refused.getMessage())));
      }
      if (mapping instanceof UnrecognizedPropertyException u) {
        return List.of(ReadFailures.unknownField(path, u.getPropertyName(), u.getKnownPropertyIds()));
      }
      if (mapping instanceof InvalidFormatException f) {
        String value = String.valueOf(f.getValue());
        if (f.getValue() instanceof Number || f.getValue() instanceof Boolean) {
          // A refused number is quoted as written (1E+999999999), not as the double it reads as (Infinity).
          String written = valueAt(tree, mapping.getPath());
          value = written.isEmpty() ? value : written;
        }
        return List.of(ReadFailures.wrongType(path, value, f.getTargetType()));
      }
      if (mapping instanceof MismatchedInputException && mapping.getOriginalMessage().startsWith("Trailing token")) {
        TokenStreamLocation at = mapping.getLocation();
        return List.of(ReadFailures.trailing(at == null ? null : at.getLineNr(), at == null ? null : at.getColumnNr()));
      }
      if (mapping instanceof MismatchedInputException m) {
        return List.of(ReadFailures.wrongType(path, valueAt(tree, mapping.getPath()), m.getTargetType()));
      }
      if (mapping.getCause() instanceof JacksonException cause) {
        return violations(format, cause, tree);
      }
      return List.of(ReadFailures.refused(path, mapping.getOriginalMessage()));
    }
    if (failure instanceof JacksonException p) {
      if (!p.getPath().isEmpty()) {
        // Jackson 3 wraps what a deserializer throws with the path to it, not as a databind exception.
        String path = path(p.getPath());
        KippException kipp = ReadFailures.find(failure, KippException.class);
        if (kipp != null) {
          return ReadFailures.nested(kipp, path);
        }
        IllegalArgumentException refused = ReadFailures.find(failure, IllegalArgumentException.class);
        if (refused != null) {
          return List.of(ReadFailures.refused(path, String.valueOf(refused.getMessage())));
        }
      }
      TokenStreamLocation at = p.getLocation();
      return List.of(ReadFailures.malformed(format, at == null ? null : at.getLineNr(), at == null ? null : at.getColumnNr(), detail(p.getOriginalMessage())));
    }
    if (failure instanceof KippException kipp) {
      return ReadFailures.nested(kipp, "");
    }
    return List.of(ReadFailures.refused("", String.valueOf(failure.getMessage())));
  }

  /**
   * The parser's message as both lines give it: Jackson 3 words a repeated key {@code Duplicate
   * Object property "x"}, Jackson 2 {@code Duplicate field 'x'}; kipp reports the latter on both.
   */
  private static String detail(String message) {
    Matcher duplicate = DUPLICATE.matcher(message);
    return duplicate.matches() ? "Duplicate field '" + duplicate.group(1) + "'" + duplicate.group(2) : message;
  }

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"(.*)", Pattern.DOTALL);

  /**
   * Renders a Jackson path as {@code proposals[3].sections[1].text}.
   *
   * @param references the path, outermost first
   * @return the path
   */
  public static String path(List<JacksonException.Reference> references) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference r : references) {
      if (r.getPropertyName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String valueAt(Supplier<@Nullable JsonNode> tree, List<JacksonException.Reference> references) {
    JsonNode root;
    try {
      root = tree.get();
    } catch (RuntimeException e) {
      return "";
    }
    if (root == null) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference r : references) {
      if (r.getPropertyName() != null) {
        pointer.append('/').append(r.getPropertyName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        pointer.append('/').append(r.getIndex());
      }
    }
    JsonNode node = root.at(JsonPointer.compile(pointer.toString()));
    if (node.isMissingNode()) {
      return "";
    }
    return node.isValueNode() ? (node.isString() ? "\"" + node.asString() + "\"" : node.asString()) : node.toString();
  }
}
