package io.github.kipp.jackson3;

import io.github.kipp.jackson.Line;
import io.github.kipp.jackson.SharedSchemas;

/** The shared validation of written documents against kipp-format's schemas ({@link SharedSchemas}), on the Jackson 3 line. */
class SchemasJackson3Test extends SharedSchemas {

  @Override
  protected Line line() {
    return Jackson3Line.json();
  }
}
