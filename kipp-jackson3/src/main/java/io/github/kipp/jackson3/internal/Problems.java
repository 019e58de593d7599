package io.github.kipp.jackson3.internal;

import io.github.kipp.format.internal.ProblemLog;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.util.TokenBufferReadContext;

/**
 * The Jackson 3 line's {@link ProblemLog}: the problems of one read ({@link #KEY}, set by {@code
 * KippJson}), with the paths taken from Jackson 3's token stream contexts.
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
    TokenStreamContext c = buffer.streamReadContext();
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
    TokenStreamContext context = p.streamReadContext();
    JsonToken token = p.currentToken();
    if (context != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
      context = context.getParent();
    }
    Deque<TokenStreamContext> chain = new ArrayDeque<>();
    String base = "";
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
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
    for (TokenStreamContext c : chain) {
      if (c.inArray()) {
        out.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
      } else if (c.inObject() && c.currentName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(c.currentName());
      }
    }
    return out.toString();
  }

  /**
   * The outermost context of a parser over buffered tokens: a copy of the context the tokens were
   * taken from (see {@link #enter}).
   */
  private static boolean isBufferRoot(TokenStreamContext c) {
    return c instanceof TokenBufferReadContext && !(c.getParent() instanceof TokenBufferReadContext);
  }
}
