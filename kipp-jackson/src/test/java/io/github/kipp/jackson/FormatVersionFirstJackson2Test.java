package io.github.kipp.jackson;

/** The shared corpus {@link SharedFormatVersionFirst}, run against the Jackson 2 line. */
class FormatVersionFirstJackson2Test extends SharedFormatVersionFirst {

  @Override
  protected Line line() {
    return Jackson2Line.json();
  }
}
