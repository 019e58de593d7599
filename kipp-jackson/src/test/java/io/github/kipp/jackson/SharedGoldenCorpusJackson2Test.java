package io.github.kipp.jackson;

/** The shared golden corpus, written and read by the Jackson 2 line ({@link KippJson}). */
class SharedGoldenCorpusJackson2Test extends SharedGoldenCorpus {

  private static final KippJson JSON = KippJson.json();

  @Override
  protected String write(Object value) {
    return JSON.write(value);
  }

  @Override
  protected <T> T read(String text, Class<T> type) {
    return JSON.read(text, type);
  }
}
