package io.github.kipp.jackson3;

import io.github.kipp.format.AbstractKippCsv;
import io.github.kipp.jackson3.internal.CsvTables;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.ObjectMapper;

/**
 * The Jackson 3 line's CSV of proposals and score sheets: the Jackson 2 line's {@code
 * io.github.kipp.jackson.KippCsv} member for member, both over kipp-format's {@link
 * AbstractKippCsv}, so that both write the same bytes and refuse the same tables.
 */
public final class KippCsv extends AbstractKippCsv {

  private static final KippCsv DEFAULT = new KippCsv(new CsvTables(StreamReadConstraints.builder()
      .maxDocumentLength(KippJson.DEFAULT_MAX_DOCUMENT_LENGTH).maxNestingDepth(KippJson.DEFAULT_MAX_NESTING_DEPTH)
      .maxStringLength(KippJson.DEFAULT_MAX_STRING_LENGTH).maxNumberLength(KippJson.DEFAULT_MAX_NUMBER_LENGTH)
      .maxNameLength(KippJson.DEFAULT_MAX_NAME_LENGTH).build()), KippJson.json().mapper());

  private KippCsv(CsvTables tables, ObjectMapper json) {
    super(tables::header, tables::rows, tables::write, list -> CsvTables.attachments(json, list), cell -> CsvTables.attachments(json, cell));
  }

  /**
   * The facade, under {@link KippJson}'s default limits.
   *
   * @return the facade, not null
   */
  public static KippCsv csv() {
    return DEFAULT;
  }
}
