package io.github.kipp.jackson3;

import io.github.kipp.jackson.Line;
import io.github.kipp.jackson.SharedBothLines;

/** The Jackson 3 line writes the Jackson 2 line's bytes and reads its documents, and the reverse ({@link SharedBothLines}). */
class BothLinesTest extends SharedBothLines {

  @Override
  protected Line other() {
    return Jackson3Line.json();
  }
}
