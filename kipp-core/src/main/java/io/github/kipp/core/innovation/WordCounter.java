package io.github.kipp.core.innovation;

/**
 * Counts words in proposal sections by one documented rule, so that a word limit means the same to
 * a host, an evaluator and kipp.
 *
 * <p><b>The rule.</b> Text is split at whitespace (any Unicode white space, including line breaks and
 * non-breaking spaces). Each piece that contains at least one letter or digit is one word. So:
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
    int words = 0;
    boolean inPiece = false;
    boolean pieceHasWordCharacter = false;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
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
}
