package io.github.kipp.jackson.internal;

import io.github.kipp.format.internal.Expected;
import io.github.kipp.format.internal.FormatMessages;
import io.github.kipp.format.internal.Wire;
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
import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Identifier;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.format.KippFormatException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Turns whatever a read throws into one {@link KippFormatException} naming path, value and what is allowed. */
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
      return List.of(FormatMessages.violation(
          "kipp.json.tooLarge", "", "", "detail", limit.getOriginalMessage(),
          "allowedEn", "see the limits of KippJson", "allowedId", "lihat batas KippJson"));
    }
    if (failure instanceof JsonMappingException) {
      JsonMappingException mapping = (JsonMappingException) failure;
      String path = path(mapping.getPath());
      KippException kipp = find(failure, KippException.class);
      if (kipp != null) {
        return nested(kipp, path);
      }
      IllegalArgumentException refused = find(failure, IllegalArgumentException.class);
      if (refused != null) {
        return List.of(FormatMessages.violation("kipp.json.refused", path, "", "detail", String.valueOf(refused.getMessage())));
      }
      if (mapping instanceof UnrecognizedPropertyException) {
        UnrecognizedPropertyException u = (UnrecognizedPropertyException) mapping;
        return List.of(unknownField(path, u.getPropertyName(), u.getKnownPropertyIds()));
      }
      if (mapping instanceof InvalidFormatException) {
        InvalidFormatException f = (InvalidFormatException) mapping;
        String value = String.valueOf(f.getValue());
        if (f.getValue() instanceof Number || f.getValue() instanceof Boolean) {
          // A refused number is quoted as written (1E+999999999), not as the double it reads as (Infinity).
          String written = valueAt(tree, mapping.getPath());
          value = written.isEmpty() ? value : written;
        }
        return List.of(wrongType(path, value, f.getTargetType()));
      }
      if (mapping instanceof MismatchedInputException && mapping.getOriginalMessage().startsWith("Trailing token")) {
        JsonLocation at = mapping.getLocation();
        return List.of(FormatMessages.violation(
            "kipp.json.trailing", "", "", "line", at == null ? "?" : at.getLineNr(), "column", at == null ? "?" : at.getColumnNr()));
      }
      if (mapping instanceof MismatchedInputException) {
        MismatchedInputException m = (MismatchedInputException) mapping;
        return List.of(wrongType(path, valueAt(tree, mapping.getPath()), m.getTargetType()));
      }
      if (mapping.getCause() instanceof JsonProcessingException) {
        return violations(format, mapping.getCause(), tree);
      }
      return List.of(FormatMessages.violation("kipp.json.refused", path, "", "detail", mapping.getOriginalMessage()));
    }
    if (failure instanceof JsonProcessingException) {
      JsonProcessingException p = (JsonProcessingException) failure;
      JsonLocation at = p.getLocation();
      return List.of(FormatMessages.violation(
          "kipp.json.malformed", "", "", "format", format,
          "line", at == null ? "?" : at.getLineNr(), "column", at == null ? "?" : at.getColumnNr(),
          "detail", p.getOriginalMessage()));
    }
    if (failure instanceof KippException) {
      return nested((KippException) failure, "");
    }
    return List.of(FormatMessages.violation("kipp.json.refused", "", "", "detail", String.valueOf(failure.getMessage())));
  }

  private static List<Violation> nested(KippException kipp, String path) {
    if (kipp instanceof InvalidInputException) {
      return ((InvalidInputException) kipp).violations().stream().map(v -> v.under(path)).collect(ImmutableList.toImmutableList());
    }
    if (kipp instanceof KippFormatException) {
      return ((KippFormatException) kipp).violations().stream().map(v -> v.under(path)).collect(ImmutableList.toImmutableList());
    }
    return List.of(new Violation(kipp.errorCode(), path, "", kipp.text()));
  }

  /**
   * The problem of an unknown field.
   *
   * @param path the field's path
   * @param name the field's name
   * @param known the names the object has, possibly null
   * @return the violation
   */
  static Violation unknownField(String path, String name, @Nullable Collection<Object> known) {
    return FormatMessages.violation("kipp.json.unknownField", path, name, "allowed", CollectingHandler.allowed(known));
  }

  /**
   * The problem of a value of the wrong type or form.
   *
   * @param path the value's path
   * @param value the value as written
   * @param target the type expected there, possibly null
   * @return the violation
   */
  static Violation wrongType(String path, String value, @Nullable Class<?> target) {
    if (target != null && target.isEnum()) {
      @SuppressWarnings("unchecked")
      Class<? extends Enum<?>> e = (Class<? extends Enum<?>>) target;
      return FormatMessages.violation("kipp.json.notAllowed", path, value, "allowed", Wire.names(e));
    }
    Expected expected = expected(target);
    return FormatMessages.violation("kipp.json.wrongType", path, value, "expectedEn", expected.english(), "expectedId", expected.indonesian());
  }

  private static Expected expected(@Nullable Class<?> target) {
    if (target == null) {
      return Expected.OBJECT;
    }
    if (CharSequence.class.isAssignableFrom(target) || Identifier.class.isAssignableFrom(target) || target == SdgTarget.class) {
      return Expected.TEXT;
    }
    if (target == Integer.class || target == int.class || target == Long.class || target == long.class || target == Short.class || target == short.class) {
      return Expected.INTEGER;
    }
    if (target == BigDecimal.class || Number.class.isAssignableFrom(target)) {
      return Expected.NUMBER;
    }
    if (target == Boolean.class || target == boolean.class) {
      return Expected.BOOLEAN;
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return Expected.LIST;
    }
    return Expected.OBJECT;
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
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 32; depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      t = t.getCause();
    }
    return null;
  }
}
