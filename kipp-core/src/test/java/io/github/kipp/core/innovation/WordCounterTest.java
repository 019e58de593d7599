package io.github.kipp.core.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordCounterTest {

  @ParameterizedTest(name = "\"{0}\" has {1} words")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|0",
        "'   '|0",
        "anak-anak bermain|2",
        "e-KTP (SINOVIK) 3,5 %|3",
        "- • —|0",
        "Inovasi\u00a0daerah|2",
        "𝐁𝐨𝐥𝐝 text|2"
      })
  void counts_words_by_the_documented_rule(String text, int words) {
    assertThat(WordCounter.count(text)).isEqualTo(words);
  }

  @Test
  void line_breaks_and_tabs_separate_words() {
    assertThat(WordCounter.count("satu\ndua\tTiga\r\nempat")).isEqualTo(4);
  }

  @Test
  void joining_two_texts_with_a_space_adds_their_counts() {
    qt().withFixedSeed(42)
        .forAll(strings().allPossible().ofLengthBetween(0, 40), strings().allPossible().ofLengthBetween(0, 40))
        .check((a, b) -> WordCounter.count(a + " " + b) == WordCounter.count(a) + WordCounter.count(b));
  }

  @Test
  void a_count_never_exceeds_half_the_length_plus_one() {
    qt().withFixedSeed(43)
        .forAll(strings().allPossible().ofLengthBetween(0, 200))
        .check(s -> WordCounter.count(s) <= s.length() / 2 + 1);
  }
}
