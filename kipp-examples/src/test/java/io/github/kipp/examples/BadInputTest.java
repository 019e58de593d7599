package io.github.kipp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippCsv;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
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

  @Test
  void a_competition_in_which_nobody_submitted_ends_with_exit_code_2_and_says_so_in_both_languages() throws IOException {
    var edition = SulawesiSelatan.kipp2023().edition();
    var proposals = SampleProvince.generate(edition, 60, 4).proposals;
    var drafts = proposals.stream().map(p -> io.github.kipp.core.stage.ProposalStatus.start(p.id(), SulawesiSelatan.kipp2023().pipeline(),
        java.time.Instant.parse("2023-01-05T01:00:00Z"))).toList();
    String json = io.github.kipp.jackson.KippJson.json().write(io.github.kipp.format.CompetitionDocument.newBuilder()
        .edition(edition).proposals(proposals).statuses(drafts).build());
    Path file = Files.writeString(folder.resolve("drafts.json"), json);

    Result r = run("--input", file.toString(), "--out", folder.resolve("drafts-report").toString());

    refused(r, "tidak satu pun dikirim", "none of the 60 registered proposals was submitted");
    assertThat(folder.resolve("drafts-report")).doesNotExist();
  }

  @Test
  void a_competition_in_which_nobody_is_eligible_ends_with_exit_code_2_and_says_so_in_both_languages() throws IOException {
    var edition = SulawesiSelatan.kipp2023().edition();
    // Every proposal leaves its required sections unanswered, so administrative screening refuses it.
    var incomplete = SampleProvince.generate(edition, 60, 5).proposals.stream()
        .map(p -> SampleProvince.proposal(edition, p.id().value(), p.innovation(), p.category().value(), 3, false)).toList();
    Path file = Files.writeString(folder.resolve("incomplete.csv"), KippCsv.csv().writeProposals(incomplete));

    Result r = run("--input", file.toString(), "--out", folder.resolve("incomplete-report").toString());

    refused(r, "tidak satu pun lolos seleksi administrasi", "none of the 60 submitted proposals passed administrative screening");
    assertThat(r.out()).contains("0 eligible, 60 ineligible");
  }

  @Test
  void a_folder_given_as_input_is_refused_before_anything_is_read() throws IOException {
    Path dir = Files.createDirectories(folder.resolve("kompetisi.json"));
    refused(run("--input", dir.toString(), "--out", folder.resolve("out").toString()), dir.toString(), "adalah folder", "is a folder");
  }

  @Test
  void a_device_given_as_input_is_refused_without_reading_it() {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "a device file");
    refused(run("--input", zero.toString(), "--out", folder.resolve("out").toString()), "/dev/zero", "bukan berkas biasa",
        "is not a regular file (it is a device, named pipe or socket) and is not read");
  }

  @Test
  void a_named_pipe_given_as_input_is_refused_without_waiting_for_a_writer() throws Exception {
    Path pipe = folder.resolve("pipa.json");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo made a pipe");

    refused(run("--input", pipe.toString(), "--out", folder.resolve("out").toString()), pipe.toString(), "is not a regular file");
  }

  @Test
  void a_file_over_the_document_length_limit_is_refused_from_its_size_before_it_is_read() throws IOException {
    Path huge = folder.resolve("besar.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(KippExample.MAX_INPUT_BYTES + 1L);
    }

    refused(run("--input", huge.toString(), "--out", folder.resolve("out").toString()), huge.toString(),
        "berukuran 100000001 bita; paling besar 100000000 bita", "has 100000001 bytes; at most 100000000 bytes are allowed");
  }

  @Test
  void a_file_read_stops_at_the_limit_and_refuses_text_that_is_not_utf_8() throws IOException {
    Path small = Files.writeString(folder.resolve("kecil.json"), "{\"formatVersion\": \"1.0\"}");
    Path latin1 = Files.write(folder.resolve("latin1.csv"), new byte[] {'i', 'd', '\n', (byte) 0xE9, '\n'});

    assertThat(KippExample.readInput(small, 1_000)).isEqualTo("{\"formatVersion\": \"1.0\"}");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(UsageException.class, () -> KippExample.readInput(small, 10)))
        .hasMessageContaining("has 24 bytes; at most 10 bytes are allowed");
    refused(run("--input", latin1.toString(), "--out", folder.resolve("out").toString()), latin1.toString(), "bukan teks UTF-8", "is not UTF-8 text");
  }
}
