package io.github.kipp.format.internal;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The problems found so far in one read, so that a read goes on past a problem and reports every
 * problem at once, each with its path in the document: an unknown field is skipped, a value of the
 * wrong type reads as absent, an object that cannot be made reads as absent, and each is recorded
 * here. The same for both Jackson lines; each line's subclass adds how a path is taken from its
 * parser. One instance per read; not thread-safe.
 *
 * <p>A problem that only follows from one already recorded is left out: when an object at {@code
 * innovation} could not be made, its parent then finds {@code innovation} missing, which says
 * nothing new. So a problem is not recorded when one was recorded at its path, or when a value was
 * refused at its path or under it (an unknown field, skipped, has no such consequence).
 */
public class ProblemLog {

  /** The attribute of a read that holds its problems. */
  public static final String KEY = ProblemLog.class.getName();

  private final List<Violation> found = new ArrayList<>();
  /** The paths where a value was refused and reads as absent: problems at or above them follow. */
  private final List<String> absent = new ArrayList<>();
  /** The paths of the wire records being read, innermost first. */
  private final Deque<String> records = new ArrayDeque<>();

  /** The values read apart from the parser, innermost first. */
  private final Deque<Base> bases = new ArrayDeque<>();

  /**
   * A value read apart from the parser: its path, and the line's token of the outermost context of
   * the buffer its tokens are read from (null for a tree, whose parser has a root context of its own).
   */
  private record Base(String path, @Nullable Object buffer) {}

  /** Creates an empty collection. */
  protected ProblemLog() {}

  /**
   * Records problems, each at its path in the document, leaving out those that follow from one
   * recorded before (several problems of one value, at one path, are all kept).
   *
   * @param violations the problems, with paths from the document's root
   */
  public final void add(Iterable<Violation> violations) {
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
  public final void addSkipped(Violation violation) {
    if (!follows(violation.path())) {
      found.add(violation);
    }
  }

  /**
   * Records a problem like {@link #add(Iterable)}.
   *
   * @param violation the problem, with its path from the document's root
   */
  public final void add(Violation violation) {
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
  public final boolean refusedAtOrUnder(String path) {
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
  public final void markAbsent(String path) {
    absent.add(path);
  }

  /**
   * Tells whether nothing was recorded.
   *
   * @return true if no problem was recorded
   */
  public final boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * Returns the problems in the order found.
   *
   * @return the problems
   */
  public final ImmutableList<Violation> all() {
    return ImmutableList.copyOf(found);
  }

  /**
   * A read of part of the document.
   *
   * @param <T> what is read
   * @param <X> what the line's parser throws
   */
  @FunctionalInterface
  public interface Part<T, X extends Exception> {
    /**
     * Reads the part.
     *
     * @return what was read
     * @throws X if the parser fails
     */
    T read() throws X;
  }

  /**
   * Reads a value of the document held apart from its parser (a tree, whose own paths start at the
   * value), with paths under the value's field.
   *
   * @param field the path of the value in the document
   * @param part the read
   * @param <T> what is read
   * @param <X> what the line's parser throws
   * @return what was read
   * @throws X if the parser fails
   */
  public final <T, X extends Exception> T under(String field, Part<T, X> part) throws X {
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
   * @param bufferRoot the outermost context of the buffer's parser, as the line's parser has it
   */
  protected final void enterBuffer(String field, @Nullable Object bufferRoot) {
    bases.push(new Base(field, bufferRoot));
  }

  /** Ends the read that a line's {@code enter} started. */
  public final void leave() {
    bases.pop();
  }

  /**
   * Starts reading a wire record at a path; {@link #leaveRecord()} ends it.
   *
   * @param path the record's path in the document
   */
  protected final void enterRecord(String path) {
    records.push(path);
  }

  /** Ends the read that a line's {@code enterRecord} started. */
  public final void leaveRecord() {
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
  public final String fieldOfRecord(String name) {
    String record = records.peek();
    return join(record == null ? "" : record, name);
  }

  /**
   * Returns the path of the tree read now, whose parser's root context is the tree's root.
   *
   * @return the path, empty for the document
   */
  protected final String treeBase() {
    for (Base b : bases) {
      if (b.buffer() == null) {
        return b.path();
      }
    }
    return "";
  }

  /**
   * Returns the path of the buffered value whose parser has this outermost context.
   *
   * @param bufferRoot the outermost context of a buffer's parser
   * @return the path, or null if no buffered value is read from it
   */
  protected final @Nullable String bufferBase(Object bufferRoot) {
    for (Base b : bases) {
      if (b.buffer() == bufferRoot) {
        return b.path();
      }
    }
    return null;
  }

  /**
   * Joins a path and a field or index below it.
   *
   * @param base the path, empty for the document
   * @param field the field's name or an index such as {@code [3]}, or empty
   * @return the joined path
   */
  protected static String join(String base, String field) {
    if (base.isEmpty()) {
      return field;
    }
    return field.isEmpty() ? base : field.startsWith("[") ? base + field : base + "." + field;
  }
}
