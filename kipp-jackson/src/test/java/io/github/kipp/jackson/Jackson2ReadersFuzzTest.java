package io.github.kipp.jackson;

/** The shared fuzzing of the readers {@link SharedReadersFuzz}, run against the Jackson 2 line. */
class Jackson2ReadersFuzzTest extends SharedReadersFuzz {

  @Override
  protected Line line() {
    return Jackson2Line.json();
  }
}
