package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.util.TokenBufferReadContext;
import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Violation;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The problems found so far in one read, so that a read goes on past a problem and reports every
 * problem at once, each with its path in the document: an unknown field is skipped, a value of the
 * wrong type reads as absent, an object that cannot be made reads as absent, and each is recorded
 * here. One instance per read ({@link #KEY}, set by {@code KippJson}); not thread-safe.
 *
 * <p>A problem that only follows from one already recorded is left out: when an object at {@code
 * innovation} could not be made, its parent then finds {@code innovation} missing, which says
 * nothing new. So a problem is not recorded when one was recorded at its path, or when a value was
 * refused at its path or under it (an unknown field, skipped, has no such consequence).
 */
public final class Problems {

  /** The attribute of a read that holds its problems. */
  public static final String KEY = Problems.class.getName();

  private final List<Violation> found = new ArrayList<>();
  /** The paths where a value was refused and reads as absent: problems at or above them follow. */
  private final List<String> absent = new ArrayList<>();
  /** The paths of the wire records being read, innermost first. */
  private final Deque<String> records = new ArrayDeque<>();

  /** The values read apart from the parser, innermost first. */
  private final Deque<Base> bases = new ArrayDeque<>();

  /**
   * A value read apart from the parser: its path, and the outermost context of the buffer its tokens
   * are read from (null for a tree, whose parser has a root context of its own).
   */
  private record Base(String path, @Nullable JsonStreamContext buffer) {}

  /** Creates an empty collection. */
  public Problems() {}

  /**
   * Returns the problems of the read in progress, if it collects them.
   *
   * @param ctxt the read's context
   * @return the problems, or null when the read stops at its first problem (a host's own mapper)
   */
  public static @Nullable Problems of(DeserializationContext ctxt) {
    Object value = ctxt.getAttribute(KEY);
    return value instanceof Problems ? (Problems) value : null;
  }

  /**
   * Records problems, each at its path in the document, leaving out those that follow from one
   * recorded before (several problems of one value, at one path, are all kept).
   *
   * @param violations the problems, with paths from the document's root
   */
  public void add(Iterable<Violation> violations) {
    List<Violation> fresh = new ArrayList<>();
    for (Violation v : violations) {
      if (!follows(v.path())) {
        fresh.add(v);
      }
    }
    for (Violation v : fresh) {
      found.add(v);
      absent.add(v.path());
    }
  }

  /**
   * Records an unknown field, which is skipped: nothing follows from it.
   *
   * @param violation the problem, at the field's path
   */
  public void addSkipped(Violation violation) {
    if (!follows(violation.path())) {
      found.add(violation);
    }
  }

  /**
   * Records a problem like {@link #add(Iterable)}.
   *
   * @param violation the problem, with its path from the document's root
   */
  public void add(Violation violation) {
    add(List.of(violation));
  }

  private boolean follows(String path) {
    for (Violation v : found) {
      if (v.path().equals(path)) {
        return true;
      }
    }
    for (String other : absent) {
      if (other.equals(path)
          || path.isEmpty()
          || other.startsWith(path + ".")
          || other.startsWith(path + "[")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a value was refused at a path or under it, such as an institution of the
   * document's list.
   *
   * @param path the path
   * @return true if something there was refused
   */
  public boolean refusedAtOrUnder(String path) {
    for (String other : absent) {
      if (other.equals(path) || other.startsWith(path + ".") || other.startsWith(path + "[")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks the value at a path absent because of a problem already recorded elsewhere (an id naming
   * an institution of a list that was refused): nothing is reported for it, and what follows from it
   * is left out as for a refused value.
   *
   * @param path the value's path
   */
  public void markAbsent(String path) {
    absent.add(path);
  }

  /**
   * Tells whether nothing was recorded.
   *
   * @return true if no problem was recorded
   */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * Returns the problems in the order found.
   *
   * @return the problems
   */
  public ImmutableList<Violation> all() {
    return ImmutableList.copyOf(found);
  }

  /** A read of part of the document. */
  @FunctionalInterface
  public interface Part<T> {
    /**
     * Reads the part.
     *
     * @return what was read
     * @throws IOException if the parser fails
     */
    T read() throws IOException;
  }

  /**
   * Reads a value of the document held apart from its parser (a tree or a buffer of its tokens,
   * whose own paths start at the value), with paths under the value's field.
   *
   * @param field the path of the value in the document
   * @param part the read
   * @param <T> what is read
   * @return what was read
   * @throws IOException if the parser fails
   */
  public <T> T under(String field, Part<T> part) throws IOException {
    bases.push(new Base(join(treeBase(), field), null));
    try {
      return part.read();
    } finally {
      leave();
    }
  }

  /**
   * Starts reading a field's value from a buffer of its tokens; {@link #leave()} ends it.
   *
   * @param field the path of the value in the document
   * @param buffer the parser over the buffer, at its first token
   */
  public void enter(String field, JsonParser buffer) {
    JsonStreamContext c = buffer.getParsingContext();
    while (c != null && !c.inRoot() && !isBufferRoot(c)) {
      c = c.getParent();
    }
    bases.push(new Base(field, c));
  }

  /** Ends the read that {@link #enter} started. */
  public void leave() {
    bases.pop();
  }

  /**
   * Starts reading a wire record; {@link #leaveRecord()} ends it.
   *
   * @param p the parser, at the record's first token
   */
  public void enterRecord(JsonParser p) {
    records.push(path(p));
  }

  /** Ends the read that {@link #enterRecord} started. */
  public void leaveRecord() {
    records.pop();
  }

  /**
   * Returns the path of a field of the wire record being read. Jackson hands a record's unknown
   * fields over once the record is read, from a buffer whose contexts no longer say where the record
   * is; the record's own path, taken when its read began, does.
   *
   * @param name the field's name
   * @return the path
   */
  public String fieldOfRecord(String name) {
    String record = records.peek();
    return join(record == null ? "" : record, name);
  }

  /** The path of the tree read now, whose parser's root context is the tree's root. */
  private String treeBase() {
    for (Base b : bases) {
      if (b.buffer() == null) {
        return b.path();
      }
    }
    return "";
  }

  private @Nullable Base buffer(JsonStreamContext root) {
    for (Base b : bases) {
      if (b.buffer() == root) {
        return b;
      }
    }
    return null;
  }

  /**
   * Returns the path in the document of the value the parser is at (its first token), such as
   * {@code proposals[3].sections[1]}; empty for the document itself.
   *
   * @param p the parser, at the first token of a value
   * @return the path
   */
  public String path(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if (context != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
      context = context.getParent();
    }
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    String base = "";
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      if (c.inRoot()) {
        base = treeBase();
        break;
      }
      if (isBufferRoot(c)) {
        Base b = buffer(c);
        if (b != null) {
          base = b.path();
          break;
        }
        // Jackson's own replay of an object's unknown fields, buffered while the object was read:
        // its outermost context is a copy of the object's, with the field's name, and the object's
        // container above it.
      }
      chain.push(c);
    }
    StringBuilder out = new StringBuilder(base);
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        out.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
      } else if (c.inObject() && c.getCurrentName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(c.getCurrentName());
      }
    }
    return out.toString();
  }

  /**
   * The outermost context of a parser over buffered tokens: a copy of the context the tokens were
   * taken from. For a value buffered to be read later its name may since have moved on, so paths in
   * it start below it, under the path its reader gives ({@link #enter}).
   */
  private static boolean isBufferRoot(JsonStreamContext c) {
    return c instanceof TokenBufferReadContext && !(c.getParent() instanceof TokenBufferReadContext);
  }

  private static String join(String base, String field) {
    if (base.isEmpty()) {
      return field;
    }
    return field.isEmpty() ? base : field.startsWith("[") ? base + field : base + "." + field;
  }
}
