package io.github.kipp.jackson3;

import io.github.kipp.jackson.Line;
import io.github.kipp.jackson.SharedEveryProblem;

/** The shared corpus {@link SharedEveryProblem}, run against the Jackson 3 line. */
class EveryProblemJackson3Test extends SharedEveryProblem {

  @Override
  protected Line line() {
    return Jackson3Line.json();
  }
}
