package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.internal.CoreMessages;
import java.util.Locale;

/**
 * A text in Bahasa Indonesia and in English.
 *
 * <p>Names that people read (categories, groups, stages, criteria) and every message kipp shows to a
 * person come in both languages. Proper names that are not translated, such as an innovation's title,
 * use {@link #same(String)}.
 *
 * @param indonesian the text in Bahasa Indonesia, not blank
 * @param english the text in English, not blank
 */
public record LocalizedText(String indonesian, String english) {

  /** The locale kipp uses for Bahasa Indonesia ({@code id}). */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /**
   * Creates a bilingual text.
   *
   * @param indonesian the text in Bahasa Indonesia, not blank
   * @param english the text in English, not blank
   * @throws InvalidInputException if either text is blank
   */
  public LocalizedText {
    requireNonNull(indonesian, "indonesian");
    requireNonNull(english, "english");
    if (indonesian.isBlank() || english.isBlank()) {
      java.util.List<Violation> violations = new java.util.ArrayList<>();
      if (indonesian.isBlank()) {
        violations.add(CoreMessages.violation("kipp.text.blank", "indonesian", indonesian));
      }
      if (english.isBlank()) {
        violations.add(CoreMessages.violation("kipp.text.blank", "english", english));
      }
      throw InvalidInputException.of("localized text", violations);
    }
  }

  /**
   * Returns a bilingual text.
   *
   * @param indonesian the text in Bahasa Indonesia, not blank
   * @param english the text in English, not blank
   * @return the text, not null
   */
  public static LocalizedText of(String indonesian, String english) {
    return new LocalizedText(indonesian, english);
  }

  /**
   * Returns a text that reads the same in both languages, such as a proper name.
   *
   * @param text the text, not blank
   * @return the text, not null
   */
  public static LocalizedText same(String text) {
    return new LocalizedText(text, text);
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
    return "id".equals(language) || "in".equals(language) ? indonesian : english;
  }

  /** Returns {@code "indonesian / english"}, or the text once when both are equal. */
  @Override
  public String toString() {
    return indonesian.equals(english) ? english : indonesian + " / " + english;
  }
}
