package io.github.kipp.jackson;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kipp.format.AbstractKippCsv;
import io.github.kipp.jackson.internal.CsvTables;

/**
 * Imports and exports proposals and score sheets as CSV with Jackson 2's CSV mapper: the columns,
 * header rules and errors are kipp-format's ({@link AbstractKippCsv}), shared with the Jackson 3
 * line. Instances are immutable and thread-safe.
 */
public final class KippCsv extends AbstractKippCsv {

  private static final KippCsv DEFAULT = new KippCsv(new CsvTables(StreamReadConstraints.builder()
      .maxStringLength(KippJson.DEFAULT_MAX_STRING_LENGTH)
      .maxNumberLength(KippJson.DEFAULT_MAX_NUMBER_LENGTH)
      .maxNameLength(KippJson.DEFAULT_MAX_NAME_LENGTH)
      .maxNestingDepth(KippJson.DEFAULT_MAX_NESTING_DEPTH)
      .maxDocumentLength(KippJson.DEFAULT_MAX_DOCUMENT_LENGTH)
      .build()), KippJson.json().mapper());

  private KippCsv(CsvTables tables, ObjectMapper json) {
    super(tables::header, tables::rows, tables::write, a -> CsvTables.attachments(json, a), text -> CsvTables.attachments(json, text));
  }

  /**
   * Returns the CSV facade with the default limits of {@link KippJson}.
   *
   * @return the facade, not null
   */
  public static KippCsv csv() {
    return DEFAULT;
  }
}
