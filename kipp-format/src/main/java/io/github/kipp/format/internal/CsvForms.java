package io.github.kipp.format.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.format.KippFormat;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.ScoreSheet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The CSV forms of proposals and score sheets, the same for both Jackson lines: the columns, the
 * checks of the header and of each cell, and the rows. A line's {@code KippCsv} gives the reading and
 * writing of a table ({@link Tables}) and the JSON of the attachments cell, and delegates the rest
 * here.
 */
public final class CsvForms {

  /** The fixed columns of a score-sheet file, in order. */
  public static final ImmutableList<String> SHEET_COLUMNS = ImmutableList.of("proposal", "evaluator", "stage", "submittedAt");

  private static final String CSV = "CSV";

  private final Tables tables;
  private final CsvProposals proposals;

  /**
   * A table read: its header as written (each cell trimmed as the CSV reader trims column names,
   * repeated and empty names kept, so that they can be refused) and its rows.
   *
   * @param header the column names, in order
   * @param rows the rows, keyed by column name
   */
  public record Table(ImmutableList<String> header, ImmutableList<Map<String, String>> rows) {}

  /** How a Jackson line reads and writes a CSV table with a header row. */
  public interface Tables {
    /**
     * Reads a table. A byte order mark before the header is dropped. Under a header with {@link
     * CsvForms#headerProblems problems} no row is read.
     *
     * @param text the CSV, with a header row
     * @return the table
     * @throws KippFormatException if the CSV is malformed or passes a limit
     */
    Table read(String text);

    /**
     * Writes a table.
     *
     * @param header the columns, in order
     * @param rows the rows, keyed by column; every cell present
     * @return the CSV, with a header row and {@code \n} line ends
     */
    String write(List<String> header, List<Map<String, String>> rows);
  }

  /**
   * Creates the forms over a line's tables and attachments cell.
   *
   * @param tables the line's tables
   * @param cells the line's JSON of the attachments cell
   */
  public CsvForms(Tables tables, CsvProposals.Cells cells) {
    this.tables = tables;
    this.proposals = new CsvProposals(cells);
  }

