package io.github.kipp.jackson;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.google.common.collect.ImmutableList;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.format.internal.CsvForms;
import io.github.kipp.jackson.internal.CsvTables;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;

/**
 * Imports and exports proposals and score sheets as CSV, the form committees keep in spreadsheets.
 *
 * <p><b>Proposals</b>: one row per proposal under a header row. Columns (see {@code docs/format.md}):
 * {@code id, edition, group, category, innovation, title, expansion, institution, unit, start, sdgs,
 * pandemicRelated, videoDuration, videoHeight, videoLink, replicates, adaptation, attachments}, then
 * one column {@code section:<id>} per section. Institutions and units are named by id and resolve
 * against the lists given on import; {@code start} is written {@code 2018-04-01}, {@code 2018-04},
 * {@code mid-2019} or {@code 2019}; lists ({@code sdgs}, {@code replicates}) are separated by
 * {@code ;}; {@code attachments} holds the JSON list of the attachments. An empty cell is an absent
 * value: an empty section cell is a section not answered.
 *
 * <p><b>Score sheets</b>: one row per sheet, columns {@code proposal, evaluator, stage, submittedAt},
 * then one column per criterion id holding the score (an empty cell: not scored).
 *
 * <p><b>Header</b>: every column has a name, and no name is given twice; names are compared after
 * the blanks around them are trimmed, as the reader trims them, so {@code "id"} and {@code " id "}
 * are the same column. An empty or repeated name is refused naming the column's position (from 1,
 * and as a spreadsheet's letter) and its text, as is a name that is neither a column of the format
 * nor (for proposals) a {@code section:<id>}. A byte order mark before the header is dropped. Every
 * comma separates a cell, so a trailing comma is an empty last cell.
 *
 * <p>Every failure of an import is one {@link KippFormatException} naming {@code rows[n].column} (rows
 * counted from 0 under the header), the value and what is allowed. Instances are immutable and
 * thread-safe.
 */
public final class KippCsv {

  /** The fixed columns of a score-sheet file, in order. */
  public static final ImmutableList<String> SHEET_COLUMNS = CsvForms.SHEET_COLUMNS;

  private static final KippCsv DEFAULT = new KippCsv();

  private final CsvForms forms;

  private KippCsv() {
    CsvTables tables = new CsvTables(StreamReadConstraints.builder()
        .maxStringLength(KippJson.DEFAULT_MAX_STRING_LENGTH)
        .maxNumberLength(KippJson.DEFAULT_MAX_NUMBER_LENGTH)
        .maxNameLength(KippJson.DEFAULT_MAX_NAME_LENGTH)
        .maxNestingDepth(KippJson.DEFAULT_MAX_NESTING_DEPTH)
        .maxDocumentLength(KippJson.DEFAULT_MAX_DOCUMENT_LENGTH)
        .build());
    this.forms = new CsvForms(tables, CsvTables.cells(KippJson.json().mapper()));
  }

  /**
   * Returns the CSV facade with the default limits of {@link KippJson}.
   *
   * @return the facade, not null
   */
  public static KippCsv csv() {
    return DEFAULT;
  }

  /**
   * Writes proposals, one row each, in the order given.
   *
   * @param values the proposals, not null
   * @return the CSV with a header row, not null
   */
  public String writeProposals(Iterable<Proposal> values) {
    return forms.writeProposals(values);
  }

  /**
   * Reads proposals whose institutions and units are named by id.
   *
   * @param csv the CSV with a header row, not null
   * @param institutions the institutions ids resolve to, not null
   * @param units the units ids resolve to, not null
   * @return the proposals, in row order
   * @throws KippFormatException if the CSV is malformed, too large, lacks a required column, has an
   *     unknown, empty or repeated one, or a cell is refused
   */
  public ImmutableList<Proposal> readProposals(String csv, Iterable<Institution> institutions, Iterable<Unit> units) {
    return forms.readProposals(csv, institutions, units);
  }

  /**
   * Writes score sheets, one row each, in the order given, with one column per criterion: those of
   * the criteria in declared order, then any other criterion a sheet scores, sorted.
   *
   * @param sheets the sheets, not null
   * @param criteria the stage's criteria, for the order of the columns; not null
   * @return the CSV with a header row, not null
   */
  public String writeScoreSheets(Iterable<ScoreSheet> sheets, CriteriaSet criteria) {
    return forms.writeScoreSheets(sheets, criteria);
  }

  /**
   * Reads score sheets; every column after the fixed ones is a criterion id.
   *
   * @param csv the CSV with a header row, not null
   * @return the sheets, in row order
   * @throws KippFormatException if the CSV is malformed, too large, lacks a fixed column, has an
   *     empty or repeated column name, a cell is refused (a malformed id, time or number, a sheet with
   *     no score), or two rows are sheets of the same evaluator for the same proposal and stage
   */
  public ImmutableList<ScoreSheet> readScoreSheets(String csv) {
    return forms.readScoreSheets(csv);
  }
}
