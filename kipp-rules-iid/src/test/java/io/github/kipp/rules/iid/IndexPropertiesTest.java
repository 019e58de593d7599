package io.github.kipp.rules.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.core.InnovationId;
import io.github.kipp.rules.iid.spi.BasicServiceAffair;
import io.github.kipp.rules.iid.spi.Indicator;
import io.github.kipp.rules.iid.spi.IndicatorPart;
import io.github.kipp.rules.iid.spi.IndicatorRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the index: monotone in every level, band edges exact, the order of innovations
 * irrelevant, the verified index never above the claimed one. Reports are drawn from a seed that
 * QuickTheories generates, so every example is reproducible from the fixed seed.
 */
class IndexPropertiesTest {

  private static final BasicServiceAffair[] AFFAIRS = BasicServiceAffair.values();

  /**
   * A random report under a module: every SPD row at a random level and evidence state, and 0 to 30
   * innovations, each eligible (mandatory rows at level 1 to 3 with verified evidence), with random
   * optional rows and affairs.
   */
  static RegionalReport report(IidModule module, long seed) {
    Random r = new Random(seed);
    RegionalReport.Builder b = RegionalReport.newBuilder(Reports.LUWU_UTARA, module.editionYear());
    for (Indicator i : module.indicators(IndicatorPart.SPD)) {
      b.spd(row(r, i, false));
    }
    int n = r.nextInt(31);
    for (int k = 0; k < n; k++) {
      InnovationEntry.Builder e = InnovationEntry.newBuilder(InnovationId.of("inovasi-" + k), "Inovasi " + k)
          .implementedOn(module.implementedFrom().plusDays(r.nextInt(365)))
          .narrativeWords(300 + r.nextInt(500));
      if (r.nextInt(7) > 0) {
        e.affair(AFFAIRS[r.nextInt(AFFAIRS.length)]);
      }
      for (Indicator i : module.indicators(IndicatorPart.SID)) {
        e.row(row(r, i, i.mandatory()));
      }
      b.innovation(e.build());
    }
    return b.build();
  }

  private static IndicatorRow row(Random r, Indicator i, boolean keepEligible) {
    String id = i.id().value();
    if (keepEligible) {
      return Reports.verified(id, 1 + r.nextInt(3));
    }
    switch (r.nextInt(4)) {
      case 0:
        return IndicatorRow.withoutEvidence(id, r.nextInt(4));
      case 1:
        return Reports.unverified(id, r.nextInt(4));
      default:
        return Reports.verified(id, r.nextInt(4));
    }
  }

  /** Raises one row's level by one (keeping its evidence), if it is below 3. */
  private static RegionalReport raise(RegionalReport report, int pick) {
    List<IndicatorRow> spd = new ArrayList<>(report.spdRows());
    List<InnovationEntry> innovations = new ArrayList<>(report.innovations());
    int total = spd.size() + innovations.stream().mapToInt(e -> e.rows().size()).sum();
    int at = Math.floorMod(pick, total);
    if (at < spd.size()) {
      spd.set(at, up(spd.get(at)));
    } else {
      at -= spd.size();
      for (int k = 0; k < innovations.size(); k++) {
        InnovationEntry e = innovations.get(k);
        if (at < e.rows().size()) {
          List<IndicatorRow> rows = new ArrayList<>(e.rows());
          rows.set(at, up(rows.get(at)));
          innovations.set(k, rebuild(e, rows));
          break;
        }
        at -= e.rows().size();
      }
    }
    return RegionalReport.newBuilder(report.region(), report.year()).spd(spd).innovations(innovations).build();
  }

  private static InnovationEntry rebuild(InnovationEntry e, List<IndicatorRow> rows) {
    InnovationEntry.Builder b = InnovationEntry.newBuilder(e.id(), e.title()).implementedOn(e.implementedOn())
        .narrativeWords(e.narrativeWords()).earlierEntries(e.earlierEntries()).rows(rows);
    e.affair().ifPresent(b::affair);
    return b.build();
  }

  private static IndicatorRow up(IndicatorRow row) {
    return new IndicatorRow(row.indicator(), Math.min(Indicator.MAX_LEVEL, row.level() + 1), row.evidence());
  }

