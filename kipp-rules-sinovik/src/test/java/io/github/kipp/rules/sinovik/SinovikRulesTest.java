package io.github.kipp.rules.sinovik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.rule.NoCompetitionException;
import io.github.kipp.core.rule.ParameterChange;
import io.github.kipp.core.rule.RuleModuleChecks;
import io.github.kipp.core.rule.RuleModuleDiff;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.rules.sinovik.regional.SulawesiTengah;
import io.github.kipp.rules.sinovik.regional.Takalar;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SinovikRulesTest {

  @Test
  void every_module_passes_its_loading_checks_and_cites_every_parameter() {
    for (RuleModule m : allModules()) {
      assertThat(RuleModuleChecks.check(m)).as(m.id().value()).isEmpty();
      assertThat(m.parameters().parameters()).as(m.id().value()).allSatisfy(p -> assertThat(p.citation()).isPresent());
      assertThat(m.parameters().parameters()).filteredOn(p -> p.confidence() == Confidence.UNKNOWN)
          .allSatisfy(p -> assertThat(p.citation().orElseThrow().note()).as(p.key().name()).isNotBlank());
    }
  }

  @Test
  void a_host_picks_the_module_in_force_on_a_date_and_2024_had_no_kipp() {
    RuleRegistry registry = SinovikRules.registry();

    assertThat(registry.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2022, 3, 24)).id()).isEqualTo(RuleModuleId.of("sinovik-2022"));
    assertThat(registry.forEdition(Jurisdiction.NATIONAL, 2025).id()).isEqualTo(RuleModuleId.of("sinovik-2025"));
    assertThatThrownBy(() -> registry.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2024, 6, 1)))
        .isInstanceOf(NoCompetitionException.class)
        .hasMessageContaining("B/51/S.PP.00.05/2024");
  }

  @Test
  void the_installed_modules_are_found_only_when_asked_and_answer_as_the_singletons() {
    RuleRegistry installed = RuleRegistry.loadInstalled(SinovikRules.class.getClassLoader());

    assertThat(installed.modules()).extracting(m -> m.id().value()).containsExactly("sinovik-2021", "sinovik-2022", "sinovik-2023", "sinovik-2025");
    assertThat(installed.module(RuleModuleId.of("sinovik-2023")).parameters()).isEqualTo(SinovikRules.edition2023().parameters());
  }

  @Test
  void regional_modules_register_beside_the_national_ones_with_their_lineage() {
    RuleRegistry registry = SinovikRules.registryBuilder().register(SulawesiSelatan.kipp2023()).register(LuwuUtara.selection2023()).build();
    Jurisdiction sulsel = SulawesiSelatan.kipp2023().jurisdiction();

    RuleModule found = registry.moduleFor(sulsel, LocalDate.of(2023, 3, 7));
    assertThat(found.id().lineage()).extracting(RuleModuleId::value).containsExactly("sinovik-2023", "sinovik-2023/sulsel-2023");
    assertThat(found.edition().zone()).isEqualTo(io.github.kipp.core.KippTime.MAKASSAR);
    assertThat(found.edition().schedule().window(Phase.PRESENTATION).orElseThrow().opens())
        .isEqualTo(ZonedDateTime.of(2023, 3, 6, 0, 0, 0, 0, io.github.kipp.core.KippTime.MAKASSAR));
    assertThat(registry.moduleFor(LuwuUtara.selection2023().jurisdiction(), LocalDate.of(2023, 1, 15)).id().value())
        .isEqualTo("sinovik-2023/luwu-utara-2023");
  }

  @Test
  void the_diff_from_2022_to_2023_names_every_changed_parameter_with_both_citations() {
    RuleModuleDiff diff = RuleModuleDiff.between(SinovikRules.edition2022(), SinovikRules.edition2023());

    assertThat(diff.changes(ParameterChange.Kind.CHANGED)).extracting(ParameterChange::key)
        .contains("edition.sections", "edition.schedule", "edition.title", "eligibility.pastResults", "scoring.criteria", "scoring.tieBreaks")
        .doesNotContain("edition.categories");
    assertThat(diff.changes(ParameterChange.Kind.REMOVED)).extracting(ParameterChange::key).containsExactly("eligibility.minimumAge.pandemic");
    ParameterChange categories = diff.changes().stream().filter(c -> c.key().equals("edition.categories")).findFirst().orElseThrow();
    assertThat(categories.kind()).isEqualTo(ParameterChange.Kind.RECITED);
    assertThat(categories.before().flatMap(Parameter::citation).map(Citation::confidence)).contains(Confidence.REPORTED);
    assertThat(categories.after().flatMap(Parameter::citation).map(Citation::confidence)).contains(Confidence.UNKNOWN);
  }

  @Test
  void the_regional_diff_lists_only_what_the_province_overrides() {
    RuleModuleDiff diff = RuleModuleDiff.between(SinovikRules.edition2023(), SulawesiSelatan.kipp2023());

    assertThat(diff.changes()).extracting(ParameterChange::key).contains("edition.zone", "scoring.combination", "eligibility.entrantRegion")
        .doesNotContain("edition.categories", "eligibility.minimumAge");
    assertThat(SulawesiSelatan.kipp2023().parameters().get(SinovikKeys.COMBINATION).describe())
        .isEqualTo("0.70 × evaluasi-proposal + 0.30 × presentasi-wawancara");
  }

  @Test
  void a_region_cannot_set_a_national_id_and_must_name_its_variant() {
    assertThatThrownBy(() -> SinovikModule.extend(SinovikRules.edition2023()).id(RuleModuleId.of("sinovik-2023")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("variant(segment)");
    assertThatThrownBy(() -> SinovikModule.extend(SinovikRules.edition2023()).title(LocalizedText.same("x"))
            .jurisdiction(Jurisdiction.NATIONAL).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("id was not set");
    assertThat(SinovikRules.edition2021().edition().group(GroupId.of("khusus")).orElseThrow().byInvitation()).isTrue();
  }

  static java.util.List<RuleModule> allModules() {
    java.util.List<RuleModule> all = new java.util.ArrayList<>(SinovikRules.nationalModules());
    all.add(SulawesiSelatan.kipp2023());
    all.add(LuwuUtara.selection2023());
    all.addAll(SulawesiTengah.modules());
    all.add(Takalar.competition2018());
    return all;
  }
}
