package io.github.kipp.rules.sinovik.frozen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.StageId;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every module kipp-rules-sinovik ships holds exactly the parameters, values and citations the
 * frozen Java builders make: the proof that moving the rules to data changed nothing. The comparison
 * itself is checked to report a change of any kind, including one that no text form shows.
 */
class ModuleComparisonTest {

  private static final Citation OTHER = Citation.unknown("Pedoman Menteri PANRB 3/2023", "another default");

  @Test
  void every_national_module_holds_what_the_frozen_builders_make() {
    List<SinovikModule> shipped = SinovikRules.nationalModules();
    List<SinovikModule> frozen = FrozenModules.national();

    assertThat(shipped).hasSameSizeAs(frozen);
    for (int i = 0; i < frozen.size(); i++) {
      assertThat(ModuleComparison.differences(frozen.get(i), shipped.get(i))).as(frozen.get(i).id().value()).isEmpty();
    }
  }

  @Test
  void the_sulawesi_selatan_and_luwu_utara_modules_hold_what_the_frozen_builders_make() {
    List<SinovikModule> frozen = FrozenModules.regional();

    assertThat(ModuleComparison.differences(frozen.get(0), SulawesiSelatan.kipp2023())).isEmpty();
    assertThat(ModuleComparison.differences(frozen.get(1), LuwuUtara.selection2023())).isEmpty();
  }

  @Test
  void the_comparison_names_a_changed_citation_inside_a_policy() {
    SinovikModule base = FrozenModules.edition2023();
    StageId desk = StageId.of("evaluasi-proposal");
    StageId presentation = StageId.of("presentasi-wawancara");
    Citation kept = base.parameters().citation(SinovikKeys.AGGREGATION);
    RuleModule changed = variant(base)
        .override(SinovikKeys.AGGREGATION, ImmutableMap.of(desk, Aggregations.mean(OTHER), presentation, base.aggregation(presentation)), kept)
        .build();

    assertThat(ModuleComparison.differences(variant(base).build(), changed))
        .anySatisfy(d -> assertThat(d).startsWith("sinovik-2023/uji scoring.aggregation value [evaluasi-proposal].citation"))
        .anySatisfy(d -> assertThat(d).startsWith("sinovik-2023/uji aggregation of evaluasi-proposal"));
  }

  @Test
  void the_comparison_names_a_changed_policy_whose_text_is_the_same() {
    SinovikModule base = FrozenModules.edition2023();
    Rounding two = base.rounding();
    Rounding three = new Rounding(3, RoundingMode.HALF_UP, two.citation());
    ImmutableMap<StageId, BigDecimal> weights = ImmutableMap.of(StageId.of("evaluasi-proposal"), new BigDecimal("0.5"),
        StageId.of("presentasi-wawancara"), new BigDecimal("0.5"));
    RuleModule a = variant(base).override(SinovikKeys.COMBINATION, StageCombinations.weighted(weights, two, OTHER), OTHER).build();
    RuleModule b = variant(base).override(SinovikKeys.COMBINATION, StageCombinations.weighted(weights, three, OTHER), OTHER).build();

    assertThat(a.parameters().parameter(SinovikKeys.COMBINATION).valueText()).isEqualTo(b.parameters().parameter(SinovikKeys.COMBINATION).valueText());
    assertThat(ModuleComparison.differences(a, b))
        .anySatisfy(d -> assertThat(d).startsWith("sinovik-2023/uji scoring.combination value .val$rounding.scale"));
  }

  @Test
  void the_comparison_names_a_changed_conflict_policy_and_a_changed_jurisdiction_name() {
    SinovikModule base = FrozenModules.edition2023();
    RuleModule changed = SinovikModule.extend(base).variant("uji").title(LocalizedText.same("Uji"))
        .jurisdiction(Jurisdiction.of(Jurisdiction.Level.NATIONAL, null, LocalizedText.same("Nasional")))
        .override(SinovikKeys.CONFLICT_OF_INTEREST, ConflictOfInterestPolicies.none(), ConflictOfInterestPolicies.INSTITUTIONAL_BASIS)
        .build();

    assertThat(ModuleComparison.differences(variant(base).build(), changed))
        .anySatisfy(d -> assertThat(d).startsWith("sinovik-2023/uji jurisdiction name"))
        .anySatisfy(d -> assertThat(d).startsWith("sinovik-2023/uji scoring.conflictOfInterest text"))
        .anySatisfy(d -> assertThat(d).startsWith("sinovik-2023/uji scoring.conflictOfInterest value .val$name"));
  }

  @Test
  void the_comparison_names_a_missing_parameter_and_a_changed_legal_basis() {
    SinovikModule base = FrozenModules.national().get(0);
    RuleModule changed = variant(base).legalBasis(OTHER).remove(SinovikKeys.REPLICATION_SOURCE).remove(SinovikKeys.REPLICATION_GROUP).build();

    assertThat(ModuleComparison.differences(variant(base).build(), changed))
        .anySatisfy(d -> assertThat(d).startsWith("sinovik-2021/uji legal basis"))
        .anySatisfy(d -> assertThat(d).startsWith("sinovik-2021/uji parameter keys").contains("eligibility.replication.group"));
  }

  private static SinovikModule.Builder variant(SinovikModule base) {
    return SinovikModule.extend(base).variant("uji").title(LocalizedText.same("Uji")).jurisdiction(Jurisdiction.NATIONAL);
  }
}
