package io.github.kipp.jackson.internal;

import io.github.kipp.format.internal.FormatMessages;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.github.kipp.core.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes CSV tables with a header row, as lists of rows keyed by column name. */
public final class CsvTables {

  private final CsvMapper mapper;
  private final int maxName;

  /**
   * Creates the tables.
   *
   * @param limits the limits on strings, numbers, column names and the document
   */
  public CsvTables(StreamReadConstraints limits) {
    CsvFactory factory = CsvFactory.builder().streamReadConstraints(limits).build();
    // Every comma separates a cell: a trailing comma is an empty last cell (in the header, an
    // empty column name, refused), not nothing.
    this.mapper = CsvMapper.builder(factory)
        .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS)
        .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
        .build();
    this.maxName = limits.getMaxNameLength();
  }

  /**
   * A table read: its header as written (each cell trimmed as the CSV reader trims column names,
   * repeated and empty names kept, so that they can be refused) and its rows.
   *
   * @param header the column names, in order
   * @param rows the rows, keyed by column name
   */
  public record Table(ImmutableList<String> header, ImmutableList<Map<String, String>> rows) {}

  /**
   * Reads a table. A byte order mark before the header is dropped. Under a header with {@link
   * #headerProblems(List) problems} no row is read.
   *
   * @param text the CSV, with a header row
   * @return the table
   * @throws IOException if the CSV is malformed
   */
  public Table read(String text) throws IOException {
    String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ImmutableList<String> header;
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
      header = it.hasNextValue() ? ImmutableList.copyOf(it.nextValue()).stream().map(String::trim).collect(ImmutableList.toImmutableList())
          : ImmutableList.of();
    }
    if (!headerProblems(header).isEmpty()) {
      // Rows are not read under a header that will be refused: their cells could not be told apart.
      return new Table(header, ImmutableList.of());
    }
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(false);
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(csv)) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    }
    return new Table(header, ImmutableList.copyOf(rows));
  }

  /**
   * Returns the problems of a header's shape: a column without a name (empty or blank), a name
   * given twice, a name longer than the name limit. Each names the column by position (from 1, and
   * as a spreadsheet's letter) and its text.
   *
   * @param header the header, as {@link Table#header()}
   * @return the problems, in column order; empty if none
   */
  public List<Violation> headerProblems(List<String> header) {
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

  /** Returns a column's letters as a spreadsheet shows them: A … Z, AA, AB …. */
  static String letter(int index) {
    StringBuilder out = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      out.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return out.toString();
  }

  /**
   * Writes a table.
   *
   * @param header the columns, in order
   * @param rows the rows, keyed by column; missing cells are written empty
   * @return the CSV, with a header row and {@code \n} line ends
   */
  public String write(List<String> header, List<Map<String, String>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    header.forEach(c -> schema.addColumn(c, CsvSchema.ColumnType.STRING));
    List<Map<String, String>> full = new ArrayList<>(rows.size());
    for (Map<String, String> row : rows) {
      Map<String, String> cells = new LinkedHashMap<>();
      header.forEach(c -> cells.put(c, row.getOrDefault(c, "")));
      full.add(cells);
    }
    try {
      if (full.isEmpty()) {
        Map<String, String> names = new LinkedHashMap<>();
        header.forEach(c -> names.put(c, c));
        return mapper.writer(schema.build().withoutHeader()).writeValueAsString(List.of(names));
      }
      return mapper.writer(schema.build()).writeValueAsString(full);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
