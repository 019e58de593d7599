package io.github.kipp.rules.sinovik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.KippException;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.rule.ParameterChange;
import io.github.kipp.core.rule.RuleModuleDiff;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.rules.sinovik.regional.SulawesiTengah;
import io.github.kipp.rules.sinovik.regional.Takalar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The regional modules of Sulawesi Tengah and Takalar (issue 16): registration, overrides, recorded results. */
class RegionalModulesTest {

  @Test
  void every_shipped_regional_module_and_the_readme_example_register_together_and_are_found_by_place_and_date() {
    SinovikModule readmeTakalar = ModuleFiles.readResource(getClass().getClassLoader(), "modules/takalar-2023.yaml", SinovikRules.registry());
    RuleRegistry registry = SinovikRules.registryBuilder().register(SulawesiSelatan.kipp2023()).register(LuwuUtara.selection2023())
        .register(SulawesiTengah.kipp2022()).register(SulawesiTengah.kipp2023()).register(Takalar.competition2018()).register(readmeTakalar).build();

    assertThat(registry.moduleFor(SulawesiTengah.kipp2022().jurisdiction(), LocalDate.of(2022, 3, 24))).isSameAs(SulawesiTengah.kipp2022());
    assertThat(registry.moduleFor(SulawesiTengah.kipp2023().jurisdiction(), LocalDate.of(2023, 3, 30))).isSameAs(SulawesiTengah.kipp2023());
    assertThat(registry.moduleFor(EditionId.of("sulteng-2022"))).isSameAs(SulawesiTengah.kipp2022());
    assertThat(registry.moduleFor(Takalar.competition2018().jurisdiction(), LocalDate.of(2018, 10, 9))).isSameAs(Takalar.competition2018());
    assertThat(registry.moduleFor(Takalar.competition2018().jurisdiction(), LocalDate.of(2023, 3, 1))).isSameAs(readmeTakalar);
    assertThatThrownBy(() -> registry.moduleFor(Takalar.competition2018().jurisdiction(), LocalDate.of(2018, 10, 8)))
        .isInstanceOf(KippException.class);
    assertThat(SulawesiTengah.modules()).extracting(m -> m.id().value()).containsExactly("sinovik-2022/sulteng-2022", "sinovik-2023/sulteng-2023");
  }

  @Test
  void sulawesi_tengah_overrides_only_what_the_province_changes_and_cites_its_launch() {
    RuleModuleDiff diff = RuleModuleDiff.between(SinovikRules.edition2022(), SulawesiTengah.kipp2022());

    assertThat(diff.changes()).extracting(ParameterChange::key).containsExactlyInAnyOrder("edition.id", "edition.title", "edition.zone",
        "edition.schedule", "pipeline", "scoring.conflictOfInterest", "scoring.nominations", "scoring.finalists", "scoring.winners",
        "eligibility.entrantRegion", "eligibility.entrantKinds");
    var kinds = SulawesiTengah.kipp2022().parameters().get(SinovikKeys.ENTRANT_KINDS);
    assertThat(kinds.institutionTypes()).containsExactly(InstitutionType.PROVINSI);
    assertThat(kinds.unitKinds()).containsExactly(UnitKind.PERANGKAT_DAERAH);
    Citation entrants = SulawesiTengah.kipp2022().parameters().citation(SinovikKeys.ENTRANT_KINDS);
    assertThat(entrants.confidence()).isEqualTo(Confidence.REPORTED);
    assertThat(entrants.sources()).containsExactly("Seed-1");
    assertThat(SulawesiTengah.kipp2022().legalBasis()).extracting(Citation::instrument)
        .anyMatch(i -> i.contains("KepmenPANRB 50/2022")).anyMatch(i -> i.contains("Sulawesi Tengah 2022"));
    assertThat(SulawesiTengah.kipp2022().edition().zone()).isEqualTo(KippTime.MAKASSAR);
    assertThat(SulawesiTengah.kipp2022().parameters().citation(SinovikKeys.SCHEDULE).confidence()).isEqualTo(Confidence.UNKNOWN);
    assertThat(SulawesiTengah.kipp2023().edition().schedule().window(Phase.REGISTRATION).orElseThrow().extensions()).isEmpty();
    assertThat(SulawesiTengah.kipp2023().parameters().citation(SinovikKeys.ENTRANT_KINDS).sources()).containsExactly("Seed-0", "Seed-1");
  }

  @Test
  void takalar_stands_alone_for_2018_with_village_entrants_and_its_earlier_awards_recorded() {
    SinovikModule takalar = Takalar.competition2018();

    assertThat(takalar.id()).isEqualTo(RuleModuleId.of("takalar-2018"));
    assertThat(takalar.id().lineage()).hasSize(1);
    assertThat(takalar.editionYear()).isEqualTo(2018);
    assertThat(takalar.jurisdiction().region()).contains(Takalar.REGENCY);
    assertThat(takalar.parameters().get(SinovikKeys.ENTRANT_KINDS).unitKinds()).containsExactly(UnitKind.KECAMATAN, UnitKind.DESA_KELURAHAN);
    assertThat(takalar.parameters().citation(SinovikKeys.ENTRANT_KINDS).sources()).containsExactly("Seed-3");
    assertThat(takalar.parameters().get(SinovikKeys.PAST_RESULTS)).isEmpty();
    assertThat(takalar.parameters().citation(SinovikKeys.MINIMUM_AGE).instrument()).startsWith("PermenPANRB 3/2018");
    assertThat(Takalar.recordedResults().of(Takalar.BUAH_SABAR)).extracting(PastResult::tier).containsExactly(Tiers.TOP_99);
    assertThat(Takalar.recordedResults().of(Takalar.PAPA_SEHAT)).extracting(PastResult::tier).containsExactlyInAnyOrder(Tiers.TOP_99, Tiers.TOP_40);
    assertThat(Takalar.recordedResults().results()).allSatisfy(r -> assertThat(r.year()).isEqualTo(2018));
  }
}
