package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.enumValue;
import static io.github.kipp.format.internal.Wire.list;
import static io.github.kipp.format.internal.Wire.nested;
import static io.github.kipp.format.internal.Wire.required;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.LogEntry;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.audit.Verification;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of the decision log: its entries, the log itself, published results and a log's
 * verification.
 *
 * <p>Entries are read as they are written, hashes included, and never re-signed: a log changed after
 * it was written reads back, and {@link DecisionLog#verify()} names its first bad entry.
 */
public final class AuditWire {

  private AuditWire() {}

  /** {@link LogEntry}, hashes included. */
  @WireRecord
  public record EntryW(
      @Nullable Long sequence,
      @Nullable String at,
      @Nullable Actor actor,
      @Nullable String kind,
      @Nullable String subject,
      @Nullable String payload,
      @Nullable List<Citation> citations,
      @Nullable String previousHash,
      @Nullable String hash) {
    static EntryW of(LogEntry e) {
      return new EntryW(e.sequence(), e.at().toString(), e.actor(), e.kind().name(), e.subject(), e.payload(), e.citations(), e.previousHash(), e.hash());
    }

    LogEntry toDomain() {
      long s = required(sequence, "sequence", Expected.INTEGER);
      Instant t = Wire.instant(at, "at");
      Actor a = required(actor, "actor", Expected.OBJECT);
      EntryKind k = enumValue(kind, "kind", EntryKind.class);
      String sub = required(subject, "subject", Expected.TEXT);
      String p = required(payload, "payload", Expected.TEXT);
      List<Citation> cs = list(citations, "citations");
      String prev = required(previousHash, "previousHash", Expected.TEXT);
      String h = required(hash, "hash", Expected.TEXT);
      return new LogEntry(s, t, a, k, sub, p, ImmutableList.copyOf(cs), prev, h);
    }
  }

  /**
   * {@link DecisionLog}: its head hash and its entries, oldest first. On reading, a head hash that is
   * not the last entry's hash is refused: the document was changed after it was written.
   */
  @WireRecord
  public record LogW(@Nullable String headHash, @Nullable List<LogEntry> entries) {
    static LogW of(DecisionLog log) {
      ImmutableList<LogEntry> snapshot = log.entries();
      return new LogW(snapshot.isEmpty() ? DecisionLog.GENESIS : snapshot.get(snapshot.size() - 1).hash(), snapshot);
    }

    DecisionLog toDomain() {
      List<LogEntry> es = list(entries, "entries");
      String last = es.isEmpty() ? DecisionLog.GENESIS : es.get(es.size() - 1).hash();
      if (headHash != null && !headHash.equals(last)) {
        throw Wire.fail(FormatMessages.violation("kipp.json.logHead", "headHash", headHash, "computed", last));
      }
      return DecisionLog.of(es);
    }
  }

  /**
   * {@link PublishedResult}; on reading, a hash that is not the content's is refused. {@code reason}
   * is written only for a correction, so documents written before corrections carried a reason read
   * unchanged.
   */
  @WireRecord
  public record PublishedW(
      @Nullable String reference,
      @Nullable String title,
      @Nullable String at,
      @Nullable List<String> lines,
      @Nullable String supersedes,
      @Nullable Reason reason,
      @Nullable String hash) {
    static PublishedW of(PublishedResult r) {
      return new PublishedW(r.reference(), r.title(), r.at().toString(), r.lines(), r.supersedes().orElse(null), r.reason().orElse(null), r.hash());
    }

    PublishedResult toDomain() {
      String ref = required(reference, "reference", Expected.TEXT);
      String t = required(title, "title", Expected.TEXT);
      Instant when = Wire.instant(at, "at");
      List<String> ls = list(lines, "lines");
      String h = required(hash, "hash", Expected.TEXT);
      return nested("", () -> new PublishedResult(ref, t, when, ImmutableList.copyOf(ls), Optional.ofNullable(supersedes), Optional.ofNullable(reason), h));
    }
  }

  /** {@link Verification}: the first bad entry's number and the problem, both absent when valid. */
  @WireRecord
  public record VerificationW(@Nullable Long firstBad, @Nullable LocalizedText problem) {
    static VerificationW of(Verification v) {
      return new VerificationW(v.firstBad().isPresent() ? v.firstBad().getAsLong() : null, v.problem().orElse(null));
    }

    Verification toDomain() {
      return nested("", () -> new Verification(firstBad == null ? OptionalLong.empty() : OptionalLong.of(firstBad), Optional.ofNullable(problem)));
    }
  }

  /**
   * Returns the mappings of this file.
   *
   * @return the mappings
   */
  public static List<Mapping<?, ?>> mappings() {
    return List.of(
        Mapping.of(LogEntry.class, EntryW.class, EntryW::of, EntryW::toDomain),
        Mapping.of(DecisionLog.class, LogW.class, LogW::of, LogW::toDomain),
        Mapping.of(PublishedResult.class, PublishedW.class, PublishedW::of, PublishedW::toDomain),
        Mapping.of(Verification.class, VerificationW.class, VerificationW::of, VerificationW::toDomain));
  }
}
