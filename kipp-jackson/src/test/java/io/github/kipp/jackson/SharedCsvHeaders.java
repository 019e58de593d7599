package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.scoring.ScoreSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;

/**
 * Every shape of a CSV header: a column without a name (first, in the middle, last; empty or blank),
 * a name given twice (exactly, or after the trimming the reader applies; a required or an optional
 * column; a criterion), a byte order mark before the first name. Each refusal names the column by
 * position and letter, and its text, in both languages. One corpus for both Jackson lines: each
 * line's subclass gives its facades ({@link #line()}).
 */
public abstract class SharedCsvHeaders {

  /**
   * Returns the line under test.
   *
   * @return the line's facades
   */
  protected abstract Line line();

  private static final String SHEETS = KippCsv.csv().writeScoreSheets(JacksonFixtures.sheets(), JacksonFixtures.CRITERIA);
  private static final String PROPOSALS = KippCsv.csv().writeProposals(JacksonFixtures.proposals());

  private ImmutableList<ScoreSheet> sheets(String csv) {
    return line().readScoreSheets(csv);
  }

  private ImmutableList<Proposal> proposals(String csv) {
    CompetitionDocument doc = JacksonFixtures.competition();
    return line().readProposals(csv, doc.institutions(), doc.units());
  }

  @Test
  public void the_line_writes_the_files_the_corpus_edits_byte_for_byte() {
    assertThat(line().writeScoreSheets(JacksonFixtures.sheets(), JacksonFixtures.CRITERIA)).isEqualTo(SHEETS);
    assertThat(line().writeProposals(JacksonFixtures.proposals())).isEqualTo(PROPOSALS);
  }

