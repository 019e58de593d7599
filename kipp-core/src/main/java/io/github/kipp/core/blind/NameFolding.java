package io.github.kipp.core.blind;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text into the form names are compared in: letters without diacritics in lower case, digits,
 * and one separator between words.
 *
 * <p>A run of characters that are neither letters nor digits becomes one soft separator ({@code ' '})
 * when it holds only spaces, dots, hyphens and apostrophes ({@code Kab. Luwu-Utara}), and a hard one
 * ({@code " | "}) when it holds other punctuation or a line break ({@code Bandung, Barat}). A name is
 * folded with soft separators only, so it never matches across a comma or a paragraph. Each folded
 * character remembers the span of the original characters it came from, so a match is reported at
 * the offsets of the text the author wrote. Folding uses NFKD, so full-width letters and ligatures
 * fold too.
 */
final class NameFolding {

  /** The soft separator. */
  static final char SOFT = ' ';

  /** The mark of a hard separator, always written between two soft separators. */
  static final char HARD = '|';

  private char[] folded;
  private int[] from;
  private int[] to;
  private int length;

  NameFolding(int capacity) {
    int c = Math.max(16, capacity);
    folded = new char[c];
    from = new int[c];
    to = new int[c];
  }

  /**
   * Folds a name for the automaton: the folded words joined by single spaces, with a space before
   * and after, or an empty string when the name has no letter or digit.
   */
  static String foldName(String name) {
    NameFolding f = new NameFolding(name.length() * 2 + 4);
    f.fold(name);
    StringBuilder out = new StringBuilder(f.length);
    for (int i = 0; i < f.length; i++) {
      char c = f.folded[i];
      if (c == HARD) {
        // a name holds no hard separator: its words are joined softly
        continue;
      }
      if (c == SOFT && out.length() > 0 && out.charAt(out.length() - 1) == SOFT) {
        continue;
      }
      out.append(c);
    }
    return out.length() <= 1 ? "" : out.toString();
  }

  /**
   * Folds a text into this buffer, starting and ending with a soft separator.
   *
   * @param text the text
   */
  void fold(String text) {
    length = 0;
    // 0 none pending, 1 soft pending, 2 hard pending
    int pending = 1;
    int pendingFrom = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 128) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          flush(pending, pendingFrom);
          pending = 0;
          put(c, i, i + 1);
        } else if (c >= 'A' && c <= 'Z') {
          flush(pending, pendingFrom);
          pending = 0;
          put((char) (c + ('a' - 'A')), i, i + 1);
        } else {
          if (pending == 0) {
            pendingFrom = i;
          }
          pending = Math.max(pending, isSoft(c) ? 1 : 2);
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
        // a combining mark written after its letter folds away with the letter's diacritics
        i = next;
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        for (int k = 0; k < decomposed.length(); k++) {
          char d = decomposed.charAt(k);
          int dt = Character.getType(d);
          if (dt == Character.NON_SPACING_MARK || dt == Character.ENCLOSING_MARK || dt == Character.COMBINING_SPACING_MARK) {
            continue;
          }
          if (Character.isLetterOrDigit(d) || Character.isSurrogate(d)) {
            flush(pending, pendingFrom);
            pending = 0;
            put(d, i, next);
          } else {
            if (pending == 0) {
              pendingFrom = i;
            }
            pending = Math.max(pending, 1);
          }
        }
      } else {
        if (pending == 0) {
          pendingFrom = i;
        }
        boolean soft = Character.isSpaceChar(cp) || cp == '\u2019' || cp == '\u2018' || cp == '\u2010' || cp == '\u2011';
        pending = Math.max(pending, soft ? 1 : 2);
      }
      i = next;
    }
    flush(pending == 0 ? 1 : pending, pending == 0 ? n : pendingFrom);
  }

  private static boolean isSoft(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '\'' || c == '\t';
  }

  private void flush(int pending, int at) {
    if (pending == 1) {
      put(SOFT, at, at);
    } else if (pending == 2) {
      put(SOFT, at, at);
      put(HARD, at, at);
      put(SOFT, at, at);
    }
  }

  private void put(char c, int start, int end) {
    if (length == folded.length) {
      int c2 = folded.length * 2;
      folded = java.util.Arrays.copyOf(folded, c2);
      from = java.util.Arrays.copyOf(from, c2);
      to = java.util.Arrays.copyOf(to, c2);
    }
    folded[length] = c;
    from[length] = start;
    to[length] = end;
    length++;
  }

  /** Returns the folded characters; only the first {@link #length()} count. */
  char[] folded() {
    return folded;
  }

  /** Returns how many folded characters there are. */
  int length() {
    return length;
  }

  /** Returns where in the original text the folded character at {@code index} starts. */
  int from(int index) {
    return from[index];
  }

  /** Returns where in the original text the folded character at {@code index} ends. */
  int to(int index) {
    return to[index];
  }
}
