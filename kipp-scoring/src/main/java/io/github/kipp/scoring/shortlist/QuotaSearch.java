package io.github.kipp.scoring.shortlist;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.LocalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact feasibility oracle of the {@link Shortlister}: can the minimums still be met, within the
 * maximums, by adding at most a number of the remaining candidates to what is already chosen?
 *
 * <p>A depth-first search over the remaining deficits. Only candidates that help an unmet minimum
 * and fit every maximum matter; candidates alike in every quota-relevant attribute form one class, so
 * only how many of a class are taken is searched (the best-ranked of them stand for the rest). At each
 * node the most constrained unmet minimum is chosen and each class that helps it is tried in turn,
 * the classes already tried being left out of the later branches, so no set is visited twice. Nodes
 * are pruned by bounds: per dimension, the deficits of its values sum to at most the places left (a
 * candidate has one value per dimension); per pair of dimensions, the two sums less what candidates
 * helping both can cover; per minimum, the candidates that can still help it, within the caps they
 * share; and the same per-dimension and pair bounds inside each maximum, for the picks a minimum can
 * only get from candidates that maximum counts. A cap on each value that no completion can reach is
 * left out of the classes.
 *
 * <p>The search counts its nodes and throws {@link QuotaSolverException} past its budget rather than
 * guess.
 */
final class QuotaSearch {

  private static final int DIMENSIONS = QuotaDimension.values().length;

  private final ImmutableList<Quota> quotas;
  private final int budget;
  private final LocalizedText where;

  QuotaSearch(ImmutableList<Quota> quotas, int budget, LocalizedText where) {
    this.quotas = quotas;
    this.budget = budget;
    this.where = where;
  }

  /** A candidate's value of each quota's dimension, and whether each quota counts it. */
  static final class Profile {
    final int index;
    final String[] values;
    final boolean[] matches;

    Profile(int index, String[] values, ImmutableList<Quota> quotas) {
      this.index = index;
      this.values = values;
      this.matches = new boolean[quotas.size()];
      for (int i = 0; i < quotas.size(); i++) {
        matches[i] = quotas.get(i).counts(values[i]);
      }
    }
  }

  /** How many chosen candidates each quota counts so far. */
  static final class Tally {
    private final ImmutableList<Quota> quotas;
    private final int[] specific;
    private final List<Map<String, Integer>> each;

    Tally(ImmutableList<Quota> quotas) {
      this.quotas = quotas;
      this.specific = new int[quotas.size()];
      this.each = new ArrayList<>(quotas.size());
      for (int i = 0; i < quotas.size(); i++) {
        each.add(new HashMap<>());
      }
    }

    int count(int quota, Profile p) {
      return quotas.get(quota).isEachValue() ? eachCount(quota, p.values[quota]) : specific[quota];
    }

    int eachCount(int quota, String value) {
      return each.get(quota).getOrDefault(value, 0);
    }

    /** For a quota on one value, its count; for a cap on each value, the count of the fullest value. */
    int reported(int quota) {
      return quotas.get(quota).isEachValue()
          ? each.get(quota).values().stream().mapToInt(Integer::intValue).max().orElse(0)
          : specific[quota];
    }

    int deficit(int quota) {
      Quota q = quotas.get(quota);
      return q.isEachValue() ? 0 : Math.max(0, q.min() - specific[quota]);
    }

    boolean fits(Profile p) {
      return exceeded(p).isEmpty();
    }

    /** The quotas whose maximum adding the candidate would exceed, in order. */
    List<Integer> exceeded(Profile p) {
      List<Integer> out = new ArrayList<>(0);
      for (int i = 0; i < quotas.size(); i++) {
        if (p.matches[i] && count(i, p) + 1 > quotas.get(i).maxOrUnbounded()) {
          out.add(i);
        }
      }
      return out;
    }

    void add(Profile p) {
      change(p, 1);
    }

    void remove(Profile p) {
      change(p, -1);
    }

