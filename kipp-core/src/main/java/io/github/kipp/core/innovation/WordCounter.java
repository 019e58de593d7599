package io.github.kipp.core.innovation;

import io.github.kipp.core.internal.Texts;

/**
 * Counts words in proposal sections by one documented rule, so that a word limit means the same to
 * a host, an evaluator and kipp.
 *
 * <p><b>The rule.</b> Text is split at white space: the characters Unicode gives the White_Space
 * property, that is spaces of every width (no-break spaces included), tabs, form feeds, line and
 * paragraph breaks (U+0009 to U+000D, U+0085, U+2028, U+2029). Zero-width characters such as U+200B
 * are not white space. Each piece that contains at least one letter or digit is one word. So:
 *
 * <ul>
 *   <li>{@code "anak-anak"} (Indonesian reduplication) is one word, as is {@code "e-KTP"};
 *   <li>{@code "3,5 %"} is one word ({@code "%"} alone has no letter or digit);
 *   <li>a dash or bullet standing alone ({@code "-"}, {@code "•"}) is not a word;
 *   <li>{@code "(SINOVIK)"} is one word.
 * </ul>
 *
 * <p>The SINOVIK system's own counting rule is not published; this one matches what a word processor
 * reports for ordinary prose. Stateless and thread-safe.
 */
public final class WordCounter {

  private WordCounter() {}

  /**
   * Counts the words in a text by the rule above.
   *
   * @param text the text, not null
   * @return the number of words, zero or more
   */
  public static int count(CharSequence text) {
    return count(text, false);
  }

  /**
   * Counts the words of a multi-line text by the rule above if kipp's text policy allows the text, in
   * one pass over it: the words of {@link #count}, or -1 where {@code Texts.allows(text, true)} is
   * false. A proposal's sections are both checked and counted, thousands of them in a document.
   *
   * @param text the text, not null
   * @return the number of words, or -1 if a character is refused
   */
  static int countIfPlain(CharSequence text) {
    return count(text, true);
  }

  /** Counts the words; with {@code checked}, returns -1 at the first character the text policy refuses. */
  private static int count(CharSequence text, boolean checked) {
    int words = 0;
    boolean inPiece = false;
    boolean pieceHasWordCharacter = false;
    int length = text.length();
    for (int i = 0; i < length; ) {
      char c = text.charAt(i);
      if (c > 0x20 && c < 0x7f) {
        // Printable ASCII other than the space: allowed, part of a piece, a word character if a
        // letter or digit.
        inPiece = true;
        pieceHasWordCharacter |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        i++;
        continue;
      }
      int cp = Character.codePointAt(text, i);
      if (checked && Texts.refuses(text, i, cp, true)) {
        return -1;
      }
      i += Character.charCount(cp);
      if (isWhiteSpace(cp)) {
        if (inPiece && pieceHasWordCharacter) {
          words++;
        }
        inPiece = false;
        pieceHasWordCharacter = false;
      } else {
        inPiece = true;
        pieceHasWordCharacter |= Character.isLetterOrDigit(cp);
      }
    }
    if (inPiece && pieceHasWordCharacter) {
      words++;
    }
    return words;
  }

  /**
   * Whether a code point has Unicode's White_Space property: the space, line and paragraph
   * separators (general categories Zs, Zl, Zp) and U+0009 to U+000D and U+0085. Java's {@code
   * Character.isWhitespace} differs: it leaves out the no-break spaces and U+0085 and adds the
   * information separators U+001C to U+001F.
   */
  private static boolean isWhiteSpace(int cp) {
    return Character.isSpaceChar(cp) || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85;
  }
}
