package io.github.kipp.format.internal;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The problems found so far in one read, so that a read goes on past a problem and reports every
 * problem at once, each with its path in the document: an unknown field is skipped, a value of the
 * wrong type reads as absent, an object that cannot be made reads as absent, and each is recorded
 * here. The same for both Jackson lines, paths included: a line only says how its parser's contexts
 * are walked ({@link Contexts}). One instance per read; not thread-safe.
 *
 * <p>A problem that only follows from one already recorded is left out: when an object at {@code
 * innovation} could not be made, its parent then finds {@code innovation} missing, which says
 * nothing new. So a problem is not recorded when one was recorded at its path, or when a value was
 * refused at its path or under it (an unknown field, skipped, has no such consequence).
 */
public class ProblemLog {

  /** The attribute of a read that holds its problems. */
  public static final String KEY = ProblemLog.class.getName();

  /** The steps of a place with none below its base. */
  private static final @Nullable String[] NO_NAMES = new String[0];
  private static final int[] NO_INDEXES = new int[0];

  private final List<Violation> found = new ArrayList<>();
  /** The paths where a value was refused and reads as absent: problems at or above them follow. */
  private final List<String> absent = new ArrayList<>();
  /** The paths of the wire records being read, innermost first: texts or {@link Where}s. */
  private final Deque<Object> records = new ArrayDeque<>();

  /** The values read apart from the parser, innermost first. */
  private final Deque<Base> bases = new ArrayDeque<>();

  /** The place {@link #where} gave last, given again for the same steps. */
  private @Nullable Where last;

  /**
   * A value read apart from the parser: its path, and the line's token of the outermost context of
   * the buffer its tokens are read from (null for a tree, whose parser has a root context of its own).
   */
  private record Base(String path, @Nullable Object buffer) {}

  /** Creates an empty collection. */
  public ProblemLog() {}

  /**
   * Returns the problems of the read in progress, if it collects them.
   *
   * @param attribute the read's attribute {@link #KEY}, possibly null
   * @return the problems, or null when the read stops at its first problem (a host's own mapper)
   */
  public static @Nullable ProblemLog of(@Nullable Object attribute) {
    return attribute instanceof ProblemLog log ? log : null;
  }

  /**
   * How a line's parsing contexts are walked: from a context to its parent, what kind of context it
   * is, and the index or field name it is at. Made from the line's own methods by {@link #contexts}.
   *
   * @param <C> the line's context type
   * @param parent the context's parent, null at the top
   * @param inRoot whether the context is its parser's root
   * @param bufferRoot whether the context is the outermost one of a parser over buffered tokens
   * @param inArray whether the context is an array
   * @param index the context's current index, in an array
   * @param name the context's current field name in an object, null elsewhere or before a name
   */
  public record Contexts<C>(Step<C, C> parent, Predicate<C> inRoot, Predicate<C> bufferRoot, Predicate<C> inArray,
      ToIntFunction<C> index, Step<C, String> name) {}

  /**
   * A step from a context to something it holds, possibly nothing.
   *
   * @param <C> the line's context type
   * @param <R> what the step gives
   */
  @FunctionalInterface
  public interface Step<C, R> {
    /**
     * Takes the step.
     *
     * @param context the context
     * @return what it gives, possibly null
     */
    @Nullable R from(C context);
  }

  /**
   * Returns the path in the document of the value a parser is at (its first token), such as {@code
   * proposals[3].sections[1]}; empty for the document itself.
   *
   * @param context the parser's current context, possibly null
   * @param atStructStart whether the parser is at the start of an object or array, whose own
   *     context then is {@code context}
   * @param contexts how the line's contexts are walked
   * @param <C> the line's context type
   * @return the path
   */
  public <C> String path(@Nullable C context, boolean atStructStart, Contexts<C> contexts) {
    return where(context, atStructStart, contexts).toString();
  }

