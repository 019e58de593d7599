package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.format.internal.CsvForms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes CSV tables with a header row with Jackson 2's CSV mapper, as lists of rows keyed
 * by column name, for kipp-format's {@link CsvForms}.
 */
public final class CsvTables {

  private final CsvMapper mapper;

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
  }

  /**
   * Reads the first record of a CSV text, the header, as written.
   *
   * @param csv the CSV, without a byte order mark
   * @return the header's cells, empty for an empty text
   */
  public List<String> header(String csv) {
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
      return it.hasNextValue() ? List.of(it.nextValue()) : List.of();
    } catch (IOException | RuntimeException e) {
      throw Failures.translate("CSV", e, () -> null);
    }
  }

  /**
   * Reads the rows under a CSV text's header, each keyed by column name.
   *
   * @param csv the CSV, without a byte order mark
   * @return the rows, in order
   */
  public List<Map<String, String>> rows(String csv) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(false);
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(csv)) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    } catch (IOException | RuntimeException e) {
      throw Failures.translate("CSV", e, () -> null);
    }
    return rows;
  }

  /**
   * Writes a table.
   *
   * @param header the columns, in order
   * @param rows the rows, keyed by column
   * @return the CSV, with a header row and {@code \n} line ends
   */
  public String write(List<String> header, List<Map<String, String>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    header.forEach(c -> schema.addColumn(c, CsvSchema.ColumnType.STRING));
    try {
      if (rows.isEmpty()) {
        Map<String, String> names = new LinkedHashMap<>();
        header.forEach(c -> names.put(c, c));
        return mapper.writer(schema.build().withoutHeader()).writeValueAsString(List.of(names));
      }
      return mapper.writer(schema.build()).writeValueAsString(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the JSON of an attachments cell with a mapper with {@code KippModule}, on one line.
   *
   * @param json the mapper
   * @param attachments the attachments
   * @return the JSON list
   */
  public static String attachments(ObjectMapper json, List<Attachment> attachments) {
    try {
      return json.writeValueAsString(attachments);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the JSON of an attachments cell with a mapper with {@code KippModule}.
   *
   * @param json the mapper
   * @param text the JSON list
   * @return the attachments
   */
  public static List<Attachment> attachments(ObjectMapper json, String text) {
    try {
      return json.readValue(text, new TypeReference<List<Attachment>>() {});
    } catch (IOException | RuntimeException e) {
      throw Failures.translate("JSON", e, () -> null);
    }
  }
}
