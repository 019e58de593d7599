package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.util.TokenBufferReadContext;
import io.github.kipp.format.internal.ProblemLog;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson 2 line's {@link ProblemLog}: the problems of one read ({@link #KEY}, set by {@code
 * KippJson}), with the paths taken from Jackson 2's parsing contexts.
 */
public final class Problems extends ProblemLog {

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
    enterBuffer(field, c);
  }

  /**
   * Starts reading a wire record; {@link #leaveRecord()} ends it.
   *
   * @param p the parser, at the record's first token
   */
  public void enterRecord(JsonParser p) {
    enterRecord(path(p));
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
        String b = bufferBase(c);
        if (b != null) {
          base = b;
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
}
