package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.format.AbstractIndicatorRowsCsv;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.rules.iid.IidModule;
import io.github.kipp.rules.iid.IidRules;
import io.github.kipp.rules.iid.InnovationEntry;
import io.github.kipp.rules.iid.RegionalReport;
import io.github.kipp.testkit.iid.IidBuilders;
import io.github.kipp.testkit.iid.IidFactories;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The indicator rows of regional innovation index reports as CSV, run against a Jackson line: written
 * one row per indicator row, byte for byte as the golden file, read back into the reports they belong
 * to, and every problem of every row refused at once, naming its row and column. Both lines' {@code
 * IndicatorRowsCsv} are kipp-format's {@code AbstractIndicatorRowsCsv} over their own CSV mapper; a
 * subclass says which line ({@link #line()}).
 */
public abstract class SharedIndicatorRows {

  /**
   * Returns the line under test.
   *
   * @return the line
   */
  protected abstract Line line();

  private AbstractIndicatorRowsCsv rows() {
    return line().indicatorRows();
  }

  private static String golden(String name) {
    try (InputStream in = SharedIndicatorRows.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final List<IidModule> MODULES = IidRules.modules();
  private static final String HEADER = "region,year,part,innovation,indicator,level,weight,evidence,verified";

  /** A report without its rows: what a host holds before it reads the table. */
  protected static RegionalReport withoutRows(RegionalReport r) {
    RegionalReport.Builder b = RegionalReport.newBuilder(r.region(), r.year());
    for (InnovationEntry e : r.innovations()) {
      InnovationEntry.Builder x = InnovationEntry.newBuilder(e.id(), e.title()).implementedOn(e.implementedOn())
          .narrativeWords(e.narrativeWords()).earlierEntries(e.earlierEntries());
      e.affair().ifPresent(x::affair);
      b.innovation(x.build());
    }
    return b.build();
  }

  @Test
  public void a_report_is_written_one_row_per_indicator_row_with_the_catalogue_weight() {
    RegionalReport r = IidBuilders.report(IidRules.edition2026())
        .spd(IidBuilders.verified("1", 3)).spd(IidBuilders.unverified("6", 2)).spd(IidBuilders.withoutEvidence("12", 1))
        .innovation(InnovationEntry.newBuilder(io.github.kipp.core.InnovationId.of("si-pakatau"), "Si Pakatau")
            .implementedOn(java.time.LocalDate.of(2024, 3, 1)).row(IidBuilders.verified("35", 2)).build())
        .build();

    assertThat(rows().write(List.of(r))).isEqualTo(String.join("\n",
        HEADER,
        "73.22,2026,SPD,,1,3,1,bukti-1.pdf,true",
        "73.22,2026,SPD,,6,2,1.5,bukti-6.pdf,false",
        "73.22,2026,SPD,,12,1,2,,",
        "73.22,2026,SID,si-pakatau,35,2,4,bukti-35.pdf,true") + "\n");
  }

  @Test
  public void the_golden_report_is_written_byte_for_byte_as_its_golden_table_and_reads_back() {
    String csv = rows().write(List.of(IidFixtures.report()));

    assertThat(csv).isEqualTo(golden("iid-indicator-rows.csv"));
    assertThat(rows().read(csv, List.of(withoutRows(IidFixtures.report())))).containsExactly(IidFixtures.report());
  }

  @Test
  public void every_table_of_reports_reads_back_into_the_same_reports() {
    qt().withFixedSeed(73).withExamples(1_000)
        .forAll(integers().between(0, MODULES.size() - 1), integers().between(1, 3), longs().all())
        .checkAssert((m, count, seed) -> {
          List<RegionalReport> reports = new ArrayList<>();
          for (int k = 0; k < count; k++) {
            reports.add(IidFactories.reportFrom(MODULES.get(m), (int) Math.floorMod(seed + 97L * k, 514L), seed + k));
          }
          List<RegionalReport> distinct = reports.stream()
              .collect(java.util.stream.Collectors.toMap(r -> r.region().code(), r -> r, (a, b) -> a, java.util.LinkedHashMap::new))
              .values().stream().toList();
          String csv = rows().write(distinct);
          assertThat(rows().read(csv, distinct.stream().map(SharedIndicatorRows::withoutRows).toList()))
              .isEqualTo(distinct);
        });
  }

  @Test
  public void every_problem_of_every_row_is_reported_at_once_naming_row_and_column() {
    RegionalReport template = withoutRows(IidFixtures.report());
    String csv = String.join("\n",
        HEADER,
        "73.22,2026,SPD,,1,3,1,rpjmd.pdf,true",
        "73.22,2026,SPD,a,2a,4,1,apbd.pdf,ya",
        "73.22,20x6,SID,a,16,2,3,perbup.pdf,true",
        "73.22,2026,SID,,17,1,2,sk.pdf,true",
        "73.22,2026,SID,z,32,1,2,,true",
        "73.22,2026,SID,b,16,1,9,perbup.pdf,false",
        "73.22,2026,SPD,,16,1,,x.pdf,true",
        "73.71,2026,SPD,,1,3,1,rpjmd.pdf,true",
        "73.22,2026,SPD,,1,2,1,rpjmd.pdf,true",
        "7x,2026,PDS,,1-a,-1,satu,,") + "\n";

    KippFormatException e = catchThrowableOfType(() -> rows().read(csv, List.of(template)), KippFormatException.class);

    String regionCode = catchThrowableOfType(() -> RegionCode.of("7x"), io.github.kipp.core.InvalidInputException.class)
        .violations().get(0).code();
    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
        tuple("rows[1].verified", "kipp.json.wrongType"),
        tuple("rows[1].level", "kipp.iid.level"),
        tuple("rows[1].innovation", "kipp.csv.iidSpdInnovation"),
        tuple("rows[2].year", "kipp.json.wrongType"),
        tuple("rows[3].innovation", "kipp.json.missing"),
        tuple("rows[4].verified", "kipp.json.iidNoEvidence"),
        tuple("rows[4].innovation", "kipp.csv.iidInnovation"),
        tuple("rows[5].weight", "kipp.csv.iidWeight"),
        tuple("rows[6].indicator", "kipp.csv.iidIndicator"),
        tuple("rows[7].region", "kipp.csv.iidReport"),
        tuple("rows[8].indicator", "kipp.json.duplicate"),
        tuple("rows[9].region", regionCode),
        tuple("rows[9].part", "kipp.json.notAllowed"),
        tuple("rows[9].indicator", "kipp.iid.indicatorId"),
        tuple("rows[9].weight", "kipp.json.wrongType"));
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.message().indonesian()).isNotBlank().isNotEqualTo(v.message().english()));
    assertThat(e.violations().get(6).message().english()).contains("'z'", "a, b, c, d, e, f");
    assertThat(e.violations().get(7).message().english()).contains("9", "3", "iid-2026");
  }

  @Test
  public void a_header_without_a_required_column_or_with_an_unknown_or_repeated_one_is_refused_at_once() {
    String csv = "region,year,part,indicator,indicator,score\n73.22,2026,SPD,1,3,3\n";

    KippFormatException e = catchThrowableOfType(() -> rows().read(csv, List.of(withoutRows(IidFixtures.report()))),
        KippFormatException.class);

    assertThat(e.violations()).extracting(Violation::code)
        .containsExactlyInAnyOrder("kipp.csv.duplicateColumn", "kipp.csv.missingColumn", "kipp.csv.unknownColumn");
  }

  @Test
  public void a_table_without_optional_columns_reads_rows_without_evidence() {
    String csv = "region,year,part,indicator,level\n73.22,2026,SPD,1,3\n";

    RegionalReport read = rows().read(csv, List.of(withoutRows(IidFixtures.report()))).get(0);

    assertThat(read.spdRows()).containsExactly(IidBuilders.withoutEvidence("1", 3));
    assertThat(read.innovations()).hasSize(6).allSatisfy(i -> assertThat(i.rows()).isEmpty());
  }

  @Test
  public void hostile_tables_are_refused_with_a_format_exception_never_another_exception() {
    RegionalReport template = withoutRows(IidFixtures.report());
    List<String> hostile = List.of(
        "",
        "\"region,year\n",
        HEADER + "\n\"73.22,2026,SPD,,1,3,1,a.pdf,true\n",
        HEADER + "\n73.22,2026,SPD,,1,3," + "9".repeat(5_000) + ",a.pdf,true\n",
        HEADER + "\n73.22,99999999999999999999,SPD,,1,3,1,a.pdf,true\n",
        HEADER + "\n73.22,2026,SPD,,1,3,1e999999999,a.pdf,true\n",
        HEADER + "\n73.22,2026,SPD,,1,3,1," + "x".repeat(501) + ",true\n",
        HEADER + "\n=HYPERLINK(\"x\"),2026,SPD,,1,3,1,a.pdf,true\n");
    for (String csv : hostile) {
      Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> rows().read(csv, List.of(template)));
      assertThat(t).as("refusal of %s", csv.length() > 80 ? csv.substring(0, 80) : csv).isInstanceOf(KippFormatException.class);
    }
  }

  @Test
  public void two_reports_of_one_region_and_year_are_a_programming_error() {
    RegionalReport r = withoutRows(IidFixtures.report());
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> rows().read(HEADER + "\n", List.of(r, r))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("73.22");
  }

  @Test
  public void a_report_of_a_year_without_a_module_is_written_without_weights_and_read_back() {
    RegionalReport r = RegionalReport.newBuilder(RegionCatalogue.bundled().require(RegionCode.of("73.71")), 2025)
        .spd(IidBuilders.verified("1", 2)).build();
    String csv = rows().write(List.of(r));

    assertThat(csv).isEqualTo(HEADER + "\n73.71,2025,SPD,,1,2,,bukti-1.pdf,true\n");
    assertThat(rows().read(csv, List.of(withoutRows(r)))).containsExactly(r);
  }
}
