package io.github.kipp.testkit.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.kipp.rules.iid.IidModule;
import io.github.kipp.rules.iid.IidRules;
import io.github.kipp.rules.iid.IndexAssessment;
import io.github.kipp.rules.iid.IndexView;
import io.github.kipp.rules.iid.InnovationIndex;
import io.github.kipp.rules.iid.RegionalReport;
import io.github.kipp.rules.iid.spi.BasicServiceAffair;
import io.github.kipp.rules.iid.spi.IndicatorPart;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The test kit's builders, factories and generators of the regional innovation index. */
class IidTestKitTest {

  private static final List<IidModule> MODULES = IidRules.modules();

  @Test
  void a_default_innovation_counts_in_both_views_under_every_module() {
    for (IidModule m : MODULES) {
      var e = IidBuilders.innovation(m, "sipakatau", BasicServiceAffair.KESEHATAN).build();
      InnovationIndex index = InnovationIndex.of(m);
      assertThat(index.eligibility(e, IndexView.CLAIMED).passed()).as("%s claimed", m.id()).isTrue();
      assertThat(index.eligibility(e, IndexView.VERIFIED).passed()).as("%s verified", m.id()).isTrue();
      RegionalReport r = IidBuilders.report(m).innovation(e).build();
      assertThat(r.year()).isEqualTo(m.editionYear());
      assertThat(r.region().code().value()).isEqualTo("73.22");
    }
  }

  @Test
  void every_generated_report_is_assessable_under_its_module_with_indices_from_0_to_100() {
    for (IidModule m : MODULES) {
      qt().withFixedSeed(m.editionYear()).withExamples(1_000).forAll(IidGenerators.reports(m)).checkAssert(r -> {
        IndexAssessment a = InnovationIndex.of(m).assess(r);
        assertThat(r.year()).isEqualTo(m.editionYear());
        assertThat(r.innovations()).hasSizeLessThanOrEqualTo(IidFactories.MAX_INNOVATIONS);
        assertThat(a.claimed().index()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
        assertThat(a.verified().index()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
      });
    }
  }

  @Test
  void a_seed_gives_the_same_report_and_reports_spread_over_several_bands_with_refusals() {
    IidModule m = IidRules.edition2026();
    assertThat(IidFactories.reportFrom(m, 17, 99L)).isEqualTo(IidFactories.reportFrom(m, 17, 99L));
    Set<String> bands = new HashSet<>();
    boolean refused = false;
    boolean gap = false;
    for (int i = 0; i < 200; i++) {
      IndexAssessment a = InnovationIndex.of(m).assess(IidFactories.reportFrom(m, i, i));
      bands.add(a.verified().band().name());
      refused |= a.claimed().eligibility().stream().anyMatch(d -> !d.passed());
      gap |= a.difference().signum() > 0;
    }
    assertThat(bands).contains("Inovatif", "Kurang Inovatif");
    assertThat(refused).isTrue();
    assertThat(gap).isTrue();
  }

  @Test
  void generated_rows_and_innovations_belong_to_the_modules_catalogue() {
    IidModule m = IidRules.edition2027();
    qt().withFixedSeed(35).withExamples(1_000).forAll(IidGenerators.rows(m, IndicatorPart.SID))
        .checkAssert(row -> assertThat(m.indicator(row.indicator()).orElseThrow().part()).isEqualTo(IndicatorPart.SID));
    qt().withFixedSeed(36).withExamples(1_000).forAll(IidGenerators.innovations(m))
        .checkAssert(e -> assertThat(e.rows()).allSatisfy(row -> assertThat(m.indicator(row.indicator())).isPresent()));
  }
}
