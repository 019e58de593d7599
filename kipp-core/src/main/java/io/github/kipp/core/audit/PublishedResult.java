package io.github.kipp.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.internal.Texts;
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
 * <p>Every text follows kipp's text policy ({@link io.github.kipp.core.validation.TextPolicy}),
 * checked by every factory before anything is hashed, which refuses it with an {@link
 * InvalidInputException}: the reference, title and hashes are single lines of plain text, each line
 * plain text that may hold tabs and line breaks (the multi-line kind).
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
   *     reason ({@code kipp.result.reasonRequired}), a text is refused by kipp's text policy (the
   *     reference, title, superseded hash and hash must be single lines of plain text, each line
   *     multi-line plain text), or the hash is not the content's ({@code kipp.result.hash})
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
    checkTexts(v, reference, title, lines, supersedes, hash);
    InvalidInputException.throwIfAny("published result", v);
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
    return sealed(reference, title, at, ImmutableList.copyOf(lines), Optional.empty(), Optional.empty());
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
    requireNonNull(reason, "reason");
    return sealed(reference, title, at, ImmutableList.copyOf(corrected), Optional.of(hash), Optional.of(reason));
  }

  /**
   * Returns whether this result corrects another.
   *
   * @return true if it names a result it supersedes
   */
  public boolean isCorrection() {
    return supersedes.isPresent();
  }

  /** Checks the texts, so that only well-formed text is hashed, then hashes and creates the result. */
  private static PublishedResult sealed(String reference, String title, Instant at, ImmutableList<String> lines, Optional<String> supersedes,
      Optional<Reason> reason) {
    requireNonNull(reference, "reference");
    requireNonNull(title, "title");
    requireNonNull(at, "at");
    List<Violation> v = new ArrayList<>(0);
    checkTexts(v, reference, title, lines, supersedes, "");
    InvalidInputException.throwIfAny("published result", v);
    return new PublishedResult(reference, title, at, lines, supersedes, reason, digest(reference, title, at, lines, supersedes, reason));
  }

  private static void checkTexts(List<Violation> violations, String reference, String title, List<String> lines, Optional<String> supersedes,
      String hash) {
    Texts.line(violations, "reference", reference);
    Texts.line(violations, "title", title);
    for (int i = 0; i < lines.size(); i++) {
      Texts.prose(violations, "lines[" + i + "]", lines.get(i));
    }
    supersedes.ifPresent(s -> Texts.line(violations, "supersedes", s));
    Texts.line(violations, "hash", hash);
  }

  /**
   * The SHA-256 of the reference, title, time (ISO-8601), superseded hash (empty if none), the
   * number of lines and each line, and for a correction its reason (code, both languages, and each
   * citation's instrument, provision, confidence, sources and note), each text as its length in
   * UTF-8 bytes followed by the bytes. The encoder reports malformed text instead of replacing it;
   * the constructor refuses such text before it is hashed. A result without a correction hashes
   * exactly as before reasons were recorded, and hashes of well-formed text are the ones kipp has
   * always computed.
   */
  private static String digest(String reference, String title, Instant at, ImmutableList<String> lines, Optional<String> supersedes,
      Optional<Reason> reason) {
    CanonicalDigest h = new CanonicalDigest();
    h.text("reference", reference);
    h.text("title", title);
    h.text("at", at.toString());
    h.text("supersedes", supersedes.orElse(""));
    h.count(lines.size());
    lines.forEach(l -> h.text("line", l));
    if (reason.isPresent()) {
      Reason r = reason.get();
      h.text("reason.code", r.code());
      h.text("reason.message.indonesian", r.message().indonesian());
      h.text("reason.message.english", r.message().english());
      h.count(r.citations().size());
      for (Citation c : r.citations()) {
        h.text("reason.citation.instrument", c.instrument());
        h.text("reason.citation.provision", c.provision());
        h.text("reason.citation.confidence", c.confidence().name());
        h.count(c.sources().size());
        c.sources().forEach(source -> h.text("reason.citation.source", source));
        h.text("reason.citation.note", c.note());
      }
    }
    return h.hex();
  }

  /** Returns {@code reference: title (hash prefix)}. */
  @Override
  public String toString() {
    return reference + ": " + title + " (" + hash.substring(0, 12) + ")";
  }
}
