package io.github.kipp.core.audit;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The canonical form that the decision log and published results hash: SHA-256 over a sequence of
 * texts and counts, each count a four-byte little-endian integer and each text its length in UTF-8
 * bytes (as such an integer) followed by the bytes, so that no two different sequences share a
 * form.
 *
 * <p>Texts are encoded by an encoder that reports malformed input instead of replacing it: {@link
 * String#getBytes(java.nio.charset.Charset)} writes every unpaired surrogate as {@code ?}, so two
 * different texts would hash alike. kipp's values refuse malformed text when they are made, so a
 * text that cannot be encoded here is a broken invariant and fails with an {@link
 * IllegalStateException}. For well-formed text the bytes are those of {@code getBytes(UTF_8)}, so
 * hashes computed before this encoder was used stay the same.
 *
 * <p>Not thread-safe: each digest is made, fed and read by one thread.
 */
final class CanonicalDigest {

  private final Hasher hasher = Hashing.sha256().newHasher();
  private final CharsetEncoder utf8 =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /**
   * Adds a text: its length in UTF-8 bytes, then the bytes.
   *
   * @param field what the text is, for the message of a broken invariant
   * @param text the text
   * @return this digest
   * @throws IllegalStateException if the text is not well-formed UTF-16
   */
  CanonicalDigest text(String field, String text) {
    ByteBuffer bytes;
    try {
      bytes = utf8.encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(
          field + " holds malformed UTF-16 (an unpaired surrogate), which kipp's values refuse when they are made;"
              + " it cannot be hashed",
          e);
    }
    hasher.putInt(bytes.remaining()).putBytes(bytes);
    return this;
  }

  /**
   * Adds a count, such as the number of citations that follow.
   *
   * @param count the count
   * @return this digest
   */
  CanonicalDigest count(int count) {
    hasher.putInt(count);
    return this;
  }

  /**
   * Returns the digest in hex; the digest may not be used afterwards.
   *
   * @return 64 lowercase hex digits
   */
  String hex() {
    return hasher.hash().toString();
  }
}
