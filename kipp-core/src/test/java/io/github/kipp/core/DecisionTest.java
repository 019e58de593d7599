package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class DecisionTest {

  private static final Citation AGE =
      Citation.reported("KepmenPANRB 161/2021", "Lampiran, section UNKNOWN").withSources("S18");
  private static final Citation DEFAULT =
      Citation.unknown("KepmenPANRB 161/2021", "partial start dates count from their earliest day");

  @Test
  void a_failing_decision_needs_a_reason() {
    assertThatThrownBy(
            () -> new Decision("proposal p-1", "eligibility.age", Decision.Outcome.FAIL, ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eligibility.age")
        .hasMessageContaining("proposal p-1");
  }

  @Test
  void a_decision_reports_the_weakest_confidence_it_rests_on() {
    Decision d =
        Decision.fail(
            "proposal p-1",
            "eligibility.age",
            Reason.of("age.tooYoung", LocalizedText.of("terlalu muda", "too young"), AGE),
            Reason.of("age.partialDate", LocalizedText.of("tanggal parsial", "partial date"), DEFAULT, AGE));

    assertThat(d.passed()).isFalse();
    assertThat(d.citations()).containsExactly(AGE, DEFAULT);
    assertThat(d.weakestConfidence()).contains(Confidence.UNKNOWN);
    assertThat(d.toString()).contains("FAIL").contains("too young");
  }

  @Test
  void a_decision_that_cites_nothing_has_no_confidence() {
    Decision d = Decision.pass("proposal p-1", "host.policy");

    assertThat(d.passed()).isTrue();
    assertThat(d.weakestConfidence()).isEmpty();
  }
}
