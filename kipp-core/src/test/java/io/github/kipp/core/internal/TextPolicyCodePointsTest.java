package io.github.kipp.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Violation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The text policy decided for every code point of Unicode, in both kinds of text, against a reference
 * written from the policy's tables in docs/limits.md and from Unicode's list of default-ignorable
 * code points (DerivedCoreProperties.txt, Default_Ignorable_Code_Point), not from the checker's own
 * ranges. Every boundary of every range is thereby tried on both sides.
 */
class TextPolicyCodePointsTest {

  /** Unicode 15's Default_Ignorable_Code_Point ranges, inclusive, as the Unicode Character Database lists them. */
  private static final int[][] DEFAULT_IGNORABLE = {
      {0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C}, {0x115F, 0x1160}, {0x17B4, 0x17B5},
      {0x180B, 0x180F}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x206F}, {0x3164, 0x3164},
      {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}, {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3},
      {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
  };

  private static boolean defaultIgnorable(int cp) {
    for (int[] r : DEFAULT_IGNORABLE) {
      if (cp >= r[0] && cp <= r[1]) {
        return true;
      }
    }
    return false;
  }

  /** What docs/limits.md says of one code point standing alone. */
  private static @Nullable String expected(int cp, boolean multiline) {
    boolean noncharacter = (0xFDD0 <= cp && cp <= 0xFDEF) || cp % 0x10000 == 0xFFFE || cp % 0x10000 == 0xFFFF;
    if (noncharacter) {
      return "kipp.text.malformed";
    }
    boolean layout = cp == 0x09 || cp == 0x0A || cp == 0x0D;
    if (cp <= 0x1F || (0x7F <= cp && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029) {
      return multiline && layout ? null : "kipp.text.controlCharacter";
    }
    boolean bidi = (0x202A <= cp && cp <= 0x202E) || (0x2066 <= cp && cp <= 0x2069);
    if (bidi || cp == 0xFEFF) {
      return "kipp.text.invisible";
    }
    boolean invisible = Character.getType(cp) == Character.FORMAT || defaultIgnorable(cp);
    boolean keptInProse = cp == 0x200C || cp == 0x200D || (0xFE00 <= cp && cp <= 0xFE0F) || cp == 0x00AD;
    if (invisible) {
      return multiline && keptInProse ? null : "kipp.text.invisible";
    }
    return null;
  }

  @Test
  void every_code_point_is_accepted_or_refused_in_both_kinds_of_text_as_the_documented_policy_says() {
    List<String> wrong = new ArrayList<>();
    int refusedInLines = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
        continue;
      }
      String alone = new String(Character.toChars(cp));
      String inside = "a" + alone + "b";
      for (boolean multiline : new boolean[] {false, true}) {
        String want = expected(cp, multiline);
        String got = Texts.refusal(inside, multiline);
        if (!java.util.Objects.equals(want, got) || Texts.allows(alone, multiline) != (want == null)) {
          wrong.add(String.format("U+%04X %s: expected %s, got %s", cp, multiline ? "multi-line" : "single-line", want, got));
        }
        if (!multiline && want != null) {
          refusedInLines++;
        }
      }
    }
    assertThat(wrong).as("code points decided otherwise than documented").isEmpty();
    // Cf, the default-ignorables, controls and noncharacters: a few thousand code points, mostly tags and noncharacters.
    assertThat(refusedInLines).isBetween(4_000, 6_000);
  }

  @Test
  void a_lone_surrogate_of_either_half_is_malformed_and_a_pair_is_one_accepted_character() {
    for (int unit = 0xD800; unit <= 0xDFFF; unit++) {
      String lone = "a" + (char) unit + "b";
      assertThat(Texts.refusal(lone, false)).isEqualTo("kipp.text.malformed");
      assertThat(Texts.refusal(lone, true)).isEqualTo("kipp.text.malformed");
    }
    assertThat(Texts.refusal("a\uD83D\uDE00b", false)).isNull();
    assertThat(Texts.refusal("\uDE00\uD83D", true)).isEqualTo("kipp.text.malformed");
  }

  @Test
  void a_refusal_names_the_character_by_its_code_point_and_its_position_in_characters() {
    List<Violation> violations = new ArrayList<>();
    Texts.line(violations, "title", "\uD83D\uDE00 Giatki\uDB40\uDC01 Ces");   // an emoji, then the tag U+E0001
    Texts.prose(violations, "lines[0]", "satu\ndua\u202Etiga");

    assertThat(violations).extracting(Violation::code).containsExactly("kipp.text.invisible", "kipp.text.invisible");
    assertThat(violations.get(0).path()).isEqualTo("title");
    assertThat(violations.get(0).message().english()).contains("U+E0001").contains("position 9");
    assertThat(violations.get(1).path()).isEqualTo("lines[0]");
    assertThat(violations.get(1).message().english()).contains("U+202E").contains("position 9");
  }
}
