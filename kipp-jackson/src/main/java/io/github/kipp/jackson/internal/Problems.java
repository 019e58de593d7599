package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.util.TokenBufferReadContext;
import io.github.kipp.format.internal.ProblemLog;
import org.jspecify.annotations.Nullable;

/**
 * Where kipp-format's {@link ProblemLog} of a read is found in a Jackson 2 read, and how its paths
 * come from Jackson 2's parsing contexts ({@code JsonStreamContext}).
 */
public final class Problems {

  private static final ProblemLog.Contexts<JsonStreamContext> PARSING = new ProblemLog.Contexts<>(
      JsonStreamContext::getParent, JsonStreamContext::inRoot, Problems::isBufferRoot, JsonStreamContext::inArray,
      JsonStreamContext::getCurrentIndex, c -> c.inObject() ? c.getCurrentName() : null);

  private Problems() {}

  /**
   * Returns the problems of the read in progress, if it collects them.
   *
   * @param ctxt the read's context
   * @return the problems, or null when the read stops at its first problem (a host's own mapper)
   */
  public static @Nullable ProblemLog of(DeserializationContext ctxt) {
    return ProblemLog.of(ctxt.getAttribute(ProblemLog.KEY));
  }

  /**
   * Starts reading a field's value from a buffer of its tokens ({@link ProblemLog#enter}).
   *
   * @param log the read's problems
   * @param field the path of the value in the document
   * @param buffer the parser over the buffer, at its first token
   */
  public static void enter(ProblemLog log, String field, JsonParser buffer) {
    log.enter(field, buffer.getParsingContext(), PARSING);
  }

  /**
   * Starts reading a wire record at the parser's path ({@link ProblemLog#enterRecord}).
   *
   * @param log the read's problems
   * @param p the parser, at the record's first token
   */
  public static void enterRecord(ProblemLog log, JsonParser p) {
    log.enterRecord(where(log, p));
  }

  /**
   * Returns where the value the parser is at lies ({@link ProblemLog#where}), spelled out as its
   * path only when a problem needs it.
   *
   * @param log the read's problems
   * @param p the parser, at the first token of a value
   * @return the place, whose text is the path
   */
  public static ProblemLog.Where where(ProblemLog log, JsonParser p) {
    JsonToken token = p.currentToken();
    return log.where(p.getParsingContext(), token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY, PARSING);
  }

  /**
   * Returns the path of the value the parser is at ({@link ProblemLog#path}).
   *
   * @param log the read's problems
   * @param p the parser, at the first token of a value
   * @return the path, such as {@code proposals[3].sections[1]}
   */
  public static String path(ProblemLog log, JsonParser p) {
    JsonToken token = p.currentToken();
    return log.path(p.getParsingContext(), token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY, PARSING);
  }

  /**
   * The outermost context of a parser over buffered tokens: a copy of the context the tokens were
   * taken from.
   */
  private static boolean isBufferRoot(JsonStreamContext c) {
    return c instanceof TokenBufferReadContext && !(c.getParent() instanceof TokenBufferReadContext);
  }
}
