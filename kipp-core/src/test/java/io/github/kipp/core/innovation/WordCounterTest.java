package io.github.kipp.core.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class WordCounterTest {

  /** Every code point with Unicode's White_Space property, which the documented rule splits at. */
  private static final String[] SEPARATORS = {
    " ", "\t", "\n", "\u000b", "\f", "\r", "\r\n", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004",
    "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"
  };

  /** Pieces of words: each has a letter or digit and no white space (supplementary letters and combining marks among them). */
  private static final String[] WORD_PARTS = {
    "anak-anak", "e-KTP", "3,5", "(SINOVIK)", "Ñusantara", "日本", "𝐁𝐨𝐥𝐝", "x\u0301", "٣", "Inovasi", "a", "7"
  };

  /**
   * Characters that are neither white space nor letters or digits: they join the neighbouring text
   * into one piece and make no word alone. Among them zero-width and format characters, a lone
   * combining mark, an emoji, and the information separators U+001C to U+001F, which Java's
   * {@code Character.isWhitespace} counts as white space but Unicode does not.
   */
  private static final String[] OTHER_PARTS = {
    "-", "•", "—", "%", "(", ")", "\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u0301", "😀", "\u001c", "\u001f"
  };

  private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}+");
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{Nd}]");

  /** A text built from pieces, with the number of words the documented rule gives it. */
  private record Text(String text, int words) {
    /** The text with every character outside printable ASCII escaped, so that a failure shows which separator it holds. */
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder("\"");
      text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
      return out.append("\" (").append(words).append(" words)").toString();
    }
  }

  private static Gen<String> oneOf(String[] options) {
    return integers().between(0, options.length - 1).map(i -> options[i]);
  }

  /** One piece between separators: one to three parts (word parts drawn twice as often), a word exactly when some part is. */
  private static Gen<Text> piece() {
    int words = 2 * WORD_PARTS.length;
    Gen<Integer> part = integers().between(0, words + OTHER_PARTS.length - 1);
    return lists().of(part).ofSizeBetween(1, 3).map(parts -> {
      StringBuilder out = new StringBuilder();
      boolean word = false;
      for (int i : parts) {
        word |= i < words;
        out.append(i < words ? WORD_PARTS[i % WORD_PARTS.length] : OTHER_PARTS[i - words]);
      }
      return new Text(out.toString(), word ? 1 : 0);
    });
  }

  /** Runs of one to three separators. */
  private static Gen<String> separators() {
    return lists().of(oneOf(SEPARATORS)).ofSizeBetween(1, 3).map(s -> String.join("", s));
  }

  /** Texts of up to ten pieces, each followed by separators, after optional leading separators. */
  private static Gen<Text> texts() {
    Gen<Text> pieceAndSeparators = piece().zip(separators(), (p, s) -> new Text(p.text() + s, p.words()));
    return lists().of(pieceAndSeparators).ofSizeBetween(0, 10).zip(separators(), integers().between(0, 3), (pieces, lead, shape) -> {
      StringBuilder out = new StringBuilder((shape & 1) == 0 ? "" : lead);
      int words = 0;
      for (Text p : pieces) {
        out.append(p.text());
        words += p.words();
      }
      // half of the texts end on their last piece, without separators
      String text = (shape & 2) == 0 ? out.toString().replaceAll("\\p{IsWhite_Space}+$", "") : out.toString();
      return new Text(text, words);
    });
  }

  /**
   * The rule written with the JDK's regular expressions: split at White_Space, count pieces with a
   * letter or digit. The oracle of the counting tests here and in {@link WordCounterOnePassTest}.
   */
  static int countByRegex(String text) {
    int words = 0;
    for (String piece : WHITE_SPACE.split(text)) {
      words += LETTER_OR_DIGIT.matcher(piece).find() ? 1 : 0;
    }
    return words;
  }

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
    assertThat(WordCounter.count("satu\u0085dua\u2028tiga\u2029empat")).isEqualTo(4);
  }

  @Test
  void a_code_point_separates_two_words_exactly_when_unicode_calls_it_white_space() {
    Pattern whiteSpace = Pattern.compile("\\p{IsWhite_Space}");
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String between = new String(Character.toChars(cp));
      boolean separates = WordCounter.count("a" + between + "b") == 2;
      assertThat(separates).as("U+%04X", cp).isEqualTo(whiteSpace.matcher(between).matches());
    }
  }

  @Test
  void a_built_text_has_as_many_words_as_pieces_with_a_letter_or_digit() {
    int[] ran = new int[1];
    int[] multiWord = new int[1];
    qt().withFixedSeed(41).withExamples(2_000).forAll(texts()).checkAssert(t -> {
      assertThat(WordCounter.count(t.text())).as("%s", t).isEqualTo(t.words()).isEqualTo(countByRegex(t.text()));
      ran[0]++;
      multiWord[0] += t.words() >= 2 ? 1 : 0;
    });
    // measured with seed 41: 1,513 of the 2,000 texts (76 %) have at least two words; checked against
    // the examples that ran, since a coverage agent changes QuickTheories' draws
    assertThat(multiWord[0]).isGreaterThan(ran[0] * 2 / 3);
  }

  @Test
  void joining_two_texts_with_a_space_adds_their_counts() {
    int[] ran = new int[1];
    int[] multiWord = new int[1];
    qt().withFixedSeed(42).withExamples(2_000).forAll(texts(), texts()).checkAssert((a, b) -> {
      assertThat(WordCounter.count(a.text() + " " + b.text())).as("%s + %s", a, b).isEqualTo(WordCounter.count(a.text()) + WordCounter.count(b.text()));
      ran[0]++;
      multiWord[0] += a.words() + b.words() >= 2 ? 1 : 0;
    });
    // measured with seed 42: 1,912 of the 2,000 pairs (96 %) have at least two words between them
    assertThat(multiWord[0]).isGreaterThan(ran[0] * 2 / 3);
  }

  @Test
  void joining_two_texts_without_a_separator_merges_the_last_piece_of_one_with_the_first_of_the_other() {
    qt().withFixedSeed(44).withExamples(2_000).forAll(texts(), texts()).checkAssert((a, b) -> {
      String joined = a.text() + b.text();
      assertThat(WordCounter.count(joined)).as("%s + %s", a, b).isEqualTo(countByRegex(joined))
          .isBetween(WordCounter.count(a.text()) + WordCounter.count(b.text()) - 1, WordCounter.count(a.text()) + WordCounter.count(b.text()));
    });
  }

  @Test
  void a_count_never_exceeds_half_the_length_plus_one() {
    qt().withFixedSeed(43).withExamples(2_000).forAll(texts()).checkAssert(t ->
        assertThat(WordCounter.count(t.text())).as("%s", t).isLessThanOrEqualTo(t.text().length() / 2 + 1));
  }

  @Test
  void the_separators_and_parts_used_above_are_what_they_claim_to_be() {
    for (String s : SEPARATORS) {
      assertThat(WHITE_SPACE.matcher(s).matches()).as("%s", s.codePoints().boxed().toList()).isTrue();
    }
    for (String w : WORD_PARTS) {
      assertThat(LETTER_OR_DIGIT.matcher(w).find() && !Pattern.compile("\\p{IsWhite_Space}").matcher(w).find()).as(w).isTrue();
    }
    for (String o : OTHER_PARTS) {
      assertThat(LETTER_OR_DIGIT.matcher(o).find() || Pattern.compile("\\p{IsWhite_Space}").matcher(o).find()).as(o).isFalse();
    }
    List<String> separators = List.of(SEPARATORS);
    Pattern one = Pattern.compile("\\p{IsWhite_Space}");
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String c = new String(Character.toChars(cp));
      if (one.matcher(c).matches()) {
        assertThat(separators).as("U+%04X", cp).contains(c);
      }
    }
  }
}
