package io.github.kipp.rules.iid.iga;

import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.ThreeTRegions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Regions, settings and presentations of the hand-computed IGA cases. */
final class IgaFixtures {

  static final Citation HOST = Citation.reported("Host settings for the test award", Citation.UNKNOWN_PROVISION);

  /** Sambas (61.01) and Belu (53.04, also disadvantaged) as the border regions. */
  static final ThreeTRegions BORDER = ThreeTRegions.of(List.of(RegionCode.of("61.01"), RegionCode.of("53.04")),
      Citation.reported("Daftar kawasan perbatasan (host data)", Citation.UNKNOWN_PROVISION));

  /** The 2023 aspects in published order. */
  static final List<String> ASPECTS = List.of("Kebaruan", "Kemanfaatan", "Kewenangan daerah dan kolaborasi", "Kemampuan direplikasi",
      "Penguasaan materi");

  private IgaFixtures() {}

  static Region region(String code) {
    return RegionCatalogue.bundled().require(RegionCode.of(code));
  }

  static RegionCode code(String code) {
    return RegionCode.of(code);
  }

  static IgaEntrant entrant(String code, String index, String sid) {
    return IgaEntrant.of(region(code), new BigDecimal(index), new BigDecimal(sid));
  }

  /** The settings of the hand-computed award: small clusters, 60 % index and 40 % presentation. */
  static IgaSettings settings(long seed) {
    return IgaSettings.newBuilder(seed)
        .borderRegions(BORDER)
        .cluster(IgaCluster.PROVINCES, 2, 1, HOST)
        .cluster(IgaCluster.REGENCIES, 3, 2, HOST)
        .cluster(IgaCluster.CITIES, 2, 1, HOST)
        .cluster(IgaCluster.PAPUA, 1, 1, HOST)
        .cluster(IgaCluster.BORDER, 2, 1, HOST)
        .cluster(IgaCluster.DISADVANTAGED, 2, 1, HOST)
        .finalWeights(new BigDecimal("60"), new BigDecimal("40"), HOST)
        .build();
  }

  /** The entrants of the hand-computed award. */
  static List<IgaEntrant> entrants() {
    return List.of(
        entrant("73", "70.00", "40"),          // province, Sulawesi Selatan
        entrant("61", "55.00", "30"),          // province, Kalimantan Barat (its regency Sambas is the border region)
        entrant("91", "50.01", "20"),          // province Papua: Papua cluster
        entrant("73.22", "62.50", "45.1234"),  // Luwu Utara, tied with Bulukumba on the index
        entrant("73.02", "62.50", "50.0000"),  // Bulukumba: higher SID part
        entrant("73.03", "58.00", "30"),       // Bantaeng
        entrant("73.04", "40.00", "10"),       // Jeneponto: fourth, not nominated
        entrant("73.71", "61.20", "25.5"),     // Makassar
        entrant("73.72", "48.75", "25.5"),     // Parepare and Palopo tie on index and SID part: a draw
        entrant("73.73", "48.75", "25.5"),
        entrant("91.11", "45.00", "15"),       // Keerom: Papua and disadvantaged, Papua first
        entrant("61.01", "52.00", "33"),       // Sambas: border
        entrant("53.04", "47.00", "28"),       // Belu: border and disadvantaged, border first
        entrant("53.01", "44.44", "20"),       // Kupang: disadvantaged
        entrant("53.05", "39.99", "10"),       // Alor: disadvantaged
        entrant("12.04", "30.00", "5"));       // Nias: disadvantaged, third, not nominated
  }

  static IgaPresentation all(String code, String score) {
    return scored(code, score, score, score, score, score);
  }

  static IgaPresentation scored(String code, String kebaruan, String kemanfaatan, String kewenangan, String replikasi, String penguasaan) {
    Map<String, BigDecimal> m = ImmutableMap.of(ASPECTS.get(0), new BigDecimal(kebaruan), ASPECTS.get(1), new BigDecimal(kemanfaatan),
        ASPECTS.get(2), new BigDecimal(kewenangan), ASPECTS.get(3), new BigDecimal(replikasi), ASPECTS.get(4), new BigDecimal(penguasaan));
    return IgaPresentation.of(RegionCode.of(code), m);
  }
}
