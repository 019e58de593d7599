package io.github.kipp.jackson3;

import io.github.kipp.jackson.Line;
import io.github.kipp.jackson.SharedIndicatorRows;

/** The shared corpus {@link SharedIndicatorRows}, run against the Jackson 3 line. */
class IndicatorRowsCsvJackson3Test extends SharedIndicatorRows {

  @Override
  protected Line line() {
    return Jackson3Line.json();
  }
}