    private void change(Profile p, int by) {
      for (int i = 0; i < quotas.size(); i++) {
        if (p.matches[i]) {
          if (quotas.get(i).isEachValue()) {
            each.get(i).merge(p.values[i], by, Integer::sum);
          } else {
            specific[i] += by;
          }
        }
      }
    }
  }

  /**
   * Returns whether some set of at most {@code places} candidates from the pool, added to the
   * tally, meets every active minimum without exceeding any maximum.
   *
   * @param tally what is chosen so far; unchanged on return
   * @param places how many more may be chosen
   * @param pool the candidates that may still be chosen
   * @param active which quotas' minimums count (a quota not active is treated as met)
   * @throws QuotaSolverException if the search passes its node budget
   */
  boolean feasible(Tally tally, int places, List<Profile> pool, boolean[] active) {
    return new Run(tally, places, pool, active).result();
  }

  /** One search: the candidates grouped into classes, and the counts as the search changes them. */
  private final class Run {
    private final int m = quotas.size();
    private final int places;
    private final boolean[] isEach = new boolean[m];
    private final int[] min = new int[m];
    private final int[] max = new int[m];
    private final int[] dimension = new int[m];
    private final int[] group = new int[m];
    private int groupCount;
    private int[] groupDim = new int[0];
    private int classCount;
    private int[] avail = new int[0];
    private boolean[][] match = new boolean[0][];
    private int[][] slot = new int[0][];
    private final int[][] cnt = new int[m][];
    private final boolean unmetAtStart;
    private int nodes;

    Run(Tally tally, int places, List<Profile> pool, boolean[] active) {
      this.places = places;
      Map<String, Integer> groups = new LinkedHashMap<>();
      List<Integer> dims = new ArrayList<>();
      List<Integer> unmet = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        Quota q = quotas.get(i);
        isEach[i] = q.isEachValue();
        min[i] = active[i] ? q.min() : 0;
        max[i] = q.maxOrUnbounded();
        dimension[i] = q.dimension().ordinal();
        group[i] = -1;
        if (!isEach[i] && min[i] > 0) {
          String key = q.dimension() + "\u0000" + q.value().orElse("");
          Integer g = groups.get(key);
          if (g == null) {
            g = groups.size();
            groups.put(key, g);
            dims.add(dimension[i]);
          }
          group[i] = g;
          if (tally.deficit(i) > 0) {
            unmet.add(i);
          }
        }
      }
      groupCount = groups.size();
      groupDim = dims.stream().mapToInt(Integer::intValue).toArray();
      unmetAtStart = !unmet.isEmpty();
      if (unmetAtStart) {
        buildClasses(tally, pool, unmet);
      }
    }

