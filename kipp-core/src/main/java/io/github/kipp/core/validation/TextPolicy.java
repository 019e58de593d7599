package io.github.kipp.core.validation;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.Texts;
import java.util.Optional;

/**
 * The one policy for every text kipp accepts from outside: names, titles, references, notes,
 * sections, grounds, decision-log subjects and payloads. Every kipp value checks its texts with it
 * when it is made, and the {@link PlainText @PlainText} constraint uses it too.
 *
 * <p>There are two {@link Kind kinds} of text. Every text, of either kind, must be well-formed
 * UTF-16 (no unpaired surrogate) and hold no noncharacter (U+FDD0 to U+FDEF, and the last two code
 * points of every plane, such as U+FFFE and U+FFFF), no C0 or C1 control character and no DEL, no
 * line or paragraph separator (U+2028, U+2029), no bidirectional embedding, override or isolate
 * (U+202A to U+202E, U+2066 to U+2069, the "Trojan Source" characters) and no byte order mark
 * (U+FEFF). A {@link Kind#SINGLE_LINE single-line} text (an identifier, a name, a title, a
 * reference) holds no invisible character either: no format character (Unicode category Cf, such as
 * a zero-width space, a direction mark, a word joiner or a soft hyphen) and no other default-ignorable
 * code point (such as a variation selector or a Hangul filler), so that two titles that look alike
 * are alike. A {@link Kind#MULTI_LINE multi-line} text (a proposal's section, a note, the grounds
 * of an objection, a log entry's payload) may also hold tabs and line breaks (LF, CR), and of the
 * invisible characters only those that written prose needs: the zero-width joiner and non-joiner
 * (U+200D, U+200C: emoji sequences, Indic and Arabic scripts), the variation selectors U+FE00 to
 * U+FE0F (emoji and text presentation) and the soft hyphen (U+00AD, pasted from word processors).
 *
 * <p>A refused text gives a {@link Violation} whose code says what was found: {@code
 * kipp.text.malformed} (an unpaired surrogate or a noncharacter), {@code kipp.text.controlCharacter}
 * (a control character, or a tab, line break or separator where the kind allows none) or {@code
 * kipp.text.invisible} (a bidirectional control, a byte order mark or another invisible character
 * the kind does not allow). Its message names the field, shows the value with the refused characters
 * written as escapes (see {@link #escape(CharSequence)}), and gives the first refused character and
 * its position, counted in characters (code points) from 1.
 *
 * <p>The checks are linear in the text's length and allocate nothing for an accepted text.
 */
public final class TextPolicy {

  /** The two kinds of text kipp accepts. */
  public enum Kind {
    /**
     * One line: identifiers, names, titles, references, codes and subjects. No tab, line break or
     * invisible character.
     */
    SINGLE_LINE,
    /**
     * Several lines of prose: proposal sections, notes, adaptations, grounds and payloads. Tabs, line
     * feeds and carriage returns are allowed, and so are the zero-width joiner and non-joiner, the
     * variation selectors U+FE00 to U+FE0F and the soft hyphen.
     */
    MULTI_LINE
  }

  private TextPolicy() {}

  /**
   * Returns whether a text follows the policy of its kind.
   *
   * @param text the text, not null
   * @param kind its kind, not null
   * @return true if the text is accepted
   */
  public static boolean allows(CharSequence text, Kind kind) {
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
    return Texts.allows(text, kind == Kind.MULTI_LINE);
  }

  /**
   * Checks a text against the policy of its kind.
   *
   * @param field the path of the text, for the message; not null
   * @param text the text, not null
   * @param kind its kind, not null
   * @return a violation naming the first refused character if the text is refused, otherwise empty
   */
  public static Optional<Violation> check(String field, CharSequence text, Kind kind) {
    requireNonNull(field, "field");
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
    return Texts.check(field, text, kind == Kind.MULTI_LINE);
  }

  /**
   * Returns a text if it follows the policy of its kind.
   *
   * @param subject what is being made, for the message, such as {@code citation}; not null
   * @param field the path of the text; not null
   * @param text the text, not null
   * @param kind its kind, not null
   * @return {@code text}
   * @throws InvalidInputException if the text is refused
   */
  public static String require(String subject, String field, String text, Kind kind) {
    requireNonNull(subject, "subject");
    Optional<Violation> v = check(field, text, kind);
    if (v.isPresent()) {
      throw InvalidInputException.of(subject, v.get());
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
   * @return the text with escapes, or the text itself if nothing needs one
   */
  public static String escape(CharSequence text) {
    requireNonNull(text, "text");
    return Texts.escape(text);
  }
}
