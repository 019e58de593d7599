package io.github.kipp.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.testkit.KippBuilders;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fuzzing harness itself: what its generators give and what its check lets through. */
class KippFuzzTest {

  private static final String DOCUMENT = "{\"id\": \"p-1\", \"score\": 82.50}";

  @Test
  void a_changed_document_differs_from_the_original_by_at_most_the_edits_allowed() {
    Set<String> seen = new HashSet<>();
    qt().withFixedSeed(7).withExamples(1_000).forAll(KippFuzz.changed(DOCUMENT, 4)).checkAssert(changed -> {
      assertThat(Math.abs(changed.length() - DOCUMENT.length())).isLessThanOrEqualTo(4);
      seen.add(changed);
    });
    assertThat(seen).as("distinct changed documents").hasSizeGreaterThan(400);
    assertThat(seen).anyMatch(s -> s.length() < DOCUMENT.length()).anyMatch(s -> s.length() > DOCUMENT.length());
  }

  @Test
  void changed_refuses_a_missing_document_or_no_edits() {
    assertThatThrownBy(() -> KippFuzz.changed(DOCUMENT, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEdits");
    assertThatThrownBy(() -> KippFuzz.changed(null, 1)).isInstanceOf(NullPointerException.class).hasMessageContaining("document");
  }

  @Test
  void degenerate_populations_include_empty_single_flat_and_one_evaluator_populations_on_the_scale() {
    CriteriaSet criteria = KippBuilders.criteria();
    Set<String> shapes = new HashSet<>();
    qt().withFixedSeed(11).withExamples(1_000).forAll(KippFuzz.degeneratePopulations(criteria, 8)).checkAssert(population -> {
      assertThat(population.sheets()).hasSizeLessThanOrEqualTo(8);
      assertThat(population.criteria()).isEqualTo(criteria);
      population.sheets().forEach(sheet -> assertThat(criteria.validate(sheet)).isEmpty());
      Set<BigDecimal> totals = new HashSet<>();
      population.sheets().forEach(sheet -> totals.add(population.total(sheet)));
      if (population.sheets().isEmpty()) {
        shapes.add("empty");
      } else if (population.sheets().size() == 1) {
        shapes.add("one sheet");
      } else {
        if (population.evaluators().size() == 1) {
          shapes.add("one evaluator");
        }
        if (population.proposals().size() == 1) {
          shapes.add("one proposal");
        }
        if (totals.size() == 1) {
          shapes.add("all equal");
        }
        if (population.evaluators().stream().allMatch(e -> population.sheetsBy(e).stream().map(population::total).distinct().count() == 1)) {
          shapes.add("no evaluator with spread");
        }
        if (totals.size() > 2) {
          shapes.add("spread");
        }
      }
    });
    assertThat(shapes).containsExactlyInAnyOrder("empty", "one sheet", "one evaluator", "one proposal", "all equal", "no evaluator with spread", "spread");
    assertThatThrownBy(() -> KippFuzz.degeneratePopulations(criteria, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSheets");
  }

  @Test
  void a_kipp_error_passes_the_check_and_any_other_exception_fails_it_naming_the_input() {
    KippFuzz.onlyKippErrors("bad id", () -> ProposalId.of("bad id"));

    assertThatThrownBy(() -> KippFuzz.onlyKippErrors("\u0007x", () -> Integer.parseInt("x")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"\\u{7}x\"")
        .hasMessageContaining("java.lang.NumberFormatException");
  }

  @Test
  void a_kipp_error_really_is_what_an_invalid_identifier_throws() {
    assertThatThrownBy(() -> ProposalId.of("bad id")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void the_code_point_classes_hold_every_class_the_text_policy_treats_apart() {
    assertThat(KippFuzz.codePointClasses()).anyMatch(c -> c.length() == 1 && Character.isHighSurrogate(c.charAt(0)))
        .anyMatch(c -> c.length() == 1 && Character.isLowSurrogate(c.charAt(0)))
        .contains("\ufffe", "\uffff", "\ufdd0", "\ud83f\udffe")
        .contains("\u0000", "\u001b", "\t", "\n", "\r", "\u007f", "\u0080", "\u0085", "\u009f")
        .contains("\u2028", "\u2029", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")
        .contains("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\ufe0f")
        .contains("\ud83d\ude00", "\u0301", "?");
  }

  @Test
  void every_code_point_class_turns_up_in_a_short_run_of_each_text_generator() {
    Set<String> fromClasses = new HashSet<>();
    Set<String> fromHostile = new HashSet<>();
    qt().withFixedSeed(KippFuzz.DEFAULT_SEED).withExamples(KippFuzz.SHORT_RUN)
        .forAll(KippFuzz.everyCodePointClass(12), KippFuzz.hostileText(200))
        .checkAssert((classes, hostile) -> {
          KippFuzz.codePointClasses().stream().filter(classes::contains).forEach(fromClasses::add);
          KippFuzz.codePointClasses().stream().filter(hostile::contains).forEach(fromHostile::add);
        });
    assertThat(fromClasses).containsExactlyInAnyOrderElementsOf(KippFuzz.codePointClasses());
    assertThat(fromHostile).containsExactlyInAnyOrderElementsOf(KippFuzz.codePointClasses());
  }

  @Test
  void changed_documents_get_lone_surrogates_noncharacters_and_invisible_characters_inserted() {
    Set<Character> inserted = new HashSet<>();
    qt().withFixedSeed(8).withExamples(2_000).forAll(KippFuzz.changed(DOCUMENT, 4))
        .checkAssert(changed -> changed.chars().filter(c -> DOCUMENT.indexOf(c) < 0).forEach(c -> inserted.add((char) c)));
    assertThat(inserted).contains('\ud800', '\udc00', '\ufffe', '\u202e', '\u200b', '\ufeff', '\u0085');
  }
}
