package io.github.kipp.scoring.internal;

/**
 * Assigns evaluators to proposals: as many (proposal, evaluator) slots as possible, with the
 * evaluators' loads as even as possible.
 *
 * <p>Proposals and evaluators are plain indices here. Each proposal {@code p} may take up to {@code
 * perProposal} distinct evaluators from {@code eligible[p]}, and each evaluator up to {@code maxLoad}
 * proposals. The flow network is source → proposal (capacity {@code perProposal}) → eligible
 * evaluator (capacity 1) → sink (capacity the evaluator's current level).
 *
 * <p><b>Balance.</b> Among all assignments that cover the maximum number of slots, the result is one
 * whose load vector is least majorised (decreasingly minimal): for every level {@code t} it
 * maximises the sum over evaluators of {@code min(load, t)}. Such a vector minimises the largest
 * load, then maximises the smallest one; in particular the loads differ by at most one whenever any
 * maximum assignment achieves that. It is reached by water-filling: the evaluators' sink capacities
 * are raised level by level and Dinic's algorithm augments from the current flow each time, which
 * never lowers a load; an evaluator the source no longer reaches in the residual network can never
 * gain again, so it keeps its load. Several levels are tried at once (doubling, then bisection), and a
 * trial is kept only when every evaluator still rising reaches the new level; otherwise it is undone,
 * which keeps the result identical to raising one level at a time.
 *
 * <p>Ties are broken by the order of the indices and of each {@code eligible[p]}: the caller
 * shuffles them with a seed.
 */
public final class BalancedAssignment {

  private BalancedAssignment() {}

  /**
   * Computes the assignment.
   *
   * @param evaluators the number of evaluators, at least 0
   * @param perProposal how many evaluators each proposal needs, at least 1
   * @param maxLoad the most proposals an evaluator may take, at least 1
   * @param eligible for each proposal, the distinct evaluator indices it may take, in the order to try
   *     them; not null
   * @return for each proposal, the evaluator indices assigned, in the order of {@code eligible[p]}
   * @throws IllegalArgumentException if a count or index is out of range
   */
  public static int[][] solve(int evaluators, int perProposal, int maxLoad, int[][] eligible) {
    if (evaluators < 0 || perProposal < 1 || maxLoad < 1) {
      throw new IllegalArgumentException("evaluators " + evaluators + ", per proposal " + perProposal + ", max load " + maxLoad + " out of range");
    }
    int proposals = eligible.length;
    long pairs = 0;
    for (int[] list : eligible) {
      pairs += list.length;
    }
    if (pairs + proposals + evaluators > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException(pairs + " eligible pairs are too many for one flow network");
    }
    int source = proposals + evaluators;
    int sink = source + 1;
    MaxFlow net = new MaxFlow(proposals + evaluators + 2, (int) pairs + proposals + evaluators);
    int[] degree = new int[evaluators];
    int[][] edgeOf = new int[proposals][];
    for (int p = 0; p < proposals; p++) {
      net.addEdge(source, p, Math.min(perProposal, eligible[p].length));
      edgeOf[p] = new int[eligible[p].length];
      for (int i = 0; i < eligible[p].length; i++) {
        int v = eligible[p][i];
        if (v < 0 || v >= evaluators) {
          throw new IllegalArgumentException("evaluator index " + v + " of proposal " + p + " is not in 0.." + (evaluators - 1));
        }
        edgeOf[p][i] = net.addEdge(p, proposals + v, 1);
        degree[v]++;
      }
    }
    int[] sinkEdge = new int[evaluators];
    boolean[] active = new boolean[evaluators];
    int activeCount = 0;
    int cap = 1;
    for (int v = 0; v < evaluators; v++) {
      sinkEdge[v] = net.addEdge(proposals + v, sink, 0);
      active[v] = degree[v] > 0;
      activeCount += active[v] ? 1 : 0;
      cap = Math.max(cap, Math.min(maxLoad, degree[v]));
    }
    fill(net, source, sink, proposals, sinkEdge, active, activeCount, cap);
    int[][] assigned = new int[proposals][];
    for (int p = 0; p < proposals; p++) {
      int count = 0;
      for (int e : edgeOf[p]) {
        count += net.flow(e);
      }
      assigned[p] = new int[count];
      int j = 0;
      for (int i = 0; i < edgeOf[p].length; i++) {
        if (net.flow(edgeOf[p][i]) > 0) {
          assigned[p][j++] = eligible[p][i];
        }
      }
    }
    return assigned;
  }

  /**
   * Water-fills the evaluators' loads up to {@code cap}. Evaluator {@code v} is node {@code
   * firstEvaluator + v}. {@code level} is the load of every active evaluator; {@code ceiling}, when
   * known, a level the current active set cannot all reach, so no later trial aims at it or above.
   */
  private static void fill(MaxFlow net, int source, int sink, int firstEvaluator, int[] sinkEdge, boolean[] active, int activeCount, int cap) {
    int level = 0;
    int step = 1;
    int ceiling = Integer.MAX_VALUE;
    int remaining = activeCount;
    while (remaining > 0) {
      int goal = ceiling == Integer.MAX_VALUE ? level + step : level + (ceiling - level) / 2;
      goal = Math.max(level + 1, Math.min(goal, cap));
      boolean single = goal == level + 1;
      int[] saved = single ? null : net.residuals();
      for (int v = 0; v < active.length; v++) {
        if (active[v]) {
          net.setCapacity(sinkEdge[v], goal);
        }
      }
      net.augment(source, sink);
      if (saved != null && !allReached(net, sinkEdge, active, goal)) {
        net.restore(saved);
        ceiling = goal;
        continue;
      }
      level = goal;
      step = (int) Math.min(2L * step, cap);
      int before = remaining;
      for (int v = 0; v < active.length; v++) {
        if (active[v] && (!net.reachable(firstEvaluator + v) || net.flow(sinkEdge[v]) >= cap)) {
          active[v] = false;
          remaining--;
        }
      }
      if (remaining < before) {
        ceiling = Integer.MAX_VALUE;
      }
    }
  }

  private static boolean allReached(MaxFlow net, int[] sinkEdge, boolean[] active, int goal) {
    for (int v = 0; v < active.length; v++) {
      if (active[v] && net.flow(sinkEdge[v]) < goal) {
        return false;
      }
    }
    return true;
  }
}
