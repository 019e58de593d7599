/**
 * kipp's JSON format without a JSON library: the format's versions and limits ({@code KippFormat}),
 * the competition and results documents and the exception of a refused read, which both Jackson
 * lines share, and, not API, the wire records, checks and messages both lines adapt.
 *
 * <p>Only {@code io.github.kipp.format} is exported to every module. {@code
 * io.github.kipp.format.internal} is exported to the two Jackson lines alone, which build on it, and
 * opened to the two Jackson data bindings alone, which read and write its wire records.
 */
module io.github.kipp.format {
  requires transitive io.github.kipp.core;
  requires transitive io.github.kipp.scoring;
  requires transitive io.github.kipp.rules.iid;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.google.common;
  requires org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.kipp.format;
  exports io.github.kipp.format.internal to io.github.kipp.jackson, io.github.kipp.jackson3;

  opens io.github.kipp.format.internal to com.fasterxml.jackson.databind, tools.jackson.databind;
}
