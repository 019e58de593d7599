package io.github.kipp.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.spi.CompetitionRules;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.MissingModulePartException;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleFamily;
import io.github.kipp.core.spi.RuleModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ADR 0014: modules of two families share a registry; a module may run no competition of proposals. */
class RuleFamiliesTest {

  /** A national module of another family that has no competition of proposals. */
  static final class IndexModule implements RuleModule {
    private final String id;
    private final int year;

    IndexModule(String id, int year) {
      this.id = id;
      this.year = year;
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.of("iid");
    }

    @Override
    public RuleModuleId id() {
      return RuleModuleId.of(id);
    }

    @Override
    public LocalizedText title() {
      return LocalizedText.same("Indeks " + year);
    }

    @Override
    public Jurisdiction jurisdiction() {
      return Jurisdiction.NATIONAL;
    }

    @Override
    public EffectivePeriod effectivePeriod() {
      return EffectivePeriod.ofYear(year);
    }

    @Override
    public int editionYear() {
      return year;
    }

    @Override
    public ImmutableList<Citation> legalBasis() {
      return ImmutableList.of(Citation.reported("Permendagri 104/2018", Citation.UNKNOWN_PROVISION));
    }

    @Override
    public ParameterSet parameters() {
      return ParameterSet.newBuilder().build();
    }
  }

  @Test
  void a_module_of_another_family_shares_the_registry_without_overlapping_the_national_kipp() {
    TestModule kipp = TestModule.national("kipp-2023", 2023);
    IndexModule iid = new IndexModule("iid-2023", 2023);
    RuleRegistry registry = RuleRegistry.newBuilder().register(kipp).register(iid).build();

    LocalDate day = LocalDate.of(2023, 5, 1);
    assertThat(registry.moduleFor(Jurisdiction.NATIONAL, day)).isSameAs(kipp);
    assertThat(registry.moduleFor(RuleFamily.KIPP, Jurisdiction.NATIONAL, day)).isSameAs(kipp);
    assertThat(registry.moduleFor(RuleFamily.of("iid"), Jurisdiction.NATIONAL, day)).isSameAs(iid);
    assertThat(registry.findFor(RuleFamily.of("iid"), Jurisdiction.NATIONAL, LocalDate.of(2024, 1, 1))).isEmpty();
    assertThat(registry.forEdition(Jurisdiction.NATIONAL, 2023)).isSameAs(kipp);
    assertThat(registry.moduleFor(EditionId.of("kipp-2023"))).isSameAs(kipp);
    assertThat(registry.modules()).containsExactly(iid, kipp);
  }

  @Test
  void two_modules_of_one_family_and_jurisdiction_in_force_on_one_day_still_overlap() {
    RuleRegistry.Builder b = RuleRegistry.newBuilder().register(new IndexModule("iid-2023", 2023));
    assertThatThrownBy(() -> b.register(new IndexModule("iid-2023b", 2023)))
        .isInstanceOf(OverlappingRuleModulesException.class);
  }

  @Test
  void a_module_without_a_competition_has_no_edition_and_says_so_naming_the_part() {
    IndexModule iid = new IndexModule("iid-2026", 2026);
    assertThat(iid.part(CompetitionRules.class)).isEmpty();
    assertThat(iid.parts()).isEmpty();
    assertThatThrownBy(iid::edition).isInstanceOf(MissingModulePartException.class)
        .hasMessageContaining("iid-2026").hasMessageContaining(CompetitionRules.class.getName());
    assertThatThrownBy(iid::pipeline).isInstanceOf(MissingModulePartException.class);
    assertThatThrownBy(iid::eligibilityRules).isInstanceOf(MissingModulePartException.class);
    assertThat(RuleModuleChecks.check(iid)).isEmpty();
    RuleRegistry registry = RuleRegistry.newBuilder().register(iid).build();
    assertThat(registry.findFor(EditionId.of("iid-2026"))).isEmpty();
  }

  @Test
  void a_module_written_before_the_part_has_its_competition_as_a_view_of_its_own_methods() {
    TestModule kipp = TestModule.national("kipp-2023", 2023);
    CompetitionRules competition = kipp.requirePart(CompetitionRules.class);
    assertThat(competition.edition()).isEqualTo(kipp.edition());
    assertThat(competition.pipeline()).isEqualTo(kipp.pipeline());
    assertThat(competition.eligibilityRules()).extracting(r -> r.id())
        .isEqualTo(kipp.eligibilityRules().stream().map(r -> r.id()).collect(java.util.stream.Collectors.toList()));
    assertThat(kipp.family()).isEqualTo(RuleFamily.KIPP);
  }

  @Test
  void a_family_id_is_checked() {
    assertThat(RuleFamily.of("iid").toString()).isEqualTo("iid");
    assertThat(RuleFamily.of("iid").compareTo(RuleFamily.KIPP)).isNegative();
    assertThatThrownBy(() -> RuleFamily.of("IID")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'IID'").hasMessageContaining(RuleFamily.PATTERN);
  }
}
