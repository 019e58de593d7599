package io.github.kipp.core.internal;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The checks of kipp's text policy, which {@link io.github.kipp.core.validation.TextPolicy}
 * describes and offers as API; kipp's own values call them here. A text is either single-line
 * ({@code multiline} false) or multi-line ({@code multiline} true).
 */
public final class Texts {

  private static final String MALFORMED = "kipp.text.malformed";
  private static final String CONTROL = "kipp.text.controlCharacter";
  private static final String INVISIBLE = "kipp.text.invisible";

  private Texts() {}

  /**
   * Returns whether a text follows the policy.
   *
   * @param text the text
   * @param multiline whether it is a multi-line text
   * @return true if the text is accepted
   */
  public static boolean allows(CharSequence text, boolean multiline) {
    return firstRefused(text, multiline) < 0;
  }

  /**
   * Checks a text against the policy.
   *
   * @param field the path of the text
   * @param text the text
   * @param multiline whether it is a multi-line text
   * @return a violation naming the first refused character, or empty
   */
  public static Optional<Violation> check(String field, CharSequence text, boolean multiline) {
    requireNonNull(field, "field");
    int at = firstRefused(text, multiline);
    if (at < 0) {
      return Optional.empty();
    }
    int cp = Character.codePointAt(text, at);
    String code = requireNonNull(refusedAt(text, at, cp, multiline), "refusal");
    return Optional.of(CoreMessages.violation(code, field, text.toString(),
        "character", name(text, at, cp), "position", Character.codePointCount(text, 0, at) + 1));
  }

  /**
   * Returns the code of the first refusal of a text, without building a violation.
   *
   * @param text the text
   * @param multiline whether it is a multi-line text
   * @return {@code kipp.text.malformed}, {@code kipp.text.controlCharacter} or {@code
   *     kipp.text.invisible}, or null if the text is accepted
   */
  public static @Nullable String refusal(CharSequence text, boolean multiline) {
    int at = firstRefused(text, multiline);
    return at < 0 ? null : refusedAt(text, at, Character.codePointAt(text, at), multiline);
  }

  /**
   * Checks a single-line text (a name, a title, a reference, a code) and adds its violation, if any.
   *
   * @param into where violations are collected
   * @param field the path of the text
   * @param text the text
   */
  public static void line(Collection<Violation> into, String field, CharSequence text) {
    if (firstRefused(text, false) >= 0) {
      check(field, text, false).ifPresent(into::add);
    }
  }

  /**
   * Checks a multi-line text (a section, a note, grounds, a payload) and adds its violation, if any.
   *
   * @param into where violations are collected
   * @param field the path of the text
   * @param text the text
   */
  public static void prose(Collection<Violation> into, String field, CharSequence text) {
    if (firstRefused(text, true) >= 0) {
      check(field, text, true).ifPresent(into::add);
    }
  }

  /**
   * Returns a single-line text if the policy allows it.
   *
   * @param subject what is being made, for the message
   * @param field the path of the text
   * @param text the text
   * @return {@code text}
   * @throws InvalidInputException if the text is refused
   */
  public static String requireLine(String subject, String field, String text) {
    return require(subject, field, text, false);
  }

  /**
   * Returns a multi-line text if the policy allows it.
   *
   * @param subject what is being made, for the message
   * @param field the path of the text
   * @param text the text
   * @return {@code text}
   * @throws InvalidInputException if the text is refused
   */
  public static String requireProse(String subject, String field, String text) {
    return require(subject, field, text, true);
  }

  private static String require(String subject, String field, String text, boolean multiline) {
    if (firstRefused(text, multiline) >= 0) {
      throw InvalidInputException.of(subject, check(field, text, multiline).orElseThrow());
    }
    return text;
  }

