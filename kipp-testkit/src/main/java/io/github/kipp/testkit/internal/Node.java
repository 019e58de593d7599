package io.github.kipp.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.kipp.testkit.scenario.InvalidScenarioException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A YAML node with its path, reading values with errors that name the file, path and value. */
public final class Node {

  private final String source;
  private final String path;
  private final JsonNode node;
  private final Map<String, Integer> lines;

  /**
   * Wraps a root node.
   *
   * @param source the file
   * @param node the node
   */
  public Node(String source, JsonNode node) {
    this(source, "", node, Map.of());
  }

  /**
   * Wraps a root node whose values' lines are known.
   *
   * @param source the file
   * @param node the node
   * @param lines the line of each path, as {@link #path()} writes it
   */
  public Node(String source, JsonNode node, Map<String, Integer> lines) {
    this(source, "", node, lines);
  }

  private Node(String source, String path, JsonNode node, Map<String, Integer> lines) {
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
    requireMap();
    Set<String> ok = ImmutableSet.copyOf(allowed);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!ok.contains(n)) {
        throw new InvalidScenarioException(source, child(n), lines.getOrDefault(child(n), 0), "unknown key '" + n + "'; allowed: " + new TreeSet<>(ok));
      }
    }
    return this;
  }

  private void requireMap() {
    if (!node.isObject()) {
      throw error("expected a mapping, got " + describe(node));
    }
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
    requireMap();
    JsonNode c = node.get(key);
    return c == null || c.isNull() ? Optional.empty() : Optional.of(new Node(source, child(key), c, lines));
  }

  /**
   * Returns the text of a scalar.
   *
   * @return the text
   */
  public String text() {
    if (!node.isValueNode()) {
      throw error("expected a value, got " + describe(node));
    }
    return node.asText();
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
    if (!node.isBoolean()) {
      throw error("expected true or false, got " + describe(node));
    }
    return node.booleanValue();
  }

  /**
   * Returns an integer scalar.
   *
   * @return the value
   */
  public int integer() {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error("expected a whole number, got " + describe(node));
    }
    return node.intValue();
  }

  /**
   * Returns a long scalar.
   *
   * @return the value
   */
  public long longValue() {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw error("expected a whole number, got " + describe(node));
    }
    return node.longValue();
  }

  /**
   * Returns a decimal scalar, exactly as written.
   *
   * @return the value
   */
  public BigDecimal decimal() {
    if (!node.isNumber() && !node.isTextual()) {
      throw error("expected a number, got " + describe(node));
    }
    String text = node.asText();
    if (text.length() > ScenarioFile.MAX_NUMBER_LENGTH) {
      // Checked before parsing: BigDecimal takes time quadratic in the digits.
      throw error("a number of " + text.length() + " characters, over the number-length limit of scenario files: at most "
          + ScenarioFile.MAX_NUMBER_LENGTH + " characters");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw error("expected a number, got '" + node.asText() + "'");
    }
  }

  /**
   * Returns the items of a sequence.
   *
   * @return the items
   */
  public ImmutableList<Node> items() {
    if (!node.isArray()) {
      throw error("expected a list, got " + describe(node));
    }
    ImmutableList.Builder<Node> out = ImmutableList.builder();
    for (int i = 0; i < node.size(); i++) {
      out.add(new Node(source, path + "[" + i + "]", node.get(i), lines));
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
    requireMap();
    ImmutableMap.Builder<String, Node> out = ImmutableMap.builder();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), new Node(source, child(e.getKey()), e.getValue(), lines));
    }
    return out.buildOrThrow();
  }

  /**
   * Returns whether this node is a mapping.
   *
   * @return true for a mapping
   */
  public boolean isMap() {
    return node.isObject();
  }

  /**
   * Returns whether this node is a sequence.
   *
   * @return true for a list
   */
  public boolean isList() {
    return node.isArray();
  }

  private static String describe(JsonNode n) {
    if (n.isObject()) {
      return "a mapping";
    }
    if (n.isArray()) {
      return "a list";
    }
    return "'" + n.asText() + "'";
  }
}
