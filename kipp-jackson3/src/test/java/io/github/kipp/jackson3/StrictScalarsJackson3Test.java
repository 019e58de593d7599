package io.github.kipp.jackson3;

import io.github.kipp.jackson.Line;
import io.github.kipp.jackson.SharedStrictScalars;

/** The shared corpus {@link SharedStrictScalars}, run against the Jackson 3 line. */
class StrictScalarsJackson3Test extends SharedStrictScalars {

  @Override
  protected Line line() {
    return Jackson3Line.json();
  }
}
