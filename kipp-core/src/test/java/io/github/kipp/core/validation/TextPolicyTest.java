package io.github.kipp.core.validation;

import static io.github.kipp.core.validation.TextPolicy.Kind.MULTI_LINE;
import static io.github.kipp.core.validation.TextPolicy.Kind.SINGLE_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.BeanValidation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * kipp's text policy, class by class of code point and kind by kind of text, and the {@code
 * PlainText} constraint that applies it.
 */
class TextPolicyTest {

  private static final String MALFORMED = TextSamples.MALFORMED;
  private static final String CONTROL = TextSamples.CONTROL;
  private static final String INVISIBLE = TextSamples.INVISIBLE;

  static Stream<Arguments> classes() {
    return TextSamples.all().stream().map(s -> Arguments.of(s.name(), s));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classes")
  void each_class_of_code_point_is_accepted_or_refused_by_each_kind_with_its_code(String name, TextSamples.Sample sample) {
    assertThat(code(sample.text(), SINGLE_LINE)).as("single-line").isEqualTo(Optional.ofNullable(sample.singleLine()));
    assertThat(code(sample.text(), MULTI_LINE)).as("multi-line").isEqualTo(Optional.ofNullable(sample.multiLine()));
    assertThat(TextPolicy.allows(sample.text(), SINGLE_LINE)).isEqualTo(sample.singleLine() == null);
    assertThat(TextPolicy.allows(sample.text(), MULTI_LINE)).isEqualTo(sample.multiLine() == null);
  }

  private static Optional<String> code(String text, TextPolicy.Kind kind) {
    return TextPolicy.check("field", text, kind).map(Violation::code);
  }

  @Test
  void a_refusal_names_the_field_the_first_refused_character_and_its_position_in_both_languages() {
    Violation v = TextPolicy.check("title", "\ud83d\ude00 Giatki\u202eseC\u0000", SINGLE_LINE).orElseThrow();

    assertThat(v.code()).isEqualTo(INVISIBLE);
    assertThat(v.path()).isEqualTo("title");
    assertThat(v.invalidValue()).isEqualTo("\ud83d\ude00 Giatki\u202eseC\u0000");
    // The emoji counts as one character: the override is the ninth.
    assertThat(v.message().english()).startsWith("title '\ud83d\ude00 Giatki\\u202EseC\\u0000' contains an invisible character")
        .contains("found U+202E at position 9");
    assertThat(v.message().indonesian()).startsWith("title '\ud83d\ude00 Giatki\\u202EseC\\u0000' berisi karakter tak terlihat")
        .contains("ditemukan U+202E pada posisi 9");
  }

  @Test
  void a_lone_surrogate_is_named_by_its_code_unit() {
    Violation v = TextPolicy.check("name", "Dinas \udc01", MULTI_LINE).orElseThrow();

    assertThat(v.code()).isEqualTo(MALFORMED);
    assertThat(v.message().english()).contains("'Dinas \\uDC01'").contains("found U+DC01 at position 7");
  }

  @Test
  void require_returns_an_accepted_text_and_throws_for_a_refused_one_naming_the_subject() {
    assertThat(TextPolicy.require("citation", "note", "baris satu\nbaris dua", MULTI_LINE)).isEqualTo("baris satu\nbaris dua");
    assertThatThrownBy(() -> TextPolicy.require("citation", "instrument", "Permen\nPANRB", SINGLE_LINE))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.subject()).isEqualTo("citation");
          assertThat(e.violations()).extracting(Violation::code, Violation::path).containsExactly(org.assertj.core.groups.Tuple.tuple(CONTROL, "instrument"));
        });
  }

  @Test
  void escape_writes_every_character_a_single_line_may_not_hold_and_keeps_the_rest() {
    assertThat(TextPolicy.escape("Giatki Ces \u00e9\ud83d\ude00")).isEqualTo("Giatki Ces \u00e9\ud83d\ude00");
    assertThat(TextPolicy.escape("a\nb\tc\rd")).isEqualTo("a\\nb\\tc\\rd");
    assertThat(TextPolicy.escape("\u0000\u0085\u202e\ufeff\u200b\ud800\ufffe")).isEqualTo("\\u0000\\u0085\\u202E\\uFEFF\\u200B\\uD800\\uFFFE");
    assertThat(TextPolicy.escape("\udb40\udc41")).isEqualTo("\\uDB40\\uDC41");
    assertThat(TextPolicy.escape("back\\slash")).isEqualTo("back\\slash");
  }

  /** Any text: plain characters and a sample of every class, in any order. */
  private static Gen<String> texts() {
    List<String> parts = TextSamples.all().stream().map(TextSamples.Sample::text).toList();
    Gen<String> mixed = lists().of(integers().between(0, parts.size() - 1)).ofSizeBetween(0, 8)
        .map(picks -> {
          StringBuilder out = new StringBuilder();
          picks.forEach(i -> out.append(parts.get(i)));
          return out.toString();
        });
    return mixed.mix(strings().allPossible().ofLengthBetween(0, 40));
  }

  @Test
  void the_escaped_form_of_any_text_is_an_accepted_single_line() {
    qt().withFixedSeed(2026).withExamples(2_000).forAll(texts())
        .checkAssert(text -> assertThat(TextPolicy.allows(TextPolicy.escape(text), SINGLE_LINE)).as(TextPolicy.escape(text)).isTrue());
  }

  @Test
  void a_single_line_text_is_always_an_accepted_multi_line_text() {
    qt().withFixedSeed(2027).withExamples(2_000).forAll(texts())
        .check(text -> !TextPolicy.allows(text, SINGLE_LINE) || TextPolicy.allows(text, MULTI_LINE));
  }

  /** A host's input with kipp's constraint on one field of each kind. */
  private record Form(@PlainText String title, @PlainText(multiline = true) String body) {}

  @Test
  void the_plain_text_constraint_refuses_exactly_what_the_policy_refuses_with_the_same_code() {
    qt().withFixedSeed(2028).withExamples(2_000).forAll(texts(), texts())
        .checkAssert((title, body) -> {
          List<Violation> found = BeanValidation.validate(new Form(title, body));
          assertThat(found.stream().filter(v -> v.path().equals("title")).map(Violation::code).findFirst())
              .isEqualTo(code(title, SINGLE_LINE));
          assertThat(found.stream().filter(v -> v.path().equals("body")).map(Violation::code).findFirst())
              .isEqualTo(code(body, MULTI_LINE));
        });
  }
}