    private void buildClasses(Tally tally, List<Profile> pool, List<Integer> unmet) {
      List<Profile> relevant = new ArrayList<>();
      for (Profile p : pool) {
        if (unmet.stream().anyMatch(i -> p.matches[i]) && tally.fits(p)) {
          relevant.add(p);
        }
      }
      // A cap on a value no completion can reach is irrelevant: leaving it out merges classes.
      List<Map<String, Integer>> slots = new ArrayList<>(m);
      for (int i = 0; i < m; i++) {
        Map<String, Integer> s = new LinkedHashMap<>();
        if (isEach[i] && max[i] != Integer.MAX_VALUE) {
          Map<String, Integer> inValue = new HashMap<>();
          for (Profile p : relevant) {
            inValue.merge(p.values[i], 1, Integer::sum);
          }
          for (Profile p : relevant) {
            String v = p.values[i];
            if (!s.containsKey(v) && tally.eachCount(i, v) + Math.min(places, inValue.getOrDefault(v, 0)) > max[i]) {
              s.put(v, s.size());
            }
          }
        }
        slots.add(s);
      }
      Map<String, Integer> classes = new LinkedHashMap<>();
      List<int[]> classSlots = new ArrayList<>();
      List<boolean[]> classMatch = new ArrayList<>();
      List<Integer> counts = new ArrayList<>();
      StringBuilder signature = new StringBuilder();
      for (Profile p : relevant) {
        signature.setLength(0);
        int[] s = new int[m];
        boolean[] mt = new boolean[m];
        for (int i = 0; i < m; i++) {
          if (isEach[i]) {
            Integer at = slots.get(i).get(p.values[i]);
            s[i] = at == null ? -1 : at;
            mt[i] = at != null;
            signature.append(s[i]).append(',');
          } else {
            s[i] = -1;
            mt[i] = p.matches[i];
            signature.append(mt[i] ? '1' : '0');
          }
        }
        String key = signature.toString();
        Integer k = classes.get(key);
        if (k == null) {
          classes.put(key, classes.size());
          classSlots.add(s);
          classMatch.add(mt);
          counts.add(1);
        } else {
          counts.set(k, counts.get(k) + 1);
        }
      }
      classCount = classes.size();
      avail = counts.stream().mapToInt(Integer::intValue).toArray();
      match = classMatch.toArray(new boolean[0][]);
      slot = classSlots.toArray(new int[0][]);
      for (int i = 0; i < m; i++) {
        if (isEach[i]) {
          cnt[i] = new int[slots.get(i).size()];
          for (Map.Entry<String, Integer> e : slots.get(i).entrySet()) {
            cnt[i][e.getValue()] = tally.eachCount(i, e.getKey());
          }
        } else {
          cnt[i] = new int[] {tally.specific[i]};
        }
      }
    }

    boolean result() {
      return !unmetAtStart || dfs(places);
    }

    private int headroom(int k) {
      int h = Integer.MAX_VALUE;
      for (int i = 0; i < m; i++) {
        if (match[k][i] && max[i] != Integer.MAX_VALUE) {
          h = Math.min(h, max[i] - (isEach[i] ? cnt[i][slot[k][i]] : cnt[i][0]));
        }
      }
      return h;
    }

    private void take(int k, int by) {
      avail[k] -= by;
      for (int i = 0; i < m; i++) {
        if (match[k][i]) {
          cnt[i][isEach[i] ? slot[k][i] : 0] += by;
        }
      }
    }

    private boolean dfs(int left) {
      if (++nodes > budget) {
        throw new QuotaSolverException(budget, where);
      }
      int[] deficit = new int[m];
      boolean any = false;
      for (int i = 0; i < m; i++) {
        if (!isEach[i] && min[i] > cnt[i][0]) {
          deficit[i] = min[i] - cnt[i][0];
          any = true;
        }
      }
      if (!any) {
        return true;
      }
      if (left == 0) {
        return false;
      }
      int[] capacity = new int[classCount];
      int[] helpCount = new int[classCount];
      boolean[][] helps = new boolean[classCount][DIMENSIONS];
      for (int k = 0; k < classCount; k++) {
        if (avail[k] > 0) {
          capacity[k] = Math.max(0, Math.min(avail[k], headroom(k)));
        }
        if (capacity[k] > 0) {
          for (int i = 0; i < m; i++) {
            if (deficit[i] > 0 && match[k][i]) {
              helps[k][dimension[i]] = true;
              helpCount[k]++;
            }
          }
        }
      }
      if (beyond(left, deficit, -1, capacity, helps)) {
        return false;
      }
      // The same bounds inside each maximum: the picks a minimum can only get from a capped value.
      for (int j = 0; j < m; j++) {
        if (!isEach[j] && max[j] != Integer.MAX_VALUE) {
          int[] need = new int[m];
          boolean needed = false;
          for (int i = 0; i < m; i++) {
            if (deficit[i] > 0) {
              long elsewhere = 0;
              for (int k = 0; k < classCount; k++) {
                if (match[k][i] && !match[k][j]) {
                  elsewhere += capacity[k];
                }
              }
              need[i] = (int) Math.max(0, deficit[i] - elsewhere);
              needed |= need[i] > 0;
            }
          }
          if (needed && beyond(max[j] - cnt[j][0], need, j, capacity, helps)) {
            return false;
          }
        }
      }
      int chosen = -1;
      long chosenSlack = Long.MAX_VALUE;
      for (int i = 0; i < m; i++) {
        if (deficit[i] > 0) {
          long c = coverable(i, capacity);
          if (c < deficit[i]) {
            return false;
          }
          if (c - deficit[i] < chosenSlack) {
            chosenSlack = c - deficit[i];
            chosen = i;
          }
        }
      }
      List<Integer> branches = new ArrayList<>();
      for (int k = 0; k < classCount; k++) {
        if (capacity[k] > 0 && match[k][chosen]) {
          branches.add(k);
        }
      }
      branches.sort(Comparator.<Integer>comparingInt(k -> -helpCount[k]).thenComparingInt(k -> k));
      int[] saved = new int[branches.size()];
      int tried = 0;
      boolean found = false;
      for (int k : branches) {
        take(k, 1);
        boolean ok = dfs(left - 1);
        take(k, -1);
        if (ok) {
          found = true;
          break;
        }
        // Every later branch leaves this class out: a set using it was searched here.
        saved[tried++] = avail[k];
        avail[k] = 0;
      }
      for (int t = 0; t < tried; t++) {
        avail[branches.get(t)] = saved[t];
      }
      return found;
    }