  /**
   * Returns the problems of a header's shape: a column without a name (empty or blank), a name
   * given twice, a name longer than the name limit. Each names the column by position (from 1, and
   * as a spreadsheet's letter) and its text.
   *
   * @param header the header, as {@link Table#header()}
   * @param maxName the longest column name allowed
   * @return the problems, in column order; empty if none
   */
  public static List<Violation> headerProblems(List<String> header, int maxName) {
    List<Violation> v = new ArrayList<>();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (name.isEmpty()) {
        v.add(FormatMessages.violation("kipp.csv.emptyColumn", "header", name, "position", i + 1, "letter", letter(i)));
      } else if (name.length() > maxName) {
        v.add(FormatMessages.violation("kipp.json.tooLarge", "header", name,
            "detail", "column " + (i + 1) + " (" + letter(i) + ") has a name of " + name.length() + " characters",
            "allowedEn", "names of at most " + maxName + " characters", "allowedId", "nama paling panjang " + maxName + " karakter"));
      } else {
        Integer earlier = first.putIfAbsent(name, i);
        if (earlier != null) {
          v.add(FormatMessages.violation("kipp.csv.duplicateColumn", "header", name,
              "position", i + 1, "letter", letter(i), "first", earlier + 1, "firstLetter", letter(earlier)));
        }
      }
    }
    return v;
  }

  /**
   * Returns a column's letters as a spreadsheet shows them: A … Z, AA, AB ….
   *
   * @param index the column's index, from 0
   * @return the letters
   */
  static String letter(int index) {
    StringBuilder out = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      out.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return out.toString();
  }

  /**
   * Writes proposals, one row each, in the order given.
   *
   * @param values the proposals
   * @return the CSV with a header row
   */
  public String writeProposals(Iterable<Proposal> values) {
    List<Proposal> list = ImmutableList.copyOf(values);
    return write(CsvProposals.header(list), list.stream().map(proposals::row).toList());
  }

  /**
   * Reads proposals whose institutions and units are named by id.
   *
   * @param csv the CSV with a header row
   * @param institutions the institutions ids resolve to
   * @param units the units ids resolve to
   * @return the proposals, in row order
   * @throws KippFormatException if the CSV is malformed, too large, lacks a required column, has an
   *     unknown, empty or repeated one, or a cell is refused
   */
  public ImmutableList<Proposal> readProposals(String csv, Iterable<Institution> institutions, Iterable<Unit> units) {
    Table table = table(csv);
    Set<String> allowed = new LinkedHashSet<>(CsvProposals.COLUMNS);
    checkHeader(table, CsvProposals.REQUIRED, c -> allowed.contains(c) || c.startsWith(CsvProposals.SECTION), allowed);
    Map<InstitutionId, Institution> byInstitution = new HashMap<>();
    institutions.forEach(i -> byInstitution.put(i.id(), i));
    Map<UnitId, Unit> byUnit = new HashMap<>();
    units.forEach(u -> byUnit.put(u.id(), u));
    List<Proposal> out = new ArrayList<>();
    for (int i = 0; i < table.rows().size(); i++) {
      Map<String, String> row = table.rows().get(i);
      String path = "rows[" + i + "]";
      out.add(guard(() -> proposals.proposal(row, path, byInstitution, byUnit)));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Writes score sheets, one row each, in the order given, with one column per criterion: those of
   * the criteria in declared order, then any other criterion a sheet scores, sorted.
   *
   * @param sheets the sheets
   * @param criteria the stage's criteria, for the order of the columns; not null
   * @return the CSV with a header row
   */
  public String writeScoreSheets(Iterable<ScoreSheet> sheets, CriteriaSet criteria) {
    requireNonNull(criteria, "criteria");
    List<ScoreSheet> list = ImmutableList.copyOf(sheets);
    List<String> header = new ArrayList<>(SHEET_COLUMNS);
    criteria.criteria().stream().map(Criterion::id).map(CriterionId::value).forEach(header::add);
    Set<String> others = new TreeSet<>();
    list.forEach(s -> s.scores().keySet().forEach(c -> others.add(c.value())));
    others.stream().filter(c -> !header.contains(c)).forEach(header::add);
    List<Map<String, String>> rows = new ArrayList<>();
    for (ScoreSheet s : list) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("proposal", s.proposal().value());
      row.put("evaluator", s.evaluator().value());
      row.put("stage", s.stage().value());
      row.put("submittedAt", s.submittedAt().toString());
      s.scores().forEach((c, v) -> row.put(c.value(), v.toPlainString()));
      rows.add(row);
    }
    return write(header, rows);
  }

  /**
   * Reads score sheets; every column after the fixed ones is a criterion id.
   *
   * @param csv the CSV with a header row
   * @return the sheets, in row order
   * @throws KippFormatException if the CSV is malformed, too large, lacks a fixed column, has an
   *     empty or repeated column name, a cell is refused (a malformed id, time or number, a sheet with
   *     no score), or two rows are sheets of the same evaluator for the same proposal and stage
   */
  public ImmutableList<ScoreSheet> readScoreSheets(String csv) {
    Table table = table(csv);
    checkHeader(table, SHEET_COLUMNS, c -> true, SHEET_COLUMNS);
    List<String> criteria = table.header().stream().filter(c -> !SHEET_COLUMNS.contains(c)).toList();
    List<ScoreSheet> out = new ArrayList<>();
    for (int i = 0; i < table.rows().size(); i++) {
      Map<String, String> row = table.rows().get(i);
      String at = "rows[" + i + "].";
      out.add(guard(() -> {
        ProposalId proposal = Wire.parse(blankToNull(row.get("proposal")), at + "proposal", ProposalId::of);
        ActorId evaluator = Wire.parse(blankToNull(row.get("evaluator")), at + "evaluator", ActorId::of);
        StageId stage = Wire.parse(blankToNull(row.get("stage")), at + "stage", StageId::of);
        Instant submitted = Wire.instant(blankToNull(row.get("submittedAt")), at + "submittedAt");
        Map<CriterionId, BigDecimal> scores = new TreeMap<>();
        for (String c : criteria) {
          String cell = blankToNull(row.get(c));
          if (cell != null) {
            scores.put(Wire.parse(c, at + c, CriterionId::of), decimal(cell, at + c));
          }
        }
        return Wire.nested(at.substring(0, at.length() - 1), () -> ScoreSheet.of(proposal, evaluator, stage, scores, submitted));
      }));
    }
    refuseRepeatedSheets(out);
    return ImmutableList.copyOf(out);
  }

  /** Writes a table, every row with a cell for every column (missing cells empty). */
  private String write(List<String> header, List<Map<String, String>> rows) {
    List<Map<String, String>> full = new ArrayList<>(rows.size());
    for (Map<String, String> row : rows) {
      Map<String, String> cells = new LinkedHashMap<>();
      header.forEach(c -> cells.put(c, row.getOrDefault(c, "")));
      full.add(cells);
    }
    return tables.write(header, full);
  }

  /** Refuses a second row of an evaluator for a proposal and stage, which scoring would refuse later. */
  private static void refuseRepeatedSheets(List<ScoreSheet> sheets) {
    record Key(StageId stage, ActorId evaluator, ProposalId proposal) {}
    Map<Key, Integer> first = new HashMap<>();
    List<Violation> v = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      ScoreSheet s = sheets.get(i);
      Integer earlier = first.putIfAbsent(new Key(s.stage(), s.evaluator(), s.proposal()), i);
      if (earlier != null) {
        v.add(SheetChecks.duplicate("rows[" + i + "]", s, "rows[" + earlier + "]"));
      }
    }
    if (!v.isEmpty()) {
      throw KippFormatException.of(CSV, v, null);
    }
  }

  private static BigDecimal decimal(String text, String field) {
    String number = text.strip();
    int max = KippFormat.DEFAULT_MAX_NUMBER_LENGTH;
    if (number.length() > max) {
      // Checked before parsing: BigDecimal takes time quadratic in the digits (a minute for a million).
      throw Wire.fail(FormatMessages.violation("kipp.json.tooLarge", field, number,
          "detail", "Number value length (" + number.length() + ") exceeds the maximum allowed (" + max + ")",
          "allowedEn", "numbers of at most " + max + " characters", "allowedId", "angka paling panjang " + max + " karakter"));
    }
    BigDecimal value;
    try {
      value = new BigDecimal(number);
    } catch (NumberFormatException e) {
      throw Wire.fail(FormatMessages.violation("kipp.json.wrongType", field, text, "expectedEn", "a decimal number such as 78.25", "expectedId", "angka desimal seperti 78.25"));
    }
    return Wire.checked(value, field);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private Table table(String csv) {
    requireNonNull(csv, "csv");
    if (csv.length() > KippFormat.DEFAULT_MAX_DOCUMENT_LENGTH) {
      throw KippFormatException.of(CSV, List.of(ReadFailures.tooLong(csv.length(), KippFormat.DEFAULT_MAX_DOCUMENT_LENGTH)), null);
    }
    return tables.read(csv);
  }

  /**
   * Checks the header: every column named, no name twice, the required columns present and no
   * unknown one, listing every problem at once.
   *
   * @param table the table read
   * @param required the columns it must have
   * @param known whether a column is one of the form
   * @param allowed the columns of the form, as messages list them
   * @throws KippFormatException with every problem of the header
   */
  public static void checkHeader(Table table, List<String> required, Predicate<String> known, Iterable<String> allowed) {
    List<Violation> v = new ArrayList<>(headerProblems(table.header(), KippFormat.DEFAULT_MAX_NAME_LENGTH));
    for (String c : required) {
      if (!table.header().contains(c)) {
        v.add(FormatMessages.violation("kipp.csv.missingColumn", "header", c, "allowed", String.join(", ", required)));
      }
    }
    Set<String> seen = new HashSet<>();
    for (String c : table.header()) {
      if (!c.isEmpty() && seen.add(c) && !known.test(c)) {
        v.add(FormatMessages.violation("kipp.csv.unknownColumn", "header", c, "allowed", String.join(", ", allowed)));
      }
    }
    if (!v.isEmpty()) {
      throw KippFormatException.of(CSV, v, null);
    }
  }

  /**
   * Runs a read of one row, turning what the domain refuses into one {@link KippFormatException}.
   *
   * @param read the read
   * @param <T> what is read
   * @return what was read
   * @throws KippFormatException if the row is refused
   */
  private static <T> T guard(Supplier<T> read) {
    try {
      return read.get();
    } catch (InvalidInputException e) {
      throw KippFormatException.of(CSV, e.violations(), e);
    } catch (KippFormatException e) {
      throw e;
    } catch (KippException e) {
      throw KippFormatException.of(CSV, ReadFailures.nested(e, ""), e);
    } catch (RuntimeException e) {
      throw KippFormatException.of(CSV, List.of(ReadFailures.refused("", String.valueOf(e.getMessage()))), e);
    }
  }
}
