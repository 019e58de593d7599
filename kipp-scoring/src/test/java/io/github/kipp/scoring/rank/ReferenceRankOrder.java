package io.github.kipp.scoring.rank;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The ranking engine as it was before runs of equal scores were ordered rule by rule: each run is
 * sorted by a comparator that walks the whole chain per comparison, and the rule that separated two
 * neighbours is found by walking the chain again. Kept unchanged as the reference the engine must
 * agree with.
 *
 * @param <T> the ranked item
 * @param <R> a rule of the tie-break chain
 */
final class ReferenceRankOrder<T, R> {

  /** Compares two items with equal scores by one rule of the chain. */
  @FunctionalInterface
  interface RuleComparison<R, T> {
    int compare(R rule, T a, T b);
  }

  /**
   * One placed item.
   *
   * @param item the item
   * @param position its place in the order, 1-based
   * @param rank its competition rank, 1-based
   * @param decisive the rule that placed it below the item above with the same score, if any
   * @param above that item above, when a rule decided
   * @param tied every item with its score, in order, when a rule decided; otherwise empty
   */
  record Placed<T, R>(T item, int position, int rank, @Nullable R decisive, @Nullable T above, ImmutableList<T> tied) {}

  /** The largest scale whose scores are sorted as primitive keys. */
  private static final int MAX_KEY_SCALE = 18;

  private final Function<T, BigDecimal> score;
  private final ImmutableList<R> chain;
  private final RuleComparison<R, T> comparison;
  private final Comparator<T> order;
  /** The order of items with equal scores: the chain, then the id. */
  private final Comparator<T> tieOrder;

  ReferenceRankOrder(Function<T, BigDecimal> score, ImmutableList<R> chain, RuleComparison<R, T> comparison, Comparator<T> byId) {
    this.score = score;
    this.chain = chain;
    this.comparison = comparison;
    this.tieOrder = (a, b) -> {
      for (R rule : chain) {
        int c = comparison.compare(rule, a, b);
        if (c != 0) {
          return c;
        }
      }
      return byId.compare(a, b);
    };
    Comparator<T> byScore = (a, b) -> score.apply(b).compareTo(score.apply(a));
    this.order = byScore.thenComparing(tieOrder);
  }

  /** Places items, which are distinct by id; the result does not depend on their order. */
  ImmutableList<Placed<T, R>> place(List<T> items) {
    List<T> sorted = sorted(items);
    ImmutableList.Builder<Placed<T, R>> out = ImmutableList.builderWithExpectedSize(sorted.size());
    int rank = 0;
    int groupStart = 0;
    ImmutableList<T> tied = null;
    for (int i = 0; i < sorted.size(); i++) {
      T c = sorted.get(i);
      if (i == 0 || score.apply(sorted.get(i - 1)).compareTo(score.apply(c)) != 0) {
        groupStart = i;
        tied = null;
        rank = i + 1;
        out.add(new Placed<>(c, i + 1, rank, null, null, ImmutableList.of()));
        continue;
      }
      T above = sorted.get(i - 1);
      R decisive = null;
      for (R rule : chain) {
        if (comparison.compare(rule, above, c) != 0) {
          decisive = rule;
          break;
        }
      }
      if (decisive == null) {
        out.add(new Placed<>(c, i + 1, rank, null, null, ImmutableList.of()));
        continue;
      }
      rank = i + 1;
      if (tied == null) {
        tied = tiedGroup(sorted, groupStart);
      }
      out.add(new Placed<>(c, i + 1, rank, decisive, above, tied));
    }
    return out.build();
  }

  /**
   * Sorts items by {@link #order}. When every score fits in a long at one scale, the scores are
   * sorted as primitive keys and only runs of equal scores go through the tie-break chain; the order
   * is the same, as the chain's first key is the score and the last the id.
   */
  private List<T> sorted(List<T> items) {
    int n = items.size();
    int scale = 0;
    for (T c : items) {
      scale = Math.max(scale, score.apply(c).scale());
    }
    if (scale > MAX_KEY_SCALE) {
      return sortedByComparator(items);
    }
    int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
    long limit = 1L << (62 - indexBits);
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      long unscaled = unscaledAt(score.apply(items.get(i)), scale, limit);
      if (unscaled == Long.MIN_VALUE) {
        return sortedByComparator(items);
      }
      // Higher scores first; equal scores in input order until the chain orders them below.
      keys[i] = (-unscaled << indexBits) | i;
    }
    Arrays.sort(keys);
    long mask = (1L << indexBits) - 1;
    List<T> out = new ArrayList<>(n);
    int runStart = 0;
    for (int i = 0; i < n; i++) {
      out.add(items.get((int) (keys[i] & mask)));
      boolean runEnds = i == n - 1 || (keys[i] >> indexBits) != (keys[i + 1] >> indexBits);
      if (runEnds) {
        if (i > runStart) {
          out.subList(runStart, i + 1).sort(tieOrder);
        }
        runStart = i + 1;
      }
    }
    return out;
  }

  private List<T> sortedByComparator(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(order);
    return copy;
  }

  /**
   * Returns a score's unscaled value at a scale not below its own, or {@link Long#MIN_VALUE} when
   * its magnitude reaches {@code limit}.
   */
  private static long unscaledAt(BigDecimal score, int scale, long limit) {
    BigDecimal at = score.scale() == scale ? score : score.setScale(scale);
    java.math.BigInteger unscaled = at.unscaledValue();
    if (unscaled.bitLength() > 62) {
      return Long.MIN_VALUE;
    }
    long value = unscaled.longValue();
    return value >= limit || value <= -limit ? Long.MIN_VALUE : value;
  }

  private ImmutableList<T> tiedGroup(List<T> sorted, int start) {
    ImmutableList.Builder<T> ids = ImmutableList.builder();
    BigDecimal first = score.apply(sorted.get(start));
    for (int j = start; j < sorted.size() && score.apply(sorted.get(j)).compareTo(first) == 0; j++) {
      ids.add(sorted.get(j));
    }
    return ids.build();
  }
}
