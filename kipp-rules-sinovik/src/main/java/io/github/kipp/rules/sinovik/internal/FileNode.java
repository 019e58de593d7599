package io.github.kipp.rules.sinovik.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * One value of a module file as written: a mapping (its keys in file order), a list or a scalar,
 * with its path in the file ({@code parameters.edition.zone.value}) and the line it starts on.
 */
public final class FileNode {

  /** What a node holds. */
  public enum Kind {
    /** A mapping of keys to values. */
    MAP,
    /** A list. */
    LIST,
    /** A text scalar (quoted, or plain and neither a number nor a boolean). */
    TEXT,
    /** A number as written. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An empty value or {@code null}. */
    NULL
  }

  private final Kind kind;
  private final String path;
  private final int line;
  private final String text;
  private final ImmutableMap<String, FileNode> entries;
  private final ImmutableList<FileNode> items;

  private FileNode(Kind kind, String path, int line, String text, ImmutableMap<String, FileNode> entries, ImmutableList<FileNode> items) {
    this.kind = kind;
    this.path = path;
    this.line = line;
    this.text = text;
    this.entries = entries;
    this.items = items;
  }

  static FileNode scalar(Kind kind, String path, int line, String text) {
    return new FileNode(kind, path, line, text, ImmutableMap.of(), ImmutableList.of());
  }

  static FileNode map(String path, int line, ImmutableMap<String, FileNode> entries) {
    return new FileNode(Kind.MAP, path, line, "", entries, ImmutableList.of());
  }

  static FileNode list(String path, int line, ImmutableList<FileNode> items) {
    return new FileNode(Kind.LIST, path, line, "", ImmutableMap.of(), items);
  }

  /**
   * Returns what the node holds.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the node's path in the file, such as {@code parameters.edition.zone.value}; empty for
   * the document.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the line the node starts on, counted from 1.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns a scalar's text as written; empty for a mapping or a list.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns a mapping's entries in file order; empty for any other node.
   *
   * @return the entries
   */
  public ImmutableMap<String, FileNode> entries() {
    return entries;
  }

  /**
   * Returns a list's items; empty for any other node.
   *
   * @return the items
   */
  public ImmutableList<FileNode> items() {
    return items;
  }

  /**
   * Returns a mapping's value for a key.
   *
   * @param key the key
   * @return the value, or empty
   */
  public Optional<FileNode> find(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /**
   * Returns whether the node is a scalar.
   *
   * @return whether it is text, a number, a boolean or null
   */
  public boolean isScalar() {
    return kind != Kind.MAP && kind != Kind.LIST;
  }

  /** Returns {@code path (line n)}. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(document)" : path) + " (line " + line + ")";
  }
}
