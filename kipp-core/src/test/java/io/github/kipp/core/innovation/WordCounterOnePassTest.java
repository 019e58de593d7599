package io.github.kipp.core.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.kipp.core.SectionId;
import io.github.kipp.core.internal.Texts;
import org.junit.jupiter.api.Test;

/**
 * The one pass that checks a section's text and counts its words gives what the two passes it
 * replaces gave: the text policy's verdict ({@code Texts.allows(text, true)}), and then {@link
 * WordCounter#count}.
 */
class WordCounterOnePassTest {

  /**
   * Letters, digits and punctuation, every kind of white space, controls, invisible characters kept
   * and refused in prose, noncharacters, and surrogates, paired or not.
   */
  private static final String EDGES = "aZ9-.%( \u00a0\u00e9\u00ad\u4e2d\n\r\t\u000b\u000c\u0000\u001f\u007f\u0085\u009f"
      + "\u1680\u2000\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u3000\u2066\ufe0f\ufeff\ufdd0\uffff\ud83d\ude00\ud83d\ude00\udb40\udc01";

  private static boolean sameAsTwoPasses(String text) {
    // The two passes, and the rule counted independently of WordCounter (its regular expressions).
    int expected = Texts.allows(text, true) ? WordCounter.count(text) : -1;
    int byRule = Texts.allows(text, true) ? WordCounterTest.countByRegex(text) : -1;
    return WordCounter.countIfPlain(text) == expected && expected == byRule;
  }


  @Test
  void texts_of_every_kind_of_character_are_refused_or_counted_as_the_two_passes_did() {
    qt().withFixedSeed(61).withExamples(20_000).forAll(AlphabetStrings.from(EDGES, 0, 16)).check(WordCounterOnePassTest::sameAsTwoPasses);
  }

  @Test
  void any_text_is_refused_or_counted_as_the_two_passes_did() {
    qt().withFixedSeed(62).withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 200)).check(WordCounterOnePassTest::sameAsTwoPasses);
  }

  @Test
  void prose_is_counted_as_the_two_passes_did() {
    qt().withFixedSeed(63).withExamples(5_000).forAll(strings().betweenCodePoints(0x20, 0x17f).ofLengthBetween(0, 300))
        .check(text -> sameAsTwoPasses(text) && sameAsTwoPasses(text.replace('~', '\n')));
  }

  @Test
  void a_section_keeps_the_count_of_its_text() {
    assertThat(ProposalSection.of(SectionId.of("s"), "anak-anak e-KTP\n3,5 % \u2022 (SINOVIK)").wordCount()).isEqualTo(4);
  }
}
