package io.github.kipp.core.audit;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Role;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.CoreMessages;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text form of a {@link DecisionLog}: one entry a line, fields separated by tabs, with tabs,
 * line breaks, carriage returns and backslashes in text escaped as {@code \t}, {@code \n}, {@code
 * \r} and {@code \\}.
 *
 * <p>Reading makes one pass over the input and reads each character once: it splits lines and
 * fields and undoes escapes as it goes, and refuses a line as soon as it is longer than {@link
 * DecisionLog#MAX_LINE_LENGTH} characters or holds more than {@link DecisionLog#MAX_FIELDS} fields,
 * and the input as soon as it holds more than {@link DecisionLog#MAX_ENTRIES} lines. Every later
 * step works on the fields of one line and is linear in their length, so reading is linear in the
 * input. Only the form {@link #line} writes is read: numbers, times and escapes must be written as
 * kipp writes them, so that reading and writing again gives the same text.
 */
final class LogText {

  /** The longest refusal cause quoted from a failed parse of a field, in characters. */
  private static final int MAX_CAUSE = 200;

  private LogText() {}

  /**
   * Writes one entry as a line, without its line break.
   *
   * @param out where the line is written
   * @param e the entry
   */
  static void line(StringBuilder out, LogEntry e) {
    out.append(e.sequence()).append('\t');
    field(out, e.at().toString());
    field(out, e.actor().id().value());
    field(out, e.actor().role().name());
    field(out, e.kind().name());
    field(out, e.subject());
    field(out, e.payload());
    out.append(e.citations().size()).append('\t');
    for (Citation c : e.citations()) {
      field(out, c.instrument());
      field(out, c.provision());
      field(out, c.confidence().name());
      field(out, c.note());
      out.append(c.sources().size()).append('\t');
      c.sources().forEach(s -> field(out, s));
    }
    field(out, e.previousHash());
    escape(out, e.hash());
  }

  private static void field(StringBuilder out, String s) {
    escape(out, s);
    out.append('\t');
  }

  private static void escape(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }

  /**
   * Reads the entries of a log's text form, in one pass.
   *
   * @param text the text
   * @return the entries, oldest first
   * @throws InvalidInputException if a line is malformed or too long, holds too many fields or
   *     refused text, or there are too many lines; the violation names the line
   */
  static List<LogEntry> parse(CharSequence text) {
    int n = text.length();
    List<LogEntry> entries = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int line = 0;
    while (i < n) {
      line++;
      int start = i;
      if (line > DecisionLog.MAX_ENTRIES) {
        throw malformed(text, start, line, "a log holds at most " + DecisionLog.MAX_ENTRIES + " entries");
      }
      fields.clear();
      field.setLength(0);
      while (i < n) {
        char c = text.charAt(i++);
        if (i - start > DecisionLog.MAX_LINE_LENGTH) {
          throw malformed(text, start, line, "a line holds at most " + DecisionLog.MAX_LINE_LENGTH + " characters");
        }
        if (c == '\n') {
          break;
        } else if (c == '\t') {
          if (fields.size() + 1 >= DecisionLog.MAX_FIELDS) {
            throw malformed(text, start, line, "a line holds at most " + DecisionLog.MAX_FIELDS + " fields");
          }
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\r') {
          throw malformed(text, start, line, "a carriage return in a field must be written as \\r");
        } else if (c == '\\') {
          char next = i < n ? text.charAt(i++) : '\n';
          if (i - start > DecisionLog.MAX_LINE_LENGTH) {
            throw malformed(text, start, line, "a line holds at most " + DecisionLog.MAX_LINE_LENGTH + " characters");
          }
          switch (next) {
            case '\\' -> field.append('\\');
            case 't' -> field.append('\t');
            case 'n' -> field.append('\n');
            case 'r' -> field.append('\r');
            case '\n', '\t' -> throw malformed(text, start, line, "a lone backslash ends the field");
            default -> throw malformed(text, start, line, "unknown escape \\" + next);
          }
        } else {
          field.append(c);
        }
      }
      fields.add(field.toString());
      entries.add(entry(text, start, line, fields));
    }
    return entries;
  }

  /** Builds the entry of one line from its unescaped fields. */
  private static LogEntry entry(CharSequence text, int start, int line, List<String> f) {
    try {
      if (f.size() < 10) {
        throw new IllegalArgumentException("an entry has at least 10 fields, found " + f.size());
      }
      long sequence = Long.parseLong(f.get(0));
      canonical("sequence", f.get(0), Long.toString(sequence));
      Instant at = Instant.parse(f.get(1));
      canonical("time", f.get(1), at.toString());
      Actor actor = new Actor(ActorId.of(f.get(2)), Role.valueOf(f.get(3)));
      EntryKind kind = EntryKind.valueOf(f.get(4));
      int count = count(f.get(7));
      ImmutableList.Builder<Citation> citations = ImmutableList.builderWithExpectedSize(count);
      int o = 8;
      for (int c = 0; c < count; c++) {
        if (f.size() < o + 5) {
          throw new IllegalArgumentException("the line ends inside citation " + (c + 1) + " of " + count);
        }
        int sources = count(f.get(o + 4));
        if (f.size() < o + 5 + sources) {
          throw new IllegalArgumentException("the line ends inside the sources of citation " + (c + 1));
        }
        citations.add(new Citation(f.get(o), f.get(o + 1), Confidence.valueOf(f.get(o + 2)),
            ImmutableList.copyOf(f.subList(o + 5, o + 5 + sources)), f.get(o + 3)));
        o += 5 + sources;
      }
      if (f.size() != o + 2) {
        throw new IllegalArgumentException("expected " + (o + 2) + " fields, found " + f.size());
      }
      return new LogEntry(sequence, at, actor, kind, f.get(5), f.get(6), citations.build(), f.get(o), f.get(o + 1));
    } catch (InvalidInputException e) {
      // A refused value (text policy, limits, identifiers): name the line, and keep each violation.
      List<Violation> all = new ArrayList<>(e.violations().size() + 1);
      all.add(violation(text, start, line, e.violations().get(0).message().english()));
      e.violations().forEach(v -> all.add(v.under("lines[" + (line - 1) + "]")));
      throw InvalidInputException.of("decision log", all);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw malformed(text, start, line, String.valueOf(e.getMessage()));
    }
  }

  private static void canonical(String what, String found, String written) {
    if (!found.equals(written)) {
      throw new IllegalArgumentException("the " + what + " '" + found + "' is not in the form the log writes (" + written + ")");
    }
  }

  private static int count(String field) {
    int n = Integer.parseInt(field);
    if (n < 0 || n > DecisionLog.MAX_FIELDS) {
      throw new IllegalArgumentException("a count must be between 0 and " + DecisionLog.MAX_FIELDS + ", found " + n);
    }
    canonical("count", field, Integer.toString(n));
    return n;
  }

  private static InvalidInputException malformed(CharSequence text, int start, int line, String cause) {
    return InvalidInputException.of("decision log", violation(text, start, line, cause));
  }

  /** A {@code kipp.log.malformed} violation naming the line, quoting its start and the cause. */
  private static Violation violation(CharSequence text, int start, int line, String cause) {
    StringBuilder shown = new StringBuilder();
    for (int i = start; i < text.length() && i - start <= Violation.MAX_VALUE_LENGTH; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        break;
      }
      shown.append(c);
    }
    String why = cause.length() <= MAX_CAUSE ? cause : cause.substring(0, MAX_CAUSE - 1) + "…";
    return CoreMessages.violation("kipp.log.malformed", "lines[" + (line - 1) + "]", shown.toString(), "line", line, "cause", why);
  }
}
