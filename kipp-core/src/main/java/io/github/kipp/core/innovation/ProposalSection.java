package io.github.kipp.core.innovation;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.SectionId;
import io.github.kipp.core.internal.BeanValidation;
import io.github.kipp.core.validation.PlainText;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One answered section of a proposal (<i>aspek</i>), such as <i>Signifikansi</i>: the section's id in
 * the edition's schema and the text written for it.
 *
 * <p>Word limits are the edition's ({@link io.github.kipp.core.edition.SectionSpec}); this value only
 * bounds the text at {@value #MAX_CHARACTERS} characters to protect hosts from oversized input, and
 * counts its words with {@link WordCounter}.
 */
public final class ProposalSection {

  /** The longest text accepted in one section, in characters. */
  public static final int MAX_CHARACTERS = 50_000;

  private final SectionId section;

  @Size(max = MAX_CHARACTERS, message = "{kipp.text.tooLong}")
  @PlainText(multiline = true)
  private final String text;

  private final int words;

  private ProposalSection(SectionId section, String text) {
    this.section = requireNonNull(section, "section");
    this.text = requireNonNull(text, "text");
    // The text is checked against the policy and its words counted in one pass (-1: refused).
    int counted = text.length() > MAX_CHARACTERS ? -1 : WordCounter.countIfPlain(text);
    if (counted < 0) {
      // Only a text that breaks a constraint above can be refused; Bean Validation then names each.
      // A document holds thousands of sections, so the valid ones skip the validator's overhead.
      BeanValidation.check("section '" + section + "'", this, List.of());
      counted = WordCounter.count(text);
    }
    this.words = counted;
  }

  /**
   * Returns a section answer.
   *
   * @param section the section's id, not null
   * @param text the text written, possibly empty; not null
   * @return the section, not null
   * @throws io.github.kipp.core.InvalidInputException if the text is too long or not plain text
   */
  public static ProposalSection of(SectionId section, String text) {
    return new ProposalSection(section, text);
  }

  /**
   * Returns a section answer.
   *
   * @param section the section's id, not null
   * @param text the text written, not null
   * @return the section, not null
   * @throws io.github.kipp.core.InvalidInputException if the id or text is invalid
   */
  public static ProposalSection of(String section, String text) {
    return new ProposalSection(SectionId.of(section), text);
  }

  /**
   * Returns the section's id.
   *
   * @return the id, not null
   */
  public SectionId section() {
    return section;
  }

  /**
   * Returns the text written.
   *
   * @return the text, not null
   */
  public String text() {
    return text;
  }

  /**
   * Returns the number of words, counted by {@link WordCounter}.
   *
   * @return the word count
   */
  public int wordCount() {
    return words;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProposalSection
        && section.equals(((ProposalSection) o).section)
        && text.equals(((ProposalSection) o).text);
  }

  @Override
  public int hashCode() {
    return section.hashCode() * 31 + text.hashCode();
  }

  /** Returns {@code section (n words)}. */
  @Override
  public String toString() {
    return section + " (" + words + " words)";
  }
}
