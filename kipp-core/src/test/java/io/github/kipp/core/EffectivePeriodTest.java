package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EffectivePeriodTest {

  private static final LocalDate BASE = LocalDate.of(2020, 1, 1);

  @Test
  void a_period_contains_its_first_day_but_not_its_end() {
    EffectivePeriod p = EffectivePeriod.ofYear(2023);

    assertThat(p.contains(LocalDate.of(2023, 1, 1))).isTrue();
    assertThat(p.contains(LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(p.contains(LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(p.contains(LocalDate.of(2022, 12, 31))).isFalse();
    assertThat(p).hasToString("[2023-01-01, 2024-01-01)");
  }

  @Test
  void an_open_ended_period_contains_every_later_day() {
    EffectivePeriod p = EffectivePeriod.from(LocalDate.of(2021, 4, 1));

    assertThat(p.contains(LocalDate.of(2999, 1, 1))).isTrue();
    assertThat(p.until()).isEmpty();
    assertThat(p.overlaps(EffectivePeriod.ofYear(2030))).isTrue();
    assertThat(p.overlaps(EffectivePeriod.ofYear(2020))).isFalse();
  }

  @Test
  void an_empty_period_is_refused_naming_both_days() {
    assertThatThrownBy(() -> EffectivePeriod.of(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2023-05-01");
  }

  @Test
  void adjacent_periods_do_not_overlap() {
    assertThat(EffectivePeriod.ofYear(2022).overlaps(EffectivePeriod.ofYear(2023))).isFalse();
  }

  @Test
  void overlap_is_symmetric_and_agrees_with_a_shared_day() {
    Gen<EffectivePeriod> periods =
        integers().between(0, 60).zip(integers().between(1, 30), integers().between(0, 3),
            (start, length, open) ->
                open == 0
                    ? EffectivePeriod.from(BASE.plusDays(start))
                    : EffectivePeriod.of(BASE.plusDays(start), BASE.plusDays(start + length)));
    qt().withFixedSeed(20231).withExamples(1_000).forAll(periods, periods)
        .check(
            (a, b) -> {
              boolean shared = false;
              for (int d = 0; d < 200; d++) {
                LocalDate day = BASE.plusDays(d);
                shared |= a.contains(day) && b.contains(day);
              }
              return a.overlaps(b) == b.overlaps(a) && a.overlaps(b) == shared;
            });
  }

  @Test
  void periods_are_values() {
    new EqualsTester()
        .addEqualityGroup(EffectivePeriod.ofYear(2023), EffectivePeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)))
        .addEqualityGroup(EffectivePeriod.from(LocalDate.of(2023, 1, 1)))
        .testEquals();
  }
}
