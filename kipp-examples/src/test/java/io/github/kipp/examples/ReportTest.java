package io.github.kipp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.LogEntry;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.format.ResultsDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
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

/** Runs the main job once on a small field and checks what its report says. */
class ReportTest {

  @TempDir
  static Path folder;

  static Path report;
  static int exitCode;
  static String console;
  static String errors;
  static Document html;

  @BeforeAll
  static void run_the_job_on_a_small_field() throws IOException {
    report = folder.resolve("report");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    exitCode = KippExample.run(new String[] {"--seed", "7", "--proposals", "80", "--out", report.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    console = out.toString(StandardCharsets.UTF_8);
    errors = err.toString(StandardCharsets.UTF_8);
    html = Jsoup.parse(report.resolve("index.html").toFile(), "UTF-8");
  }

  private static String read(String file) throws IOException {
    return Files.readString(report.resolve(file), StandardCharsets.UTF_8);
  }

  @Test
  void the_job_finishes_and_tells_the_reader_each_stage_and_where_the_report_is() {
    assertThat(exitCode).isZero();
    assertThat(errors).isEmpty();
    assertThat(console)
        .contains("== Pendaftaran / Registration", "== Seleksi administrasi / Eligibility screening", "== Uji publik / Public review",
            "== Presentasi dan wawancara / Presentation and interview", "== Verifikasi lapangan / Field verification",
            "== Peringkat akhir dan penghargaan / Final ranking and tiers", "Peringkat akhir / final ranking (top 10):")
        .contains("Laporan / report: " + report.resolve("index.html").toAbsolutePath().normalize());
  }

  @Test
  void the_ranking_table_lists_every_finalist_in_rank_order_and_marks_the_top_30() {
    List<Element> rows = html.select("table#ranking tbody tr");
    assertThat(rows).hasSize(40);
    List<Integer> ranks = rows.stream().map(r -> Integer.parseInt(r.child(0).text())).collect(Collectors.toList());
    assertThat(ranks).isSorted().startsWith(1);
    assertThat(html.select("table#ranking tbody tr.award")).hasSize(30);
    assertThat(html.select("table#ranking tbody tr.award").first().select(".badge").text()).isEqualTo("top-30");
    assertThat(html.select("[data-count=finalists] b").text()).isEqualTo("40");
    assertThat(html.select("[data-count=awarded] b").text()).isEqualTo("30");
  }

  @Test
  void the_quota_table_shows_each_quota_with_its_count_and_whether_it_holds() {
    List<Element> rows = html.select("table#quotas tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).text()).contains("setiap instansi", "each institution");
    assertThat(rows.get(1).text()).contains("KOTA");
    assertThat(rows).allSatisfy(r -> assertThat(r.text()).contains("terpenuhi / holds"));
  }

  @Test
  void the_rank_stability_chart_is_an_inline_svg_with_one_interval_per_nominated_proposal() {
    Element svg = html.selectFirst("svg#stability-chart");
    assertThat(svg).isNotNull();
    assertThat(svg.select("g.interval")).hasSize(Integer.parseInt(html.select("[data-count=nominated] b").text()));
    assertThat(svg.select("g.interval line")).isNotEmpty();
  }

  @Test
  void the_page_shows_the_decision_logs_head_hash_and_the_log_verifies() throws IOException {
    DecisionLog log = DecisionLog.parse(read("decision-log.txt"));
    assertThat(html.select("#log-head").text()).isEqualTo(log.headHash()).hasSize(64);
    assertThat(log.verify(log.headHash()).valid()).isTrue();
    assertThat(console).contains(log.headHash());
  }

  @Test
  void the_objection_upheld_in_public_review_and_its_correction_are_in_the_log() throws IOException {
    DecisionLog log = DecisionLog.parse(read("decision-log.txt"));
    List<EntryKind> kinds = log.entries().stream().map(LogEntry::kind).collect(Collectors.toList());
    assertThat(kinds).contains(EntryKind.PUBLICATION, EntryKind.OBJECTION, EntryKind.RULING, EntryKind.CORRECTION);
    LogEntry correction = log.entries().stream().filter(e -> e.kind() == EntryKind.CORRECTION).findFirst().orElseThrow();
    String published = html.select("#published-hash").text();
    assertThat(correction.payload()).contains("supersedes=" + published).contains("hash=" + html.select("#corrected-hash").text());
    assertThat(log.entries().stream().filter(e -> e.kind() == EntryKind.RULING).findFirst().orElseThrow().payload()).startsWith("upheld");
  }

  @Test
  void every_proposal_has_an_explanation_and_the_ineligible_ones_say_which_rule() {
    assertThat(html.select("section#explanations details")).hasSize(80);
    assertThat(html.select("section#ineligible tbody tr").eachText())
        .anySatisfy(t -> assertThat(t).contains("minimum-age"))
        .anySatisfy(t -> assertThat(t).contains("entrant-region"))
        .anySatisfy(t -> assertThat(t).contains("unique-title"))
        .anySatisfy(t -> assertThat(t).contains("fits-edition"));
    assertThat(html.select("details#sulsel-2023-giatki-ces pre").text()).contains("Final score");
  }

  @Test
  void the_appeals_section_lists_both_seeded_appeals_with_their_outcomes_and_the_log_records_them() throws IOException {
    List<Element> rows = html.select("table#appeals-table tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(rows).extracting(r -> r.attr("data-outcome")).containsExactly("dismissed", "upheld");
    assertThat(rows.get(0).text()).contains("ditolak / dismissed", "minimum-age", "Appeal dismissed");
    assertThat(rows.get(1).text()).contains("dikabulkan / upheld", "dipulihkan / restored", "fits-edition", "Appeal upheld");
    assertThat(html.select("section#appeals p").eachText()).anySatisfy(t -> assertThat(t).contains("mengajukan banding dalam 5 hari kalender"))
        .anySatisfy(t -> assertThat(t).contains("may appeal within 5 calendar days"));

    DecisionLog log = DecisionLog.parse(read("decision-log.txt"));
    List<LogEntry> appeals = log.entries().stream().filter(e -> e.kind() == EntryKind.APPEAL || e.kind() == EntryKind.APPEAL_DECISION)
        .collect(Collectors.toList());
    assertThat(appeals).extracting(LogEntry::subject).containsExactly("appeal banding-01", "appeal banding-02", "appeal banding-01", "appeal banding-02");
    assertThat(appeals.get(2).payload()).startsWith("dismissed reason=appeal.dismissed");
    assertThat(appeals.get(3).payload()).startsWith("upheld reason=appeal.upheld");
    assertThat(log.verify().valid()).isTrue();
  }

  @Test
  void the_proposal_restored_on_appeal_is_marked_among_the_refusals_and_goes_on_to_the_desk_evaluation() {
    Element restored = html.selectFirst("section#ineligible tr.restored");
    assertThat(restored).isNotNull();
    String id = restored.selectFirst("a").text();
    assertThat(html.select("table#appeals-table tr[data-outcome=upheld] a").text()).isEqualTo(id);
    assertThat(html.select("details#" + id + " summary").text()).doesNotContain("Failed administrative screening", "Tidak lolos seleksi administrasi");
    assertThat(console).contains("appeal banding-02 upheld: " + id + " restored to the pool");
  }

  @Test
  void the_blind_review_section_counts_the_leaks_and_lists_each_with_its_span() {
    int total = Integer.parseInt(html.select("section#blind-review [data-count=leaks] b").text());
    int leaking = Integer.parseInt(html.select("section#blind-review [data-count=leaking] b").text());
    assertThat(html.select("section#blind-review [data-count=scanned] b").text()).isEqualTo("80");
    assertThat(total).isGreaterThanOrEqualTo(leaking).isPositive();
    List<Element> rows = html.select("table#leaks-table tbody tr");
    assertThat(rows).hasSize(Math.min(leaking, Report.LEAKS_SHOWN));
    assertThat(rows.stream().mapToInt(r -> Integer.parseInt(r.child(1).text())).sum()).isLessThanOrEqualTo(total);
    assertThat(rows).allSatisfy(r -> {
      assertThat(Integer.parseInt(r.child(1).text())).isPositive();
      assertThat(r.selectFirst("span.span").text()).matches("\\d+\u2013\\d+");
    });
    assertThat(html.select("section#blind-review p").eachText()).anySatisfy(t -> assertThat(t).startsWith("Sebelum penilaian tanpa identitas"))
        .anySatisfy(t -> assertThat(t).startsWith("Before blind review"));
  }

  @Test
  void the_reliability_table_gives_alpha_and_both_iccs_of_each_scored_stage_with_bootstrap_intervals() {
    List<Element> rows = html.select("table#reliability-table tbody tr");
    assertThat(rows).extracting(r -> r.attr("data-stage")).containsExactly("evaluasi-proposal", "presentasi-wawancara");
    Element desk = rows.get(0);
    assertThat(desk.child(4).text()).matches("-?\\d\\.\\d{4} \\[-?\\d\\.\\d{4}, -?\\d\\.\\d{4}\\]");
    assertThat(html.select("section#reliability p.muted").text()).contains("400 bootstrap replicates, seed 7");
  }

  @Test
  void the_leniency_chart_is_an_inline_svg_with_one_bar_per_desk_evaluator() {
    Element svg = html.selectFirst("svg#leniency-chart");
    assertThat(svg).isNotNull();
    List<Element> bars = svg.select("g.evaluator");
    assertThat(bars).hasSize(13);
    assertThat(bars).allSatisfy(b -> assertThat(b.select("rect")).hasSize(1));
    assertThat(bars.stream().mapToDouble(b -> Double.parseDouble(b.attr("data-offset"))).sum()).isBetween(-13.0, 13.0);
  }

  @Test
  void the_fairness_table_compares_the_shares_of_each_step() {
    List<Element> rows = html.select("table#fairness-table tbody tr");
    assertThat(rows.stream().map(r -> r.attr("data-step")).distinct()).containsExactly("SCREENED", "NOMINATED", "FINALISTS_SELECTED", "AWARDED");
    assertThat(rows).anySatisfy(r -> assertThat(r.text()).contains("INSTITUTION_TYPE"));
    assertThat(rows).allSatisfy(r -> assertThat(r.child(4).text()).matches("\\d+\\.\\d % \u2192 \\d+\\.\\d %"));
  }

  @Test
  void the_page_loads_nothing_from_anywhere_and_escapes_its_text() throws IOException {
    assertThat(html.select("script")).isEmpty();
    assertThat(html.select("link")).isEmpty();
    assertThat(html.select("[src]")).isEmpty();
    assertThat(html.select("a[href]").eachAttr("href")).allSatisfy(h -> assertThat(h).doesNotContain(":"));
    assertThat(read("index.html")).contains("Pildacil Desa/Kelurahan").doesNotContain("<b>Pildacil");
  }

  @Test
  void the_five_innovations_luwu_utara_sent_in_2023_take_part() throws IOException {
    CompetitionDocument doc = KippJson.json().readCompetition(read("competition.json"));
    assertThat(doc.proposals().stream().map(p -> p.innovation().title()))
        .contains("Giatki Ces", "Sehati 2020", "Jatah Akhirat", "Pildacil Desa/Kelurahan", "Si Modis");
    assertThat(doc.module()).map(m -> m.id().value()).contains("sinovik-2023/sulsel-2023/contoh");
  }

  private static Schema schema(String name) throws IOException {
    try (InputStream in = new java.io.ByteArrayInputStream(io.github.kipp.format.KippFormat.schema(name + "-" + KippJson.FORMAT_VERSION).getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      assertThat(in).as("schema resource of %s", name).isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  @Test
  void results_json_and_competition_json_are_valid_against_the_shipped_schemas() throws IOException {
    ObjectMapper plain = new ObjectMapper();
    JsonNode results = plain.readTree(read("results.json"));
    JsonNode competition = plain.readTree(read("competition.json"));
    assertThat(schema("results").validate(results)).isEmpty();
    assertThat(schema("competition").validate(competition)).isEmpty();
  }

  @Test
  void results_json_reads_back_against_the_competition_with_the_same_final_ranking() throws IOException {
    CompetitionDocument doc = KippJson.json().readCompetition(read("competition.json"));
    ResultsDocument results = KippJson.json().readResults(read("results.json"), doc);
    assertThat(results.rankings()).hasSize(2);
    List<String> fromJson = results.rankings().get(1).entries().stream().map(e -> e.proposal().value()).collect(Collectors.toList());
    List<String> fromHtml = html.select("table#ranking tbody tr").eachAttr("data-proposal");
    assertThat(fromJson).isEqualTo(fromHtml);
  }

  @Test
  void the_competition_json_of_a_run_runs_again_as_an_input_file() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = KippExample.run(new String[] {"--input", report.resolve("competition.json").toString(), "--seed", "7", "--out", folder.resolve("again").toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("80 proposals registered", html.select("[data-count=submitted] b").text() + " submitted");
    assertThat(folder.resolve("again").resolve("index.html")).exists();
  }
}
