package io.github.kipp.jackson3;

import io.github.kipp.jackson.Line;
import io.github.kipp.jackson.SharedReadersFuzz;

/** The shared fuzzing of the readers {@link SharedReadersFuzz}, run against the Jackson 3 line. */
class Jackson3ReadersFuzzTest extends SharedReadersFuzz {

  @Override
  protected Line line() {
    return Jackson3Line.json();
  }
}
