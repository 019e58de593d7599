package io.github.kipp.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.KippTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Issue 16: a close is named the way the regulation does. */
class CloseTextTest {

  @Test
  void a_close_at_midnight_is_named_by_the_last_minute_of_the_day_before() {
    ZonedDateTime close = ZonedDateTime.of(2022, 4, 16, 0, 0, 0, 0, KippTime.JAKARTA);

    assertThat(new CloseText(close, false)).hasToString("15 April 2022, 23:59 WIB");
    assertThat(new CloseText(close, true)).hasToString("15 April 2022 pukul 23.59 WIB");
  }

  @Test
  void a_close_at_another_time_is_named_by_that_time_in_its_zone() {
    assertThat(new CloseText(ZonedDateTime.of(2022, 4, 16, 12, 0, 0, 0, KippTime.JAKARTA), false)).hasToString("16 April 2022, 12:00 WIB");
    assertThat(new CloseText(ZonedDateTime.of(2023, 2, 13, 0, 0, 0, 0, KippTime.MAKASSAR), true)).hasToString("12 Februari 2023 pukul 23.59 WITA");
    assertThat(new CloseText(ZonedDateTime.of(2025, 8, 1, 0, 0, 0, 0, KippTime.JAYAPURA), false)).hasToString("31 July 2025, 23:59 WIT");
    assertThat(new CloseText(ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC")), false)).hasToString("31 December 2024, 23:59 UTC");
  }
}
