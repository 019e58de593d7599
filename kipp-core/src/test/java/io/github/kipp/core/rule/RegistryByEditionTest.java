package io.github.kipp.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.spi.Jurisdiction;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Finding a module by the edition it defines, and by a recorded reference checked against its edition. */
class RegistryByEditionTest {

  private static final Jurisdiction SULSEL = Jurisdiction.province(RegionCode.of("73"), LocalizedText.same("Provinsi Sulawesi Selatan"));

  /** A module defining an edition of a chosen id. */
  private static final class EditionModule extends TestModule {
    private final Edition edition;

    EditionModule(String id, Jurisdiction jurisdiction, int year, String edition) {
      super(id, jurisdiction, EffectivePeriod.ofYear(year), TestModule.national("x", year).parameters());
      this.edition = Fixtures.edition().withId(EditionId.of(edition));
    }

    @Override
    public Edition edition() {
      return edition;
    }
  }

  private static RuleRegistry registry() {
    return RuleRegistry.newBuilder()
        .register(new EditionModule("sinovik-2022", Jurisdiction.NATIONAL, 2022, "kipp-2022"))
        .register(new EditionModule("sinovik-2023", Jurisdiction.NATIONAL, 2023, "kipp-2023"))
        .register(new EditionModule("sinovik-2023/sulsel-2023", SULSEL, 2023, "sulsel-2023"))
        .build();
  }

  @Test
  void a_module_is_found_by_the_id_of_the_edition_it_defines() {
    RuleRegistry r = registry();

    assertThat(r.moduleFor(EditionId.of("kipp-2023")).id()).isEqualTo(RuleModuleId.of("sinovik-2023"));
    assertThat(r.moduleFor(EditionId.of("sulsel-2023")).id()).isEqualTo(RuleModuleId.of("sinovik-2023/sulsel-2023"));
    assertThat(r.findFor(EditionId.of("kipp-2022"))).map(m -> m.id().value()).contains("sinovik-2022");
    assertThat(r.findFor(EditionId.of("kipp-2024"))).isEmpty();
  }

  @Test
  void an_unknown_edition_is_refused_naming_it_and_every_edition_known_with_its_module() {
    assertThatThrownBy(() -> registry().moduleFor(EditionId.of("kipp-2024")))
        .isInstanceOfSatisfying(NoSuchRuleModuleException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("kipp.registry.noEditionId");
          assertThat(e.getMessage()).isEqualTo("No rule module defines edition kipp-2024; editions known: kipp-2022 (sinovik-2022),"
              + " kipp-2023 (sinovik-2023), sulsel-2023 (sinovik-2023/sulsel-2023).");
          assertThat(e.message(Locale.forLanguageTag("id"))).startsWith("Tidak ada modul aturan yang mendefinisikan edisi kipp-2024");
        });
    assertThatThrownBy(() -> RuleRegistry.newBuilder().build().moduleFor(EditionId.of("kipp-2024")))
        .hasMessageEndingWith("editions known: -.");
  }

  @Test
  void two_modules_defining_one_edition_are_refused_at_registration_naming_both_and_the_builder_keeps_the_first() {
    RuleRegistry.Builder b = RuleRegistry.newBuilder().register(new EditionModule("sinovik-2023", Jurisdiction.NATIONAL, 2023, "kipp-2023"));

    assertThatThrownBy(() -> b.register(new EditionModule("sinovik-2023/sulsel-2023", SULSEL, 2023, "kipp-2023")))
        .isInstanceOfSatisfying(DuplicateEditionException.class, e -> {
          assertThat(e.edition()).isEqualTo(EditionId.of("kipp-2023"));
          assertThat(e.errorCode()).isEqualTo("kipp.registry.duplicateEdition");
          assertThat(e.getMessage()).isEqualTo(
              "Rule modules sinovik-2023 and sinovik-2023/sulsel-2023 both define edition kipp-2023; an edition id must select one module.");
        });
    assertThat(b.build().modules()).extracting(m -> m.id().value()).containsExactly("sinovik-2023");
  }

  @Test
  void a_recorded_reference_finds_its_module_when_jurisdiction_and_edition_agree() {
    RuleModuleReference sulsel = new RuleModuleReference(RuleModuleId.of("sinovik-2023/sulsel-2023"), SULSEL);

    assertThat(registry().moduleFor(sulsel, EditionId.of("sulsel-2023")).id()).isEqualTo(sulsel.id());
    assertThat(RuleModuleReference.of(registry().moduleFor(EditionId.of("sulsel-2023")))).isEqualTo(sulsel);
  }

  @Test
  void a_recorded_reference_that_disagrees_with_the_module_names_both_sides() {
    RuleModuleReference sulsel = new RuleModuleReference(RuleModuleId.of("sinovik-2023/sulsel-2023"), SULSEL);
    RuleModuleReference asNational = new RuleModuleReference(RuleModuleId.of("sinovik-2023/sulsel-2023"), Jurisdiction.NATIONAL);

    assertThatThrownBy(() -> registry().moduleFor(sulsel, EditionId.of("kipp-2023")))
        .isInstanceOfSatisfying(NoSuchRuleModuleException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("kipp.registry.mismatch");
          assertThat(e.getMessage()).isEqualTo("Rule module sinovik-2023/sulsel-2023 governs PROVINCE 73 (Provinsi Sulawesi Selatan)"
              + " and defines edition sulsel-2023, but the reference names PROVINCE 73 (Provinsi Sulawesi Selatan) and edition kipp-2023.");
        });
    assertThatThrownBy(() -> registry().moduleFor(asNational, EditionId.of("sulsel-2023")))
        .isInstanceOf(NoSuchRuleModuleException.class)
        .hasMessageContaining("but the reference names NATIONAL (National (Ministry of PANRB)) and edition sulsel-2023");
    assertThatThrownBy(() -> registry().moduleFor(new RuleModuleReference(RuleModuleId.of("sinovik-2099"), SULSEL), EditionId.of("kipp-2099")))
        .isInstanceOfSatisfying(NoSuchRuleModuleException.class, e -> assertThat(e.errorCode()).isEqualTo("kipp.registry.noId"));
  }
}
