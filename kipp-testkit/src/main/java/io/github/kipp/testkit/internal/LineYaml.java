package io.github.kipp.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.testkit.scenario.InvalidScenarioException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scenario reader of one Jackson line, reduced to what the line-neutral reading needs: the line
 * reads a document into its own tree and walks its tokens; this interface turns the tree into {@link
 * YamlValue}s and the tokens into the lines of the values, once for both lines. Nothing here knows
 * either line, so each line's adapter loads without the other.
 *
 * @param <N> the line's tree node
 */
public interface LineYaml<N> extends ScenarioYaml {

  /**
   * Reads a document into the line's tree.
   *
   * @param source the file's name, for messages
   * @param yaml the file's content
   * @return the root node, or null for an empty document
   * @throws io.github.kipp.testkit.scenario.InvalidScenarioException if it is not valid YAML or is
   *     over a limit ({@link #refusal})
   */
  @Nullable N tree(String source, String yaml);

  /**
   * Names a node's type as the line's {@code JsonNodeType} does ({@code OBJECT}, {@code ARRAY},
   * {@code NULL}, {@code BOOLEAN}, {@code NUMBER}, {@code STRING}, ...).
   *
   * @param node the node
   * @return the type's name
   */
  String type(N node);

  /**
   * Returns the entries of an object node, in file order.
   *
   * @param object the object node
   * @return the entries
   */
  Iterable<Map.Entry<String, N>> entries(N object);

  /**
   * Returns the items of an array node, in order.
   *
   * @param array the array node
   * @return the items
   */
  Iterable<N> items(N array);

  /**
   * Returns the value of a scalar node: a number node's number, of the type the line's tree holds it
   * in; any other's text as the line gives it.
   *
   * @param scalar the scalar node
   * @return the number or the text
   */
  Object scalar(N scalar);

  /**
   * Returns the line of each value of a document that was read, by {@link #lines(Tokens)} over the
   * line's parser.
   *
   * @param yaml the file's content
   * @return the lines; empty if the document cannot be walked (it was read, so it can)
   */
  Map<String, Integer> lines(String yaml);

  @Override
  default Read read(String source, String yaml) {
    N root = tree(source, yaml);
    return new Read(root == null ? null : value(root), lines(yaml));
  }

  /**
   * Turns a node of the line's tree into a {@link YamlValue}.
   *
   * @param n the node
   * @return the value
   */
  default YamlValue value(N n) {
    switch (type(n)) {
      case "OBJECT" -> {
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        for (Map.Entry<String, N> e : entries(n)) {
          entries.put(e.getKey(), value(e.getValue()));
        }
        return new YamlValue.Mapping(ImmutableMap.copyOf(entries));
      }
      case "ARRAY" -> {
        ImmutableList.Builder<YamlValue> items = ImmutableList.builder();
        items(n).forEach(i -> items.add(value(i)));
        return new YamlValue.Sequence(items.build());
      }
      case "NULL" -> {
        return YamlValue.Scalar.of(YamlValue.Kind.NULL, "null");
      }
      case "BOOLEAN" -> {
        return YamlValue.Scalar.of(YamlValue.Kind.BOOLEAN, String.valueOf(scalar(n)));
      }
      case "NUMBER" -> {
        return number((Number) scalar(n));
      }
      case "STRING" -> {
        return YamlValue.Scalar.of(YamlValue.Kind.TEXT, String.valueOf(scalar(n)));
      }
      default -> {
        return YamlValue.Scalar.of(YamlValue.Kind.OTHER, String.valueOf(scalar(n)));
      }
    }
  }

  /**
   * Turns a number of the line's tree into a scalar: a whole number in its decimal form, with whether
   * it fits an {@code int} and a {@code long}; another in the form of the type the tree holds it in.
   *
   * @param value the number
   * @return the scalar
   */
  private static YamlValue.Scalar number(Number value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger) {
      BigInteger whole = value instanceof BigInteger b ? b : BigInteger.valueOf(value.longValue());
      return new YamlValue.Scalar(YamlValue.Kind.INTEGER, whole.toString(), whole.bitLength() < Integer.SIZE,
          whole.bitLength() < Long.SIZE);
    }
    return YamlValue.Scalar.of(YamlValue.Kind.FLOAT, value.toString());
  }

  /**
   * Refuses a document the line's reader could not read.
   *
   * @param source the file's name
   * @param overALimit whether the reader stopped at one of its limits
   * @param message the reader's message, without its location
   * @param cause what the reader threw
   * @return the refusal, to throw
   */
  static RuntimeException refusal(String source, boolean overALimit, String message, Exception cause) {
    return new InvalidScenarioException(source, "",
        overALimit ? ScenarioFile.overALimit(message) : "not valid YAML: " + message, cause);
  }

  /**
   * Walks a document's tokens and returns the line of each value, by the path {@link Node} writes (a
   * mapping entry's line is its key's).
   *
   * @param tokens the line's parser, before the document's first token
   * @param <X> the checked exception the parser throws
   * @return the lines
   * @throws X if the parser fails
   */
  static <X extends Exception> Map<String, Integer> lines(Tokens<X> tokens) throws X {
    Map<String, Integer> out = new HashMap<>();
    Step first = tokens.next();
    if (first != null) {
      walk(tokens, first, "", out);
    }
    return out;
  }

  private static <X extends Exception> void walk(Tokens<X> p, Step at, String path, Map<String, Integer> out) throws X {
    out.putIfAbsent(path, at.line());
    if (at.token() == Token.START_OBJECT) {
      Step key;
      while ((key = p.next()) != null && key.token() == Token.NAME) {
        String name = String.valueOf(key.name());
        Step v = p.next();
        walk(p, v == null ? new Step(Token.OTHER, null, key.line()) : new Step(v.token(), v.name(), key.line()),
            path.isEmpty() ? name : path + "." + name, out);
      }
    } else if (at.token() == Token.START_ARRAY) {
      int i = 0;
      Step v;
      while ((v = p.next()) != null && v.token() != Token.END_ARRAY) {
        walk(p, v, path + "[" + i + "]", out);
        i++;
      }
    }
  }

  /** The tokens {@link #lines(Tokens)} tells apart; every other token is {@link #OTHER}. */
  enum Token {
    /** The start of a mapping. */
    START_OBJECT,
    /** The start of a list. */
    START_ARRAY,
    /** The end of a list. */
    END_ARRAY,
    /** A mapping's key. */
    NAME,
    /** Any other token: a scalar or the end of a mapping. */
    OTHER
  }

  /**
   * A token of a document, where the parser stood on it.
   *
   * @param token the token
   * @param name the current name, as the parser gives it (a key's text on a key)
   * @param line the token's line, from 1
   */
  record Step(Token token, @Nullable String name, int line) {}

  /**
   * A parser of either Jackson line, as {@link #lines(Tokens)} steps over it.
   *
   * @param <X> the checked exception the parser throws ({@link RuntimeException} if none)
   */
  @FunctionalInterface
  interface Tokens<X extends Exception> {

    /**
     * Moves to the next token.
     *
     * @return the token, or null at the end of the input
     * @throws X if the parser fails
     */
    @Nullable Step next() throws X;
  }
}
