package io.github.kipp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.jackson.IndicatorRowsCsv;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.iid.IndexAssessment;
import io.github.kipp.rules.iid.RegionalReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the IID example job once and checks what its report folder holds. */
class IidExampleTest {

  @TempDir
  static Path folder;

  static Path report;
  static int exitCode;
  static String console;
  static String errors;
  static Document html;
  static List<IndexAssessment> assessments;

  @BeforeAll
  static void run_the_job() throws IOException {
    report = folder.resolve("iid");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    exitCode = IidExample.run(new String[] {"--out", report.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    console = out.toString(StandardCharsets.UTF_8);
    errors = err.toString(StandardCharsets.UTF_8);
    html = Jsoup.parse(report.resolve(IidReport.INDEX).toFile(), "UTF-8");
    assessments = IidExample.assess(IidExample.sample());
  }

  @Test
  void the_sample_holds_one_report_of_2026_for_each_of_south_sulawesis_24_regencies_and_cities() {
    List<RegionalReport> sample = IidExample.sample();
    assertThat(IidExample.regions()).hasSize(24).allSatisfy(c -> assertThat(c.value()).startsWith("73."));
    assertThat(sample).extracting(r -> r.region().code()).containsExactlyElementsOf(IidExample.regions());
    assertThat(sample).allSatisfy(r -> assertThat(r.year()).isEqualTo(2026));
  }

  @Test
  void the_job_finishes_and_says_where_the_report_is() {
    assertThat(exitCode).isZero();
    assertThat(errors).isEmpty();
    assertThat(console).contains("iid-2026", "24 kabupaten/kota", "Indeks terverifikasi tertinggi / highest verified index (top 5):")
        .contains("Laporan / report: " + report.resolve(IidReport.INDEX).toAbsolutePath().normalize());
  }

  @Test
  void the_index_table_lists_every_region_by_verified_index_with_its_bands() {
    List<Element> rows = html.select("table#indices tbody tr");
    assertThat(rows).hasSize(24);
    assertThat(rows).extracting(r -> r.attr("data-region")).containsExactlyInAnyOrderElementsOf(
        IidExample.regions().stream().map(RegionCode::value).collect(Collectors.toList()));
    List<BigDecimal> verified = rows.stream().map(r -> new BigDecimal(r.child(5).text())).collect(Collectors.toList());
    assertThat(verified).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    for (Element row : rows) {
      IndexAssessment a = assessment(row.attr("data-region"));
      assertThat(row.child(3).text()).isEqualTo(a.claimed().index().toPlainString());
      assertThat(row.child(4).text()).isEqualTo(a.claimed().band().name());
      assertThat(row.child(6).text()).isEqualTo(a.verified().band().name());
      assertThat(row.child(7).text()).isEqualTo(a.difference().toPlainString());
    }
  }

  @Test
  void the_band_counts_add_up_to_the_regions_and_the_sample_spreads_over_several_bands() {
    List<Element> bands = html.select("ul.counts li[data-band]");
    assertThat(bands).hasSize(4);
    assertThat(bands.stream().mapToInt(b -> Integer.parseInt(b.selectFirst("b").text())).sum()).isEqualTo(24);
    assertThat(assessments.stream().map(a -> a.verified().band().name()).distinct().count()).isGreaterThanOrEqualTo(2);
    assertThat(assessments).anySatisfy(a -> assertThat(a.difference().signum()).isPositive());
  }

  @Test
  void the_chart_is_an_inline_svg_with_one_bar_per_region_grouped_by_band_and_no_script() {
    Element svg = html.selectFirst("svg#band-chart");
    assertThat(svg).isNotNull();
    assertThat(svg.select("g.bar")).hasSize(24);
    assertThat(svg.select("g.bar rect")).hasSize(48);
    long groups = assessments.stream().map(a -> a.verified().band()).distinct().count();
    assertThat(svg.select("text.band-label")).hasSize((int) groups);
    assertThat(html.select("script")).isEmpty();
    assertThat(html.html()).doesNotContain("javascript:").doesNotContain("<link").doesNotContain("<img");
  }

  @Test
  void the_gaps_table_lists_the_ten_largest_differences_in_order_with_the_rows_that_lose_most() {
    List<Element> rows = html.select("table#gap-table tbody tr");
    assertThat(rows).hasSize(IidReport.GAPS);
    List<BigDecimal> gaps = rows.stream().map(r -> new BigDecimal(r.child(4).text())).collect(Collectors.toList());
    assertThat(gaps).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    BigDecimal largest = assessments.stream().map(IndexAssessment::difference).max(BigDecimal::compareTo).orElseThrow();
    assertThat(gaps.get(0)).isEqualByComparingTo(largest);
    assertThat(rows.get(0).select("ul.lost li")).isNotEmpty();
    assertThat(rows.get(0).text()).containsAnyOf("evidence not verified", "the innovation does not count after verification");
  }

  @Test
  void each_region_has_its_explanation_with_both_indices_and_cited_notes() {
    List<Element> details = html.select("section#explanations details");
    assertThat(details).hasSize(24);
    for (Element d : details) {
      IndexAssessment a = assessment(d.id().substring("r-".length()));
      String tree = d.selectFirst("pre.tree").text();
      assertThat(tree).contains("Regional innovation index (claimed): " + a.claimed().index().toPlainString())
          .contains("Regional innovation index (verified): " + a.verified().index().toPlainString())
          .contains("Claimed index minus verified index: " + a.difference().toPlainString());
      assertThat(d.select("ol.notes li")).isNotEmpty();
    }
    assertThat(html.select("h2").eachText()).contains("Indeks per daerah / index per region", "Indeks menurut kategori / indices by band",
        "Selisih klaim dan verifikasi terbesar / largest claimed-vs-verified gaps", "Penjelasan per daerah / per-region explanation");
  }

  @Test
  void the_assessments_and_the_indicator_rows_beside_the_page_read_back() throws IOException {
    IndexAssessment[] back = KippJson.json().read(Files.readString(report.resolve(IidReport.ASSESSMENTS), StandardCharsets.UTF_8), IndexAssessment[].class);
    assertThat(back).hasSize(24);
    assertThat(back[0].verified().index()).isEqualByComparingTo(assessments.get(0).verified().index());
    List<RegionalReport> sample = IidExample.sample();
    List<RegionalReport> rowsRead = IndicatorRowsCsv.csv().read(Files.readString(report.resolve(IidReport.ROWS), StandardCharsets.UTF_8),
        sample.stream().map(IidExampleTest::withoutRows).collect(Collectors.toList()));
    assertThat(rowsRead).isEqualTo(sample);
  }

  @Test
  void a_bad_option_is_refused_in_both_languages_with_exit_code_2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = IidExample.run(new String[] {"--seed", "1"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(KippExample.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--seed").contains("Lihat / see: --help");
  }

  private static IndexAssessment assessment(String code) {
    return assessments.stream().filter(a -> a.report().region().code().value().equals(code)).findFirst().orElseThrow();
  }

  private static RegionalReport withoutRows(RegionalReport r) {
    RegionalReport.Builder b = RegionalReport.newBuilder(r.region(), r.year());
    r.innovations().forEach(e -> {
      var x = io.github.kipp.rules.iid.InnovationEntry.newBuilder(e.id(), e.title()).implementedOn(e.implementedOn())
          .narrativeWords(e.narrativeWords()).earlierEntries(e.earlierEntries());
      e.affair().ifPresent(x::affair);
      b.innovation(x.build());
    });
    return b.build();
  }
}
