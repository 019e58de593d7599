package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes CSV tables with a header row, as lists of rows keyed by column name. */
public final class CsvTables {

  private final CsvMapper mapper;

  /**
   * Creates the tables.
   *
   * @param limits the limits on strings and numbers
   */
  public CsvTables(StreamReadConstraints limits) {
    CsvFactory factory = CsvFactory.builder().streamReadConstraints(limits).build();
    this.mapper = CsvMapper.builder(factory).enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS).build();
  }

  /** A table read: its header and its rows. */
  public record Table(ImmutableList<String> header, ImmutableList<Map<String, String>> rows) {}

  /**
   * Reads a table.
   *
   * @param text the CSV, with a header row
   * @return the table
   * @throws IOException if the CSV is malformed
   */
  public Table read(String text) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(false);
    List<Map<String, String>> rows = new ArrayList<>();
    ImmutableList<String> header;
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(text)) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
      CsvSchema read = (CsvSchema) it.getParserSchema();
      header = read == null ? ImmutableList.of() : ImmutableList.copyOf(read.getColumnNames());
    }
    return new Table(header, ImmutableList.copyOf(rows));
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
