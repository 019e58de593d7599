package io.github.kipp.jackson;

/** The shared corpus {@link SharedEveryProblem}, run against the Jackson 2 line. */
class EveryProblemJackson2Test extends SharedEveryProblem {

  @Override
  protected Line line() {
    return Jackson2Line.json();
  }
}
