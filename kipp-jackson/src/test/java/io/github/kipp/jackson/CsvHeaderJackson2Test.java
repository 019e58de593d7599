package io.github.kipp.jackson;

/** The shared corpus {@link SharedCsvHeaders}, run against the Jackson 2 line. */
class CsvHeaderJackson2Test extends SharedCsvHeaders {

  @Override
  protected Line line() {
    return Jackson2Line.json();
  }
}
