package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CoreBoundariesTest {

  private static List<String> codesOf(Runnable r) {
    try {
      r.run();
      return List.of();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(Violation::code).toList();
    }
  }

  @Test
  void the_years_1_and_9999_make_periods_and_0_and_10000_do_not() {
    assertThat(EffectivePeriod.ofYear(1).from()).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(EffectivePeriod.ofYear(9999).until()).contains(LocalDate.of(10000, 1, 1));
    assertThat(EffectivePeriod.ofYear(2023).until()).contains(LocalDate.of(2024, 1, 1));
    assertThat(codesOf(() -> EffectivePeriod.ofYear(0))).containsExactly("kipp.period.year");
    assertThat(codesOf(() -> EffectivePeriod.ofYear(10000))).containsExactly("kipp.period.year");
  }

  @Test
  void a_citation_text_or_note_of_exactly_the_longest_length_is_accepted_and_one_more_is_not() {
    String longest = "x".repeat(1000);
    Citation atLimit = Citation.regulation(longest, longest).withNote(longest);

    assertThat(atLimit.instrument()).hasSize(1000);
    assertThat(atLimit.note()).hasSize(1000);
    assertThat(codesOf(() -> Citation.regulation(longest + "x", "Pasal 1"))).containsExactly("kipp.text.tooLong");
    assertThat(codesOf(() -> Citation.regulation("Perpres 1/2020", "Pasal 1").withNote(longest + "x"))).containsExactly("kipp.text.tooLong");
  }

  @Test
  void an_inferred_citation_keeps_its_derivation_as_its_note() {
    Citation c = Citation.inferred("Pedoman 2023", "Bab IV", "weights read off the sample form");

    assertThat(c.confidence()).isEqualTo(Confidence.INFERRED);
    assertThat(c.instrument()).isEqualTo("Pedoman 2023");
    assertThat(c.provision()).isEqualTo("Bab IV");
    assertThat(c.note()).isEqualTo("weights read off the sample form");
    assertThat(c.sources()).isEmpty();
  }

  @Test
  void a_value_of_exactly_eighty_characters_is_kept_whole_and_a_longer_one_is_cut_with_an_ellipsis() {
    String eighty = "a".repeat(Violation.MAX_VALUE_LENGTH);

    assertThat(Violation.abbreviate(eighty)).isEqualTo(eighty);
    assertThat(Violation.abbreviate(eighty + "b")).isEqualTo("a".repeat(79) + "…").hasSize(80);
  }

  @Test
  void an_abbreviated_value_never_ends_in_half_a_surrogate_pair() {
    String emojiAtTheCut = "a".repeat(Violation.MAX_VALUE_LENGTH - 2) + "\ud83d\ude00" + "tail";

    assertThat(Violation.abbreviate(emojiAtTheCut)).isEqualTo("a".repeat(Violation.MAX_VALUE_LENGTH - 2) + "…");
    assertThat(Violation.abbreviate("a".repeat(Violation.MAX_VALUE_LENGTH - 3) + "\ud83d\ude00" + "tail"))
        .isEqualTo("a".repeat(Violation.MAX_VALUE_LENGTH - 3) + "\ud83d\ude00" + "…");
  }

  @Test
  void nesting_a_violation_under_an_empty_parent_leaves_it_as_it_is() {
    Violation v = new Violation("kipp.text.blank", "name", "", LocalizedText.of("kosong", "blank"));

    assertThat(v.under("")).isSameAs(v);
    assertThat(v.under("innovation").path()).isEqualTo("innovation.name");
  }

  @Test
  void a_blank_text_in_either_language_is_refused_naming_the_language() {
    assertThatThrownBy(() -> LocalizedText.of(" ", "text"))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("indonesian"));
    assertThatThrownBy(() -> LocalizedText.of("teks", ""))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("english"));
    assertThatThrownBy(() -> LocalizedText.of("", " "))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("indonesian", "english"));
  }

  @Test
  void the_indonesian_summary_of_a_violation_without_a_path_shows_only_its_message() {
    Violation pathless = new Violation("kipp.sdg.invalid", "", "x", LocalizedText.of("Target tidak sah", "Invalid target"));
    Violation withPath = new Violation("kipp.text.blank", "name", "", LocalizedText.of("kosong", "blank"));

    InvalidInputException e = InvalidInputException.of("proposal", List.of(pathless, withPath));

    assertThat(e.text().indonesian()).isEqualTo("proposal tidak valid (2 masalah): Target tidak sah; name: kosong");
  }

  @Test
  void an_exception_speaks_indonesian_to_an_indonesian_reader_and_english_to_others() {
    InvalidInputException e = InvalidInputException.of("proposal", List.of(new Violation("kipp.text.blank", "name", "", LocalizedText.of("kosong", "blank"))));

    assertThat(e.message(Locale.forLanguageTag("id"))).isEqualTo(e.text().indonesian());
    assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.text().english());
  }

  @Test
  void a_reasons_weakest_confidence_is_that_of_its_weakest_citation() {
    Reason r = Reason.of("x", LocalizedText.same("x"), Citation.regulation("Perpres 1/2020", "Pasal 1"), Citation.reported("Juknis", "Bab I"));

    assertThat(r.weakestConfidence()).contains(Confidence.REPORTED);
    assertThat(Reason.of("y", LocalizedText.same("y")).weakestConfidence()).isEmpty();
  }

  @Test
  void a_refused_action_names_the_actor_and_the_action() {
    Actor unit = Actor.of("upp-1", Role.UNIT);
    UnauthorizedActionException e = UnauthorizedActionException.forRoles(unit, "publish the Top 99", List.of(Role.SECRETARIAT));

    assertThat(e.actor()).isEqualTo(unit);
    assertThat(e.action()).isEqualTo("publish the Top 99");
    assertThat(e.allowedRoles()).containsExactly(Role.SECRETARIAT);
  }

  @Test
  void a_variant_id_extends_its_parent_and_lists_its_lineage() {
    RuleModuleId variant = RuleModuleId.of("sinovik-2023").variant("sulsel-2023");

    assertThat(variant.value()).isEqualTo("sinovik-2023/sulsel-2023");
    assertThat(variant.lineage()).extracting(RuleModuleId::value).containsExactly("sinovik-2023", "sinovik-2023/sulsel-2023");
  }

  @Test
  void text_of_exactly_the_longest_readable_length_is_read_as_a_number_and_checked_against_the_bounds() {
    int longest = Decimals.MAX_INTEGER_DIGITS + Decimals.MAX_DECIMALS + 16;
    String atLimit = "0." + "0".repeat(longest - 3) + "1";
    String tooLong = "0." + "0".repeat(longest - 2) + "1";

    assertThat(atLimit).hasSize(longest);
    assertThatThrownBy(() -> Decimals.parse("section", "weight", atLimit))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.number.precision"));
    assertThatThrownBy(() -> Decimals.parse("section", "weight", tooLong))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.number.notDecimal"));
    assertThat(Decimals.parse("section", "weight", "0.35")).isEqualTo(new BigDecimal("0.35"));
  }
}
