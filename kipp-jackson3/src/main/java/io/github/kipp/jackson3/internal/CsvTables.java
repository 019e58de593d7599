package io.github.kipp.jackson3.internal;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.format.internal.CsvForms;
import io.github.kipp.format.internal.CsvProposals;
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
public final class CsvTables implements CsvForms.Tables {

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
        .enable(CsvReadFeature.FAIL_ON_MISSING_HEADER_COLUMNS)
        .disable(CsvReadFeature.ALLOW_TRAILING_COMMA)
        .build();
    this.maxName = limits.getMaxNameLength();
  }

  @Override
  public CsvForms.Table read(String text) {
    try {
      return doRead(text);
    } catch (RuntimeException e) {
      throw Failures.translate("CSV", e, () -> null);
    }
  }

  private CsvForms.Table doRead(String text) {
    String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ImmutableList<String> header;
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvReadFeature.WRAP_AS_ARRAY).readValues(csv)) {
      header = it.hasNextValue() ? ImmutableList.copyOf(it.nextValue()).stream().map(String::trim).collect(ImmutableList.toImmutableList())
          : ImmutableList.of();
    }
    if (!CsvForms.headerProblems(header, maxName).isEmpty()) {
      // Rows are not read under a header that will be refused: their cells could not be told apart.
      return new CsvForms.Table(header, ImmutableList.of());
    }
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(false);
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(csv)) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    }
    return new CsvForms.Table(header, ImmutableList.copyOf(rows));
  }

  @Override
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
   * Returns the JSON of the attachments cell, written and read by a mapper with {@code KippModule}.
   *
   * @param json the mapper
   * @return the cells
   */
  public static CsvProposals.Cells cells(ObjectMapper json) {
    return new CsvProposals.Cells() {
      @Override
      public String write(List<Attachment> attachments) {
        return json.writeValueAsString(attachments);
      }

      @Override
      public List<Attachment> read(String text) {
        try {
          return json.readValue(text, new TypeReference<List<Attachment>>() {});
        } catch (RuntimeException e) {
          throw Failures.translate("JSON", e, () -> null);
        }
      }
    };
  }
}
