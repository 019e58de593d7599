package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A text in Bahasa Indonesia and in English.
 *
 * <p>Names that people read (categories, groups, stages, criteria) and every message kipp shows to a
 * person come in both languages. Proper names that are not translated, such as an innovation's title,
 * use {@link #same(String)}.
 *
 * <p>Both texts are single lines of plain text ({@link
 * io.github.kipp.core.validation.TextPolicy.Kind#SINGLE_LINE}): no control character, line break,
 * unpaired surrogate, noncharacter or invisible character, so that a title or a name cannot be
 * disguised. A text rendered from a {@link MessageCatalog} follows the same policy: the catalogue
 * writes such characters of its arguments as escapes.
 *
 * <p>A text rendered from a {@link MessageCatalog} keeps its template and arguments and fills them in
 * when one of its languages is first read: kipp explains every decision it makes, and most of those
 * explanations are never read. The text a reader sees, {@link #equals}, {@link #hashCode} and {@link
 * #toString} are the same as if it had been filled in at once.
 *
 * <p>Instances are immutable in every way a caller can observe, and thread-safe.
 */
public final class LocalizedText {

  /** The locale kipp uses for Bahasa Indonesia ({@code id}). */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** Fills in a catalogue message's two languages; null for a text given as two strings. */
  private final @Nullable Source source;
  /** The Indonesian text, once known; filled in at most once per thread that reads it first. */
  private @Nullable String indonesian;
  /** The English text, once known. */
  private @Nullable String english;

  /**
   * Creates a bilingual text.
   *
   * @param indonesian the text in Bahasa Indonesia, not blank
   * @param english the text in English, not blank
   * @throws InvalidInputException if either text is blank or is not a single line of plain text
   *     ({@link io.github.kipp.core.validation.TextPolicy.Kind#SINGLE_LINE})
   */
  public LocalizedText(String indonesian, String english) {
    requireNonNull(indonesian, "indonesian");
    requireNonNull(english, "english");
    if (indonesian.isBlank() || english.isBlank() || !Texts.allows(indonesian, false) || !Texts.allows(english, false)) {
      List<Violation> violations = new ArrayList<>(2);
      check(violations, "indonesian", indonesian);
      check(violations, "english", english);
      throw InvalidInputException.of("localized text", violations);
    }
    this.source = null;
    this.indonesian = indonesian;
    this.english = english;
  }

  private static void check(List<Violation> violations, String field, String text) {
    if (text.isBlank()) {
      violations.add(CoreMessages.violation("kipp.text.blank", field, text));
    }
    Texts.line(violations, field, text);
  }

  private LocalizedText(Source source) {
    this.source = source;
  }

  /**
   * Fills in a text's two languages when they are first read. Implementations are immutable and
   * never give a blank text.
   */
  interface Source {
    /** Returns the text in Bahasa Indonesia. */
    String indonesian();

    /** Returns the text in English. */
    String english();
  }

  /** Returns a text filled in from {@code source} when first read. */
  static LocalizedText deferred(Source source) {
    return new LocalizedText(requireNonNull(source, "source"));
  }

  /**
   * Returns a bilingual text.
   *
   * @param indonesian the text in Bahasa Indonesia, not blank
   * @param english the text in English, not blank
   * @return the text, not null
   * @throws InvalidInputException if either text is blank or is not a single line of plain text
   */
  public static LocalizedText of(String indonesian, String english) {
    return new LocalizedText(indonesian, english);
  }

  /**
   * Returns a text that reads the same in both languages, such as a proper name.
   *
   * @param text the text, not blank
   * @return the text, not null
   * @throws InvalidInputException if the text is blank or is not a single line of plain text
   */
  public static LocalizedText same(String text) {
    return new LocalizedText(text, text);
  }

  /**
   * Returns the text in Bahasa Indonesia.
   *
   * @return the text, not blank
   */
  public String indonesian() {
    String text = indonesian;
    if (text == null) {
      // Racy but safe, as String.hashCode: every thread fills in the same immutable String.
      text = requireNonNull(source, "source").indonesian();
      indonesian = text;
    }
    return text;
  }

  /**
   * Returns the text in English.
   *
   * @return the text, not blank
   */
  public String english() {
    String text = english;
    if (text == null) {
      text = requireNonNull(source, "source").english();
      english = text;
    }
    return text;
  }

  /**
   * Returns the text for a locale: Indonesian for the languages {@code id} and {@code in}, English
   * otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the text in that language, not null
   */
  public String in(Locale locale) {
    String language = locale.getLanguage();
    return "id".equals(language) || "in".equals(language) ? indonesian() : english();
  }

  /**
   * Returns whether another object is a text with the same words in both languages.
   *
   * @param o the other object, possibly null
   * @return true if both texts read the same in both languages
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof LocalizedText
        && indonesian().equals(((LocalizedText) o).indonesian())
        && english().equals(((LocalizedText) o).english());
  }

  /**
   * Returns a hash code of both languages' texts.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * indonesian().hashCode() + english().hashCode();
  }

  /** Returns {@code "indonesian / english"}, or the text once when both are equal. */
  @Override
  public String toString() {
    String id = indonesian();
    String en = english();
    return id.equals(en) ? en : id + " / " + en;
  }
}
