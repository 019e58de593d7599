package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The identifier check without a regex accepts exactly the strings that {@link Identifier#PATTERN}
 * matches.
 */
class IdentifierCheckPropertiesTest {

  /** Every character the pattern allows, its ASCII neighbours, and look-alikes outside ASCII. */
  private static final String EDGES = "aAzZmM09570.-_:"
      + "/@[`{~+*,;=!?#$%&'\"()<>\\^| \t\n\r\u0000\u007f"
      + "\u00e9\u00c0\u0660\u0669\uff10\uff21\u0130\u0131\u212a\u00df\ud835\udc00\ud835";

  private static boolean regex(String s) {
    return Identifier.PATTERN.matcher(s).matches();
  }

  private static Gen<String> from(String alphabet, int minLength, int maxLength) {
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(minLength, maxLength)
        .map(indexes -> text(alphabet, indexes));
  }

  private static String text(String alphabet, List<Integer> indexes) {
    StringBuilder out = new StringBuilder(indexes.size());
    indexes.forEach(i -> out.append(alphabet.charAt(i)));
    return out.toString();
  }

  @Test
  void any_string_is_accepted_exactly_when_the_pattern_matches_it() {
    qt().withFixedSeed(11).withExamples(20_000).forAll(strings().allPossible().ofLengthBetween(0, 140))
        .check(s -> Identifier.matchesPattern(s) == regex(s));
  }

  @Test
  void strings_of_allowed_and_neighbouring_characters_are_accepted_exactly_when_the_pattern_matches_them() {
    qt().withFixedSeed(12).withExamples(20_000).forAll(from(EDGES, 0, 12))
        .check(s -> Identifier.matchesPattern(s) == regex(s));
  }

  @Test
  void strings_around_the_length_limit_are_accepted_exactly_when_the_pattern_matches_them() {
    String mostlyAllowed = "aZ09.-_:aZ09.-_:aZ09.-_:aZ09.-_: /\u00e9";
    qt().withFixedSeed(13).withExamples(5_000).forAll(from(mostlyAllowed, 120, 132))
        .check(s -> Identifier.matchesPattern(s) == regex(s));
  }

  @Test
  void valid_ids_with_one_character_replaced_are_accepted_exactly_when_the_pattern_matches_them() {
    qt().withFixedSeed(14).withExamples(20_000)
        .forAll(from("abcXYZ0189.-_:", 1, 129), integers().between(0, 128), integers().between(0, EDGES.length() - 1))
        .check((s, at, c) -> {
          StringBuilder changed = new StringBuilder(s);
          changed.setCharAt(at % s.length(), EDGES.charAt(c));
          String t = changed.toString();
          return Identifier.matchesPattern(s) == regex(s) && Identifier.matchesPattern(t) == regex(t);
        });
  }

  @Test
  void the_boundaries_of_the_pattern_are_kept() {
    assertThat(Identifier.matchesPattern("a")).isTrue();
    assertThat(Identifier.matchesPattern("9")).isTrue();
    assertThat(Identifier.matchesPattern("a" + "-".repeat(127))).isTrue();
    assertThat(Identifier.matchesPattern("a" + "-".repeat(128))).isFalse();
    assertThat(Identifier.matchesPattern("")).isFalse();
    assertThat(Identifier.matchesPattern("-a")).isFalse();
    assertThat(Identifier.matchesPattern(".a")).isFalse();
    assertThat(Identifier.matchesPattern("a/b")).isFalse();
    assertThat(Identifier.matchesPattern("a\n")).isFalse();
    assertThat(Identifier.matchesPattern("\u0660")).isFalse();
  }
}
