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
 * The ranking engine shared by {@link Ranker} (proposals) and {@link SubjectRanker} (any other
 * subject, such as a regional government): orders items by score, highest first, orders equal scores
 * by a declared chain of rules and then by the item's id, and gives standard competition ranks
 * (1-2-2-4), recording for each item the rule that placed it below an equal score.
 *
 * <p><b>Cost.</b> Scores are sorted once, as primitive keys when they fit in a long at one scale.
 * Each run of equal scores is then ordered rule by rule: the first rule orders the run, the second
 * orders each group the first left tied, and so on, the id last. A rule that reads its key once per
 * item ({@link KeyedRule}) reads it once per item it has to order, and the items are sorted by those
 * keys, as primitive longs when the rule gives them ({@link KeyedRule#longKeys}: decimal scores at
 * one scale, times in nanoseconds); a rule without keys is sorted by its comparison. The rule that placed an item below the one
 * above it is the level at which their groups split, so no pair is compared twice. The order is that
 * of sorting by score, then the chain, then the id, as each rule is a consistent order.
 *
 * @param <T> the ranked item
 * @param <R> a rule of the tie-break chain
 */
final class RankOrder<T, R> {

  /** Compares two items with equal scores by one rule of the chain. */
  @FunctionalInterface
  interface RuleComparison<R, T> {
    int compare(R rule, T a, T b);
  }

  /**
   * A rule whose order is that of a key read once per item: it orders two items as {@link
   * #keyOrder()} orders their keys, and does not separate them exactly when their keys compare
   * equal.
   *
   * @param <T> the ranked item
   * @param <K> the key
   */
  interface KeyedRule<T, K> {

    /**
     * Returns an item's key, failing as the rule's comparison would for the item.
     *
     * @param item the item, not null
     * @return the key, not null
     */
    K key(T item);

    /**
     * Returns the order of keys: lower keys rank first.
     *
     * @return the order, not null
     */
    Comparator<K> keyOrder();

    /**
     * Returns the keys of one group as longs that {@link Long#compare} orders exactly as {@link
     * #keyOrder()} orders the keys (equal exactly when the keys compare equal), or null when they
     * do not all fit; the group is then sorted by {@link #keyOrder()}.
     *
     * @param keys the group's keys, each made by {@link #key}; only the first {@code size} are read
     * @param size the number of keys
     * @return the longs, one per key, or null
     */
    default long @Nullable [] longKeys(Object[] keys, int size) {
      return null;
    }
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
  /** The split level of an item that no rule separates from the item above. */
  private static final int UNSPLIT = -1;

  private final Function<T, BigDecimal> score;
  private final ImmutableList<R> chain;
  private final RuleComparison<R, T> comparison;
  /** Each rule's keys, or null for a rule compared pair by pair; in the chain's order. */
  private final List<@Nullable KeyedRule<T, ?>> keyed;
  private final Comparator<T> byId;

  /** Finds the keys of a rule of the chain. */
  @FunctionalInterface
  interface RuleKeys<R, T> {
    /** Returns a rule's keys, or null for a rule compared pair by pair. */
    @Nullable KeyedRule<T, ?> keysOf(R rule);
  }

  RankOrder(Function<T, BigDecimal> score, ImmutableList<R> chain, RuleComparison<R, T> comparison, Comparator<T> byId) {
    this(score, chain, comparison, rule -> null, byId);
  }

  /**
   * Creates an engine.
   *
   * @param keysOf a rule's keys, or null for a rule compared pair by pair; a rule's keys must order
   *     items as its comparison does
   */
  RankOrder(Function<T, BigDecimal> score, ImmutableList<R> chain, RuleComparison<R, T> comparison,
      RuleKeys<R, T> keysOf, Comparator<T> byId) {
    this.score = score;
    this.chain = chain;
    this.comparison = comparison;
    List<@Nullable KeyedRule<T, ?>> k = new ArrayList<>(chain.size());
    for (R rule : chain) {
      k.add(keysOf.keysOf(rule));
    }
    this.keyed = k;
    this.byId = byId;
  }

  /** Places items, which are distinct by id; the result does not depend on their order. */
  ImmutableList<Placed<T, R>> place(List<T> items) {
    int n = items.size();
    List<T> sorted = new ArrayList<>(n);
    int[] runEnds = byScore(items, sorted);
    // Each run of equal scores ordered by the chain, recording where each item split from the one above.
    int[] split = new int[n];
    Object[] slots = new Object[0];
    int runStart = 0;
    for (int end : runEnds) {
      if (end - runStart > 1) {
        if (slots.length < end - runStart) {
          slots = new Object[end - runStart];
        }
        order(sorted, runStart, end, slots, split);
      }
      runStart = end;
    }
    ImmutableList.Builder<Placed<T, R>> out = ImmutableList.builderWithExpectedSize(n);
    runStart = 0;
    int rank = 0;
    for (int end : runEnds) {
      ImmutableList<T> tied = null;
      for (int i = runStart; i < end; i++) {
        T c = sorted.get(i);
        if (i == runStart) {
          rank = i + 1;
          out.add(new Placed<>(c, i + 1, rank, null, null, ImmutableList.of()));
          continue;
        }
        if (split[i] == UNSPLIT) {
          out.add(new Placed<>(c, i + 1, rank, null, null, ImmutableList.of()));
          continue;
        }
        rank = i + 1;
        if (tied == null) {
          tied = ImmutableList.copyOf(sorted.subList(runStart, end));
        }
        out.add(new Placed<>(c, i + 1, rank, chain.get(split[i]), sorted.get(i - 1), tied));
      }
      runStart = end;
    }
    return out.build();
  }

  /**
   * Orders the items {@code [from, to)} of one score by the chain and then the id, in place, and
   * sets {@code split[i]} for each of them but the first: the index of the rule that separated it
   * from the item above, or {@link #UNSPLIT}.
   */
  private void order(List<T> sorted, int from, int to, Object[] slots, int[] split) {
    for (int i = from; i < to; i++) {
      split[i] = UNSPLIT;
    }
    refine(sorted, from, to, 0, slots, split);
  }

  /** Orders a group that rules before {@code level} left tied, by the rule at {@code level} and on. */
  private void refine(List<T> sorted, int from, int to, int level, Object[] slots, int[] split) {
    if (to - from < 2) {
      return;
    }
    if (level == chain.size()) {
      sorted.subList(from, to).sort(byId);
      return;
    }
    @Nullable KeyedRule<T, ?> keys = keyed.get(level);
    boolean[] separated = keys == null ? byComparison(sorted, from, to, chain.get(level)) : byKeys(sorted, from, to, keys, slots);
    int groupStart = from;
    for (int i = from + 1; i <= to; i++) {
      if (i == to || separated[i - from]) {
        refine(sorted, groupStart, i, level + 1, slots, split);
        if (i < to) {
          split[i] = level;
        }
        groupStart = i;
      }
    }
  }

  /** Sorts a group by one rule's comparison; returns, per item, whether the rule separates it from the one above. */
  private boolean[] byComparison(List<T> sorted, int from, int to, R rule) {
    List<T> group = sorted.subList(from, to);
    group.sort((a, b) -> comparison.compare(rule, a, b));
    boolean[] separated = new boolean[to - from];
    for (int i = 1; i < separated.length; i++) {
      separated[i] = comparison.compare(rule, group.get(i - 1), group.get(i)) != 0;
    }
    return separated;
  }

  /** Sorts a group by one rule's keys, each read once; returns, per item, whether the rule separates it from the one above. */
  private <K> boolean[] byKeys(List<T> sorted, int from, int to, KeyedRule<T, K> rule, Object[] slots) {
    int size = to - from;
    Object[] keys = new Object[size];
    for (int i = 0; i < size; i++) {
      keys[i] = rule.key(sorted.get(from + i));
    }
    long @Nullable [] longs = rule.longKeys(keys, size);
    return longs != null ? byLongKeys(sorted, from, size, longs) : byKeyOrder(sorted, from, size, rule.keyOrder(), keys, slots);
  }

  /** Sorts a group by keys as longs ({@link #sortedPacked}); returns, per item, whether its key differs from the one above. */
  private boolean[] byLongKeys(List<T> sorted, int from, int size, long[] longs) {
    int indexBits = indexBits(size);
    long[] packed = sortedPacked(longs, size);
    Object[] items = sorted.subList(from, from + size).toArray();
    long mask = (1L << indexBits) - 1;
    boolean[] separated = new boolean[size];
    for (int i = 0; i < size; i++) {
      @SuppressWarnings("unchecked") // the group's own items
      T item = (T) items[(int) (packed[i] & mask)];
      sorted.set(from + i, item);
      if (i > 0) {
        separated[i] = packed[i] >>> indexBits != packed[i - 1] >>> indexBits;
      }
    }
    return separated;
  }

  /** The bits that hold an index below {@code size}. */
  private static int indexBits(int size) {
    return 32 - Integer.numberOfLeadingZeros(Math.max(1, size - 1));
  }

  /**
   * Returns keys as longs packed above each one's index ({@link #indexBits}) and sorted, so that one
   * primitive sort orders them, equal keys in index order; a packed value shifted right by the index
   * bits is equal exactly for equal keys. Keys too far apart to pack are first replaced by their
   * rank among the distinct keys. Changes {@code longs}.
   */
  private static long[] sortedPacked(long[] longs, int size) {
    int indexBits = indexBits(size);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      min = Math.min(min, longs[i]);
      max = Math.max(max, longs[i]);
    }
    long range = max - min;
    boolean overflows = ((max ^ min) & (max ^ range)) < 0;
    if (overflows || range >= 1L << (63 - indexBits)) {
      // too far apart to pack: each key becomes its rank among the distinct keys
      long[] distinct = Arrays.copyOf(longs, size);
      Arrays.sort(distinct);
      int d = 0;
      for (int i = 0; i < size; i++) {
        if (d == 0 || distinct[i] != distinct[d - 1]) {
          distinct[d++] = distinct[i];
        }
      }
      for (int i = 0; i < size; i++) {
        longs[i] = Arrays.binarySearch(distinct, 0, d, longs[i]);
      }
      min = 0;
    }
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) {
      packed[i] = ((longs[i] - min) << indexBits) | i;
    }
    Arrays.sort(packed);
    return packed;
  }

  /** Sorts a group by one rule's key order; returns, per item, whether the rule separates it from the one above. */
  private <K> boolean[] byKeyOrder(List<T> sorted, int from, int size, Comparator<K> keyOrder, Object[] keys, Object[] slots) {
    for (int i = 0; i < size; i++) {
      @SuppressWarnings("unchecked") // each key was made by the rule
      K key = (K) keys[i];
      slots[i] = new Keyed<>(sorted.get(from + i), key);
    }
    @SuppressWarnings("unchecked") // every slot of this group holds a Keyed<T, K> made just above
    Comparator<Object> bySlotKey = (a, b) -> keyOrder.compare(((Keyed<T, K>) a).key, ((Keyed<T, K>) b).key);
    Arrays.sort(slots, 0, size, bySlotKey);
    boolean[] separated = new boolean[size];
    Object previous = slots[0];
    for (int i = 0; i < size; i++) {
      Object slot = slots[i];
      @SuppressWarnings("unchecked") // as above
      T item = ((Keyed<T, K>) slot).item;
      sorted.set(from + i, item);
      if (i > 0) {
        separated[i] = bySlotKey.compare(previous, slot) != 0;
      }
      previous = slot;
    }
    Arrays.fill(slots, 0, size, null);
    return separated;
  }

  /** An item with its key under one rule. */
  private static final class Keyed<T, K> {
    final T item;
    final K key;

    Keyed(T item, K key) {
      this.item = item;
      this.key = key;
    }
  }

  /**
   * Sorts items by score, highest first, into {@code out}, and returns the end (exclusive) of each
   * run of equal scores, in order. When every score fits in a long at one scale, the scores are
   * sorted as primitive keys ({@link #decimalsHigherFirst}, {@link #sortedPacked}); otherwise by
   * {@link BigDecimal#compareTo}. The order within a run is
   * left to the chain.
   */
  private int[] byScore(List<T> items, List<T> out) {
    int n = items.size();
    if (n == 0) {
      return new int[0];
    }
    BigDecimal[] scores = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      scores[i] = score.apply(items.get(i));
    }
    long @Nullable [] longs = decimalsHigherFirst(scores, n);
    int[] ends = new int[n];
    int runs = 0;
    if (longs != null) {
      long[] keys = sortedPacked(longs, n);
      int indexBits = indexBits(n);
      long mask = (1L << indexBits) - 1;
      for (int i = 0; i < n; i++) {
        out.add(items.get((int) (keys[i] & mask)));
        if (i == n - 1 || (keys[i] >>> indexBits) != (keys[i + 1] >>> indexBits)) {
          ends[runs++] = i + 1;
        }
      }
    } else {
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> scores[b].compareTo(scores[a]));
      for (int i = 0; i < n; i++) {
        out.add(items.get(order[i]));
        if (i == n - 1 || scores[order[i]].compareTo(scores[order[i + 1]]) != 0) {
          ends[runs++] = i + 1;
        }
      }
    }
    return Arrays.copyOf(ends, runs);
  }

  /**
   * Returns decimal keys, higher first, as longs for {@link KeyedRule#longKeys}: each the negated
   * unscaled value at the keys' largest scale (at least 0); or null when that scale is beyond
   * {@value #MAX_KEY_SCALE} or a value does not fit in 62 bits.
   *
   * @param keys the keys, each a {@link BigDecimal}
   * @param size the number of keys
   * @return the longs, or null
   */
  static long @Nullable [] decimalsHigherFirst(Object[] keys, int size) {
    int scale = 0;
    for (int i = 0; i < size; i++) {
      scale = Math.max(scale, ((BigDecimal) keys[i]).scale());
    }
    if (scale > MAX_KEY_SCALE) {
      return null;
    }
    long[] out = new long[size];
    for (int i = 0; i < size; i++) {
      long unscaled = unscaledAt((BigDecimal) keys[i], scale, 1L << 62);
      if (unscaled == Long.MIN_VALUE) {
        return null;
      }
      out[i] = -unscaled;
    }
    return out;
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
}
