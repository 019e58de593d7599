package io.github.kipp.core.innovation;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.internal.BeanValidation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A section's text is refused exactly when Bean Validation finds a violation of the constraints
 * declared on {@link ProposalSection}'s text, although valid texts skip the validator.
 */
class ProposalSectionValidationTest {

  private static final SectionId SECTION = SectionId.of("signifikansi");

  /** Plain characters, every kind of control and line break, and surrogates, paired or not. */
  private static final String EDGES = "aZ 9.,\u00e9\u4e2d\n\r\t\u0000\u0007\u001f\u007f\u0085\u009f\u2028\u2029\ud83d\ude00\ud83d\ude00";

  /** The validator kipp itself checks values with. */
  private static final Validator VALIDATOR = BeanValidation.validator();

  private static boolean refusedExactlyWhenBeanValidationObjects(String text) {
    boolean valid = VALIDATOR.validateValue(ProposalSection.class, "text", text).isEmpty();
    try {
      ProposalSection.of(SECTION, text);
      return valid;
    } catch (InvalidInputException e) {
      return !valid && !e.violations().isEmpty();
    }
  }


  @Test
  void any_text_is_refused_exactly_when_bean_validation_finds_a_violation() {
    qt().withFixedSeed(41).withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 200))
        .check(ProposalSectionValidationTest::refusedExactlyWhenBeanValidationObjects);
  }

  @Test
  void texts_of_controls_line_breaks_and_surrogates_are_refused_exactly_when_bean_validation_finds_a_violation() {
    qt().withFixedSeed(42).withExamples(10_000).forAll(AlphabetStrings.from(EDGES, 0, 12))
        .check(ProposalSectionValidationTest::refusedExactlyWhenBeanValidationObjects);
  }

  /**
   * Texts of {@code MAX_CHARACTERS} − 2 to + 2 characters: plain letters with up to three of them
   * replaced, at any place, by characters of {@link #EDGES} (a control, a line break, either half of
   * a surrogate pair), so that length and content are refused alone and together.
   */
  @Test
  void texts_around_the_length_limit_are_refused_exactly_when_bean_validation_finds_a_violation() {
    Gen<int[]> edit = integers().between(0, EDGES.length() - 1).zip(integers().between(0, ProposalSection.MAX_CHARACTERS + 1), (c, at) -> new int[] {c, at});
    qt().withFixedSeed(43).withExamples(1_000)
        .forAll(integers().between(ProposalSection.MAX_CHARACTERS - 2, ProposalSection.MAX_CHARACTERS + 2), lists().of(edit).ofSizeBetween(0, 3))
        .check((length, edits) -> {
          StringBuilder text = new StringBuilder("a".repeat(length));
          edits.forEach(e -> text.setCharAt(e[1] % length, EDGES.charAt(e[0])));
          return refusedExactlyWhenBeanValidationObjects(text.toString());
        });
  }
}
