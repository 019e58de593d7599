package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.scoring.ScoreSheet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KippCsvTest {

  private static final CompetitionDocument DOC = JacksonFixtures.competition();

  private static List<Proposal> read(String csv) {
    return KippCsv.csv().readProposals(csv, DOC.institutions(), DOC.units());
  }

  @Test
  void proposals_round_trip_through_csv_with_a_column_per_section() {
    String csv = KippCsv.csv().writeProposals(DOC.proposals());

    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(
        "id,edition,group,category,innovation,title,expansion,institution,unit,start,sdgs,pandemicRelated,videoDuration,videoHeight,"
            + "videoLink,replicates,adaptation,attachments,section:ringkasan,section:signifikansi,section:adaptabilitas");
    assertThat(csv).contains("mid-2019").contains("\"Pemeriksaan gigi anak di posyandu.\nDilakukan setiap bulan.\"");
    assertThat(read(csv)).isEqualTo(DOC.proposals());
  }

  @Test
  void score_sheets_round_trip_through_csv_with_a_column_per_criterion() {
    List<ScoreSheet> sheets = JacksonFixtures.sheets();
    String csv = KippCsv.csv().writeScoreSheets(sheets, JacksonFixtures.CRITERIA);

    assertThat(csv.lines().toList()).startsWith(
        "proposal,evaluator,stage,submittedAt,signifikansi,adaptabilitas",
        "p-1,te-1,evaluasi-proposal,2023-05-30T12:00:00Z,90,80.5");
    assertThat(KippCsv.csv().readScoreSheets(csv)).isEqualTo(sheets);
  }

  @Test
  void criteria_scored_on_the_sheets_but_missing_from_the_criteria_given_follow_them_as_columns_in_name_order() {
    List<ScoreSheet> sheets = JacksonFixtures.sheets();
    io.github.kipp.scoring.CriteriaSet adaptabilityOnly = io.github.kipp.scoring.CriteriaSet.of(JacksonFixtures.DESK,
        List.of(JacksonFixtures.ADAPTABILITAS), new java.math.BigDecimal("0.4"), JacksonFixtures.CRITERIA.rounding());

    String csv = KippCsv.csv().writeScoreSheets(sheets, adaptabilityOnly);

    assertThat(csv.lines().toList()).startsWith(
        "proposal,evaluator,stage,submittedAt,adaptabilitas,signifikansi",
        "p-1,te-1,evaluasi-proposal,2023-05-30T12:00:00Z,80.5,90");
    assertThat(KippCsv.csv().readScoreSheets(csv)).isEqualTo(sheets);
  }

  @Test
  void an_empty_list_writes_a_header_and_reads_back_empty() {
    assertThat(read(KippCsv.csv().writeProposals(List.of()))).isEmpty();
    assertThat(KippCsv.csv().readScoreSheets(KippCsv.csv().writeScoreSheets(List.of(), JacksonFixtures.CRITERIA))).isEmpty();
  }

  @Test
  void a_bad_cell_is_refused_naming_its_row_and_column_in_both_languages() {
    String csv = KippCsv.csv().writeProposals(DOC.proposals()).replace("mid-2019", "pertengahan 2019");

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> read(csv));

    assertThat(e.format()).isEqualTo("CSV");
    assertThat(e.path()).isEqualTo("rows[0].start");
    assertThat(e.value()).isEqualTo("pertengahan 2019");
    assertThat(e.message(Locale.ENGLISH)).contains("'pertengahan 2019' is not a start such as 2018-04-01, 2018-04, mid-2019 or 2019");
    assertThat(e.message(LocalizedText.INDONESIAN)).contains("'pertengahan 2019' bukan awal seperti 2018-04-01");
  }

  @Test
  void a_section_text_the_domain_refuses_is_refused_under_its_section_column() {
    String csv = KippCsv.csv().writeProposals(DOC.proposals()).replace("Sudah direplikasi", "Sudah \u0001 direplikasi");

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> read(csv));

    assertThat(e.path()).isEqualTo("rows[0].section:adaptabilitas.text");
    assertThat(e.violations().get(0).code()).isEqualTo("kipp.text.controlCharacter");
  }

  @Test
  void an_unknown_institution_is_refused_listing_the_known_ones() {
    String csv = KippCsv.csv().writeProposals(DOC.proposals());

    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> KippCsv.csv().readProposals(csv, List.of(JacksonFixtures.KEMENKES), DOC.units()));

    assertThat(e.path()).isEqualTo("rows[0].institution");
    assertThat(e.message(Locale.ENGLISH)).contains("'pemkab-luwu-utara' names no institution of the document; known: kemenkes");
  }

  @Test
  void a_missing_or_unknown_column_is_refused() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> read("id,edition,colour\np-1,kipp-2023,red\n"));

    assertThat(e.violations()).extracting(v -> v.invalidValue())
        .containsExactly("group", "category", "innovation", "title", "institution", "unit", "start", "colour");
    assertThat(e.message(Locale.ENGLISH)).contains("Column 'group' is missing from the header").contains("Column 'colour' is not known");
    assertThat(e.message(LocalizedText.INDONESIAN)).contains("Kolom 'group' tidak ada di baris judul");
  }

  @Test
  void a_score_that_is_not_a_number_is_refused() {
    String csv = "proposal,evaluator,stage,submittedAt,signifikansi\np-1,te-1,evaluasi-proposal,2023-05-30T12:00:00Z,sembilan puluh\n";

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippCsv.csv().readScoreSheets(csv));

    assertThat(e.path()).isEqualTo("rows[0].signifikansi");
    assertThat(e.message(Locale.ENGLISH)).contains("The value sembilan puluh does not fit here; it must be a decimal number such as 78.25");
  }

  @Test
  void a_row_with_more_cells_than_the_header_is_refused_as_malformed() {
    String csv = "proposal,evaluator,stage,submittedAt,signifikansi\np-1,te-1,evaluasi-proposal,2023-05-30T12:00:00Z,90,91\n";

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippCsv.csv().readScoreSheets(csv));

    assertThat(e.message(Locale.ENGLISH)).contains("Too many entries");
  }

  @Test
  void an_unclosed_quote_is_refused_as_malformed() {
    String csv = "proposal,evaluator,stage,submittedAt,signifikansi\n\"p-1,te-1\n";

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippCsv.csv().readScoreSheets(csv));

    assertThat(e.message(Locale.ENGLISH)).contains("not well-formed CSV");
    assertThat(e.message(LocalizedText.INDONESIAN)).contains("bukan CSV yang benar");
  }

  @Test
  void a_score_longer_than_the_number_limit_is_refused_before_it_is_parsed() {
    String digits = "9".repeat(1_000_000);
    String csv = "proposal,evaluator,stage,submittedAt,signifikansi\np-1,te-1,evaluasi-proposal,2023-05-30T12:00:00Z," + digits + "\n";

    long started = System.nanoTime();
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippCsv.csv().readScoreSheets(csv));
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(e.path()).isEqualTo("rows[0].signifikansi");
    assertThat(e.violations().get(0).code()).isEqualTo("kipp.json.tooLarge");
    assertThat(e.message(Locale.ENGLISH)).contains("Number value length (1000000) exceeds the maximum allowed (64)");
    // Parsing a million digits takes about 17 s; the check before it, milliseconds (bound: 20 times more than seen).
    assertThat(millis).isLessThan(2_000);
  }

  private static String sheetWithScore(String score) {
    return "proposal,evaluator,stage,submittedAt,signifikansi\np-1,te-1,evaluasi-proposal,2023-05-30T12:00:00Z," + score + "\n";
  }

  @Test
  void a_score_with_the_most_digits_and_decimal_places_allowed_reads_and_one_more_is_refused_as_out_of_range() {
    List<String> allowed = List.of("9".repeat(40), "0." + "0".repeat(19) + "1", "1E+20", "-1E+20");
    List<String> refused = List.of("9".repeat(41), "0." + "0".repeat(20) + "1", "1E+21", "1E-21");

    for (String score : allowed) {
      assertThat(KippCsv.csv().readScoreSheets(sheetWithScore(score))).as(score).hasSize(1)
          .allSatisfy(sheet -> assertThat(sheet.scores().values()).containsExactly(new java.math.BigDecimal(score)));
    }
    for (String score : refused) {
      KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippCsv.csv().readScoreSheets(sheetWithScore(score)));
      assertThat(e).as(score).isNotNull();
      assertThat(e.violations()).as(score).extracting(v -> v.path() + " " + v.code()).containsExactly("rows[0].signifikansi kipp.json.numberRange");
    }
  }
}
