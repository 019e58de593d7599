package io.github.kipp.scoring.panel;

import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Proposal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A slow, independent check of the assigner on small cases: eligibility straight from the policy,
 * Edmonds–Karp on a capacity matrix for the largest coverage, and a search for a load-improving chain
 * of swaps.
 */
final class AssignmentOracle {

  private final boolean[][] eligible;
  private final int perProposal;
  private final int maxLoad;

  private AssignmentOracle(boolean[][] eligible, int perProposal, int maxLoad) {
    this.eligible = eligible;
    this.perProposal = perProposal;
    this.maxLoad = maxLoad;
  }

  /** Eligibility of proposal i (in the given order) and evaluator j (in panel order). */
  static AssignmentOracle of(List<Proposal> proposals, Panel panel, ConflictOfInterestPolicy policy, AssignmentOptions options) {
    List<Evaluator> evaluators = panel.evaluators();
    boolean[][] eligible = new boolean[proposals.size()][evaluators.size()];
    for (int i = 0; i < proposals.size(); i++) {
      for (int j = 0; j < evaluators.size(); j++) {
        Evaluator e = evaluators.get(j);
        Proposal p = proposals.get(i);
        eligible[i][j] = policy.conflict(e, p).isEmpty() && (!options.expertiseRequired() || e.covers(p.category()));
      }
    }
    return new AssignmentOracle(eligible, options.evaluatorsPerProposal(), options.maxLoadPerEvaluator().orElse(Integer.MAX_VALUE));
  }

  boolean eligible(int proposal, int evaluator) {
    return eligible[proposal][evaluator];
  }

  /** The most slots any valid assignment fills. */
  int maxCoverage() {
    return maxCoverage(maxLoad);
  }

  /** The smallest largest load among assignments that fill the most slots. */
  int minMaxLoad() {
    int best = maxCoverage();
    int load = 0;
    while (maxCoverage(load) < best) {
      load++;
    }
    return load;
  }

  private int maxCoverage(int load) {
    int n = eligible.length;
    int m = n == 0 ? 0 : eligible[0].length;
    int s = n + m;
    int t = s + 1;
    int[][] cap = new int[n + m + 2][n + m + 2];
    for (int i = 0; i < n; i++) {
      cap[s][i] = perProposal;
      for (int j = 0; j < m; j++) {
        cap[i][n + j] = eligible[i][j] ? 1 : 0;
      }
    }
    for (int j = 0; j < m; j++) {
      cap[n + j][t] = (int) Math.min(load, n);
    }
    int flow = 0;
    while (true) {
      int[] parent = new int[n + m + 2];
      Arrays.fill(parent, -1);
      parent[s] = s;
      Deque<Integer> queue = new ArrayDeque<>();
      queue.add(s);
      while (!queue.isEmpty() && parent[t] < 0) {
        int u = queue.poll();
        for (int v = 0; v < n + m + 2; v++) {
          if (cap[u][v] > 0 && parent[v] < 0) {
            parent[v] = u;
            queue.add(v);
          }
        }
      }
      if (parent[t] < 0) {
        return flow;
      }
      for (int v = t; v != s; v = parent[v]) {
        cap[parent[v]][v]--;
        cap[v][parent[v]]++;
      }
      flow++;
    }
  }

  /**
   * Looks for an evaluator u and an evaluator v with at least two proposals fewer that could take
   * one of u's proposals, directly or through a chain of swaps that keeps the coverage; there is none
   * exactly when the loads are least majorised.
   */
  Optional<String> improvingSwap(List<Proposal> proposals, Panel panel, Assignment assignment) {
    List<Evaluator> evaluators = panel.evaluators();
    int n = proposals.size();
    int m = evaluators.size();
    boolean[][] assigned = new boolean[n][m];
    int[] count = new int[n];
    int[] load = new int[m];
    for (int i = 0; i < n; i++) {
      ProposalId id = proposals.get(i).id();
      for (int j = 0; j < m; j++) {
        assigned[i][j] = assignment.isAssigned(evaluators.get(j).id(), id);
        count[i] += assigned[i][j] ? 1 : 0;
        load[j] += assigned[i][j] ? 1 : 0;
      }
    }
    // nodes: proposals 0..n-1, evaluators n..n+m-1, the source n+m
    int source = n + m;
    for (int u = 0; u < m; u++) {
      boolean[] seen = new boolean[n + m + 1];
      Deque<Integer> queue = new ArrayDeque<>();
      seen[n + u] = true;
      queue.add(n + u);
      while (!queue.isEmpty()) {
        int x = queue.poll();
        for (int y = 0; y <= n + m; y++) {
          if (!seen[y] && residual(x, y, n, source, assigned, count)) {
            seen[y] = true;
            queue.add(y);
            if (y >= n && y < n + m && load[y - n] < maxLoad && load[u] >= load[y - n] + 2) {
              return Optional.of(evaluators.get(u).id() + " (load " + load[u] + ") could pass a proposal to "
                  + evaluators.get(y - n).id() + " (load " + load[y - n] + ")");
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  private boolean residual(int x, int y, int n, int source, boolean[][] assigned, int[] count) {
    boolean xEvaluator = x >= n && x < source;
    boolean yEvaluator = y >= n && y < source;
    if (xEvaluator && y < n) {
      return assigned[y][x - n];
    }
    if (x < n && yEvaluator) {
      return eligible[x][y - n] && !assigned[x][y - n];
    }
    if (x < n && y == source) {
      return count[x] > 0;
    }
    if (x == source && y < n) {
      return count[y] < perProposal;
    }
    return false;
  }
}
