package io.github.kipp.testkit;

import static io.github.kipp.testkit.KippAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Confidence;
import io.github.kipp.core.Decision;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.rank.TieBreaks;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class KippAssertionsTest {

  private static final Decision FAILED = Decision.fail("proposal p-1", "minimum-age",
      Reason.of("kipp.eligibility.age.fail", LocalizedText.same("too young"), SampleModule.BASIS));

  private static Ranking ranking() {
    return Ranker.withTieBreaks(TieBreaks.earlierSubmission(SampleModule.BASIS)).rank(List.of(
        Candidate.of(KippBuilders.proposal().id("a").build(), new BigDecimal("80")),
        Candidate.of(KippBuilders.proposal().id("b").build(), new BigDecimal("90"))));
  }

  @Test
  void decision_assertions_pass_on_the_truth() {
    assertThat(FAILED).failed().hasReason("kipp.eligibility.age.fail").cites("Pedoman Uji").restsOn(Confidence.REPORTED);
    assertThat(ranking()).hasOrder("b", "a").hasRank("a", 2);
  }

  @Test
  void decision_assertions_fail_with_messages_that_say_why() {
    assertThatThrownBy(() -> assertThat(FAILED).passed())
        .hasMessageContaining("minimum-age on proposal p-1").hasMessageContaining("to pass, but it failed with").hasMessageContaining("too young");
    assertThatThrownBy(() -> assertThat(FAILED).hasReason("kipp.other"))
        .hasMessageContaining("to have a reason with code").hasMessageContaining("kipp.eligibility.age.fail");
    assertThatThrownBy(() -> assertThat(FAILED).cites("PermenPANRB 7/2021"))
        .hasMessageContaining("to cite an instrument containing").hasMessageContaining("Pedoman Uji 1/2023");
    assertThatThrownBy(() -> assertThat(FAILED).restsOn(Confidence.REGULATION)).hasMessageContaining("weakest confidence is REPORTED");
  }

  @Test
  void ranking_assertions_fail_with_messages_that_say_why() {
    assertThatThrownBy(() -> assertThat(ranking()).hasOrder("a", "b")).hasMessageContaining("[\"a\", \"b\"]").hasMessageContaining("[\"b\", \"a\"]");
    assertThatThrownBy(() -> assertThat(ranking()).hasRank("a", 1)).hasMessageContaining("proposal \"a\" to have rank 1 but it has 2");
    assertThatThrownBy(() -> assertThat(ranking()).hasTieBrokenBy("a", "draw")).hasMessageContaining("no tie-break");
  }

  @Test
  void soft_assertions_collect_every_failure() {
    KippSoftAssertions softly = new KippSoftAssertions();
    softly.assertThat(FAILED).passed();
    softly.assertThat(ranking()).hasRank("a", 1);

    assertThatThrownBy(softly::assertAll).hasMessageContaining("to pass").hasMessageContaining("to have rank 1");
  }
}
