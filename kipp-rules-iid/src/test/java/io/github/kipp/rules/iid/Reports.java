package io.github.kipp.rules.iid;

import io.github.kipp.core.InnovationId;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.rules.iid.spi.BasicServiceAffair;
import java.time.LocalDate;

/** Reports used by several tests; the hand-computed one is worked out in {@code HandComputedIndexTest}. */
final class Reports {

  static final Region LUWU_UTARA = RegionCatalogue.bundled().require(RegionCode.of("73.22"));

  private Reports() {}

  static IndicatorRow verified(String id, int level) {
    return IndicatorRow.of(id, level, Evidence.verified("bukti-" + id + ".pdf"));
  }

  static IndicatorRow unverified(String id, int level) {
    return IndicatorRow.of(id, level, Evidence.claimed("bukti-" + id + ".pdf"));
  }

  /** An innovation with the five mandatory rows (16, 17, 32, 33, 35) at level 1, verified: 14 points. */
  static InnovationEntry.Builder minimal(String id, BasicServiceAffair affair) {
    return InnovationEntry.newBuilder(InnovationId.of(id), "Inovasi " + id)
        .affair(affair)
        .implementedOn(LocalDate.of(2024, 6, 1))
        .narrativeWords(350)
        .row(verified("16", 1)).row(verified("17", 1)).row(verified("32", 1)).row(verified("33", 1)).row(verified("35", 1));
  }

  /**
   * Luwu Utara's 2026 report: SPD claimed 14.75, verified 11.75; six innovations, one of which (c)
   * does not count once verified.
   */
  static RegionalReport handComputed2026() {
    InnovationEntry a = InnovationEntry.newBuilder(InnovationId.of("a"), "Si Pakatau")
        .affair(BasicServiceAffair.KESEHATAN).implementedOn(LocalDate.of(2024, 1, 1)).narrativeWords(300)
        .row(verified("16", 2)).row(verified("17", 1)).row(verified("32", 3)).row(verified("33", 2)).row(verified("35", 1))
        .row(verified("19", 3))
        .build();
    InnovationEntry b = InnovationEntry.newBuilder(InnovationId.of("b"), "Sekolah Lapang")
        .affair(BasicServiceAffair.PENDIDIKAN).implementedOn(LocalDate.of(2025, 12, 31)).narrativeWords(812).earlierEntries(1)
        .row(verified("16", 1)).row(verified("17", 2)).row(verified("32", 1)).row(verified("33", 1)).row(verified("35", 2))
        .row(unverified("31", 1))
        .build();
    InnovationEntry c = InnovationEntry.newBuilder(InnovationId.of("c"), "Rumah Singgah")
        .affair(BasicServiceAffair.SOSIAL).implementedOn(LocalDate.of(2024, 7, 17)).narrativeWords(450)
        .row(verified("16", 3)).row(verified("17", 1)).row(verified("32", 1)).row(verified("33", 3)).row(unverified("35", 3))
        .build();
    return RegionalReport.newBuilder(LUWU_UTARA, 2026)
        .spd(verified("1", 3)).spd(verified("2a", 2)).spd(verified("5a", 3)).spd(unverified("6", 2)).spd(verified("8", 3))
        .spd(IndicatorRow.withoutEvidence("12", 1))
        .innovation(a).innovation(b).innovation(c)
        .innovation(minimal("d", BasicServiceAffair.KETENTERAMAN).build())
        .innovation(minimal("e", BasicServiceAffair.PEKERJAAN_UMUM).build())
        .innovation(minimal("f", BasicServiceAffair.PERUMAHAN_RAKYAT).build())
        .build();
  }
}
