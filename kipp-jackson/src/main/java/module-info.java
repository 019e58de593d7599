/**
 * kipp's values as JSON, YAML and CSV with Jackson 2: {@code KippModule} for a host's {@code
 * ObjectMapper}, and {@code KippJson} for kipp's documents with their limits (the JSON Schemas are
 * kipp-format's).
 *
 * <p>Only {@code io.github.kipp.jackson} is exported. The wire records in {@code
 * io.github.kipp.jackson.internal} are read and written by Jackson's data binding, so that package is
 * opened to {@code com.fasterxml.jackson.databind} alone; it is not API.
 */
module io.github.kipp.jackson {
  requires transitive io.github.kipp.core;
  requires transitive io.github.kipp.scoring;
  requires transitive io.github.kipp.rules.iid;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive io.github.kipp.format;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.yaml.snakeyaml;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.kipp.jackson;

  opens io.github.kipp.jackson.internal to com.fasterxml.jackson.databind;
}
