package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.kipp.core.KippException;
import io.github.kipp.core.Violation;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.format.internal.ReadFailures;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Turns whatever a Jackson 2 read throws into one {@link KippFormatException} naming path, value and
 * what is allowed; the violations are kipp-format's ({@link ReadFailures}).
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
    StreamConstraintsException limit = find(failure, StreamConstraintsException.class);
    if (limit != null) {
      return List.of(ReadFailures.limit(limit.getOriginalMessage()));
    }
    if (failure instanceof JsonMappingException) {
      JsonMappingException mapping = (JsonMappingException) failure;
      String path = path(mapping.getPath());
      KippException kipp = find(failure, KippException.class);
      if (kipp != null) {
        return ReadFailures.nested(kipp, path);
      }
      IllegalArgumentException refused = find(failure, IllegalArgumentException.class);
      if (refused != null) {
        return List.of(ReadFailures.refused(path, String.valueOf(refused.getMessage())));
      }
      if (mapping instanceof UnrecognizedPropertyException) {
        UnrecognizedPropertyException u = (UnrecognizedPropertyException) mapping;
        return List.of(ReadFailures.unknownField(path, u.getPropertyName(), u.getKnownPropertyIds()));
      }
      if (mapping instanceof InvalidFormatException) {
        InvalidFormatException f = (InvalidFormatException) mapping;
        String value = String.valueOf(f.getValue());
        if (f.getValue() instanceof Number || f.getValue() instanceof Boolean) {
          // A refused number is quoted as written (1E+999999999), not as the double it reads as (Infinity).
          String written = valueAt(tree, mapping.getPath());
          value = written.isEmpty() ? value : written;
        }
        return List.of(ReadFailures.wrongType(path, value, f.getTargetType()));
      }
      if (mapping instanceof MismatchedInputException && mapping.getOriginalMessage().startsWith("Trailing token")) {
        JsonLocation at = mapping.getLocation();
        return List.of(ReadFailures.trailing(at == null ? null : at.getLineNr(), at == null ? null : at.getColumnNr()));
      }
      if (mapping instanceof MismatchedInputException) {
        MismatchedInputException m = (MismatchedInputException) mapping;
        return List.of(ReadFailures.wrongType(path, valueAt(tree, mapping.getPath()), m.getTargetType()));
      }
      if (mapping.getCause() instanceof JsonProcessingException) {
        return violations(format, mapping.getCause(), tree);
      }
      return List.of(ReadFailures.refused(path, mapping.getOriginalMessage()));
    }
    if (failure instanceof JsonProcessingException) {
      JsonProcessingException p = (JsonProcessingException) failure;
      JsonLocation at = p.getLocation();
      return List.of(ReadFailures.malformed(format, at == null ? null : at.getLineNr(), at == null ? null : at.getColumnNr(), p.getOriginalMessage()));
    }
    if (failure instanceof KippException) {
      return ReadFailures.nested((KippException) failure, "");
    }
    return List.of(ReadFailures.refused("", String.valueOf(failure.getMessage())));
  }

  /**
   * The problem of an unknown field ({@link ReadFailures#unknownField}).
   *
   * @param path the field's path
   * @param name the field's name
   * @param known the names the object has, possibly null
   * @return the violation
   */
  static Violation unknownField(String path, String name, @Nullable Collection<Object> known) {
    return ReadFailures.unknownField(path, name, known);
  }

  /**
   * The problem of a value of the wrong type or form ({@link ReadFailures#wrongType}).
   *
   * @param path the value's path
   * @param value the value as written
   * @param target the type expected there, possibly null
   * @return the violation
   */
  static Violation wrongType(String path, String value, @Nullable Class<?> target) {
    return ReadFailures.wrongType(path, value, target);
  }

  /**
   * Renders a Jackson path as {@code proposals[3].sections[1].text}.
   *
   * @param references the path, outermost first
   * @return the path
   */
  public static String path(List<JsonMappingException.Reference> references) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static String valueAt(Supplier<@Nullable JsonNode> tree, List<JsonMappingException.Reference> references) {
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
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        pointer.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        pointer.append('/').append(r.getIndex());
      }
    }
    JsonNode node = root.at(JsonPointer.compile(pointer.toString()));
    if (node.isMissingNode()) {
      return "";
    }
    return node.isValueNode() ? (node.isTextual() ? "\"" + node.asText() + "\"" : node.asText()) : node.toString();
  }

  private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
    return ReadFailures.find(failure, type);
  }
}
