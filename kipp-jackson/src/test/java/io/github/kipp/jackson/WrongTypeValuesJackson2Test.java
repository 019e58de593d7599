package io.github.kipp.jackson;

/** The shared corpus {@link SharedWrongTypeValues}, run against the Jackson 2 line. */
class WrongTypeValuesJackson2Test extends SharedWrongTypeValues {

  @Override
  protected Line line() {
    return Jackson2Line.json();
  }
}
