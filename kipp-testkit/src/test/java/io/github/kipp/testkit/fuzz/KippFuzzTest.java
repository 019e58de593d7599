package io.github.kipp.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
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
}
