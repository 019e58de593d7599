package io.github.kipp.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One entry of a {@link DecisionLog}: what happened, to what, by whom, when, on what basis, and the
 * hashes that chain it to the entry before.
 *
 * <p>{@link #hash()} is the SHA-256, in hex, of every other field in a canonical form (see {@link
 * #computeHash()}), the previous entry's hash included; changing any field of any entry breaks the
 * chain from that entry on.
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
  }

  /**
   * Computes the hash this entry's fields give: SHA-256 over the sequence, time (ISO-8601), actor id
   * and role, kind, subject, payload, each citation's text and the previous hash, each written as its
   * length in UTF-8 bytes followed by the bytes (each citation as its instrument,
   * provision, confidence, sources and note), so that no two different entries share a form.
   *
   * @return the hash, 64 hex digits
   */
  public String computeHash() {
    Hasher h = Hashing.sha256().newHasher();
    put(h, Long.toString(sequence));
    put(h, at.toString());
    put(h, actor.id().value());
    put(h, actor.role().name());
    put(h, kind.name());
    put(h, subject);
    put(h, payload);
    h.putInt(citations.size());
    for (Citation c : citations) {
      put(h, c.instrument());
      put(h, c.provision());
      put(h, c.confidence().name());
      h.putInt(c.sources().size());
      c.sources().forEach(source -> put(h, source));
      put(h, c.note());
    }
    put(h, previousHash);
    return h.hash().toString();
  }

  private static void put(Hasher h, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    h.putInt(bytes.length).putBytes(bytes);
  }

  /** Returns {@code #sequence kind subject: payload}. */
  @Override
  public String toString() {
    return "#" + sequence + " " + kind + " " + subject + ": " + payload;
  }
}
