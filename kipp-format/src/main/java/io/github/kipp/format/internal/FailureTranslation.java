package io.github.kipp.format.internal;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.KippException;
import io.github.kipp.core.Violation;
import io.github.kipp.format.KippFormatException;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Turns whatever a read throws into one {@link KippFormatException} naming path, value and what is
 * allowed, the same for both Jackson lines. A line only says what its exception is ({@link
 * Thrown}, made by its {@link Line#describe}) and how a value is found in its tree; what that means
 * for the reader, and which of kipp's violations ({@link ReadFailures}) it becomes, is decided here.
 *
 * @param <N> the line's tree node
 */
public final class FailureTranslation<N> {

  /** What a line's exception is, as kipp tells them apart. */
  public enum Kind {
    /** A value could not be made for a reason other than those below (a databind exception). */
    BINDING,
    /** An unknown field. */
    UNKNOWN_FIELD,
    /** A scalar of the wrong form for its type. */
    WRONG_FORMAT,
    /** A value of the wrong shape for its type, or content after the document. */
    MISMATCHED,
    /** The input could not be parsed, or (Jackson 3, with a path) a deserializer refused a value. */
    PARSE,
    /** Not an exception of the line. */
    OTHER
  }

  /**
   * One step of a path: a field's name, or an index in a list (then the name is null).
   *
   * @param name the field's name, or null
   * @param index the index, or negative
   */
  public record Step(@Nullable String name, int index) {}

  /**
   * A line's exception, made neutral.
   *
   * @param kind what it is
   * @param path where it arose, outermost first; empty when the exception has none
   * @param message the parser's own message, without location
   * @param line the line of the input, or null
   * @param column the column of the input, or null
   * @param field the unknown field's name ({@link Kind#UNKNOWN_FIELD}), or null
   * @param known the names the object knows ({@link Kind#UNKNOWN_FIELD}), or null
   * @param value the value refused ({@link Kind#WRONG_FORMAT}), or null
   * @param target the type expected, or null
   * @param cause what the exception wraps, or null
   */
  public record Thrown(Kind kind, List<Step> path, String message, @Nullable Integer line, @Nullable Integer column,
      @Nullable String field, @Nullable Collection<?> known, @Nullable Object value, @Nullable Class<?> target,
      @Nullable Throwable cause) {

    /** Checks the components. */
    public Thrown {
      requireNonNull(kind, "kind");
      path = List.copyOf(path);
      requireNonNull(message, "message");
    }

    /**
     * Describes an exception that is not the line's.
     *
     * @return the description
     */
    public static Thrown other() {
      return new Thrown(Kind.OTHER, List.of(), "", null, null, null, null, null, null, null);
    }

    /**
     * Describes an exception of the line.
     *
     * @param kind what it is
     * @param path where it arose
     * @param message the parser's message
     * @param line the line, or null
     * @param column the column, or null
     * @param cause what it wraps, or null
     * @return the description
     */
    public static Thrown of(Kind kind, List<Step> path, String message, @Nullable Integer line, @Nullable Integer column,
        @Nullable Throwable cause) {
      return new Thrown(kind, path, message, line, column, null, null, null, null, cause);
    }

    /**
     * Adds the unknown field and the names known.
     *
     * @param name the field's name
     * @param names the names known, possibly null
     * @return the description
     */
    public Thrown withField(String name, @Nullable Collection<?> names) {
      return new Thrown(kind, path, message, line, column, name, names, value, target, cause);
    }

    /**
     * Adds the value refused and the type expected.
     *
     * @param refused the value, possibly null
     * @param expected the type, possibly null
     * @return the description
     */
    public Thrown withValue(@Nullable Object refused, @Nullable Class<?> expected) {
      return new Thrown(kind, path, message, line, column, field, known, refused, expected, cause);
    }
  }

  /**
   * How a line describes its exceptions and finds a value in its tree.
   *
   * @param <N> the line's tree node
   */
  public interface Line<N> {
    /**
     * Describes an exception.
     *
     * @param failure the exception
     * @return the description; {@link Thrown#other()} if it is not the line's
     */
    Thrown describe(Throwable failure);

    /**
     * Tells whether an exception is the line's refusal of a limit (a string, number, name, nesting or
     * document too large).
     *
     * @param failure the exception
     * @return true if it is
     */
    boolean isLimit(Throwable failure);

    /**
     * Returns the value at a JSON pointer as messages quote it (text in quotes, other scalars as
     * written, objects and lists as JSON), or empty if there is none.
     *
     * @param root the tree
     * @param pointer the pointer, such as {@code /proposals/3/title}
     * @return the value, or empty
     */
    String valueAt(N root, String pointer);
  }

  private final Line<N> line;

  /**
   * Creates the translation of a line.
   *
   * @param line the line's descriptions
   */
  public FailureTranslation(Line<N> line) {
    this.line = requireNonNull(line, "line");
  }

  /**
   * Translates a failure of a read.
   *
   * @param format the input's format, such as {@code JSON}
   * @param failure what the read threw
   * @param tree the input as a tree, to show the value at a path; may supply null or fail
   * @return the exception to throw
   */
  public KippFormatException translate(String format, Throwable failure, Supplier<@Nullable N> tree) {
    return KippFormatException.of(format, violations(format, failure, tree), failure);
  }

  private List<Violation> violations(String format, Throwable failure, Supplier<@Nullable N> tree) {
    Throwable limit = find(failure, line::isLimit);
    if (limit != null) {
      return List.of(ReadFailures.limit(line.describe(limit).message()));
    }
    Thrown t = line.describe(failure);
    String path = path(t.path());
    switch (t.kind()) {
      case BINDING, UNKNOWN_FIELD, WRONG_FORMAT, MISMATCHED -> {
        List<Violation> refused = refusedBy(failure, path);
        if (refused != null) {
          return refused;
        }
        if (t.kind() == Kind.UNKNOWN_FIELD) {
          return List.of(ReadFailures.unknownField(path, String.valueOf(t.field()), t.known()));
        }
        if (t.kind() == Kind.WRONG_FORMAT) {
          String value = String.valueOf(t.value());
          if (t.value() instanceof Number || t.value() instanceof Boolean) {
            // A refused number is quoted as written (1E+999999999), not as the double it reads as (Infinity).
            String written = valueAt(tree, t.path());
            value = written.isEmpty() ? value : written;
          }
          return List.of(ReadFailures.wrongType(path, value, t.target()));
        }
        if (t.kind() == Kind.MISMATCHED && t.message().startsWith("Trailing token")) {
          return List.of(ReadFailures.trailing(t.line(), t.column()));
        }
        if (t.kind() == Kind.MISMATCHED) {
          return List.of(ReadFailures.wrongType(path, valueAt(tree, t.path()), t.target()));
        }
        Throwable cause = t.cause();
        if (cause != null && line.describe(cause).kind() != Kind.OTHER) {
          return violations(format, cause, tree);
        }
        return List.of(ReadFailures.refused(path, t.message()));
      }
      case PARSE -> {
        if (!t.path().isEmpty()) {
          // Jackson 3 wraps what a deserializer throws with the path to it, not as a databind exception.
          List<Violation> refused = refusedBy(failure, path);
          if (refused != null) {
            return refused;
          }
        }
        return List.of(ReadFailures.malformed(format, t.line(), t.column(), t.message()));
      }
      default -> {
        if (failure instanceof KippException kipp) {
          return ReadFailures.nested(kipp, "");
        }
        return List.of(ReadFailures.refused("", String.valueOf(failure.getMessage())));
      }
    }
  }

  /** The problems of a value that kipp's factories refused, if they did. */
  private static @Nullable List<Violation> refusedBy(Throwable failure, String path) {
    KippException kipp = ReadFailures.find(failure, KippException.class);
    if (kipp != null) {
      return ReadFailures.nested(kipp, path);
    }
    IllegalArgumentException refused = ReadFailures.find(failure, IllegalArgumentException.class);
    if (refused != null) {
      return List.of(ReadFailures.refused(path, String.valueOf(refused.getMessage())));
    }
    return null;
  }

  /**
   * Renders a path as {@code proposals[3].sections[1].text}.
   *
   * @param steps the path, outermost first
   * @return the path
   */
  public static String path(List<Step> steps) {
    StringBuilder out = new StringBuilder();
    for (Step s : steps) {
      if (s.name() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(s.name());
      } else if (s.index() >= 0) {
        out.append('[').append(s.index()).append(']');
      }
    }
    return out.toString();
  }

  private String valueAt(Supplier<@Nullable N> tree, List<Step> steps) {
    N root;
    try {
      root = tree.get();
    } catch (RuntimeException e) {
      return "";
    }
    if (root == null) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    for (Step s : steps) {
      String name = s.name();
      if (name != null) {
        pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
      } else if (s.index() >= 0) {
        pointer.append('/').append(s.index());
      }
    }
    return line.valueAt(root, pointer.toString());
  }

  private static @Nullable Throwable find(Throwable failure, Predicate<Throwable> test) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 32; depth++) {
      if (test.test(t)) {
        return t;
      }
      t = t.getCause();
    }
    return null;
  }
}
