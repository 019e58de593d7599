package io.github.kipp.scoring.internal;

import java.util.Arrays;

/**
 * A flow network held in int arrays, with Dinic's maximum-flow algorithm.
 *
 * <p>Edges are stored in pairs: the forward edge at an even index and its reverse at the next odd
 * index, so {@code e ^ 1} is the partner of {@code e}. Only residual capacities are stored; the flow
 * on a forward edge is the residual of its reverse. {@link #augment(int, int)} continues from the
 * current flow, so capacities may be raised between calls and a search resumed; {@link
 * #residuals()} and {@link #restore(int[])} undo a trial.
 *
 * <p>Not thread-safe: one instance belongs to one computation.
 */
public final class MaxFlow {

  private final int nodes;
  private final int[] head;
  private final int[] level;
  private final int[] current;
  private final int[] queue;
  private final int[] path;
  private int[] next;
  private int[] target;
  private int[] residual;
  private int edges;

  /**
   * Creates an empty network.
   *
   * @param nodes the number of nodes, numbered from 0; at least 2
   * @param expectedEdges how many forward edges will be added, to size the arrays; at least 0
   * @throws IllegalArgumentException if a count is out of range
   */
  public MaxFlow(int nodes, int expectedEdges) {
    if (nodes < 2 || expectedEdges < 0 || expectedEdges > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("a flow network needs at least 2 nodes and 0 to " + Integer.MAX_VALUE / 2 + " edges, got " + nodes + " and " + expectedEdges);
    }
    this.nodes = nodes;
    this.head = new int[nodes];
    Arrays.fill(head, -1);
    this.level = new int[nodes];
    this.current = new int[nodes];
    this.queue = new int[nodes];
    this.path = new int[nodes];
    int size = Math.max(2, 2 * expectedEdges);
    this.next = new int[size];
    this.target = new int[size];
    this.residual = new int[size];
  }

  /**
   * Adds an edge and its reverse.
   *
   * @param from the tail node
   * @param to the head node
   * @param capacity the capacity, at least 0
   * @return the index of the forward edge, even
   * @throws IllegalArgumentException if a node or the capacity is out of range
   */
  public int addEdge(int from, int to, int capacity) {
    checkNode(from);
    checkNode(to);
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity " + capacity + " is negative");
    }
    if (edges + 2 > residual.length) {
      int size = (int) Math.min((long) residual.length * 2, Integer.MAX_VALUE - 8);
      next = Arrays.copyOf(next, size);
      target = Arrays.copyOf(target, size);
      residual = Arrays.copyOf(residual, size);
    }
    int e = edges;
    link(e, from, to, capacity);
    link(e + 1, to, from, 0);
    edges += 2;
    return e;
  }

  private void link(int e, int from, int to, int capacity) {
    target[e] = to;
    residual[e] = capacity;
    next[e] = head[from];
    head[from] = e;
  }

  private void checkNode(int node) {
    if (node < 0 || node >= nodes) {
      throw new IllegalArgumentException("node " + node + " is not in 0.." + (nodes - 1));
    }
  }

  private void checkForward(int edge) {
    if (edge < 0 || edge >= edges || (edge & 1) != 0) {
      throw new IllegalArgumentException("edge " + edge + " is not a forward edge of this network");
    }
  }

  /**
   * Changes the capacity of a forward edge, keeping its flow.
   *
   * @param edge a forward edge
   * @param capacity the new capacity, at least the edge's flow
   * @throws IllegalArgumentException if the edge is not a forward edge or the capacity is below its
   *     flow
   */
  public void setCapacity(int edge, int capacity) {
    checkForward(edge);
    int flow = residual[edge + 1];
    if (capacity < flow) {
      throw new IllegalArgumentException("capacity " + capacity + " is below the flow " + flow + " of edge " + edge);
    }
    residual[edge] = capacity - flow;
  }

  /**
   * Returns the flow on a forward edge.
   *
   * @param edge a forward edge
   * @return the flow, at least 0
   * @throws IllegalArgumentException if the edge is not a forward edge
   */
  public int flow(int edge) {
    checkForward(edge);
    return residual[edge + 1];
  }

  /**
   * Pushes as much flow as possible from a source to a sink, starting from the current flow.
   * Afterwards {@link #reachable(int)} tells which nodes the source still reaches.
   *
   * @param source the source node
   * @param sink the sink node, not the source
   * @return the flow added by this call
   * @throws IllegalArgumentException if a node is out of range or the two are equal
   */
  public long augment(int source, int sink) {
    checkNode(source);
    checkNode(sink);
    if (source == sink) {
      throw new IllegalArgumentException("source and sink are both node " + source);
    }
    long total = 0;
    while (levels(source, sink)) {
      System.arraycopy(head, 0, current, 0, nodes);
      total += blockingFlow(source, sink);
    }
    return total;
  }

  /**
   * Returns whether the source reached a node in the residual network, without passing through the
   * sink, in the last search of {@link #augment(int, int)}. After a completed {@code augment} these
   * are the nodes on the source side of a minimum cut.
   *
   * @param node the node
   * @return true if reached
   */
  public boolean reachable(int node) {
    return level[node] >= 0;
  }

  /**
   * Returns a copy of the residual capacities, to {@link #restore(int[])} later.
   *
   * @return the copy, not null
   */
  public int[] residuals() {
    return Arrays.copyOf(residual, edges);
  }

  /**
   * Restores residual capacities saved by {@link #residuals()}, undoing every flow and capacity
   * change since. Edges must not have been added in between.
   *
   * @param saved the saved residuals, not null
   * @throws IllegalArgumentException if the number of edges changed
   */
  public void restore(int[] saved) {
    if (saved.length != edges) {
      throw new IllegalArgumentException("saved residuals cover " + saved.length + " edges, the network has " + edges);
    }
    System.arraycopy(saved, 0, residual, 0, edges);
  }

  /** Breadth-first levels from the source; the sink is not expanded. Returns whether it was reached. */
  private boolean levels(int source, int sink) {
    Arrays.fill(level, -1);
    level[source] = 0;
    int read = 0;
    int write = 0;
    queue[write++] = source;
    while (read < write) {
      int u = queue[read++];
      if (u == sink || (level[sink] >= 0 && level[u] >= level[sink])) {
        continue;
      }
      for (int e = head[u]; e != -1; e = next[e]) {
        int v = target[e];
        if (residual[e] > 0 && level[v] < 0) {
          level[v] = level[u] + 1;
          queue[write++] = v;
        }
      }
    }
    return level[sink] >= 0;
  }

  /** Finds augmenting paths in the level graph with an explicit stack, so deep paths cannot overflow. */
  private long blockingFlow(int source, int sink) {
    long total = 0;
    int depth = 0;
    int u = source;
    while (true) {
      if (u == sink) {
        int push = Integer.MAX_VALUE;
        for (int i = 0; i < depth; i++) {
          push = Math.min(push, residual[path[i]]);
        }
        for (int i = 0; i < depth; i++) {
          residual[path[i]] -= push;
          residual[path[i] ^ 1] += push;
        }
        total += push;
        depth = 0;
        u = source;
        continue;
      }
      int e = current[u];
      while (e != -1 && (residual[e] == 0 || level[target[e]] != level[u] + 1)) {
        e = next[e];
      }
      current[u] = e;
      if (e != -1) {
        path[depth++] = e;
        u = target[e];
      } else if (u == source) {
        return total;
      } else {
        level[u] = -1;
        int back = path[--depth];
        u = target[back ^ 1];
        current[u] = next[current[u]];
      }
    }
  }
}
