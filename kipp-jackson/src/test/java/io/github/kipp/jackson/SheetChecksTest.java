package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.StageId;
import io.github.kipp.core.Violation;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Score sheets in documents are refused when read if no scoring rule would take them: a second
 * sheet of an evaluator for a proposal in a stage (always), and, when the host gives the criteria,
 * scores off their scale, unknown or missing criteria, and stages without criteria. Every problem is
 * listed at once with the path of the sheet and the allowed range.
 */
class SheetChecksTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final String COMPETITION = KippJson.json().write(JacksonFixtures.competition());
  private static final String FROZEN = KippJson.json().write(JacksonFixtures.frozen());
  private static final List<CriteriaSet> CRITERIA = List.of(JacksonFixtures.CRITERIA);
  private static final String DESK = "/scoreSheets/evaluasi-proposal";

  private static String edited(String json, Consumer<ObjectNode> edit) {
    try {
      ObjectNode doc = (ObjectNode) PLAIN.readTree(json);
      edit.accept(doc);
      return PLAIN.writeValueAsString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode scores(ObjectNode doc, String sheets, int i) {
    return (ObjectNode) doc.at(sheets + "/" + i + "/scores");
  }

  private static KippFormatException refused(Runnable read) {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, read::run);
    assertThat(e).as("a KippFormatException").isNotNull();
    return e;
  }

  private static List<String> paths(KippFormatException e) {
    return e.violations().stream().map(v -> v.code() + " " + v.path() + " " + v.invalidValue()).toList();
  }

  /** Scores no scale allows, an unknown and a missing criterion, and a second sheet of te-1 for p-1. */
  private static final String BAD_SHEETS = edited(COMPETITION, d -> {
    scores(d, DESK, 0).put("signifikansi", 101);
    scores(d, DESK, 1).put("adaptabilitas", -1);
    scores(d, DESK, 2).put("signifikansi", new BigDecimal("1e20"));
    scores(d, DESK, 3).put("adaptabilitas", new BigDecimal("60.25"));
    scores(d, DESK, 4).put("inovasi", 50);
    scores(d, DESK, 5).remove("adaptabilitas");
    ((ArrayNode) d.at(DESK)).add(d.at(DESK + "/0").deepCopy());
  });

  @Test
  void with_the_criteria_every_sheet_off_its_scale_and_every_repeated_sheet_is_refused_at_once() {
    KippFormatException e = refused(() -> KippJson.json().readCompetition(BAD_SHEETS, CRITERIA));

    assertThat(paths(e)).containsExactly(
        "kipp.json.duplicateSheet scoreSheets.evaluasi-proposal[8] te-1",
        "kipp.sheet.offScale scoreSheets.evaluasi-proposal[0].scores.signifikansi 101",
        "kipp.sheet.offScale scoreSheets.evaluasi-proposal[1].scores.adaptabilitas -1",
        "kipp.sheet.offScale scoreSheets.evaluasi-proposal[2].scores.signifikansi 100000000000000000000",
        "kipp.sheet.offScale scoreSheets.evaluasi-proposal[3].scores.adaptabilitas 60.25",
        "kipp.sheet.unknownCriterion scoreSheets.evaluasi-proposal[4].scores.inovasi inovasi",
        "kipp.sheet.missingScore scoreSheets.evaluasi-proposal[5].scores.adaptabilitas ",
        "kipp.sheet.offScale scoreSheets.evaluasi-proposal[8].scores.signifikansi 101");
    assertThat(e.message(Locale.ENGLISH))
        .contains("scoreSheets.evaluasi-proposal[0].scores.signifikansi: Score 101 for criterion 'signifikansi' is not on its scale [0..100] step 0.5")
        .contains("scoreSheets.evaluasi-proposal[8]: Evaluator te-1 has a second sheet for proposal p-1 in stage 'evaluasi-proposal'"
            + " (the first is scoreSheets.evaluasi-proposal[0]); each evaluator scores a proposal once per stage.");
    assertThat(e.message(LocalizedText.INDONESIAN)).contains("Penilai te-1 memiliki lembar penilaian kedua untuk proposal p-1");
  }

  @Test
  void without_criteria_a_repeated_sheet_is_still_refused_and_scores_are_left_to_scoring() {
    KippFormatException e = refused(() -> KippJson.json().readCompetition(BAD_SHEETS));

    assertThat(paths(e)).containsExactly("kipp.json.duplicateSheet scoreSheets.evaluasi-proposal[8] te-1");
    assertThat(KippJson.yaml().readCompetition(KippJson.yaml().write(KippJson.json().read(
        edited(COMPETITION, d -> scores(d, DESK, 0).put("signifikansi", 101)), CompetitionDocument.class))).scoreSheets()
        .get(JacksonFixtures.DESK).get(0).scores().values()).contains(new BigDecimal("101"));
  }

  @Test
  void document_problems_and_sheet_problems_are_listed_together() {
    String json = edited(BAD_SHEETS, d -> ((ObjectNode) d.at("/statuses/0")).put("proposal", "p-99"));

    KippFormatException e = refused(() -> KippJson.json().readCompetition(json, CRITERIA));

    assertThat(paths(e)).startsWith("kipp.json.reference statuses[0].proposal p-99", "kipp.json.duplicateSheet scoreSheets.evaluasi-proposal[8] te-1")
        .hasSize(9);
  }

  @Test
  void sheets_of_a_stage_without_criteria_are_refused_naming_the_stages_that_have_some() {
    CriteriaSet other = CriteriaSet.of(StageId.of("presentasi"), JacksonFixtures.CRITERIA.criteria(), BigDecimal.ONE, JacksonFixtures.CRITERIA.rounding());

    KippFormatException e = refused(() -> KippJson.json().readCompetition(COMPETITION, List.of(other)));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.stageCriteria");
      assertThat(v.path()).isEqualTo("scoreSheets.evaluasi-proposal");
      assertThat(v.message().english()).isEqualTo(
          "Stage 'evaluasi-proposal' has score sheets, but no criteria were given for it; criteria were given for: presentasi.");
    });
  }

  @Test
  void a_valid_document_reads_the_same_with_its_criteria_in_json_and_yaml() {
    assertThat(KippJson.json().readCompetition(COMPETITION, CRITERIA)).isEqualTo(JacksonFixtures.competition());
    assertThat(KippJson.yaml().readCompetition(KippJson.yaml().write(JacksonFixtures.competition()), CRITERIA))
        .isEqualTo(JacksonFixtures.competition());
  }

  @Test
  void yaml_sheets_off_their_scale_are_refused_like_json_ones() {
    String yaml = KippJson.yaml().write(JacksonFixtures.competition()).replaceFirst("signifikansi: 90", "signifikansi: 101");

    KippFormatException e = refused(() -> KippJson.yaml().readCompetition(yaml, CRITERIA));

    assertThat(paths(e)).containsExactly("kipp.sheet.offScale scoreSheets.evaluasi-proposal[0].scores.signifikansi 101");
  }

  @Test
  void two_criteria_sets_for_one_stage_are_a_programming_error() {
    assertThatThrownBy(() -> KippJson.json().readCompetition(COMPETITION, List.of(JacksonFixtures.CRITERIA, JacksonFixtures.CRITERIA)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two criteria sets are given for stage evaluasi-proposal");
  }

  @Test
  void a_document_built_with_two_sheets_of_an_evaluator_for_a_proposal_is_refused() {
    ScoreSheet again = JacksonFixtures.sheet("p-1", "te-1", "50", "50", 10);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CompetitionDocument.newBuilder()
        .edition(JacksonFixtures.edition())
        .proposals(JacksonFixtures.proposals())
        .scoreSheets(JacksonFixtures.sheets())
        .scoreSheets(List.of(again))
        .build());

    assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.json.duplicateSheet");
    assertThat(e.violations().get(0).path()).isEqualTo("scoreSheets.evaluasi-proposal[1]");
  }

  @Test
  void frozen_scores_off_their_scale_or_repeated_are_refused_with_the_paths_of_the_list_at_once() {
    String json = edited(FROZEN, d -> {
      scores(d, "/sheets", 0).put("signifikansi", 101);
      scores(d, "/sheets", 2).put("adaptabilitas", -1);
      ((ObjectNode) d.at("/sheets/3")).put("submittedAt", "2023-06-30T00:00:00Z");
      ((ArrayNode) d.at("/sheets")).add(d.at("/sheets/1").deepCopy());
      d.remove("populationId");
    });

    KippFormatException e = refused(() -> KippJson.json().read(json, FrozenScores.class));

    assertThat(paths(e)).containsExactly(
        "kipp.sheet.offScale sheets[0].scores.signifikansi 101",
        "kipp.sheet.offScale sheets[2].scores.adaptabilitas -1",
        "kipp.json.duplicateSheet sheets[8] te-2",
        "kipp.sheet.afterClose sheets[p-2/te-3].submittedAt 2023-06-30T00:00:00Z");
    assertThat(e.message(Locale.ENGLISH)).contains("sheets[0].scores.signifikansi: Score 101 for criterion 'signifikansi' is not on its scale [0..100] step 0.5");
  }

  @Test
  void repeated_rows_of_a_score_sheet_csv_are_refused_naming_both_rows() {
    List<ScoreSheet> sheets = new ArrayList<>(JacksonFixtures.sheets());
    sheets.add(JacksonFixtures.sheet("p-2", "te-3", "10", "10", 5));
    String csv = KippCsv.csv().writeScoreSheets(sheets, JacksonFixtures.CRITERIA);

    KippFormatException e = refused(() -> KippCsv.csv().readScoreSheets(csv));

    assertThat(paths(e)).containsExactly("kipp.json.duplicateSheet rows[8] te-3");
    assertThat(e.message(Locale.ENGLISH)).contains("(the first is rows[3])");
  }
}
