package io.github.kipp.jackson3.internal;

import io.github.kipp.format.internal.ProblemLog;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.util.TokenBufferReadContext;

/**
 * The Jackson 3 side of kipp-format's {@link ProblemLog}: the log is a read's attribute, and its
 * paths are walked over Jackson 3's token stream contexts.
 */
public final class Problems {

  private static final ProblemLog.Contexts<TokenStreamContext> STREAM = new ProblemLog.Contexts<>(
      TokenStreamContext::getParent, TokenStreamContext::inRoot,
      c -> c instanceof TokenBufferReadContext && !(c.getParent() instanceof TokenBufferReadContext),
      TokenStreamContext::inArray, TokenStreamContext::getCurrentIndex, c -> c.inObject() ? c.currentName() : null);

  private Problems() {}

  /**
   * The log of the read in progress.
   *
   * @param ctxt the read's context
   * @return the log, or null in a read that stops at its first problem (a host's own mapper)
   */
  public static @Nullable ProblemLog of(DeserializationContext ctxt) {
    return ProblemLog.of(ctxt.getAttribute(ProblemLog.KEY));
  }

  /**
   * The path of the value a parser is at, from its first token.
   *
   * @param log the log
   * @param p the parser
   * @return the path
   */
  public static String path(ProblemLog log, JsonParser p) {
    return log.path(p.streamReadContext(), p.currentToken() != null && p.currentToken().isStructStart(), STREAM);
  }

  /**
   * Notes that the values read next come from a buffered field's tokens, under the field's name.
   *
   * @param log the log
   * @param field the field whose value was buffered
   * @param buffer the parser over the buffered value
   */
  public static void enter(ProblemLog log, String field, JsonParser buffer) {
    log.enter(field, buffer.streamReadContext(), STREAM);
  }

  /**
   * Notes that a wire record starts where the parser is.
   *
   * @param log the log
   * @param p the parser
   */
  public static void enterRecord(ProblemLog log, JsonParser p) {
    log.enterRecord(path(log, p));
  }
}
