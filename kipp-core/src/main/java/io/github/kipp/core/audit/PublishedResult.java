package io.github.kipp.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * A result set frozen and published, such as the finalists announced for public review (<i>uji
 * publik</i>) by a numbered announcement (<i>Pengumuman</i>): its lines of content and their SHA-256
 * digest, which objections and corrections refer to. A corrected result names the hash of the result
 * it supersedes, so the re-published result links both.
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
    ImmutableList<String> list = ImmutableList.copyOf(lines);
    return new PublishedResult(reference, title, at, list, Optional.empty(), digest(reference, title, at, list, Optional.empty()));
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
    ImmutableList<String> list = ImmutableList.copyOf(corrected);
    return new PublishedResult(reference, title, at, list, Optional.of(hash), digest(reference, title, at, list, Optional.of(hash)));
  }

  private static String digest(String reference, String title, Instant at, ImmutableList<String> lines, Optional<String> supersedes) {
    Hasher h = Hashing.sha256().newHasher();
    put(h, reference);
    put(h, title);
    put(h, at.toString());
    put(h, supersedes.orElse(""));
    h.putInt(lines.size());
    lines.forEach(l -> put(h, l));
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
