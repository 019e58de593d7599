package io.github.kipp.testkit.iid;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InnovationId;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.rules.iid.Evidence;
import io.github.kipp.rules.iid.IndicatorRow;
import io.github.kipp.rules.iid.InnovationEntry;
import io.github.kipp.rules.iid.RegionalReport;
import io.github.kipp.rules.iid.spi.BasicServiceAffair;
import io.github.kipp.rules.iid.spi.Indicator;
import io.github.kipp.rules.iid.spi.IndicatorPart;
import io.github.kipp.rules.iid.spi.IndicatorRules;

/**
 * Builders of the regional innovation index's values with defaults, so that a test states only what
 * it is about: {@code IidBuilders.innovation(rules, "sipakatau").build()} is an innovation that
 * counts under the rules (implemented on the window's first day, a narrative of the minimum length,
 * every mandatory SID indicator at level 1 with verified evidence, first entry), and {@code
 * IidBuilders.report(rules)} a report of Luwu Utara for the rules' year with no row.
 *
 * <pre>{@code
 * RegionalReport report = IidBuilders.report(IidRules.edition2026())
 *     .spd(IidBuilders.verified("1", 3))
 *     .innovation(IidBuilders.innovation(IidRules.edition2026(), "sipakatau").affair(BasicServiceAffair.KESEHATAN).build())
 *     .build();
 * }</pre>
 */
public final class IidBuilders {

  /** The default region: Kabupaten Luwu Utara, {@code 73.22}. */
  public static final Region LUWU_UTARA = RegionCatalogue.bundled().require(RegionCode.of("73.22"));

  private IidBuilders() {}

  /**
   * Returns a builder of Luwu Utara's report for the year of an index module.
   *
   * @param rules the module, such as {@code IidRules.edition2026()}; not null
   * @return the builder, not null
   */
  public static RegionalReport.Builder report(io.github.kipp.core.spi.RuleModule rules) {
    return RegionalReport.newBuilder(LUWU_UTARA, requireNonNull(rules, "rules").editionYear());
  }

  /**
   * Returns a builder of a region's report for a year.
   *
   * @param region the region's code in the bundled catalogue, such as {@code 73.71}; not null
   * @param year the index's year
   * @return the builder, not null
   * @throws io.github.kipp.core.InvalidInputException if the catalogue lacks the code
   */
  public static RegionalReport.Builder report(String region, int year) {
    return RegionalReport.newBuilder(RegionCatalogue.bundled().require(RegionCode.of(region)), year);
  }

  /**
   * Returns a builder of an innovation that counts under the rules: implemented on the window's first
   * day, a narrative of the minimum length, each mandatory SID indicator at level 1 with verified
   * evidence, entered for the first time, serving no basic-service affair until one is set.
   *
   * @param rules the index's rules, not null
   * @param id the innovation's id, not null
   * @return the builder, not null
   */
  public static InnovationEntry.Builder innovation(IndicatorRules rules, String id) {
    requireNonNull(rules, "rules");
    InnovationEntry.Builder b = InnovationEntry.newBuilder(InnovationId.of(id), "Inovasi " + id)
        .implementedOn(rules.implementedFrom())
        .narrativeWords(rules.narrativeMinimumWords());
    for (Indicator i : rules.indicators(IndicatorPart.SID)) {
      if (i.mandatory()) {
        b.row(verified(i.id().value(), 1));
      }
    }
    return b;
  }

  /**
   * Returns a builder of an innovation that counts under the rules and serves an affair.
   *
   * @param rules the index's rules, not null
   * @param id the innovation's id, not null
   * @param affair the basic-service affair, not null
   * @return the builder, not null
   */
  public static InnovationEntry.Builder innovation(IndicatorRules rules, String id, BasicServiceAffair affair) {
    return innovation(rules, id).affair(affair);
  }

  /**
   * Returns a row with verified evidence named after the indicator.
   *
   * @param indicator the indicator id, such as {@code 16}; not null
   * @param level the level, 0 to 3
   * @return the row, not null
   */
  public static IndicatorRow verified(String indicator, int level) {
    return IndicatorRow.of(indicator, level, Evidence.verified("bukti-" + indicator + ".pdf"));
  }

  /**
   * Returns a row whose evidence is attached but not verified.
   *
   * @param indicator the indicator id, not null
   * @param level the level, 0 to 3
   * @return the row, not null
   */
  public static IndicatorRow unverified(String indicator, int level) {
    return IndicatorRow.of(indicator, level, Evidence.claimed("bukti-" + indicator + ".pdf"));
  }

  /**
   * Returns a row without evidence: it scores in neither index.
   *
   * @param indicator the indicator id, not null
   * @param level the level, 0 to 3
   * @return the row, not null
   */
  public static IndicatorRow withoutEvidence(String indicator, int level) {
    return IndicatorRow.withoutEvidence(indicator, level);
  }
}
