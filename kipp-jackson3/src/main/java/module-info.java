/**
 * kipp's values as JSON, YAML and CSV with Jackson 3: {@code KippModule} for a host's {@code
 * JsonMapper}, and {@code KippJson} and {@code KippCsv} for kipp's documents with their limits; the
 * competition and results documents are kipp-format's, shared by both Jackson lines.
 *
 * <p>Only {@code io.github.kipp.jackson3} is exported. {@code io.github.kipp.jackson3.internal} is
 * opened to {@code tools.jackson.databind} alone, which reflects on it; it is not API.
 */
module io.github.kipp.jackson3 {
  requires transitive io.github.kipp.core;
  requires transitive io.github.kipp.scoring;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires tools.jackson.dataformat.csv;
  requires org.snakeyaml.engine;
  requires transitive io.github.kipp.format;
  requires com.google.common;
  requires org.jspecify;
  requires static com.google.errorprone.annotations;

  exports io.github.kipp.jackson3;

  opens io.github.kipp.jackson3.internal to tools.jackson.databind;
}
