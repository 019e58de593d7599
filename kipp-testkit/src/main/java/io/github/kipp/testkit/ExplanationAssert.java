package io.github.kipp.testkit;

import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.testkit.error.KippErrors;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on an {@link Explanation} tree. */
public class ExplanationAssert extends AbstractAssert<ExplanationAssert, Explanation> {

  /**
   * Creates the assertion.
   *
   * @param actual the explanation
   */
  public ExplanationAssert(Explanation actual) {
    super(actual, ExplanationAssert.class);
  }

  /**
   * Verifies that the tree holds a step, such as {@code aggregate} or {@code quota}.
   *
   * @param step the step
   * @return this assertion
   */
  public ExplanationAssert hasStep(String step) {
    isNotNull();
    if (actual.find(step).isEmpty()) {
      List<String> steps = new ArrayList<>();
      collect(actual, steps);
      throwAssertionError(KippErrors.shouldHaveStep(step, steps));
    }
    return this;
  }

  /**
   * Verifies that the tree cites an instrument.
   *
   * @param instrument the instrument's text
   * @return this assertion
   */
  public ExplanationAssert cites(String instrument) {
    isNotNull();
    DecisionAssert.checkCites(this, "explanation of " + actual.label().english(), actual.allCitations(), instrument);
    return this;
  }

  private static void collect(Explanation e, List<String> out) {
    out.add(e.step());
    e.children().forEach(c -> collect(c, out));
  }
}