  /**
   * Returns where in the document the value a parser is at lies, as {@link #path} does, kept as its
   * steps and spelled out only when asked ({@link Where#toString()}): a read takes the path of every
   * record and mapped value, and needs the text only for the few that are refused.
   *
   * @param context the parser's current context, possibly null
   * @param atStructStart whether the parser is at the start of an object or array, whose own
   *     context then is {@code context}
   * @param contexts how the line's contexts are walked
   * @param <C> the line's context type
   * @return the place, whose text is the path
   */
  public <C> Where where(@Nullable C context, boolean atStructStart, Contexts<C> contexts) {
    C from = context != null && atStructStart ? contexts.parent().from(context) : context;
    // Two walks up the contexts, none of which moves in between: the first finds how many steps lie
    // below the base and the base itself, the second writes the steps, outermost first, into arrays
    // of that size. Every record and mapped value of a read takes its place, so no list is built.
    int depth = 0;
    String base = "";
    for (C c = from; c != null; c = contexts.parent().from(c)) {
      if (contexts.inRoot().test(c)) {
        base = treeBase();
        break;
      }
      if (contexts.bufferRoot().test(c)) {
        String b = bufferBase(c);
        if (b != null) {
          base = b;
          break;
        }
        // Jackson's own replay of an object's unknown fields, buffered while the object was read:
        // its outermost context is a copy of the object's, with the field's name, and the object's
        // container above it.
      }
      depth++;
    }
    if (depth == 0) {
      return new Where(base, NO_NAMES, NO_INDEXES);
    }
    Where before = last;
    if (before != null && before.indexes.length == depth && before.base.equals(base) && sameSteps(before, from, contexts)) {
      return before;
    }
    @Nullable String[] names = new String[depth];
    int[] indexes = new int[depth];
    C c = from;
    for (int i = depth - 1; i >= 0; i--) {
      C at = Objects.requireNonNull(c, "a context counted in the first walk");
      if (contexts.inArray().test(at)) {
        indexes[i] = Math.max(contexts.index().applyAsInt(at), 0);
      } else {
        indexes[i] = -1;
        names[i] = contexts.name().from(at);
      }
      c = contexts.parent().from(at);
    }
    Where here = new Where(base, names, indexes);
    last = here;
    return here;
  }

  /**
   * Tells whether the contexts from {@code from} up hold the steps of a place taken before: a mapped
   * value and the wire record it is read from take the same place, one after the other.
   */
  private static <C> boolean sameSteps(Where before, @Nullable C from, Contexts<C> contexts) {
    C c = from;
    for (int i = before.indexes.length - 1; i >= 0; i--) {
      C at = Objects.requireNonNull(c, "a context counted in the first walk");
      if (contexts.inArray().test(at)) {
        if (before.indexes[i] != Math.max(contexts.index().applyAsInt(at), 0)) {
          return false;
        }
      } else if (before.indexes[i] != -1 || !Objects.equals(before.names[i], contexts.name().from(at))) {
        return false;
      }
      c = contexts.parent().from(at);
    }
    return true;
  }

  /**
   * A place in the document: a base path and the steps below it, outermost first, each an array
   * index or a field's name (a step with neither adds nothing). Its text is the path.
   */
  public static final class Where {
    private final String base;
    private final @Nullable String[] names;
    private final int[] indexes;

    private Where(String base, @Nullable String[] names, int[] indexes) {
      this.base = base;
      this.names = names;
      this.indexes = indexes;
    }

    /** Returns the path, such as {@code proposals[3].sections[1]}; empty for the document. */
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder(base);
      for (int i = 0; i < indexes.length; i++) {
        String name = names[i];
        if (indexes[i] >= 0) {
          out.append('[').append(indexes[i]).append(']');
        } else if (name != null) {
          if (out.length() > 0) {
            out.append('.');
          }
          out.append(name);
        }
      }
      return out.toString();
    }
  }

  /**
   * Starts reading a field's value from a buffer of its tokens; {@link #leave()} ends it. For a value
   * buffered to be read later its name may since have moved on, so paths in it start below it, under
   * the path given here.
   *
   * @param field the path of the value in the document
   * @param context the buffer parser's context at its first token, possibly null
   * @param contexts how the line's contexts are walked
   * @param <C> the line's context type
   */
  public <C> void enter(String field, @Nullable C context, Contexts<C> contexts) {
    C c = context;
    while (c != null && !contexts.inRoot().test(c) && !contexts.bufferRoot().test(c)) {
      c = contexts.parent().from(c);
    }
    bases.push(new Base(field, c));
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
  public <T, X extends Exception> T under(String field, Part<T, X> part) throws X {
    bases.push(new Base(join(treeBase(), field), null));
    try {
      return part.read();
    } finally {
      leave();
    }
  }

  /** Ends the read that {@link #enter} started. */
  public void leave() {
    bases.pop();
  }

  /**
   * Starts reading a wire record at a path; {@link #leaveRecord()} ends it.
   *
   * @param path the record's path in the document
   */
  public void enterRecord(String path) {
    records.push(path);
  }

  /**
   * Starts reading a wire record at a place; {@link #leaveRecord()} ends it. Its path is spelled out
   * only if a field of it is reported.
   *
   * @param where the record's place in the document
   */
  public void enterRecord(Where where) {
    records.push(where);
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
    Object record = records.peek();
    return join(record == null ? "" : record.toString(), name);
  }

  /**
   * Returns the path of the tree read now, whose parser's root context is the tree's root.
   *
   * @return the path, empty for the document
   */
  private String treeBase() {
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
  private @Nullable String bufferBase(Object bufferRoot) {
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
  private static String join(String base, String field) {
    if (base.isEmpty()) {
      return field;
    }
    return field.isEmpty() ? base : field.startsWith("[") ? base + field : base + "." + field;
  }
}
