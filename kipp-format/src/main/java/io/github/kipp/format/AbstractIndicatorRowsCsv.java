package io.github.kipp.format;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.format.internal.CsvForms;
import io.github.kipp.format.internal.IidCsv;
import io.github.kipp.format.internal.ReadFailures;
import io.github.kipp.rules.iid.RegionalReport;
import java.util.List;

/**
 * Imports and exports the indicator rows of regional innovation index reports (kipp-rules-iid) as
 * CSV, the spreadsheets regional offices keep: one row per indicator row. Both Jackson lines'
 * {@code IndicatorRowsCsv} extend it over their {@code KippCsv}'s tables, and write the same bytes.
 *
 * <p>Columns (see {@code docs/format.md}): {@code region, year, part, innovation, indicator, level,
 * weight, evidence, verified}. {@code region} is a Kemendagri code such as {@code 73.22}; {@code
 * part} is {@code SPD} (the regional government's rows, {@code innovation} empty) or {@code SID} (an
 * innovation's rows, {@code innovation} its id); {@code level} is 0 to 3; {@code weight} is the
 * catalogue's weight of the indicator in the module kipp ships for the year, written for the reader
 * and checked when given (the catalogue fixes it, so a changed weight is refused rather than
 * ignored); {@code evidence} is the evidence's reference, empty when none is attached, and {@code
 * verified} is {@code true} or {@code false}, empty without evidence. The columns {@code region,
 * year, part, indicator, level} are required.
 *
 * <p>The rows are read into reports the host gives (from JSON, or its own records) with their
 * innovations, since the table does not hold an innovation's title, affair, start or narrative: each
 * report takes its SPD rows and its innovations' rows from the table, in row order. Every problem of
 * every row is reported at once in one {@link KippFormatException}, each naming {@code
 * rows[n].column} (rows counted from 0 under the header), the value and what is allowed, in Bahasa
 * Indonesia and English. The header follows {@link AbstractKippCsv}'s rules. Instances are immutable
 * and thread-safe.
 *
 * <pre>{@code
 * String csv = IndicatorRowsCsv.csv().write(reports);
 * ImmutableList<RegionalReport> back = IndicatorRowsCsv.csv().read(csv, reportsWithoutRows);
 * }</pre>
 */
public abstract class AbstractIndicatorRowsCsv {

  /** The columns, in the order written. */
  public static final ImmutableList<String> COLUMNS = IidCsv.COLUMNS;

  /** The columns a table must have. */
  public static final ImmutableList<String> REQUIRED_COLUMNS = IidCsv.REQUIRED;

  private final AbstractKippCsv tables;

  /**
   * Creates the facade of a line.
   *
   * @param tables the line's CSV facade, whose tables this one reads and writes
   */
  protected AbstractIndicatorRowsCsv(AbstractKippCsv tables) {
    this.tables = requireNonNull(tables, "tables");
  }

  /**
   * Writes the indicator rows of reports: each report's SPD rows, then each innovation's SID rows, in
   * the order given.
   *
   * @param reports the reports, not null
   * @return the CSV with a header row, not null
   */
  public final String write(Iterable<RegionalReport> reports) {
    requireNonNull(reports, "reports");
    return tables.writeTable(COLUMNS, IidCsv.rows(reports));
  }

  /**
   * Reads indicator rows into reports: each report given keeps its region, year and innovations and
   * takes its rows from the table (none if the table has none for it).
   *
   * @param csv the CSV with a header row, not null
   * @param reports the reports the rows belong to, each region and year once; not null
   * @return the reports with the table's rows, in the order given
   * @throws KippFormatException if the CSV is malformed or too large, its header lacks a required
   *     column or has an unknown, empty or repeated one, or any row is refused: a malformed cell, a
   *     region and year of no report given, an innovation the report lacks, an SPD row naming an
   *     innovation, an indicator not in the year's catalogue or of the other part, a weight not the
   *     catalogue's, a level outside 0 to 3, verified without evidence, or an indicator given twice
   * @throws IllegalArgumentException if two reports given are of the same region and year
   */
  public final ImmutableList<RegionalReport> read(String csv, Iterable<RegionalReport> reports) {
    requireNonNull(csv, "csv");
    requireNonNull(reports, "reports");
    if (csv.length() > KippFormat.DEFAULT_MAX_DOCUMENT_LENGTH) {
      throw KippFormatException.of("CSV", List.of(ReadFailures.tooLong(csv.length(), KippFormat.DEFAULT_MAX_DOCUMENT_LENGTH)), null);
    }
    CsvForms.Table table = tables.table(csv);
    CsvForms.checkHeader(table, REQUIRED_COLUMNS, COLUMNS::contains, COLUMNS);
    try {
      return IidCsv.read(table.rows(), reports);
    } catch (InvalidInputException e) {
      throw KippFormatException.of("CSV", e.violations(), e);
    }
  }
}
