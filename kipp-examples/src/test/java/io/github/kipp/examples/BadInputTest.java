package io.github.kipp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.jackson.KippCsv;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad options and bad input files are refused with a bilingual message and exit code 2, never a stack trace. */
class BadInputTest {

  @TempDir
  Path folder;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = KippExample.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void refused(Result r, String... mentions) {
    assertThat(r.code()).isEqualTo(KippExample.BAD_INPUT);
    assertThat(r.err()).contains("Kesalahan:", "Error:").contains(mentions).doesNotContain("Exception", "\tat ");
  }

  @Test
  void an_unknown_option_is_refused_naming_it_and_the_options_there_are() {
    refused(run("--seeds", "1"), "'--seeds'", "--proposals", "--input");
  }

  @Test
  void a_proposal_count_that_is_not_a_number_or_out_of_range_is_refused_with_the_range() {
    refused(run("--proposals", "banyak"), "'banyak'", "--proposals", "60", "5000");
    refused(run("--proposals", "5"), "5", "60 sampai 5000", "60 to 5000");
    refused(run("--seed", "1.5"), "'1.5'", "--seed");
  }

  @Test
  void an_option_without_its_value_or_given_twice_is_refused() {
    refused(run("--out"), "--out", "memerlukan nilai", "needs a value");
    refused(run("--seed", "1", "--seed", "2"), "--seed", "more than once");
  }

  @Test
  void an_edition_the_example_cannot_run_is_refused_naming_the_one_it_can() {
    refused(run("--edition", "kipp-1999"), "'kipp-1999'", "sulsel-2023");
  }

  @Test
  void a_missing_input_file_is_refused_naming_the_file() {
    Path missing = folder.resolve("tidak-ada.json");
    refused(run("--input", missing.toString(), "--out", folder.resolve("out").toString()), missing.toString(), "does not exist");
  }

  @Test
  void an_input_file_of_another_kind_is_refused_naming_the_kinds_there_are() throws IOException {
    Path text = Files.writeString(folder.resolve("proposals.txt"), "not a competition");
    refused(run("--input", text.toString()), ".json", ".csv");
  }

  @Test
  void malformed_json_is_refused_with_where_and_what_in_both_languages() throws IOException {
    Path json = Files.writeString(folder.resolve("rusak.json"), "{\"formatVersion\": \"1.0\", \"edition\": ");
    Result r = run("--input", json.toString(), "--out", folder.resolve("out").toString());
    refused(r, "kipp.");
  }

  @Test
  void a_csv_naming_an_unknown_institution_is_refused_naming_the_row_and_column() throws IOException {
    String csv = KippCsv.csv().writeProposals(SampleProvince.generate(SulawesiSelatan.kipp2023().edition(), 60, 1).proposals)
        .replace("pemkab-luwu-utara", "pemkab-tidak-dikenal");
    Path file = Files.writeString(folder.resolve("proposals.csv"), csv);
    refused(run("--input", file.toString(), "--out", folder.resolve("out").toString()), "rows[", "pemkab-tidak-dikenal");
  }

  @Test
  void a_report_folder_that_is_a_file_is_refused_naming_it() throws IOException {
    Path file = Files.writeString(folder.resolve("bukan-folder"), "x");
    refused(run("--proposals", "60", "--out", file.toString()), file.toString(), "--out");
  }

  @Test
  void help_prints_every_option_and_exits_with_zero() {
    Result r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--seed", "--proposals", "--edition", "--input", "--out", "--help");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void a_user_csv_of_proposals_runs_through_the_same_pipeline() throws IOException {
    String csv = KippCsv.csv().writeProposals(SampleProvince.generate(SulawesiSelatan.kipp2023().edition(), 60, 3).proposals);
    Path file = Files.writeString(folder.resolve("proposals.csv"), csv);
    Result r = run("--input", file.toString(), "--seed", "3", "--out", folder.resolve("csv-report").toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(folder.resolve("csv-report").resolve("index.html")).exists();
    assertThat(r.out()).contains("60 proposals registered");
  }
}
