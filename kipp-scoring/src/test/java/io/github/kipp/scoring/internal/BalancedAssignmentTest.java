package io.github.kipp.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BalancedAssignmentTest {

  private static int[] loads(int evaluators, int[][] assigned) {
    int[] load = new int[evaluators];
    for (int[] list : assigned) {
      for (int v : list) {
        load[v]++;
      }
    }
    return load;
  }

  @Test
  void an_evaluator_who_alone_may_score_some_proposals_takes_them_and_the_rest_is_spread() {
    // evaluator 0 may score all 12, evaluator 1 the first 6, evaluator 2 only proposal 0
    int[][] eligible = new int[12][];
    for (int p = 0; p < 12; p++) {
      eligible[p] = p == 0 ? new int[] {2, 1, 0} : p < 6 ? new int[] {1, 0} : new int[] {0};
    }
    int[][] assigned = BalancedAssignment.solve(3, 1, Integer.MAX_VALUE, eligible);

    assertThat(Arrays.stream(assigned).mapToInt(a -> a.length).sum()).isEqualTo(12);
    assertThat(loads(3, assigned)).containsExactly(6, 5, 1);
  }

  @Test
  void a_load_limit_caps_every_evaluator_and_leaves_the_rest_uncovered() {
    int[][] eligible = new int[5][];
    Arrays.fill(eligible, new int[] {0, 1});
    int[][] assigned = BalancedAssignment.solve(2, 2, 3, eligible);

    assertThat(loads(2, assigned)).containsExactly(3, 3);
    assertThat(Arrays.stream(assigned).mapToInt(a -> a.length).sum()).isEqualTo(6);
  }

  @Test
  void bad_arguments_are_refused() {
    assertThatThrownBy(() -> BalancedAssignment.solve(1, 0, 1, new int[0][])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BalancedAssignment.solve(1, 1, 1, new int[][] {{1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evaluator index 1 of proposal 0 is not in 0..0");
  }
}
