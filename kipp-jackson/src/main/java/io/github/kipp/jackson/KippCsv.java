package io.github.kipp.jackson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.jackson.internal.CsvProposals;
import io.github.kipp.jackson.internal.CsvTables;
import io.github.kipp.jackson.internal.Failures;
import io.github.kipp.format.internal.FormatMessages;
import io.github.kipp.format.internal.SheetChecks;
import io.github.kipp.format.internal.Wire;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.ScoreSheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
  public static final ImmutableList<String> SHEET_COLUMNS = ImmutableList.of("proposal", "evaluator", "stage", "submittedAt");

  private static final KippCsv DEFAULT = new KippCsv();

  private final CsvTables tables;
  private final CsvProposals proposals;

  private KippCsv() {
    this.tables = new CsvTables(StreamReadConstraints.builder()
        .maxStringLength(KippJson.DEFAULT_MAX_STRING_LENGTH)
        .maxNumberLength(KippJson.DEFAULT_MAX_NUMBER_LENGTH)
        .maxNameLength(KippJson.DEFAULT_MAX_NAME_LENGTH)
        .maxNestingDepth(KippJson.DEFAULT_MAX_NESTING_DEPTH)
        .maxDocumentLength(KippJson.DEFAULT_MAX_DOCUMENT_LENGTH)
        .build());
    this.proposals = new CsvProposals(KippJson.json().mapper());
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
    List<Proposal> list = ImmutableList.copyOf(values);
    return tables.write(CsvProposals.header(list), list.stream().map(proposals::row).toList());
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
    CsvTables.Table table = table(csv);
    Set<String> allowed = new java.util.LinkedHashSet<>(CsvProposals.COLUMNS);
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
   * @param sheets the sheets, not null
   * @param criteria the stage's criteria, for the order of the columns; not null
   * @return the CSV with a header row, not null
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
    return tables.write(header, rows);
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
    CsvTables.Table table = table(csv);
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
        java.time.Instant submitted = Wire.instant(blankToNull(row.get("submittedAt")), at + "submittedAt");
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
      throw KippFormatException.of("CSV", v, null);
    }
  }

  private static BigDecimal decimal(String text, String field) {
    String number = text.strip();
    int max = KippJson.DEFAULT_MAX_NUMBER_LENGTH;
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

  private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private CsvTables.Table table(String csv) {
    requireNonNull(csv, "csv");
    if (csv.length() > KippJson.DEFAULT_MAX_DOCUMENT_LENGTH) {
      throw KippFormatException.of("CSV", List.of(FormatMessages.violation(
          "kipp.json.tooLarge", "", "", "detail", csv.length() + " characters",
          "allowedEn", "at most " + KippJson.DEFAULT_MAX_DOCUMENT_LENGTH + " characters",
          "allowedId", "paling banyak " + KippJson.DEFAULT_MAX_DOCUMENT_LENGTH + " karakter")), null);
    }
    try {
      return tables.read(csv);
    } catch (IOException | RuntimeException e) {
      throw Failures.translate("CSV", e, () -> null);
    }
  }

  /**
   * Checks the header: every column named, no name twice, the required columns present and no
   * unknown one, listing every problem at once.
   */
  private void checkHeader(CsvTables.Table table, List<String> required, java.util.function.Predicate<String> known, Iterable<String> allowed) {
    List<Violation> v = new ArrayList<>(tables.headerProblems(table.header()));
    for (String c : required) {
      if (!table.header().contains(c)) {
        v.add(FormatMessages.violation("kipp.csv.missingColumn", "header", c, "allowed", String.join(", ", required)));
      }
    }
    Set<String> seen = new java.util.HashSet<>();
    for (String c : table.header()) {
      if (!c.isEmpty() && seen.add(c) && !known.test(c)) {
        v.add(FormatMessages.violation("kipp.csv.unknownColumn", "header", c, "allowed", String.join(", ", allowed)));
      }
    }
    if (!v.isEmpty()) {
      throw KippFormatException.of("CSV", v, null);
    }
  }

  private static <T> T guard(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (InvalidInputException e) {
      throw KippFormatException.of("CSV", e.violations(), e);
    } catch (KippFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      throw Failures.translate("CSV", e, () -> null);
    }
  }
}
