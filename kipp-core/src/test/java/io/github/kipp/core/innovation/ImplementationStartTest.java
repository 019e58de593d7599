package io.github.kipp.core.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ImplementationStartTest {

  @Test
  void a_start_known_to_the_month_spans_the_month() {
    ImplementationStart april2018 = ImplementationStart.ofMonth(YearMonth.of(2018, 4));

    assertThat(april2018.earliest()).isEqualTo(LocalDate.of(2018, 4, 1));
    assertThat(april2018.latest()).isEqualTo(LocalDate.of(2018, 4, 30));
    assertThat(april2018.resolve(PartialDateResolution.LATEST)).isEqualTo(LocalDate.of(2018, 4, 30));
    assertThat(april2018).hasToString("2018-04");
  }

  @Test
  void mid_year_spans_june_and_july() {
    ImplementationStart mid2019 = ImplementationStart.midYear(Year.of(2019));

    assertThat(mid2019.earliest()).isEqualTo(LocalDate.of(2019, 6, 1));
    assertThat(mid2019.latest()).isEqualTo(LocalDate.of(2019, 7, 31));
    assertThat(mid2019.precision()).isEqualTo(DatePrecision.MID_YEAR);
    assertThat(mid2019).hasToString("mid-2019");
  }

  @Test
  void any_day_inside_the_period_gives_the_same_start() {
    assertThat(ImplementationStart.of(LocalDate.of(2019, 7, 15), DatePrecision.MID_YEAR))
        .isEqualTo(ImplementationStart.midYear(Year.of(2019)));
    assertThat(ImplementationStart.of(LocalDate.of(2018, 4, 20), DatePrecision.MONTH))
        .isEqualTo(ImplementationStart.ofMonth(YearMonth.of(2018, 4)));
    assertThat(ImplementationStart.of(LocalDate.of(2018, 9, 1), DatePrecision.YEAR).latest())
        .isEqualTo(LocalDate.of(2018, 12, 31));
  }

  @Test
  void starts_with_the_same_first_day_but_another_precision_differ() {
    new EqualsTester()
        .addEqualityGroup(ImplementationStart.of(LocalDate.of(2018, 4, 1)), ImplementationStart.of(LocalDate.of(2018, 4, 1), DatePrecision.DAY))
        .addEqualityGroup(ImplementationStart.ofMonth(YearMonth.of(2018, 4)))
        .testEquals();
    assertThat(ImplementationStart.of(LocalDate.of(2018, 4, 1))).isLessThan(ImplementationStart.ofMonth(YearMonth.of(2018, 4)));
  }
}
