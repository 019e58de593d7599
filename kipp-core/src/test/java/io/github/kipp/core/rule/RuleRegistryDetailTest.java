package io.github.kipp.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.ParameterSet;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleRegistryDetailTest {

  private static final Jurisdiction SULSEL = Jurisdiction.province(RegionCode.of("73"), LocalizedText.same("Provinsi Sulawesi Selatan"));
  private static final ParameterSet PARAMETERS = ParameterSet.newBuilder().set(TestModule.CAP, 10, TestModule.BASIS).build();

  /** A module for the edition of its own year. */
  private static final class YearModule extends TestModule {
    private final int year;

    YearModule(String id, Jurisdiction jurisdiction, int year) {
      super(id, jurisdiction, EffectivePeriod.ofYear(year), PARAMETERS);
      this.year = year;
    }

    @Override
    public int editionYear() {
      return year;
    }

    @Override
    public Edition edition() {
      return Edition.newBuilder()
          .id(EditionId.of(id().value().replace('/', '-')))
          .year(year)
          .title(LocalizedText.same("KIPP " + year))
          .group(InnovationGroup.open("umum", "Umum", "General"))
          .category(Category.of("kesehatan", "Kesehatan", "Health"))
          .build();
    }
  }

  /** Registered under a taken id; its name sorts after {@link Alpha}. */
  public static final class Zeta extends TestModule {
    /** Creates the module. */
    public Zeta() {
      super("same-2023", Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2023), PARAMETERS);
    }
  }

  /** Registered under a taken id; its name sorts before {@link Zeta}. */
  public static final class Alpha extends TestModule {
    /** Creates the module. */
    public Alpha() {
      super("same-2023", Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2023), PARAMETERS);
    }
  }

  private static RuleRegistry registry() {
    return RuleRegistry.newBuilder()
        .register(new YearModule("sinovik-2022", Jurisdiction.NATIONAL, 2022))
        .register(new YearModule("sinovik-2023", Jurisdiction.NATIONAL, 2023))
        .register(new YearModule("sinovik-2023/sulsel-2023", SULSEL, 2023))
        .build();
  }

  @Test
  void the_module_for_an_edition_is_found_by_jurisdiction_and_year() {
    RuleRegistry r = registry();

    assertThat(r.forEdition(Jurisdiction.NATIONAL, 2022).id()).isEqualTo(RuleModuleId.of("sinovik-2022"));
    assertThat(r.forEdition(Jurisdiction.NATIONAL, 2023).id()).isEqualTo(RuleModuleId.of("sinovik-2023"));
    assertThat(r.forEdition(SULSEL, 2023).id()).isEqualTo(RuleModuleId.of("sinovik-2023/sulsel-2023"));
  }

  @Test
  void a_missing_edition_lists_only_the_modules_of_that_jurisdiction() {
    assertThatThrownBy(() -> registry().forEdition(SULSEL, 2022))
        .isInstanceOf(NoSuchRuleModuleException.class)
        .hasMessageContaining("sinovik-2023/sulsel-2023 [2023-01-01, 2024-01-01)")
        .hasMessageNotContaining("sinovik-2022");
    assertThatThrownBy(() -> registry().moduleFor(SULSEL, LocalDate.of(2022, 6, 1)))
        .isInstanceOf(NoSuchRuleModuleException.class)
        .hasMessageNotContaining("sinovik-2022");
  }

  @Test
  void installed_providers_are_registered_in_the_order_of_their_class_names(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve("io.github.kipp.core.spi.RuleModule"),
        "io.github.kipp.core.rule.RuleRegistryDetailTest$Zeta\nio.github.kipp.core.rule.RuleRegistryDetailTest$Alpha\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> RuleRegistry.loadInstalled(loader))
          .isInstanceOf(DuplicateRuleModuleException.class)
          .hasMessageContaining("already registered (io.github.kipp.core.rule.RuleRegistryDetailTest$Alpha)")
          .hasMessageContaining("RuleRegistryDetailTest$Zeta");
    }
  }

  @Test
  void overlapping_modules_name_their_jurisdiction() {
    assertThatThrownBy(() -> RuleRegistry.newBuilder()
            .register(new YearModule("sulsel-a", SULSEL, 2023))
            .register(new YearModule("sulsel-b", SULSEL, 2023)))
        .isInstanceOfSatisfying(OverlappingRuleModulesException.class, e -> assertThat(e.jurisdiction()).isEqualTo(SULSEL));
  }

  @Test
  void a_module_with_an_uncited_parameter_is_named_by_the_exception() {
    ParameterSet uncited = ParameterSet.newBuilder().setUncited(TestModule.CAP, 10).build();

    assertThatThrownBy(() -> RuleRegistry.newBuilder().register(new TestModule("sinovik-2023", Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2023), uncited)))
        .isInstanceOfSatisfying(InvalidRuleModuleException.class, e -> assertThat(e.module()).isEqualTo(RuleModuleId.of("sinovik-2023")));
  }

  @Test
  void a_diff_selects_changes_by_kind_and_names_a_removed_parameter() {
    Citation letter = Citation.reported("KepmenPANRB 50/2022", "Lampiran");
    ParameterKey<Period> age = ParameterKey.of("eligibility.minimumAge.umum", Period.class);
    TestModule a = new TestModule("a-2022", Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2022),
        ParameterSet.newBuilder().set(TestModule.CAP, 10, TestModule.BASIS).set(age, Period.ofYears(2), TestModule.BASIS).build());
    TestModule b = new TestModule("b-2023", Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2023),
        ParameterSet.newBuilder().set(TestModule.CAP, 5, letter).build());

    RuleModuleDiff diff = RuleModuleDiff.between(a, b);

    assertThat(diff.changes(ParameterChange.Kind.REMOVED)).extracting(ParameterChange::key).containsExactly("eligibility.minimumAge.umum");
    assertThat(diff.changes(ParameterChange.Kind.CHANGED)).extracting(ParameterChange::key).containsExactly("eligibility.cap.umum");
    assertThat(diff.changes(ParameterChange.Kind.ADDED)).isEmpty();
    assertThat(RuleModuleDiff.between(b, a).changes(ParameterChange.Kind.ADDED)).extracting(ParameterChange::key).containsExactly("eligibility.minimumAge.umum");
  }

  @Test
  void a_change_needs_a_value_before_or_after() {
    Parameter<Integer> ten = new Parameter<>(TestModule.CAP, 10, Optional.of(TestModule.BASIS));

    assertThat(new ParameterChange("eligibility.cap.umum", Optional.of(ten), Optional.empty()).kind()).isEqualTo(ParameterChange.Kind.REMOVED);
    assertThat(new ParameterChange("eligibility.cap.umum", Optional.empty(), Optional.of(ten)).kind()).isEqualTo(ParameterChange.Kind.ADDED);
    assertThatThrownBy(() -> new ParameterChange("eligibility.cap.umum", Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a change of eligibility.cap.umum needs a before or an after");
  }
}
