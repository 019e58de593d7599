package io.github.kipp.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kipp.core.Citation;
import io.github.kipp.core.KippTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16: a window says its last day, the day a regulation names, in its zone. */
class WindowLastDayTest {

  private static final List<ZoneId> ZONES = List.of(KippTime.JAKARTA, KippTime.MAKASSAR, KippTime.JAYAPURA);

  @Test
  void a_window_of_whole_days_ending_11_may_closes_on_12_may_at_midnight_and_its_last_day_is_11_may() {
    Window w = Window.days(LocalDate.of(2021, 3, 17), LocalDate.of(2021, 5, 11), KippTime.JAKARTA);

    assertThat(w.close()).isEqualTo(ZonedDateTime.of(2021, 5, 12, 0, 0, 0, 0, KippTime.JAKARTA));
    assertThat(w.lastDay()).isEqualTo(LocalDate.of(2021, 5, 11));
  }

  @Test
  void the_last_day_of_a_window_of_whole_days_is_the_day_given_in_every_indonesian_zone() {
    qt().withFixedSeed(1611L).withExamples(1_000)
        .forAll(integers().between(0, 40_000), integers().between(0, 400), integers().between(0, ZONES.size() - 1))
        .checkAssert((start, length, zone) -> {
          LocalDate first = LocalDate.of(2000, 1, 1).plusDays(start);
          LocalDate last = first.plusDays(length);

          assertThat(Window.days(first, last, ZONES.get(zone)).lastDay()).isEqualTo(last);
        });
  }

  @Test
  void an_extension_moves_the_last_day_and_a_close_at_noon_keeps_its_day() {
    Window w = Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 2), KippTime.JAKARTA)
        .extendTo(ZonedDateTime.of(2023, 5, 7, 0, 0, 0, 0, KippTime.JAKARTA),
            Citation.reported("Surat Deputi Pelayanan Publik B/188/PP.00.05/2023", "whole letter"));
    Window noon = Window.of(ZonedDateTime.of(2022, 3, 16, 0, 0, 0, 0, KippTime.JAKARTA), ZonedDateTime.of(2022, 4, 16, 12, 0, 0, 0, KippTime.JAKARTA));

    assertThat(w.lastDay()).isEqualTo(LocalDate.of(2023, 5, 6));
    assertThat(noon.lastDay()).isEqualTo(LocalDate.of(2022, 4, 16));
  }
}
