package io.github.kipp.core.validation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Samples of every class of code point kipp's text policy treats apart, with the code each kind of
 * text refuses them with: the table the policy's tests and the tests of every text-taking value
 * share.
 */
public final class TextSamples {

  /** An unpaired surrogate or a noncharacter. */
  public static final String MALFORMED = "kipp.text.malformed";

  /** A control character, or a tab or line break in a single-line text. */
  public static final String CONTROL = "kipp.text.controlCharacter";

  /** A bidirectional control, a byte order mark or another invisible character. */
  public static final String INVISIBLE = "kipp.text.invisible";

  private TextSamples() {}

  /**
   * A sample of a class of code point inside a text, and the code each kind of text refuses it
   * with.
   *
   * @param name the class, for a test's name
   * @param text a text holding the sample
   * @param singleLine the code a single-line text refuses it with, null if accepted
   * @param multiLine the code a multi-line text refuses it with, null if accepted
   */
  public record Sample(String name, String text, @Nullable String singleLine, @Nullable String multiLine) {}

  /**
   * Returns a sample of every class.
   *
   * @return the samples
   */
  public static List<Sample> all() {
    return List.of(
        new Sample("plain letters and punctuation", "Inovasi 2023: Giatki-Ces (v2)!", null, null),
        new Sample("Indonesian and other scripts", "Kab. Luwu Utara \u00e9\u4e2d\u0627", null, null),
        new Sample("a question mark", "?", null, null),
        new Sample("the replacement character", "\ufffd", null, null),
        new Sample("an astral character", "\ud83d\ude00 \ud835\udc00", null, null),
        new Sample("a combining mark", "e\u0301 \u0651", null, null),
        new Sample("no-break and ideographic spaces", "a\u00a0b\u3000c", null, null),
        new Sample("a lone high surrogate", "ab\ud800", MALFORMED, MALFORMED),
        new Sample("a lone low surrogate", "\udc00ab", MALFORMED, MALFORMED),
        new Sample("swapped surrogates", "\ude00\ud83d", MALFORMED, MALFORMED),
        new Sample("U+FFFE", "a\ufffe", MALFORMED, MALFORMED),
        new Sample("U+FFFF", "a\uffff", MALFORMED, MALFORMED),
        new Sample("U+FDD0", "\ufdd0", MALFORMED, MALFORMED),
        new Sample("U+FDEF", "\ufdef", MALFORMED, MALFORMED),
        new Sample("U+1FFFE", "\ud83f\udffe", MALFORMED, MALFORMED),
        new Sample("U+10FFFF", "\udbff\udfff", MALFORMED, MALFORMED),
        new Sample("NUL", "a\u0000b", CONTROL, CONTROL),
        new Sample("BEL", "a\u0007b", CONTROL, CONTROL),
        new Sample("ESC", "\u001b[31m", CONTROL, CONTROL),
        new Sample("U+001F", "\u001f", CONTROL, CONTROL),
        new Sample("DEL", "a\u007f", CONTROL, CONTROL),
        new Sample("U+0080", "\u0080", CONTROL, CONTROL),
        new Sample("NEL", "a\u0085b", CONTROL, CONTROL),
        new Sample("CSI", "\u009b", CONTROL, CONTROL),
        new Sample("U+009F", "\u009f", CONTROL, CONTROL),
        new Sample("a tab", "a\tb", CONTROL, null),
        new Sample("a line feed", "a\nb", CONTROL, null),
        new Sample("a carriage return", "a\r\nb", CONTROL, null),
        new Sample("the line separator", "a\u2028b", CONTROL, CONTROL),
        new Sample("the paragraph separator", "a\u2029b", CONTROL, CONTROL),
        new Sample("LRE", "\u202a", INVISIBLE, INVISIBLE),
        new Sample("RLE", "\u202b", INVISIBLE, INVISIBLE),
        new Sample("PDF", "\u202c", INVISIBLE, INVISIBLE),
        new Sample("LRO", "\u202d", INVISIBLE, INVISIBLE),
        new Sample("RLO", "admin\u202egpj.exe", INVISIBLE, INVISIBLE),
        new Sample("LRI", "\u2066", INVISIBLE, INVISIBLE),
        new Sample("RLI", "\u2067", INVISIBLE, INVISIBLE),
        new Sample("FSI", "\u2068", INVISIBLE, INVISIBLE),
        new Sample("PDI", "\u2069", INVISIBLE, INVISIBLE),
        new Sample("the byte order mark", "\ufeffJudul", INVISIBLE, INVISIBLE),
        new Sample("a zero-width space", "Giatki\u200bCes", INVISIBLE, INVISIBLE),
        new Sample("a zero-width non-joiner", "a\u200cb", INVISIBLE, null),
        new Sample("a zero-width joiner", "\ud83d\udc69\u200d\ud83d\udcbb", INVISIBLE, null),
        new Sample("LRM", "a\u200e", INVISIBLE, INVISIBLE),
        new Sample("RLM", "a\u200f", INVISIBLE, INVISIBLE),
        new Sample("ALM", "a\u061c", INVISIBLE, INVISIBLE),
        new Sample("the word joiner", "a\u2060b", INVISIBLE, INVISIBLE),
        new Sample("an invisible operator", "a\u2062b", INVISIBLE, INVISIBLE),
        new Sample("the soft hyphen", "ino\u00advasi", INVISIBLE, null),
        new Sample("the Mongolian vowel separator", "a\u180eb", INVISIBLE, INVISIBLE),
        new Sample("the combining grapheme joiner", "a\u034fb", INVISIBLE, INVISIBLE),
        new Sample("a Hangul filler", "\u3164", INVISIBLE, INVISIBLE),
        new Sample("the emoji presentation selector", "\u2764\ufe0f", INVISIBLE, null),
        new Sample("a supplementary variation selector", "\u845b\udb40\udd00", INVISIBLE, INVISIBLE),
        new Sample("a tag character", "\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc7f", INVISIBLE, INVISIBLE),
        new Sample("the interlinear annotation anchor", "\ufff9", INVISIBLE, INVISIBLE));
  }
}