  private static KippFormatException refused(Runnable read) {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, read::run);
    assertThat(e).as("a KippFormatException").isNotNull();
    assertThat(e.format()).isEqualTo("CSV");
    return e;
  }

  /** Replaces the header of a file, keeping its rows. */
  private static String withHeader(String csv, String header) {
    return header + csv.substring(csv.indexOf('\n'));
  }

  /** Puts a cell into every line of a file at a column position (0: first). */
  private static String withColumn(String csv, int position, String header, String cell) {
    List<String> out = new ArrayList<>();
    String[] lines = csv.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        out.add(lines[i]);
        continue;
      }
      List<String> cells = new ArrayList<>(List.of(lines[i].split(",", -1)));
      cells.add(Math.min(position, cells.size()), i == 0 ? header : cell);
      out.add(String.join(",", cells));
    }
    return String.join("\n", out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "empty first|0|''|1|A",
    "empty in the middle|2|''|3|C",
    "empty last|6|''|7|G",
    "blank in the middle|3|'   '|4|D",
  })
  public void a_header_cell_without_a_name_is_refused_naming_its_position_and_letter(String shape, int position, String header, int column, String letter) {
    String csv = withColumn(SHEETS, position, header, "");
    assertThat(csv.split("\n")[0].split(",", -1)).hasSize(7);

    KippFormatException e = refused(() -> sheets(csv));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.csv.emptyColumn");
      assertThat(v.path()).isEqualTo("header");
      assertThat(v.message().english()).isEqualTo("Column " + column + " (" + letter
          + ") of the header has no name; give every column a name from the format, or delete the column.");
      assertThat(v.message().indonesian()).isEqualTo("Kolom ke-" + column + " (" + letter
          + ") pada baris judul tidak bernama; beri setiap kolom nama dari format, atau hapus kolom itu.");
    });
  }

  @Test
  public void a_trailing_comma_in_the_header_is_an_empty_last_column() {
    KippFormatException e = refused(() -> sheets(withHeader(SHEETS, "proposal,evaluator,stage,submittedAt,adaptabilitas,signifikansi,")));

    assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.csv.emptyColumn");
    assertThat(e.message(Locale.ENGLISH)).contains("Column 7 (G) of the header has no name");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a required column|proposal,evaluator,stage,submittedAt,proposal,signifikansi|proposal|5|E|1|A",
    "a required column after trimming|proposal,evaluator,stage,submittedAt,' stage ',signifikansi|stage|5|E|3|C",
    "a criterion|proposal,evaluator,stage,submittedAt,signifikansi,signifikansi|signifikansi|6|F|5|E",
  })
  public void a_repeated_sheet_column_is_refused_naming_both_positions(String shape, String header, String name, int column, String letter,
      int first, String firstLetter) {
    String csv = header.replace("'", "\"") + "\np-1,te-1,evaluasi-proposal,2023-05-30T12:00:00Z,90,80\n";

    KippFormatException e = refused(() -> sheets(csv));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.csv.duplicateColumn");
      assertThat(v.invalidValue()).isEqualTo(name);
      assertThat(v.message().english()).isEqualTo("Column " + column + " (" + letter + ") of the header repeats '" + name
          + "', already column " + first + " (" + firstLetter + "); each column may appear once.");
      assertThat(v.message().indonesian()).isEqualTo("Kolom ke-" + column + " (" + letter + ") pada baris judul mengulang '" + name
          + "', yang sudah menjadi kolom ke-" + first + " (" + firstLetter + "); setiap kolom hanya boleh muncul sekali.");
    });
  }

  @Test
  public void a_repeated_required_optional_or_section_proposal_column_is_refused_and_no_cell_is_lost_silently() {
    String header = PROPOSALS.substring(0, PROPOSALS.indexOf('\n'));
    int next = header.split(",").length + 1;
    String section = header.substring(header.lastIndexOf(',') + 1);
    assertThat(section).startsWith("section:");

    assertThat(refused(() -> proposals(withHeader(PROPOSALS, header + ",title"))).violations()).singleElement()
        .satisfies(v -> assertThat(v.message().english()).startsWith("Column " + next + " (").contains("repeats 'title', already column 6 (F)"));
    assertThat(refused(() -> proposals(withHeader(PROPOSALS, header + ",videoLink"))).violations()).singleElement()
        .satisfies(v -> assertThat(v.message().english()).contains("repeats 'videoLink', already column 15 (O)"));
    assertThat(refused(() -> proposals(withHeader(PROPOSALS, header + "," + section))).violations()).singleElement()
        .satisfies(v -> assertThat(v.invalidValue()).isEqualTo(section));
  }

  @Test
  public void an_empty_proposal_column_first_in_the_middle_or_last_is_refused() {
    String header = PROPOSALS.substring(0, PROPOSALS.indexOf('\n'));
    int last = header.split(",").length + 1;

    assertThat(refused(() -> proposals(withHeader(PROPOSALS, "," + header))).message(Locale.ENGLISH)).contains("Column 1 (A) of the header has no name");
    assertThat(refused(() -> proposals(withHeader(PROPOSALS, header.replace(",title,", ",title, ,")))).message(Locale.ENGLISH))
        .contains("Column 7 (G) of the header has no name");
    assertThat(refused(() -> proposals(withHeader(PROPOSALS, header + ","))).message(Locale.ENGLISH))
        .contains("Column " + last + " (");
  }

  @Test
  public void every_header_problem_is_listed_at_once_with_missing_and_unknown_columns() {
    KippFormatException e = refused(() -> proposals("id,,id,colour,title\np-1,,p-1,red,x\n"));

    assertThat(e.violations()).extracting(Violation::code).containsExactly(
        "kipp.csv.emptyColumn", "kipp.csv.duplicateColumn",
        "kipp.csv.missingColumn", "kipp.csv.missingColumn", "kipp.csv.missingColumn", "kipp.csv.missingColumn",
        "kipp.csv.missingColumn", "kipp.csv.missingColumn", "kipp.csv.missingColumn",
        "kipp.csv.unknownColumn");
    assertThat(e.message(LocalizedText.INDONESIAN)).contains("Kolom ke-2 (B) pada baris judul tidak bernama", "Kolom 'colour' tidak dikenal");
  }

  @Test
  public void a_byte_order_mark_before_the_first_name_is_dropped() {
    assertThat(sheets("\uFEFF" + SHEETS)).isEqualTo(sheets(SHEETS));
    assertThat(proposals("\uFEFF" + PROPOSALS)).isEqualTo(proposals(PROPOSALS));
  }

  @Test
  public void names_are_compared_after_trimming_and_a_trimmed_known_name_reads() {
    String spaced = withHeader(SHEETS, " proposal , evaluator,stage ,submittedAt,signifikansi ,  adaptabilitas");

    assertThat(sheets(spaced)).isEqualTo(sheets(SHEETS));
  }

  @Test
  public void a_column_name_longer_than_the_name_limit_is_refused() {
    String name = "k".repeat(KippJson.DEFAULT_MAX_NAME_LENGTH + 1);

    KippFormatException e = refused(() -> sheets(withColumn(SHEETS, 6, name, "")));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.tooLarge");
      assertThat(v.message().english()).contains("column 7 (G) has a name of 1001 characters; allowed: names of at most 1000 characters");
    });
  }

  @Test
  public void column_letters_follow_a_spreadsheet() {
    String header = String.join(",", java.util.Collections.nCopies(28, "x"));

    KippFormatException e = refused(() -> sheets(header + "\n" + ",".repeat(27) + "\n"));

    assertThat(e.violations()).filteredOn(v -> v.code().equals("kipp.csv.duplicateColumn")).extracting(v -> v.message().english())
        .contains("Column 26 (Z) of the header repeats 'x', already column 1 (A); each column may appear once.",
            "Column 27 (AA) of the header repeats 'x', already column 1 (A); each column may appear once.",
            "Column 28 (AB) of the header repeats 'x', already column 1 (A); each column may appear once.");
  }

  @Test
  public void any_header_with_a_repeated_or_empty_name_is_refused_and_any_other_reads_or_names_its_problem() {
    List<String> names = List.of("proposal", "evaluator", "stage", "submittedAt", "signifikansi", "adaptabilitas", " stage", "", " ");
    qt().withFixedSeed(20_231_122L).withExamples(1_000)
        .forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, names.size() - 1)).ofSizeBetween(1, 8))
        .checkAssert(picks -> {
          List<String> header = picks.stream().map(names::get).toList();
          String csv = String.join(",", header) + "\n" + ",".repeat(header.size() - 1) + "\n";
          List<String> trimmed = header.stream().map(String::trim).toList();
          boolean empty = trimmed.contains("");
          boolean repeated = trimmed.stream().filter(n -> !n.isEmpty()).distinct().count() < trimmed.stream().filter(n -> !n.isEmpty()).count();
          try {
            sheets(csv);
            assertThat(empty || repeated).as("read %s", header).isFalse();
          } catch (KippFormatException e) {
            List<String> codes = e.violations().stream().map(Violation::code).toList();
            assertThat(codes.contains("kipp.csv.emptyColumn")).as("%s: %s", header, codes).isEqualTo(empty);
            assertThat(codes.contains("kipp.csv.duplicateColumn")).as("%s: %s", header, codes).isEqualTo(repeated);
          }
        });
  }
}
