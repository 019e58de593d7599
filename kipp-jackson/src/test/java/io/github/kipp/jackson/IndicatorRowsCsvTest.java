package io.github.kipp.jackson;

/** The shared corpus {@link SharedIndicatorRows}, run against the Jackson 2 line. */
class IndicatorRowsCsvTest extends SharedIndicatorRows {

  @Override
  protected Line line() {
    return Jackson2Line.json();
  }
}
