package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 16: a citation records a conflict between sources with the sources of both readings. */
class CitationConflictTest {

  private static final Citation PEDOMAN_4 =
      Citation.reported("Pedoman Menteri PANRB 4/2025", "whole instrument").withSources("S28", "S39", "S131");

  @Test
  void a_conflict_keeps_both_readings_and_the_sources_of_each() {
    Citation c = PEDOMAN_4.withConflict("another source numbers the guide 5/2025", "S38");

    assertThat(c.conflicting()).isTrue();
    assertThat(c.sources()).containsExactly("S28", "S39", "S131", "S38");
    assertThat(c.note()).isEqualTo("CONFLICT: another source numbers the guide 5/2025 [S38]");
    assertThat(c.instrument()).as("the value cited is still the first reading's").isEqualTo("Pedoman Menteri PANRB 4/2025");
    assertThat(c).hasToString("Pedoman Menteri PANRB 4/2025, whole instrument [reported; S28, S39, S131, S38]"
        + " (CONFLICT: another source numbers the guide 5/2025 [S38])");
  }

  @Test
  void an_earlier_note_follows_the_conflict_and_a_source_named_twice_is_listed_once() {
    Citation c = PEDOMAN_4.withNote("kipp takes 4/2025").withConflict("5/2025", "S38", "S28");

    assertThat(c.note()).isEqualTo("CONFLICT: 5/2025 [S38, S28]; kipp takes 4/2025");
    assertThat(c.sources()).containsExactly("S28", "S39", "S131", "S38");
  }

  @Test
  void a_note_written_by_hand_with_the_prefix_records_a_conflict_and_other_notes_do_not() {
    assertThat(PEDOMAN_4.withNote("CONFLICT: registration closes 15 April [S75] or 16 April [S46]").conflicting()).isTrue();
    assertThat(PEDOMAN_4.withNote("no conflict here").conflicting()).isFalse();
    assertThat(PEDOMAN_4.conflicting()).isFalse();
  }

  @Test
  void a_conflict_without_another_reading_or_source_is_a_programmer_error() {
    assertThatThrownBy(() -> PEDOMAN_4.withConflict(" ", "S38"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one source");
    assertThatThrownBy(() -> PEDOMAN_4.withConflict("5/2025"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 0 sources");
    assertThatThrownBy(() -> PEDOMAN_4.withConflict("5/2025", "not a source id!"))
        .isInstanceOf(InvalidInputException.class);
  }
}
