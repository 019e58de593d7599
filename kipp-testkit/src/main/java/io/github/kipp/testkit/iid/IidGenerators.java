package io.github.kipp.testkit.iid;

import static java.util.Objects.requireNonNull;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.rules.iid.Evidence;
import io.github.kipp.rules.iid.IidModule;
import io.github.kipp.rules.iid.IndicatorRow;
import io.github.kipp.rules.iid.InnovationEntry;
import io.github.kipp.rules.iid.RegionalReport;
import io.github.kipp.rules.iid.spi.Indicator;
import io.github.kipp.rules.iid.spi.IndicatorPart;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of the regional innovation index's values, built over the same
 * construction as {@link IidFactories}: a report is drawn from a region of the bundled catalogue and
 * a seed, so that every example is reproducible from the theory's fixed seed.
 *
 * <pre>{@code
 * qt().withFixedSeed(26).forAll(IidGenerators.reports(IidRules.edition2026()))
 *     .check(r -> InnovationIndex.of(IidRules.edition2026()).assess(r).difference().signum() >= 0);
 * }</pre>
 */
public final class IidGenerators {

  private IidGenerators() {}

  /**
   * Generates reports of the bundled catalogue's regencies and cities for a module's year, with 0 to
   * {@value IidFactories#MAX_INNOVATIONS} innovations.
   *
   * @param module the index module, not null
   * @return the generator, not null
   */
  public static Gen<RegionalReport> reports(IidModule module) {
    requireNonNull(module, "module");
    return integers().between(0, IidFactories.REGENCIES.size() - 1).zip(longs().all(), (region, seed) -> IidFactories.reportFrom(module, region, seed));
  }

  /**
   * Generates innovations for a module, most of which count under it.
   *
   * @param module the index module, not null
   * @return the generator, not null
   */
  public static Gen<InnovationEntry> innovations(IidModule module) {
    requireNonNull(module, "module");
    return integers().between(1, 99_999).zip(longs().all(), (number, seed) -> IidFactories.innovationFrom(module, "inovasi-" + number, seed));
  }

  /**
   * Generates indicator rows of one part of a module's catalogue: any of its indicators, any level,
   * with verified evidence, evidence not verified or none.
   *
   * @param module the index module, not null
   * @param part the part, not null
   * @return the generator, not null
   */
  public static Gen<IndicatorRow> rows(IidModule module, IndicatorPart part) {
    List<Indicator> indicators = requireNonNull(module, "module").indicators(requireNonNull(part, "part"));
    return integers().between(0, indicators.size() - 1).zip(integers().between(0, Indicator.MAX_LEVEL), integers().between(0, 2),
        (i, level, evidence) -> new IndicatorRow(indicators.get(i).id(), level, switch (evidence) {
          case 0 -> Optional.<Evidence>empty();
          case 1 -> Optional.of(Evidence.claimed("bukti-" + indicators.get(i).id() + ".pdf"));
          default -> Optional.of(Evidence.verified("bukti-" + indicators.get(i).id() + ".pdf"));
        }));
  }
}
