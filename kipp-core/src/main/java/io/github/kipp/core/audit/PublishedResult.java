package io.github.kipp.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A result set frozen and published, such as the finalists announced for public review (<i>uji
 * publik</i>) by a numbered announcement (<i>Pengumuman</i>): its lines of content and their SHA-256
 * digest, which objections and corrections refer to. A corrected result names the hash of the result
 * it supersedes, so the re-published result links both.
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
 * @param hash the SHA-256 of everything above, in hex
 */
public record PublishedResult(String reference, String title, Instant at, ImmutableList<String> lines, Optional<String> supersedes, String hash) {

  /**
   * Creates a published result, checking its hash.
   *
   * @param reference the announcement's number, not blank
   * @param title what is published, not blank
   * @param at when, not null
   * @param lines the content, not null
   * @param supersedes the corrected result's hash, not null
   * @param hash the hash, which must be the content's
   * @throws IllegalArgumentException if the reference or title is blank, or the hash is not the
   *     content's
   * @throws InvalidInputException if a text is refused by kipp's text policy: the reference, title,
   *     superseded hash and hash must be single lines of plain text, each line multi-line plain text
   *     (tabs and line breaks allowed)
   */
  public PublishedResult {
    requireNonNull(reference, "reference");
    requireNonNull(title, "title");
    requireNonNull(at, "at");
    lines = ImmutableList.copyOf(requireNonNull(lines, "lines"));
    requireNonNull(supersedes, "supersedes");
    requireNonNull(hash, "hash");
    if (reference.isBlank() || title.isBlank()) {
      throw new IllegalArgumentException("a published result needs a reference and a title");
    }
    checkTexts(reference, title, lines, supersedes, hash);
    String expected = digest(reference, title, at, lines, supersedes);
    if (!expected.equals(hash)) {
      throw new IllegalArgumentException("published result " + reference + " has hash " + hash + ", but its content hashes to " + expected);
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
    return sealed(reference, title, at, ImmutableList.copyOf(lines), Optional.empty());
  }

  /**
   * Returns a correction of this result: new content that supersedes this one, linked by its hash.
   *
   * @param reference the correcting announcement's number, not blank
   * @param at when it is published, not null
   * @param corrected the corrected content
   * @return the correction, not null
   */
  public PublishedResult correctedBy(String reference, Instant at, Iterable<String> corrected) {
    return sealed(reference, title, at, ImmutableList.copyOf(corrected), Optional.of(hash));
  }

  /** Checks the texts, so that only well-formed text is hashed, then hashes and creates the result. */
  private static PublishedResult sealed(String reference, String title, Instant at, ImmutableList<String> lines, Optional<String> supersedes) {
    requireNonNull(reference, "reference");
    requireNonNull(title, "title");
    requireNonNull(at, "at");
    checkTexts(reference, title, lines, supersedes, "");
    return new PublishedResult(reference, title, at, lines, supersedes, digest(reference, title, at, lines, supersedes));
  }

  private static void checkTexts(String reference, String title, List<String> lines, Optional<String> supersedes, String hash) {
    List<Violation> violations = new ArrayList<>(0);
    Texts.line(violations, "reference", reference);
    Texts.line(violations, "title", title);
    for (int i = 0; i < lines.size(); i++) {
      Texts.prose(violations, "lines[" + i + "]", lines.get(i));
    }
    supersedes.ifPresent(s -> Texts.line(violations, "supersedes", s));
    Texts.line(violations, "hash", hash);
    InvalidInputException.throwIfAny("published result", violations);
  }

  /**
   * The SHA-256 of the reference, title, time (ISO-8601), superseded hash (empty if none), the
   * number of lines and each line, each text as its length in UTF-8 bytes followed by the bytes. The
   * encoder reports malformed text instead of replacing it; the constructor refuses such text before
   * it is hashed, and hashes of well-formed text are the ones kipp has always computed.
   */
  private static String digest(String reference, String title, Instant at, ImmutableList<String> lines, Optional<String> supersedes) {
    CanonicalDigest h = new CanonicalDigest();
    h.text("reference", reference);
    h.text("title", title);
    h.text("at", at.toString());
    h.text("supersedes", supersedes.orElse(""));
    h.count(lines.size());
    lines.forEach(l -> h.text("line", l));
    return h.hex();
  }

  /** Returns {@code reference: title (hash prefix)}. */
  @Override
  public String toString() {
    return reference + ": " + title + " (" + hash.substring(0, 12) + ")";
  }
}
