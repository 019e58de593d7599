package io.github.kipp.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaxFlowTest {

  /** The network of Cormen et al., figure 26.1: its maximum flow is 23. */
  private static MaxFlow textbook(int[] edges) {
    MaxFlow net = new MaxFlow(6, 2);
    int[][] list = {{0, 1, 16}, {0, 2, 13}, {1, 3, 12}, {2, 1, 4}, {2, 4, 14}, {3, 2, 9}, {3, 5, 20}, {4, 3, 7}, {4, 5, 4}};
    for (int i = 0; i < list.length; i++) {
      edges[i] = net.addEdge(list[i][0], list[i][1], list[i][2]);
    }
    return net;
  }

  @Test
  void finds_the_maximum_flow_of_the_textbook_network_and_the_source_side_of_its_cut() {
    int[] edges = new int[9];
    MaxFlow net = textbook(edges);

    assertThat(net.augment(0, 5)).isEqualTo(23);
    assertThat(net.augment(0, 5)).isZero();
    assertThat(net.flow(edges[6]) + net.flow(edges[8])).isEqualTo(23);
    assertThat(new boolean[] {net.reachable(0), net.reachable(1), net.reachable(2), net.reachable(3), net.reachable(4), net.reachable(5)})
        .containsExactly(true, true, true, false, true, false);
  }

  @Test
  void raising_a_capacity_resumes_from_the_current_flow_and_a_restore_undoes_it() {
    int[] edges = new int[9];
    MaxFlow net = textbook(edges);
    net.augment(0, 5);
    int[] saved = net.residuals();

    net.setCapacity(edges[8], 10);
    assertThat(net.augment(0, 5)).isEqualTo(2);
    net.restore(saved);
    assertThat(net.flow(edges[8])).isEqualTo(4);
    assertThat(net.augment(0, 5)).isZero();
  }

  @Test
  void a_long_chain_is_augmented_without_deep_recursion() {
    int n = 200_000;
    MaxFlow net = new MaxFlow(n, n - 1);
    for (int i = 0; i + 1 < n; i++) {
      net.addEdge(i, i + 1, 1);
    }
    assertThat(net.augment(0, n - 1)).isEqualTo(1);
  }

  @Test
  void misuse_is_refused_with_the_offending_value() {
    MaxFlow net = new MaxFlow(2, 1);
    int e = net.addEdge(0, 1, 3);
    net.augment(0, 1);

    assertThatThrownBy(() -> net.setCapacity(e, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity 2 is below the flow 3");
    assertThatThrownBy(() -> net.flow(e + 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edge 1 is not a forward edge");
    assertThatThrownBy(() -> net.addEdge(0, 2, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node 2 is not in 0..1");
    assertThatThrownBy(() -> net.addEdge(0, 1, -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity -1 is negative");
    assertThatThrownBy(() -> net.augment(1, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source and sink are both node 1");
    assertThatThrownBy(() -> net.restore(new int[5])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cover 5 edges");
    assertThatThrownBy(() -> new MaxFlow(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
