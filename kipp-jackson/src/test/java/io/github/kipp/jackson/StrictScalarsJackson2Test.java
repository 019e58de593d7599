package io.github.kipp.jackson;

/** The shared corpus {@link SharedStrictScalars}, run against the Jackson 2 line. */
class StrictScalarsJackson2Test extends SharedStrictScalars {

  @Override
  protected Line line() {
    return Jackson2Line.json();
  }
}
