package io.github.kipp.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.internal.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a {@link DecisionLog}: what happened, to what, by whom, when, on what basis, and the
 * hashes that chain it to the entry before.
 *
 * <p>{@link #hash()} is the SHA-256, in hex, of every other field in a canonical form (see {@link
 * #computeHash()}), the previous entry's hash included; changing any field of any entry breaks the
 * chain from that entry on.
 *
 * <p>Every text of an entry follows kipp's text policy ({@link
 * io.github.kipp.core.validation.TextPolicy}) and its length limits, checked when the entry is made,
 * whether appended or read back: the subject and the hashes are single lines of plain text, the
 * payload plain text of one or more lines, each citation checked by {@link Citation}. So every entry
 * hashes over well-formed text, and every entry fits one line of {@link DecisionLog#write()} within
 * {@link DecisionLog#MAX_LINE_LENGTH}.
 *
 * @param sequence the entry's position, from 1
 * @param at when it happened, not null
 * @param actor who acted, not null
 * @param kind what kind of event, not null
 * @param subject what it concerns, such as {@code proposal p-17}; not null
 * @param payload the event's content as text, such as {@code submitted -> admin-passed}; not null
 * @param citations the basis of the event, possibly empty
 * @param previousHash the previous entry's hash; {@link DecisionLog#GENESIS} for the first
 * @param hash this entry's hash
 */
public record LogEntry(
    long sequence,
    Instant at,
    Actor actor,
    EntryKind kind,
    String subject,
    String payload,
    ImmutableList<Citation> citations,
    String previousHash,
    String hash) {

  /** The longest subject, in characters. */
  public static final int MAX_SUBJECT = 1_000;

  /** The longest payload, in characters. */
  public static final int MAX_PAYLOAD = 100_000;

  /** The most citations of one entry. */
  public static final int MAX_CITATIONS = 100;

  /** The most source ids of one citation of an entry. */
  public static final int MAX_SOURCES = 64;

  /** The longest hash, in characters: a SHA-256 in hex. */
  private static final int MAX_HASH = 64;

  /**
   * Creates an entry as stored; {@link DecisionLog#verify()} checks its hash.
   *
   * @param sequence the position
   * @param at when, not null
   * @param actor who, not null
   * @param kind what kind, not null
   * @param subject what about, not null
   * @param payload the content, not null
   * @param citations the basis, not null
   * @param previousHash the previous hash, not null
   * @param hash this hash, not null
   * @throws InvalidInputException if a text is refused by kipp's text policy or is too long, or
   *     there are too many citations or sources
   */
  public LogEntry {
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    requireNonNull(payload, "payload");
    citations = ImmutableList.copyOf(requireNonNull(citations, "citations"));
    requireNonNull(previousHash, "previousHash");
    requireNonNull(hash, "hash");
    List<Violation> violations = new ArrayList<>(0);
    text(violations, "subject", subject, MAX_SUBJECT, false);
    text(violations, "payload", payload, MAX_PAYLOAD, true);
    text(violations, "previousHash", previousHash, MAX_HASH, false);
    text(violations, "hash", hash, MAX_HASH, false);
    if (citations.size() > MAX_CITATIONS) {
      violations.add(CoreMessages.violation("kipp.list.tooMany", "citations", citations.size(), "max", MAX_CITATIONS));
    }
    for (int i = 0; i < citations.size(); i++) {
      int sources = citations.get(i).sources().size();
      if (sources > MAX_SOURCES) {
        violations.add(CoreMessages.violation("kipp.list.tooMany", "citations[" + i + "].sources", sources, "max", MAX_SOURCES));
      }
    }
    InvalidInputException.throwIfAny("decision log entry #" + sequence, violations);
  }

  private static void text(List<Violation> violations, String field, String value, int max, boolean multiline) {
    if (value.length() > max) {
      violations.add(CoreMessages.violation("kipp.text.tooLong", field, value, "max", max));
    } else if (multiline) {
      Texts.prose(violations, field, value);
    } else {
      Texts.line(violations, field, value);
    }
  }

  /**
   * Computes the hash this entry's fields give: SHA-256 over the sequence, time (ISO-8601), actor id
   * and role, kind, subject, payload, each citation's text and the previous hash, each written as its
   * length in UTF-8 bytes followed by the bytes (each citation as its instrument, provision,
   * confidence, sources and note, after the number of citations, and its sources after their
   * number), so that no two different entries share a form.
   *
   * <p>The UTF-8 encoder reports malformed text instead of replacing it, so no two different texts
   * can give the same bytes; an entry refuses malformed text when it is made, so it never reaches
   * the hash. For well-formed text the bytes, and so the hashes, are the ones kipp has always
   * computed: logs written before keep verifying.
   *
   * @return the hash, 64 hex digits
   */
  public String computeHash() {
    CanonicalDigest h = new CanonicalDigest();
    h.text("sequence", Long.toString(sequence));
    h.text("at", at.toString());
    h.text("actor", actor.id().value());
    h.text("role", actor.role().name());
    h.text("kind", kind.name());
    h.text("subject", subject);
    h.text("payload", payload);
    h.count(citations.size());
    for (Citation c : citations) {
      h.text("instrument", c.instrument());
      h.text("provision", c.provision());
      h.text("confidence", c.confidence().name());
      h.count(c.sources().size());
      c.sources().forEach(source -> h.text("source", source));
      h.text("note", c.note());
    }
    h.text("previousHash", previousHash);
    return h.hex();
  }

  /** Returns {@code #sequence kind subject: payload}. */
  @Override
  public String toString() {
    return "#" + sequence + " " + kind + " " + subject + ": " + payload;
  }
}