    /**
     * Whether minimums need more picks than a limit allows: per dimension the needs of its values
     * add up (a candidate has one value per dimension), and for two dimensions only candidates that
     * help both count once for both. With {@code within} at or above zero, only candidates that the
     * maximum {@code within} counts are considered.
     */
    private boolean beyond(int limit, int[] need, int within, int[] capacity, boolean[][] helps) {
      int[] groupNeed = new int[groupCount];
      for (int i = 0; i < m; i++) {
        if (need[i] > 0) {
          groupNeed[group[i]] = Math.max(groupNeed[group[i]], need[i]);
        }
      }
      long[] dimSum = new long[DIMENSIONS];
      for (int g = 0; g < groupCount; g++) {
        dimSum[groupDim[g]] += groupNeed[g];
      }
      for (int d1 = 0; d1 < DIMENSIONS; d1++) {
        if (dimSum[d1] > limit) {
          return true;
        }
        for (int d2 = d1 + 1; d2 < DIMENSIONS && dimSum[d1] > 0; d2++) {
          if (dimSum[d2] > 0) {
            long both = 0;
            for (int k = 0; k < classCount; k++) {
              if (helps[k][d1] && helps[k][d2] && (within < 0 || match[k][within])) {
                both += capacity[k];
              }
            }
            if (dimSum[d1] + dimSum[d2] - Math.min(Math.min(dimSum[d1], dimSum[d2]), both) > limit) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** How many more a minimum can gain: its classes' capacities, within each cap they share. */
    private long coverable(int quota, int[] capacity) {
      long total = 0;
      for (int k = 0; k < classCount; k++) {
        if (match[k][quota]) {
          total += capacity[k];
        }
      }
      for (int j = 0; j < m; j++) {
        if (isEach[j] && cnt[j].length > 0) {
          long[] perSlot = new long[cnt[j].length];
          long free = 0;
          for (int k = 0; k < classCount; k++) {
            if (match[k][quota] && capacity[k] > 0) {
              if (slot[k][j] >= 0) {
                perSlot[slot[k][j]] += capacity[k];
              } else {
                free += capacity[k];
              }
            }
          }
          long alternative = free;
          for (int s = 0; s < perSlot.length; s++) {
            alternative += Math.min(perSlot[s], Math.max(0, max[j] - cnt[j][s]));
          }
          total = Math.min(total, alternative);
        }
      }
      return total;
    }
  }
}
