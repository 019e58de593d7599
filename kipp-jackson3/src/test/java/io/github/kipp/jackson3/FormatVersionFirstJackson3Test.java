package io.github.kipp.jackson3;

import io.github.kipp.jackson.Line;
import io.github.kipp.jackson.SharedFormatVersionFirst;

/** The shared corpus {@link SharedFormatVersionFirst}, run against the Jackson 3 line. */
class FormatVersionFirstJackson3Test extends SharedFormatVersionFirst {

  @Override
  protected Line line() {
    return Jackson3Line.json();
  }
}