  @Test
  void raising_any_level_never_lowers_either_index() {
    for (IidModule module : IidRules.modules()) {
      InnovationIndex index = InnovationIndex.of(module);
      qt().withFixedSeed(20261207L).withExamples(1_000)
          .forAll(longs().all(), integers().allPositive())
          .checkAssert((seed, pick) -> {
            RegionalReport before = report(module, seed);
            RegionalReport after = raise(before, pick);
            IndexAssessment a = index.assess(before);
            IndexAssessment b = index.assess(after);
            assertThat(b.claimed().index()).isGreaterThanOrEqualTo(a.claimed().index());
            assertThat(b.verified().index()).isGreaterThanOrEqualTo(a.verified().index());
          });
    }
  }

  @Test
  void every_index_from_0_to_100_falls_in_the_band_its_year_publishes() {
    IndicatorRules y2026 = IidRules.edition2026();
    IndicatorRules y2023 = IidRules.edition2023();
    qt().withFixedSeed(20261207L).withExamples(10_001)
        .forAll(integers().between(0, 10_000))
        .checkAssert(cents -> {
          BigDecimal index = BigDecimal.valueOf(cents, 2);
          assertThat(y2026.band(index).name()).isEqualTo(cents >= 6501 ? "Sangat Inovatif" : cents >= 4001 ? "Inovatif"
              : cents >= 1 ? "Kurang Inovatif" : "Tidak Dapat Dinilai");
          assertThat(y2023.band(index).name()).isEqualTo(cents >= 6001 ? "Sangat Inovatif" : cents >= 3500 ? "Inovatif"
              : cents >= 1 ? "Kurang Inovatif" : "Tidak Dapat Dinilai");
        });
  }

  @Test
  void the_order_of_the_innovations_changes_nothing() {
    for (IidModule module : IidRules.modules()) {
      InnovationIndex index = InnovationIndex.of(module);
      qt().withFixedSeed(20261207L).withExamples(1_000)
          .forAll(longs().all(), longs().all())
          .checkAssert((seed, shuffle) -> {
            RegionalReport report = report(module, seed);
            List<InnovationEntry> shuffled = new ArrayList<>(report.innovations());
            Collections.shuffle(shuffled, new Random(shuffle));
            RegionalReport other = RegionalReport.newBuilder(report.region(), report.year()).spd(report.spdRows()).innovations(shuffled).build();
            IndexAssessment a = index.assess(report);
            IndexAssessment b = index.assess(other);
            for (IndexView view : IndexView.values()) {
              assertThat(b.score(view).index()).isEqualTo(a.score(view).index());
              assertThat(b.score(view).sidSum()).isEqualTo(a.score(view).sidSum());
              assertThat(b.score(view).countPart()).isEqualTo(a.score(view).countPart());
              assertThat(b.score(view).band()).isEqualTo(a.score(view).band());
            }
            assertThat(b.differences().stream().map(Object::toString).sorted().collect(Collectors.toList()))
                .isEqualTo(a.differences().stream().map(Object::toString).sorted().collect(Collectors.toList()));
          });
    }
  }

  @Test
  void the_verified_index_is_never_above_the_claimed_one_when_no_innovation_is_dropped() {
    for (IidModule module : IidRules.modules()) {
      InnovationIndex index = InnovationIndex.of(module);
      qt().withFixedSeed(20261207L).withExamples(1_000)
          .forAll(longs().all())
          .checkAssert(seed -> {
            IndexAssessment a = index.assess(report(module, seed));
            assertThat(a.verified().index()).isLessThanOrEqualTo(a.claimed().index());
            assertThat(a.verified().index()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
          });
    }
  }

  @Test
  void an_innovation_outside_the_window_never_counts() {
    IidModule module = IidRules.edition2026();
    qt().withFixedSeed(20261207L).withExamples(1_000)
        .forAll(integers().between(-3_000, 3_000))
        .checkAssert(days -> {
          LocalDate on = LocalDate.of(2024, 1, 1).plusDays(days);
          InnovationEntry e = Reports.minimal("inovasi", BasicServiceAffair.SOSIAL).implementedOn(on).build();
          boolean inside = !on.isBefore(LocalDate.of(2024, 1, 1)) && !on.isAfter(LocalDate.of(2025, 12, 31));
          assertThat(InnovationIndex.of(module).eligibility(e, IndexView.VERIFIED).passed()).isEqualTo(inside);
        });
  }
}
