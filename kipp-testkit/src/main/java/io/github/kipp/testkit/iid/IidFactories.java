package io.github.kipp.testkit.iid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionLevel;
import io.github.kipp.rules.iid.Evidence;
import io.github.kipp.rules.iid.IidModule;
import io.github.kipp.rules.iid.IndicatorRow;
import io.github.kipp.rules.iid.InnovationEntry;
import io.github.kipp.rules.iid.RegionalReport;
import io.github.kipp.rules.iid.spi.BasicServiceAffair;
import io.github.kipp.rules.iid.spi.Indicator;
import io.github.kipp.rules.iid.spi.IndicatorPart;
import java.util.SplittableRandom;

/**
 * Seeded plain-Java factories of regional innovation index reports for any test framework: the same
 * seed gives the same report, on every JVM.
 *
 * <p>A report drawn for a region has a maturity (how high its levels run, 0 to 1) and a verification
 * rate (the share of attached evidence the assessors verify, 60 % to all, and more of the mandatory
 * rows), both drawn from the
 * seed, so that reports spread over several bands and their claimed and verified indices differ as
 * real ones do. About nineteen SPD rows in twenty are reported; 0 to {@value #MAX_INNOVATIONS} innovations, most
 * implemented within the module's window with a long enough narrative and every mandatory row, some
 * not (implemented the day before the window, a narrative a word short, a mandatory row missing, or
 * a third entry), so that eligibility refuses some in each view.
 *
 * <pre>{@code
 * RegionalReport report = IidFactories.reportFrom(IidRules.edition2026(), region, 73L);
 * }</pre>
 */
public final class IidFactories {

  /** The most innovations of a drawn report: {@value}. */
  public static final int MAX_INNOVATIONS = 40;

  /** The bundled catalogue's regencies and cities, in code order. */
  static final ImmutableList<Region> REGENCIES = RegionCatalogue.bundled().all().stream()
      .filter(r -> r.level() == RegionLevel.REGENCY || r.level() == RegionLevel.CITY)
      .collect(ImmutableList.toImmutableList());

  private static final BasicServiceAffair[] AFFAIRS = BasicServiceAffair.values();

  private IidFactories() {}

  /**
   * Returns the report of the bundled catalogue's regency or city at an index, drawn from a seed.
   *
   * @param module the index module whose year, window and catalogue the report follows; not null
   * @param regencyIndex any whole number; taken modulo the number of regencies and cities
   * @param seed the seed
   * @return the report, not null
   */
  public static RegionalReport reportFrom(IidModule module, int regencyIndex, long seed) {
    return reportFrom(module, REGENCIES.get(Math.floorMod(regencyIndex, REGENCIES.size())), seed);
  }

  /**
   * Returns a region's report drawn from a seed.
   *
   * @param module the index module whose year, window and catalogue the report follows; not null
   * @param region the region, not null
   * @param seed the seed
   * @return the report, not null
   */
  public static RegionalReport reportFrom(IidModule module, Region region, long seed) {
    requireNonNull(module, "module");
    requireNonNull(region, "region");
    SplittableRandom r = new SplittableRandom(seed);
    double maturity = Math.sqrt(r.nextDouble());   // most regions are somewhat mature, as in the published bands
    double verification = 0.6 + 0.4 * r.nextDouble();
    RegionalReport.Builder b = RegionalReport.newBuilder(region, module.editionYear());
    for (Indicator i : module.indicators(IndicatorPart.SPD)) {
      if (r.nextInt(20) > 0) {
        b.spd(row(r, i.id().value(), level(r, maturity, 0), verification));
      }
    }
    int n = r.nextInt(MAX_INNOVATIONS + 1);
    String code = region.code().value().replace('.', '-');
    for (int k = 1; k <= n; k++) {
      b.innovation(innovation(r, module, "inovasi-" + code + "-" + k, "Inovasi " + k + " " + region.name(), maturity, verification));
    }
    return b.build();
  }

  /**
   * Returns one innovation drawn from a seed, usually one that counts under the module.
   *
   * @param module the index module, not null
   * @param id the innovation's id, not null
   * @param seed the seed
   * @return the innovation, not null
   */
  public static InnovationEntry innovationFrom(IidModule module, String id, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return innovation(r, requireNonNull(module, "module"), id, "Inovasi " + id, r.nextDouble(), 0.6 + 0.4 * r.nextDouble());
  }

  private static InnovationEntry innovation(SplittableRandom r, IidModule module, String id, String title, double maturity, double verification) {
    int flaw = r.nextInt(20);   // 0: before the window, 1: a word short, 2: a mandatory row missing, 3: a third entry
    long days = module.implementedUntil().toEpochDay() - module.implementedFrom().toEpochDay();
    InnovationEntry.Builder e = InnovationEntry.newBuilder(InnovationId.of(id), title)
        .implementedOn(flaw == 0 ? module.implementedFrom().minusDays(1) : module.implementedFrom().plusDays(r.nextLong(days + 1)))
        .narrativeWords(flaw == 1 ? module.narrativeMinimumWords() - 1 : module.narrativeMinimumWords() + r.nextInt(700))
        .earlierEntries(flaw == 3 ? module.maximumEntries() : r.nextInt(module.maximumEntries()));
    if (r.nextInt(7) > 0) {
      e.affair(AFFAIRS[r.nextInt(AFFAIRS.length)]);
    }
    boolean dropped = false;
    for (Indicator i : module.indicators(IndicatorPart.SID)) {
      if (i.mandatory()) {
        if (flaw == 2 && !dropped) {
          dropped = true;
          continue;
        }
        // Assessors check the mandatory rows first: their evidence is verified more often.
        e.row(row(r, i.id().value(), level(r, maturity, 1), (1 + verification) / 2));
      } else if (r.nextDouble() < 0.3 + 0.7 * maturity) {
        e.row(row(r, i.id().value(), level(r, maturity, 0), verification));
      }
    }
    return e.build();
  }

  /** A level around maturity × 3, at least the minimum. */
  private static int level(SplittableRandom r, double maturity, int minimum) {
    int l = (int) Math.round(maturity * 3 + 0.6 * (r.nextInt(3) - 1));
    return Math.max(minimum, Math.min(Indicator.MAX_LEVEL, l));
  }

  /** A row with evidence verified at the verification rate; one row in thirty has no evidence. */
  private static IndicatorRow row(SplittableRandom r, String id, int level, double verification) {
    if (r.nextInt(30) == 0) {
      return IndicatorRow.withoutEvidence(id, level);
    }
    Evidence e = r.nextDouble() < verification ? Evidence.verified("bukti-" + id + ".pdf") : Evidence.claimed("bukti-" + id + ".pdf");
    return new IndicatorRow(io.github.kipp.rules.iid.spi.IndicatorId.of(id), level, java.util.Optional.of(e));
  }
}
