package io.github.kipp.scoring.stability;

import static io.github.kipp.scoring.stability.StabilityFixtures.fixed;
import static io.github.kipp.scoring.stability.StabilityFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The summary of a stability estimate, which lists at most five intervals and marks only a longer list as cut short. */
class RankStabilitySummaryTest {

  @Test
  void a_summary_of_exactly_five_intervals_lists_them_all_and_is_not_marked_cut_short() {
    // fixed scores keep their ranks in every replicate: intervals [r, r], and p = 1 for the Top 1 only
    RankStability five = RankStability.bootstrap(result(fixed("a", "90"), fixed("b", "80"), fixed("c", "70"), fixed("d", "60"), fixed("e", "50")),
        BootstrapOptions.newBuilder().seed(3).shortlistSize(1).replicates(100).build());

    assertThat(five.toString()).endsWith("[1. a [1, 1] p=1.0000, 2. b [2, 2] p=0.0000, 3. c [3, 3] p=0.0000, 4. d [4, 4] p=0.0000,"
        + " 5. e [5, 5] p=0.0000]");
    RankStability six = RankStability.bootstrap(result(fixed("a", "90"), fixed("b", "80"), fixed("c", "70"), fixed("d", "60"), fixed("e", "50"),
        fixed("f", "40")), BootstrapOptions.newBuilder().seed(3).shortlistSize(1).replicates(100).build());
    assertThat(six.toString()).endsWith("5. e [5, 5] p=0.0000, …]").doesNotContain("f [");
  }
}
