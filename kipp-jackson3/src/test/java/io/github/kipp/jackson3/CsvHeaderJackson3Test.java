package io.github.kipp.jackson3;

import io.github.kipp.jackson.Line;
import io.github.kipp.jackson.SharedCsvHeaders;

/** The shared corpus {@link SharedCsvHeaders}, run against the Jackson 3 line. */
class CsvHeaderJackson3Test extends SharedCsvHeaders {

  @Override
  protected Line line() {
    return Jackson3Line.json();
  }
}
