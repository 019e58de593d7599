package io.github.kipp.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.CoreMessages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A result set frozen and published, such as the finalists announced for public review (<i>uji
 * publik</i>) by a numbered announcement (<i>Pengumuman</i>): its lines of content and their SHA-256
 * digest, which objections and corrections refer to. A corrected result names the hash of the result
 * it supersedes and the reason for the correction, so the re-published result links both and says
 * why.
 *
 * <p>The hash covers the reason of a correction; the hash of a result that corrects nothing is
 * computed as it always was, so hashes published before corrections carried reasons still verify.
 *
 * @param reference the announcement's number, such as {@code B/112/PP.00.05/2021}; not blank
 * @param title what is published, not blank
 * @param at when it was published, not null
 * @param lines the published content, one entry a line, in order
 * @param supersedes the hash of the result this one corrects, if any
 * @param reason why this result corrects the one it supersedes, with the citations of its basis;
 *     present exactly when {@code supersedes} is
 * @param hash the SHA-256 of everything above, in hex
 */
public record PublishedResult(
    String reference, String title, Instant at, ImmutableList<String> lines, Optional<String> supersedes, Optional<Reason> reason, String hash) {

  /**
   * Creates a published result, checking its hash.
   *
   * @param reference the announcement's number, not blank
   * @param title what is published, not blank
   * @param at when, not null
   * @param lines the content, not null
   * @param supersedes the corrected result's hash, not null
   * @param reason the correction's reason, present exactly when {@code supersedes} is, citing at
   *     least one basis; not null
   * @param hash the hash, which must be the content's
   * @throws InvalidInputException if the reference or title is blank ({@code kipp.text.blank}), a
   *     correction has no reason or its reason cites nothing, a result that corrects nothing has a
   *     reason ({@code kipp.result.reasonRequired}), or the hash is not the content's ({@code
   *     kipp.result.hash})
   */
  public PublishedResult {
    requireNonNull(reference, "reference");
    requireNonNull(title, "title");
    requireNonNull(at, "at");
    lines = ImmutableList.copyOf(requireNonNull(lines, "lines"));
    requireNonNull(supersedes, "supersedes");
    requireNonNull(reason, "reason");
    requireNonNull(hash, "hash");
    List<Violation> v = new ArrayList<>(2);
    if (reference.isBlank()) {
      v.add(CoreMessages.violation("kipp.text.blank", "reference", reference));
    }
    if (title.isBlank()) {
      v.add(CoreMessages.violation("kipp.text.blank", "title", title));
    }
    if (supersedes.isPresent() != reason.isPresent() || reason.filter(r -> r.citations().isEmpty()).isPresent()) {
      v.add(CoreMessages.violation("kipp.result.reasonRequired", "reason", reason.map(Reason::code).orElse(""),
          "supersedes", supersedes.orElse("-"), "citations", reason.map(r -> r.citations().size()).orElse(0)));
    }
    InvalidInputException.throwIfAny("published result " + reference, v);
    String expected = digest(reference, title, at, lines, supersedes, reason);
    if (!expected.equals(hash)) {
      throw InvalidInputException.of("published result " + reference,
          CoreMessages.violation("kipp.result.hash", "hash", hash, "reference", reference, "expected", expected));
    }
  }

  /**
   * Freezes a result for publication.
   *
   * @param reference the announcement's number, not blank
   * @param title what is published, not blank
   * @param at when it is published, not null
   * @param lines the content, one entry a line
   * @return the published result, not null
   */
  public static PublishedResult of(String reference, String title, Instant at, Iterable<String> lines) {
    requireNonNull(reference, "reference");
    requireNonNull(title, "title");
    requireNonNull(at, "at");
    ImmutableList<String> list = ImmutableList.copyOf(lines);
    return new PublishedResult(reference, title, at, list, Optional.empty(), Optional.empty(),
        digest(reference, title, at, list, Optional.empty(), Optional.empty()));
  }

  /**
   * Returns a correction of this result: new content that supersedes this one, linked by its hash,
   * with the reason for the correction. Publish it with {@link DecisionLog#recordPublication}, under
   * this result's reference (a re-publication) or a new one.
   *
   * @param reference the correcting announcement's number, not blank
   * @param at when it is published, not null
   * @param corrected the corrected content
   * @param reason why the result is corrected, in both languages, citing at least one basis (such as
   *     the ruling on an objection); not null
   * @return the correction, not null
   * @throws InvalidInputException if the reference is blank or the reason cites nothing
   */
  public PublishedResult correctedBy(String reference, Instant at, Iterable<String> corrected, Reason reason) {
    requireNonNull(reference, "reference");
    requireNonNull(at, "at");
    requireNonNull(reason, "reason");
    ImmutableList<String> list = ImmutableList.copyOf(corrected);
    Optional<String> superseded = Optional.of(hash);
    Optional<Reason> why = Optional.of(reason);
    return new PublishedResult(reference, title, at, list, superseded, why, digest(reference, title, at, list, superseded, why));
  }

  /**
   * Returns whether this result corrects another.
   *
   * @return true if it names a result it supersedes
   */
  public boolean isCorrection() {
    return supersedes.isPresent();
  }

  private static String digest(String reference, String title, Instant at, ImmutableList<String> lines, Optional<String> supersedes,
      Optional<Reason> reason) {
    Hasher h = Hashing.sha256().newHasher();
    put(h, reference);
    put(h, title);
    put(h, at.toString());
    put(h, supersedes.orElse(""));
    h.putInt(lines.size());
    lines.forEach(l -> put(h, l));
    // A result without a correction hashes exactly as before reasons were recorded.
    if (reason.isPresent()) {
      Reason r = reason.get();
      put(h, r.code());
      put(h, r.message().indonesian());
      put(h, r.message().english());
      h.putInt(r.citations().size());
      for (Citation c : r.citations()) {
        put(h, c.instrument());
        put(h, c.provision());
        put(h, c.confidence().name());
        h.putInt(c.sources().size());
        c.sources().forEach(source -> put(h, source));
        put(h, c.note());
      }
    }
    return h.hash().toString();
  }

  private static void put(Hasher h, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    h.putInt(bytes.length).putBytes(bytes);
  }

  /** Returns {@code reference: title (hash prefix)}. */
  @Override
  public String toString() {
    return reference + ": " + title + " (" + hash.substring(0, 12) + ")";
  }
}
