package io.github.kipp.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.ParameterSet;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleRegistryTest {

  private static final Citation NO_KIPP_2024 = Citation.reported("Pengumuman Sesmen PANRB B/51/S.PP.00.05/2024", "whole announcement").withSources("S29");
  private static final Jurisdiction SULSEL = Jurisdiction.province(RegionCode.of("73"), LocalizedText.same("Provinsi Sulawesi Selatan"));

  private static RuleRegistry registry() {
    return RuleRegistry.newBuilder()
        .register(TestModule.national("sinovik-2022", 2022))
        .register(TestModule.national("sinovik-2023", 2023))
        .register(new TestModule("sinovik-2023/sulsel-2023", SULSEL, EffectivePeriod.ofYear(2023), TestModule.national("x", 2023).parameters()))
        .noCompetition(Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2024), NO_KIPP_2024)
        .build();
  }

  @Test
  void the_module_in_force_is_found_by_date_for_each_jurisdiction() {
    RuleRegistry r = registry();

    assertThat(r.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2022, 3, 24)).id()).isEqualTo(RuleModuleId.of("sinovik-2022"));
    assertThat(r.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2023, 12, 31)).id()).isEqualTo(RuleModuleId.of("sinovik-2023"));
    assertThat(r.moduleFor(SULSEL, LocalDate.of(2023, 3, 1)).id().lineage()).extracting(RuleModuleId::value)
        .containsExactly("sinovik-2023", "sinovik-2023/sulsel-2023");
    assertThat(r.module(RuleModuleId.of("sinovik-2023")).jurisdiction()).isEqualTo(Jurisdiction.NATIONAL);
    assertThat(r.modules()).extracting(m -> m.id().value()).containsExactly("sinovik-2022", "sinovik-2023", "sinovik-2023/sulsel-2023");
  }

  @Test
  void a_date_in_a_declared_gap_says_there_was_no_competition() {
    assertThatThrownBy(() -> registry().moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2024, 5, 1)))
        .isInstanceOfSatisfying(NoCompetitionException.class, e -> {
          assertThat(e.basis()).isEqualTo(NO_KIPP_2024);
          assertThat(e.getMessage()).contains("held no competition at 2024-05-01").contains("B/51/S.PP.00.05/2024");
        });
    assertThatThrownBy(() -> registry().forEdition(Jurisdiction.NATIONAL, 2024)).isInstanceOf(NoCompetitionException.class);
  }

  @Test
  void a_date_outside_every_module_lists_what_is_registered() {
    assertThatThrownBy(() -> registry().moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2019, 1, 1)))
        .isInstanceOf(NoSuchRuleModuleException.class)
        .hasMessageContaining("sinovik-2022 [2022-01-01, 2023-01-01)");
    assertThatThrownBy(() -> registry().module(RuleModuleId.of("sinovik-2099")))
        .isInstanceOf(NoSuchRuleModuleException.class)
        .hasMessageContaining("registered: sinovik-2022, sinovik-2023, sinovik-2023/sulsel-2023");
    assertThat(registry().findFor(SULSEL, LocalDate.of(2022, 6, 1))).isEmpty();
  }

  @Test
  void a_second_module_with_the_same_id_throws_naming_both() {
    assertThatThrownBy(() -> RuleRegistry.newBuilder().register(TestModule.national("sinovik-2023", 2023)).register(new SecondModule()))
        .isInstanceOfSatisfying(DuplicateRuleModuleException.class, e -> {
          assertThat(e.id()).isEqualTo(RuleModuleId.of("sinovik-2023"));
          assertThat(e.getMessage()).contains("already registered (io.github.kipp.core.rule.TestModule)").contains("RuleRegistryTest$SecondModule");
        });
  }

  /** Another class registered under a taken id. */
  private static final class SecondModule extends TestModule {
    SecondModule() {
      super("sinovik-2023", Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2023), TestModule.national("x", 2023).parameters());
    }
  }

  @Test
  void overlapping_periods_of_one_jurisdiction_are_an_error() {
    TestModule longer = new TestModule("sinovik-2023b", Jurisdiction.NATIONAL, EffectivePeriod.from(LocalDate.of(2023, 6, 1)), TestModule.national("x", 2023).parameters());

    assertThatThrownBy(() -> RuleRegistry.newBuilder().register(TestModule.national("sinovik-2023", 2023)).register(longer))
        .isInstanceOf(OverlappingRuleModulesException.class)
        .hasMessageContaining("sinovik-2023 [2023-01-01, 2024-01-01) and sinovik-2023b [2023-06-01, ∞)");
  }

  @Test
  void an_uncited_parameter_stops_the_module_loading_and_is_named() {
    ParameterSet uncited = ParameterSet.newBuilder().set(TestModule.CAP, 10, TestModule.BASIS)
        .setUncited(ParameterKey.of("eligibility.minimumAge.umum", Period.class), Period.ofYears(2)).build();

    assertThatThrownBy(() -> RuleRegistry.newBuilder().register(new TestModule("sinovik-2023", Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2023), uncited)))
        .isInstanceOfSatisfying(InvalidRuleModuleException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.path()).containsExactly("parameters.eligibility.minimumAge.umum");
          assertThat(e.getMessage()).contains("Parameter eligibility.minimumAge.umum of module sinovik-2023 has no citation");
          assertThat(e.text().indonesian()).contains("tidak memiliki rujukan");
        });
  }

  @Test
  void discovery_is_an_explicit_call_that_finds_installed_modules() {
    RuleRegistry installed = RuleRegistry.loadInstalled(getClass().getClassLoader());

    assertThat(installed.modules()).extracting(m -> m.id().value()).containsExactly("installed-2023");
    assertThat(RuleRegistry.loadInstalled(getClass().getClassLoader())).isNotSameAs(installed);
  }

  @Test
  void a_provider_that_fails_to_load_is_an_error_naming_it(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve("io.github.kipp.core.spi.RuleModule"), "io.github.kipp.core.rule.TestModule$Broken\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> RuleRegistry.loadInstalled(loader))
          .isInstanceOf(RuleModuleLoadException.class)
          .hasMessageContaining("io.github.kipp.core.rule.TestModule$Broken")
          .hasMessageContaining("reference data missing");
    }
  }

  @Test
  void a_diff_lists_changed_added_and_recited_parameters_with_both_citations() {
    Citation letter = Citation.reported("KepmenPANRB 50/2022", "Lampiran, section UNKNOWN");
    ParameterKey<Period> age = ParameterKey.of("eligibility.minimumAge.umum", Period.class);
    TestModule a = new TestModule("a-2022", Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2022),
        ParameterSet.newBuilder().set(TestModule.CAP, 10, TestModule.BASIS).set(age, Period.ofYears(2), TestModule.BASIS).build());
    TestModule b = new TestModule("b-2023", Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2023),
        a.parameters().with(TestModule.CAP, 5, letter).with(age, Period.ofYears(2), letter)
            .with(ParameterKey.of("video.maxMinutes", Integer.class), 3, letter));

    RuleModuleDiff diff = RuleModuleDiff.between(a, b);
    assertThat(diff.changes()).extracting(ParameterChange::key, ParameterChange::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("eligibility.cap.umum", ParameterChange.Kind.CHANGED),
        org.assertj.core.groups.Tuple.tuple("eligibility.minimumAge.umum", ParameterChange.Kind.RECITED),
        org.assertj.core.groups.Tuple.tuple("video.maxMinutes", ParameterChange.Kind.ADDED));
    assertThat(diff.render()).contains("CHANGED eligibility.cap.umum: eligibility.cap.umum = 10 [Pedoman Menteri PANRB 3/2023")
        .contains("-> eligibility.cap.umum = 5 [KepmenPANRB 50/2022");
    assertThat(RuleModuleDiff.between(a, a).changes()).isEmpty();
  }
}
