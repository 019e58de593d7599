package io.github.kipp.jackson3;

import io.github.kipp.jackson.SharedGoldenCorpus;
import io.github.kipp.jackson3.internal.Printing;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared golden corpus, written and read by the Jackson 3 line: a plain Jackson 3 mapper with
 * {@link KippModule} and kipp's layout writes the same bytes as the Jackson 2 line, documents
 * included.
 */
class SharedGoldenCorpusJackson3Test extends SharedGoldenCorpus {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new KippModule()).defaultPrettyPrinter(Printing.printer()).build();

  @Override
  protected String write(Object value) {
    String out = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    return out.endsWith("\n") ? out : out + "\n";
  }

  @Override
  protected <T> T read(String text, Class<T> type) {
    return MAPPER.readValue(text, type);
  }
}
