package io.github.kipp.format;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.format.internal.CsvForms;
import io.github.kipp.format.internal.CsvProposals;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What both Jackson lines' {@code KippCsv} do without their CSV mapper: proposals and score sheets
 * as CSV, the form committees keep in spreadsheets, with the columns and checks of kipp's format.
 * {@code io.github.kipp.jackson.KippCsv} (Jackson 2) and {@code io.github.kipp.jackson3.KippCsv}
 * (Jackson 3) extend it and write the same bytes.
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
 * thread-safe. Only the two lines extend this class: its protected constructor is how a line plugs its
 * CSV mapper in, and may change with the lines in any release.
 */
public abstract class AbstractKippCsv {

  /** The fixed columns of a score-sheet file, in order. */
  public static final ImmutableList<String> SHEET_COLUMNS = CsvForms.SHEET_COLUMNS;

  private final CsvForms forms;
  private final Function<String, List<String>> header;
  private final Function<String, List<Map<String, String>>> rows;
  private final BiFunction<List<String>, List<Map<String, String>>, String> writer;

  /**
   * Creates the facade of a line over its CSV and JSON mappers. Each function throws {@link
   * KippFormatException} for what it refuses.
   *
   * @param header reads the first record of a CSV text (without a byte order mark), the header, as
   *     written; empty for an empty text
   * @param rows reads the rows under a CSV text's header (which has no empty or repeated name), each
   *     keyed by column name, in order
   * @param writer writes a table: the columns in order and the rows keyed by column, every cell
   *     present; with a header row and {@code \n} line ends
   * @param writeAttachments writes the JSON list of an attachments cell, on one line
   * @param readAttachments reads the JSON list of an attachments cell
   */
  protected AbstractKippCsv(Function<String, List<String>> header, Function<String, List<Map<String, String>>> rows,
      BiFunction<List<String>, List<Map<String, String>>, String> writer, Function<List<Attachment>, String> writeAttachments,
      Function<String, List<Attachment>> readAttachments) {
    this.header = requireNonNull(header, "header");
    this.rows = requireNonNull(rows, "rows");
    this.writer = requireNonNull(writer, "writer");
    requireNonNull(writeAttachments, "writeAttachments");
    requireNonNull(readAttachments, "readAttachments");
    this.forms = new CsvForms(new CsvForms.Tables() {
      @Override
      public CsvForms.Table read(String text) {
        return table(text);
      }

      @Override
      public String write(List<String> columns, List<Map<String, String>> cells) {
        return writeTable(columns, cells);
      }
    }, new CsvProposals.Cells() {
      @Override
      public String write(List<Attachment> attachments) {
        return writeAttachments.apply(attachments);
      }

      @Override
      public List<Attachment> read(String text) {
        return readAttachments.apply(text);
      }
    });
  }

  /**
   * Writes proposals, one row each, in the order given.
   *
   * @param values the proposals, not null
   * @return the CSV with a header row, not null
   */
  public final String writeProposals(Iterable<Proposal> values) {
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
  public final ImmutableList<Proposal> readProposals(String csv, Iterable<Institution> institutions, Iterable<Unit> units) {
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
  public final String writeScoreSheets(Iterable<ScoreSheet> sheets, CriteriaSet criteria) {
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
  public final ImmutableList<ScoreSheet> readScoreSheets(String csv) {
    return forms.readScoreSheets(csv);
  }

  /** Writes a table with the line's CSV mapper. */
  final String writeTable(List<String> columns, List<Map<String, String>> cells) {
    return writer.apply(columns, cells);
  }

  /**
   * Reads a table: a byte order mark before the header is dropped, each column name trimmed as the
   * CSV reader trims them, and under a header with problems no row is read (their cells could not be
   * told apart).
   */
  final CsvForms.Table table(String text) {
    String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ImmutableList<String> names = header.apply(csv).stream().map(String::trim).collect(ImmutableList.toImmutableList());
    if (!CsvForms.headerProblems(names, KippFormat.DEFAULT_MAX_NAME_LENGTH).isEmpty()) {
      return new CsvForms.Table(names, ImmutableList.of());
    }
    return new CsvForms.Table(names, ImmutableList.copyOf(rows.apply(csv)));
  }
}
