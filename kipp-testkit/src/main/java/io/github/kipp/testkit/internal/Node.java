package io.github.kipp.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.kipp.testkit.scenario.InvalidScenarioException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A value of a scenario file with its path, reading values with errors that name the file, path and
 * value; the same whichever Jackson line read the file.
 */
public final class Node {

  private final String source;
  private final String path;
  private final YamlValue node;
  private final Map<String, Integer> lines;

  /**
   * Wraps a root node.
   *
   * @param source the file
   * @param node the node
   */
  public Node(String source, YamlValue node) {
    this(source, "", node, Map.of());
  }

  /**
   * Wraps a root node whose values' lines are known.
   *
   * @param source the file
   * @param node the node
   * @param lines the line of each path, as {@link #path()} writes it
   */
  public Node(String source, YamlValue node, Map<String, Integer> lines) {
    this(source, "", node, lines);
  }

  private Node(String source, String path, YamlValue node, Map<String, Integer> lines) {
    this.source = source;
    this.path = path;
    this.node = node;
    this.lines = lines;
  }

  /**
   * Returns the line this node starts on (a mapping entry's: its key's).
   *
   * @return the line, from 1, or 0 when not known
   */
  public int line() {
    return lines.getOrDefault(path, 0);
  }

  /**
   * Returns the path.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the file.
   *
   * @return the file
   */
  public String source() {
    return source;
  }

  /**
   * Makes an error about this node.
   *
   * @param problem the problem
   * @return the exception
   */
  public InvalidScenarioException error(String problem) {
    return new InvalidScenarioException(source, path, line(), problem);
  }

  /**
   * Refuses keys other than those allowed.
   *
   * @param allowed the allowed keys
   * @return this node
   */
  public Node onlyKeys(String... allowed) {
    Set<String> ok = ImmutableSet.copyOf(allowed);
    for (String n : mapping().entries().keySet()) {
      if (!ok.contains(n)) {
        throw new InvalidScenarioException(source, child(n), lines.getOrDefault(child(n), 0), "unknown key '" + n + "'; allowed: " + new TreeSet<>(ok));
      }
    }
    return this;
  }

  private YamlValue.Mapping mapping() {
    if (node instanceof YamlValue.Mapping m) {
      return m;
    }
    throw error("expected a mapping, got " + describe(node));
  }

  private YamlValue.Scalar scalar(String expected) {
    if (node instanceof YamlValue.Scalar s) {
      return s;
    }
    throw error(expected + describe(node));
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /**
   * Returns a child that must exist.
   *
   * @param key the key
   * @return the child
   */
  public Node get(String key) {
    return find(key).orElseThrow(() -> error("missing key '" + key + "'"));
  }

  /**
   * Returns a child if present and not null.
   *
   * @param key the key
   * @return the child, or empty
   */
  public Optional<Node> find(String key) {
    YamlValue c = mapping().entries().get(key);
    return c == null || (c instanceof YamlValue.Scalar s && s.kind() == YamlValue.Kind.NULL) ? Optional.empty()
        : Optional.of(new Node(source, child(key), c, lines));
  }

  /**
   * Returns the text of a scalar.
   *
   * @return the text
   */
  public String text() {
    return scalar("expected a value, got ").text();
  }

  /**
   * Returns a child's text, or a default.
   *
   * @param key the key
   * @return the text, or empty
   */
  public Optional<String> text(String key) {
    return find(key).map(Node::text);
  }

  /**
   * Returns a boolean scalar.
   *
   * @return the value
   */
  public boolean bool() {
    YamlValue.Scalar s = scalar("expected true or false, got ");
    if (s.kind() != YamlValue.Kind.BOOLEAN) {
      throw error("expected true or false, got " + describe(node));
    }
    return Boolean.parseBoolean(s.text());
  }

  /**
   * Returns an integer scalar.
   *
   * @return the value
   */
  public int integer() {
    YamlValue.Scalar s = scalar("expected a whole number, got ");
    if (s.kind() != YamlValue.Kind.INTEGER || !s.fitsInt()) {
      throw error("expected a whole number, got " + describe(node));
    }
    return Integer.parseInt(s.text());
  }

  /**
   * Returns a long scalar.
   *
   * @return the value
   */
  public long longValue() {
    YamlValue.Scalar s = scalar("expected a whole number, got ");
    if (s.kind() != YamlValue.Kind.INTEGER || !s.fitsLong()) {
      throw error("expected a whole number, got " + describe(node));
    }
    return Long.parseLong(s.text());
  }

  /**
   * Returns a decimal scalar, exactly as written.
   *
   * @return the value
   */
  public BigDecimal decimal() {
    YamlValue.Scalar s = scalar("expected a number, got ");
    if (s.kind() != YamlValue.Kind.INTEGER && s.kind() != YamlValue.Kind.FLOAT && s.kind() != YamlValue.Kind.TEXT) {
      throw error("expected a number, got " + describe(node));
    }
    String text = s.text();
    if (text.length() > ScenarioFile.MAX_NUMBER_LENGTH) {
      // Checked before parsing: BigDecimal takes time quadratic in the digits.
      throw error("a number of " + text.length() + " characters, over the number-length limit of scenario files: at most "
          + ScenarioFile.MAX_NUMBER_LENGTH + " characters");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw error("expected a number, got '" + text + "'");
    }
  }

  /**
   * Returns the items of a sequence.
   *
   * @return the items
   */
  public ImmutableList<Node> items() {
    if (!(node instanceof YamlValue.Sequence list)) {
      throw error("expected a list, got " + describe(node));
    }
    ImmutableList.Builder<Node> out = ImmutableList.builder();
    for (int i = 0; i < list.items().size(); i++) {
      out.add(new Node(source, path + "[" + i + "]", list.items().get(i), lines));
    }
    return out.build();
  }

  /**
   * Returns the texts of a sequence of scalars.
   *
   * @return the texts
   */
  public ImmutableList<String> texts() {
    return items().stream().map(Node::text).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the entries of a mapping, in file order.
   *
   * @return the entries
   */
  public ImmutableMap<String, Node> entries() {
    ImmutableMap.Builder<String, Node> out = ImmutableMap.builder();
    mapping().entries().forEach((key, value) -> out.put(key, new Node(source, child(key), value, lines)));
    return out.buildOrThrow();
  }

  /**
   * Returns whether this node is a mapping.
   *
   * @return true for a mapping
   */
  public boolean isMap() {
    return node instanceof YamlValue.Mapping;
  }

  /**
   * Returns whether this node is a sequence.
   *
   * @return true for a list
   */
  public boolean isList() {
    return node instanceof YamlValue.Sequence;
  }

  private static String describe(YamlValue n) {
    if (n instanceof YamlValue.Mapping) {
      return "a mapping";
    }
    if (n instanceof YamlValue.Sequence) {
      return "a list";
    }
    return "'" + ((YamlValue.Scalar) n).text() + "'";
  }
}
