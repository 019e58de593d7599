package io.github.kipp.jackson;

/** The shared validation of written documents against kipp-format's schemas ({@link SharedSchemas}), on the Jackson 2 line. */
class SchemasJackson2Test extends SharedSchemas {

  @Override
  protected Line line() {
    return Jackson2Line.json();
  }
}