  /**
   * Writes a text so that a person can see every character a single-line text may not hold: a line
   * feed as backslash-n, a tab as backslash-t, a carriage return as backslash-r, and any other such
   * character (a control character, an unpaired surrogate, a noncharacter, an invisible character) as
   * backslash-u and four hexadecimal digits per UTF-16 unit. The result always follows the
   * single-line policy. kipp's messages show every argument this way.
   *
   * @param text the text, not null
   * @return the text with escapes, or {@code text} itself (as a string) if nothing needs one
   */
  public static String escape(CharSequence text) {
    requireNonNull(text, "text");
    int first = firstRefused(text, false);
    if (first < 0) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    int i = first;
    while (i < text.length()) {
      char c = text.charAt(i);
      int cp = Character.codePointAt(text, i);
      int units = Character.charCount(cp);
      if (isSimple(c) || refusedAt(text, i, cp, false) == null) {
        out.append(text, i, i + units);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\r') {
        out.append("\\r");
      } else {
        for (int u = i; u < i + units; u++) {
          out.append(String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(u)));
        }
      }
      i += units;
    }
    return out.toString();
  }

  /**
   * Tells whether the code point at an index of a text is refused by the policy, as {@link
   * #allows} would find it: for a pass over a text that does something else with each character too.
   *
   * @param text the text, not null
   * @param at the index of the code point's first UTF-16 unit
   * @param cp the code point there ({@link Character#codePointAt(CharSequence, int)})
   * @param multiline whether line breaks and tabs are allowed
   * @return true if it is refused
   */
  public static boolean refuses(CharSequence text, int at, int cp, boolean multiline) {
    return !isSimple(text.charAt(at)) && refusedAt(text, at, cp, multiline) != null;
  }

  /** Whether a UTF-16 unit is accepted in any text without looking further (the common case). */
  private static boolean isSimple(char c) {
    return (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x300 && c != 0xad);
  }

  /** Returns the index of the first refused UTF-16 unit, or -1. */
  private static int firstRefused(CharSequence text, boolean multiline) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (isSimple(c)) {
        i++;
        continue;
      }
      int cp = Character.codePointAt(text, i);
      if (refusedAt(text, i, cp, multiline) != null) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** Returns the code refusing the code point at an index, or null if it is accepted. */
  private static @Nullable String refusedAt(CharSequence text, int at, int cp, boolean multiline) {
    if (Character.isSurrogate(text.charAt(at)) && Character.charCount(cp) == 1) {
      return MALFORMED;
    }
    if (isNoncharacter(cp)) {
      return MALFORMED;
    }
    if (cp < 0x20) {
      return multiline && (cp == '\t' || cp == '\n' || cp == '\r') ? null : CONTROL;
    }
    if ((cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029) {
      return CONTROL;
    }
    if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff) {
      return INVISIBLE;
    }
    if (isInvisible(cp)) {
      return multiline && keptInProse(cp) ? null : INVISIBLE;
    }
    return null;
  }

  /** U+FDD0 to U+FDEF and the last two code points of every plane. */
  private static boolean isNoncharacter(int cp) {
    return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
  }

  /**
   * Format characters (category Cf) and the other default-ignorable code points of Unicode, which
   * show as nothing.
   */
  private static boolean isInvisible(int cp) {
    return Character.getType(cp) == Character.FORMAT
        || cp == 0x034f // combining grapheme joiner
        || cp == 0x115f || cp == 0x1160 || cp == 0x3164 || cp == 0xffa0 // Hangul fillers
        || cp == 0x17b4 || cp == 0x17b5 // Khmer inherent vowels
        || (cp >= 0x180b && cp <= 0x180f) // Mongolian variation selectors and vowel separator
        || (cp >= 0x2060 && cp <= 0x206f) // word joiner, invisible operators, deprecated controls
        || (cp >= 0xfe00 && cp <= 0xfe0f) // variation selectors
        || (cp >= 0xfff0 && cp <= 0xfff8) // reserved default-ignorable
        || (cp >= 0xe0000 && cp <= 0xe0fff); // tags and supplementary variation selectors
  }

  /** The invisible characters a multi-line text keeps: ZWNJ, ZWJ, VS1 to VS16 and the soft hyphen. */
  private static boolean keptInProse(int cp) {
    return cp == 0x200c || cp == 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || cp == 0x00ad;
  }

  /** Names a refused character, such as {@code U+202E}. */
  private static String name(CharSequence text, int at, int cp) {
    int shown = Character.charCount(cp) == 1 ? text.charAt(at) : cp;
    return String.format(Locale.ROOT, "U+%04X", shown);
  }
}
