package example.hostkinds;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Violation;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.innovation.Proposal;

/**
 * A host's own kind of eligibility rule, written in Java as a regency would write it: an
 * innovation's title has at most a number of words. A module file applies it by the id the host
 * registers it under, with the setting {@code max}.
 */
final class TitleWords implements EligibilityRule {

  /** The id the host registers the kind under. */
  static final String KIND = "example/title-words";

  private final int max;
  private final Citation citation;

  private TitleWords(int max, Citation citation) {
    this.max = max;
    this.citation = citation;
  }

  /**
   * Makes the rule from a module file's settings, refusing a missing or bad {@code max} in both
   * languages.
   */
  static TitleWords of(ImmutableMap<String, String> settings, Citation citation) {
    String max = settings.get("max");
    if (max == null) {
      throw refused("(missing)", LocalizedText.of("Pengaturan 'max' wajib ada.", "The setting 'max' is required."));
    }
    try {
      int words = Integer.parseInt(max);
      if (words < 1) {
        throw refused(max, LocalizedText.of("Pengaturan 'max' paling sedikit 1: " + max + ".", "The setting 'max' is at least 1: " + max + "."));
      }
      return new TitleWords(words, citation);
    } catch (NumberFormatException e) {
      throw refused(max, LocalizedText.of("Pengaturan 'max' harus bilangan bulat: " + max + ".", "The setting 'max' must be a whole number: " + max + "."));
    }
  }

  private static InvalidInputException refused(String value, LocalizedText message) {
    return InvalidInputException.of("title-words rule", new Violation("example.titleWords.max", "max", value, message));
  }

  @Override
  public String id() {
    return "title-words";
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of("Judul inovasi paling banyak " + max + " kata", "An innovation's title has at most " + max + " words");
  }

  @Override
  public ImmutableList<Citation> citations() {
    return ImmutableList.of(citation);
  }

  @Override
  public Decision evaluate(Proposal proposal, EligibilityContext context) {
    int words = proposal.innovation().title().trim().split("\\s+").length;
    String subject = "proposal " + proposal.id();
    LocalizedText why = LocalizedText.of("Judul memiliki " + words + " kata; paling banyak " + max + ".",
        "The title has " + words + " words; at most " + max + ".");
    return words <= max
        ? Decision.pass(subject, id(), Reason.of("example.titleWords.ok", why, citation))
        : Decision.fail(subject, id(), Reason.of("example.titleWords.tooLong", why, citation));
  }
}
