package io.github.kipp.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.spi.Jurisdiction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 16: a period of unknown rules answers "no module in force", distinct from "no competition". */
class RulesUnknownTest {

  private static final Citation NO_KIPP_2024 = Citation.reported("Pengumuman Sesmen PANRB B/51/S.PP.00.05/2024", "whole announcement");
  private static final Citation NO_SOURCE_2026 = Citation.unknown("KIPP 2026", "no source gives a 2026 edition or its instrument");

  private static RuleRegistry.Builder builder() {
    return RuleRegistry.newBuilder()
        .register(TestModule.national("sinovik-2023", 2023))
        .noCompetition(Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2024), NO_KIPP_2024)
        .rulesUnknown(Jurisdiction.NATIONAL, EffectivePeriod.from(LocalDate.of(2026, 1, 1)), NO_SOURCE_2026);
  }

  @Test
  void a_date_of_2026_has_no_module_in_force_and_names_the_unknown_rules_in_both_languages() {
    assertThatThrownBy(() -> builder().build().moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2026, 3, 1)))
        .isInstanceOfSatisfying(NoSuchRuleModuleException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("kipp.registry.rulesUnknown");
          assertThat(e.text().english()).startsWith("No rule module of National")
              .contains("is in force on 2026-03-01: its rules from 2026-01-01 are not known")
              .contains("no source gives a 2026 edition").contains("Registered: sinovik-2023");
          assertThat(e.text().indonesian()).contains("yang berlaku pada 2026-03-01: aturannya sejak 2026-01-01 tidak diketahui");
        });
    assertThatThrownBy(() -> builder().build().forEdition(Jurisdiction.NATIONAL, 2026))
        .isInstanceOfSatisfying(NoSuchRuleModuleException.class, e -> assertThat(e.errorCode()).isEqualTo("kipp.registry.rulesUnknown"));
  }

  @Test
  void the_year_2024_still_says_no_competition_and_a_date_outside_both_periods_says_none_in_force() {
    RuleRegistry r = builder().build();

    assertThatThrownBy(() -> r.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2024, 5, 1))).isInstanceOf(NoCompetitionException.class);
    assertThatThrownBy(() -> r.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2019, 5, 1)))
        .isInstanceOfSatisfying(NoSuchRuleModuleException.class, e -> assertThat(e.errorCode()).isEqualTo("kipp.registry.noneInForce"));
  }

  @Test
  void a_module_registered_for_a_day_of_the_period_answers_for_that_day() {
    RuleRegistry r = builder().register(TestModule.national("sinovik-2026", 2026)).build();

    assertThat(r.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2026, 3, 1)).id()).isEqualTo(RuleModuleId.of("sinovik-2026"));
    assertThatThrownBy(() -> r.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2027, 3, 1)))
        .isInstanceOfSatisfying(NoSuchRuleModuleException.class, e -> assertThat(e.errorCode()).isEqualTo("kipp.registry.rulesUnknown"));
  }
}
