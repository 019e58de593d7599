package io.github.kipp.jackson3.internal;

import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.format.internal.CsvForms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads and writes CSV tables with a header row with Jackson 3's CSV mapper, as lists of rows keyed
 * by column name, for kipp-format's {@link CsvForms}, as the Jackson 2 line does.
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
        .enable(CsvReadFeature.FAIL_ON_MISSING_HEADER_COLUMNS)
        .disable(CsvReadFeature.ALLOW_TRAILING_COMMA)
        .build();
  }

  /**
   * Reads the first record of a CSV text, the header, as written.
   *
   * @param csv the CSV, without a byte order mark
   * @return the header's cells, empty for an empty text
   */
  public List<String> header(String csv) {
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvReadFeature.WRAP_AS_ARRAY).readValues(csv)) {
      return it.hasNextValue() ? List.of(it.nextValue()) : List.of();
    } catch (RuntimeException e) {
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
    } catch (RuntimeException e) {
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
    if (rows.isEmpty()) {
      Map<String, String> names = new LinkedHashMap<>();
      header.forEach(c -> names.put(c, c));
      return mapper.writer(schema.build().withoutHeader()).writeValueAsString(List.of(names));
    }
    return mapper.writer(schema.build()).writeValueAsString(rows);
  }

  /**
   * The JSON list of an attachments cell, written compactly by a mapper with {@code KippModule}.
   *
   * @param json the mapper
   * @param attachments the attachments
   * @return the cell
   */
  public static String attachments(ObjectMapper json, List<Attachment> attachments) {
    return json.writeValueAsString(attachments);
  }

  /**
   * The attachments of a cell, read by a mapper with {@code KippModule}; a refused cell fails as a
   * JSON input does.
   *
   * @param json the mapper
   * @param text the cell
   * @return the attachments
   */
  public static List<Attachment> attachments(ObjectMapper json, String text) {
    try {
      return json.readValue(text, new TypeReference<List<Attachment>>() {});
    } catch (RuntimeException e) {
      throw Failures.translate("JSON", e, () -> null);
    }
  }
}
