package io.github.kipp.jackson;

import io.github.kipp.rules.iid.IidRules;
import io.github.kipp.rules.iid.IndexAssessment;
import io.github.kipp.rules.iid.IndicatorRow;
import io.github.kipp.rules.iid.InnovationEntry;
import io.github.kipp.rules.iid.InnovationIndex;
import io.github.kipp.rules.iid.RegionalReport;
import io.github.kipp.rules.iid.spi.BasicServiceAffair;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.rules.iid.Evidence;
import java.time.LocalDate;

/**
 * The regional innovation index values of the golden files both Jackson lines write: Luwu Utara's
 * 2026 report as kipp-rules-iid's {@code HandComputedIndexTest} works it out (claimed 11.11, verified
 * 8.53), with an innovation that does not count once verified. Built without the test kit, so that
 * the Jackson 3 line's tests can use it from this module's test jar.
 */
public final class IidFixtures {

  private IidFixtures() {}

  static IndicatorRow verified(String id, int level) {
    return IndicatorRow.of(id, level, Evidence.verified("bukti-" + id + ".pdf"));
  }

  static IndicatorRow unverified(String id, int level) {
    return IndicatorRow.of(id, level, Evidence.claimed("bukti-" + id + ".pdf"));
  }

  private static InnovationEntry minimal(String id, BasicServiceAffair affair) {
    return InnovationEntry.newBuilder(io.github.kipp.core.InnovationId.of(id), "Inovasi " + id).affair(affair)
        .implementedOn(LocalDate.of(2024, 6, 1)).narrativeWords(350)
        .row(verified("16", 1)).row(verified("17", 1)).row(verified("32", 1)).row(verified("33", 1)).row(verified("35", 1))
        .build();
  }

  /**
   * Returns Luwu Utara's 2026 report.
   *
   * @return the report
   */
  public static RegionalReport report() {
    InnovationEntry a = InnovationEntry.newBuilder(io.github.kipp.core.InnovationId.of("a"), "Si Pakatau")
        .affair(BasicServiceAffair.KESEHATAN).implementedOn(LocalDate.of(2024, 1, 1)).narrativeWords(300)
        .row(verified("16", 2)).row(verified("17", 1)).row(verified("32", 3)).row(verified("33", 2)).row(verified("35", 1))
        .row(verified("19", 3))
        .build();
    InnovationEntry b = InnovationEntry.newBuilder(io.github.kipp.core.InnovationId.of("b"), "Sekolah Lapang")
        .affair(BasicServiceAffair.PENDIDIKAN).implementedOn(LocalDate.of(2025, 12, 31)).narrativeWords(812).earlierEntries(1)
        .row(verified("16", 1)).row(verified("17", 2)).row(verified("32", 1)).row(verified("33", 1)).row(verified("35", 2))
        .row(unverified("31", 1))
        .build();
    InnovationEntry c = InnovationEntry.newBuilder(io.github.kipp.core.InnovationId.of("c"), "Rumah Singgah")
        .affair(BasicServiceAffair.SOSIAL).implementedOn(LocalDate.of(2024, 7, 17)).narrativeWords(450)
        .row(verified("16", 3)).row(verified("17", 1)).row(verified("32", 1)).row(verified("33", 3)).row(unverified("35", 3))
        .build();
    return RegionalReport.newBuilder(RegionCatalogue.bundled().require(RegionCode.of("73.22")), 2026)
        .spd(verified("1", 3)).spd(verified("2a", 2)).spd(verified("5a", 3)).spd(unverified("6", 2)).spd(verified("8", 3))
        .spd(IndicatorRow.withoutEvidence("12", 1))
        .innovation(a).innovation(b).innovation(c)
        .innovation(minimal("d", BasicServiceAffair.KETENTERAMAN))
        .innovation(minimal("e", BasicServiceAffair.PEKERJAAN_UMUM))
        .innovation(minimal("f", BasicServiceAffair.PERUMAHAN_RAKYAT))
        .build();
  }

  /**
   * Returns the assessment of {@link #report()} under IID 2026.
   *
   * @return the assessment
   */
  public static IndexAssessment assessment() {
    return InnovationIndex.of(IidRules.edition2026()).assess(report());
  }
}
