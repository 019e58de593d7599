package io.github.kipp.scoring.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.Uninterruptibles;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The numeric core of {@code RankStability.bootstrap}: resamples each proposal's evaluator values,
 * ranks every replicate and summarises each proposal's ranks.
 *
 * <p>Values are converted once to {@code double}, scaled to whole numbers of the finest decimal
 * place found (capped at {@value #MAX_SCALE} places), and stored flat with offsets per proposal. Each
 * replicate draws from its own {@link SplittableRandom} seeded with a mix of the seed and the
 * replicate's index, so the result does not depend on how replicates are spread over threads.
 *
 * <p>Replicates run in blocks of {@value #BLOCK}. The calling thread works through the blocks and
 * offers the executor up to {@value #MAX_HELPERS} helper tasks that take blocks from the same
 * counter; a helper that starts when no block is left returns at once, and one the executor refuses
 * is simply not there. So a busy or single-threaded executor cannot stall the run, and on a machine
 * whose common pool has one thread the caller is the second. Each block writes only its own columns
 * of the rank matrix.
 *
 * <p>A replicate is ranked by sorting, with an LSD radix sort, {@code long} keys that hold a
 * monotone image of the score in their high bits and the proposal's index in their low bits, then
 * repairing, by insertion on the exact scores, the few neighbours whose scores differ only in the
 * bits the index took; competition ranks then come from one pass comparing neighbours exactly, with
 * no tolerance. A block keeps its ranks replicate by replicate and copies them into the matrix
 * [proposal][replicate] when done, so each proposal's row is touched once per block. The matrix holds
 * {@code short}s (about 2·P·R bytes) for up to 32,767 proposals, {@code int}s above; each working
 * thread adds about {@value #BLOCK}·4·P bytes of scratch. Percentiles come from one counting pass per
 * proposal.
 */
public final class RankBootstrap {

  /** Replicates per block, the unit of work a thread takes. */
  static final int BLOCK = 64;

  /** The most helper tasks offered to the executor per phase. */
  static final int MAX_HELPERS = 255;

  /** Proposals per task of the summary pass. */
  static final int SUMMARY_BLOCK = 256;

  /** The most decimal places values are scaled by. */
  static final int MAX_SCALE = 100;

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private RankBootstrap() {}

  /**
   * What to compute.
   *
   * @param samples each proposal's used evaluator values; an empty list keeps the fixed score
   * @param fixedScores each proposal's observed score, used when it has no sample
   * @param median whether the statistic is the median (else the mean)
   * @param replicates the number of replicates, at least 1
   * @param seed the seed
   * @param lowerCount the replicate count whose nearest rank is the interval's lower bound, at least 1
   * @param medianCount the replicate count whose nearest rank is the median
   * @param upperCount the replicate count whose nearest rank is the interval's upper bound
   * @param shortlistSize the shortlist size, at least 1
   */
  public record Plan(
      List<List<BigDecimal>> samples,
      List<BigDecimal> fixedScores,
      boolean median,
      int replicates,
      long seed,
      int lowerCount,
      int medianCount,
      int upperCount,
      int shortlistSize) {

    /**
     * Creates a plan.
     *
     * @param samples the samples, not null
     * @param fixedScores the fixed scores, as many as samples
     * @param median whether the statistic is the median
     * @param replicates the number of replicates, at least 1
     * @param seed the seed
     * @param lowerCount the lower count, 1 to replicates
     * @param medianCount the median count, 1 to replicates
     * @param upperCount the upper count, 1 to replicates
     * @param shortlistSize the shortlist size, at least 1
     * @throws IllegalArgumentException if the sizes or counts do not fit
     */
    public Plan {
      requireNonNull(samples, "samples");
      requireNonNull(fixedScores, "fixedScores");
      if (samples.size() != fixedScores.size()
          || replicates < 1
          || shortlistSize < 1
          || !inRange(lowerCount, replicates)
          || !inRange(medianCount, replicates)
          || !inRange(upperCount, replicates)) {
        throw new IllegalArgumentException("inconsistent bootstrap plan: " + samples.size() + " samples, " + fixedScores.size()
            + " scores, " + replicates + " replicates, counts " + lowerCount + "/" + medianCount + "/" + upperCount);
      }
    }

    private static boolean inRange(int count, int replicates) {
      return count >= 1 && count <= replicates;
    }
  }

  /** Each proposal's summary, in the order of the plan's samples. */
  public static final class Summary {
    private final int[] lower;
    private final int[] median;
    private final int[] upper;
    private final int[] shortlisted;

    private Summary(int size) {
      lower = new int[size];
      median = new int[size];
      upper = new int[size];
      shortlisted = new int[size];
    }

    /**
     * Returns a proposal's lower rank bound.
     *
     * @param proposal the proposal's index
     * @return the rank
     */
    public int lower(int proposal) {
      return lower[proposal];
    }

    /**
     * Returns a proposal's median rank.
     *
     * @param proposal the proposal's index
     * @return the rank
     */
    public int median(int proposal) {
      return median[proposal];
    }

    /**
     * Returns a proposal's upper rank bound.
     *
     * @param proposal the proposal's index
     * @return the rank
     */
    public int upper(int proposal) {
      return upper[proposal];
    }

    /**
     * Returns in how many replicates a proposal ranked within the shortlist size.
     *
     * @param proposal the proposal's index
     * @return the count
     */
    public int shortlisted(int proposal) {
      return shortlisted[proposal];
    }
  }

  /**
   * Runs the bootstrap.
   *
   * @param plan what to compute, not null
   * @param executor runs helpers beside the calling thread, not null
   * @return the summary of each proposal, not null
   */
  public static Summary run(Plan plan, Executor executor) {
    requireNonNull(plan, "plan");
    requireNonNull(executor, "executor");
    int size = plan.samples().size();
    int[] offsets = new int[size + 1];
    for (int i = 0; i < size; i++) {
      offsets[i + 1] = offsets[i] + plan.samples().get(i).size();
    }
    int scale = commonScale(plan);
    double[] values = new double[offsets[size]];
    double[] fixed = new double[size];
    int maxCount = 1;
    for (int i = 0; i < size; i++) {
      List<BigDecimal> sample = plan.samples().get(i);
      for (int k = 0; k < sample.size(); k++) {
        values[offsets[i] + k] = scaled(sample.get(k), scale);
      }
      fixed[i] = scaled(plan.fixedScores().get(i), scale);
      maxCount = Math.max(maxCount, sample.size());
    }
    RankMatrix ranks = size <= Short.MAX_VALUE ? new ShortMatrix(size, plan.replicates()) : new IntMatrix(size, plan.replicates());
    int drawSize = maxCount;
    parallel((plan.replicates() + BLOCK - 1) / BLOCK, executor, () -> new Replicator(plan, values, offsets, fixed, drawSize, ranks));
    Summary summary = new Summary(size);
    parallel((size + SUMMARY_BLOCK - 1) / SUMMARY_BLOCK, executor, () -> block -> {
      int from = block * SUMMARY_BLOCK;
      summarise(plan, ranks, summary, from, Math.min(size, from + SUMMARY_BLOCK));
    });
    return summary;
  }

  /**
   * Runs tasks 0 to {@code count - 1} on the calling thread and on helpers offered to the executor,
   * and returns when every task has finished; the writes of every task are then visible. Each thread
   * that finds work gets its own task runner from {@code runners}.
   */
  private static void parallel(int count, Executor executor, Supplier<IntConsumer> runners) {
    AtomicInteger next = new AtomicInteger();
    CountDownLatch finished = new CountDownLatch(count);
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      IntConsumer runner = null;
      for (int t = next.getAndIncrement(); t < count; t = next.getAndIncrement()) {
        try {
          if (failure.get() == null) {
            if (runner == null) {
              runner = runners.get();
            }
            runner.accept(t);
          }
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        } finally {
          finished.countDown();
        }
      }
    };
    int helpers = Math.min(count - 1, MAX_HELPERS);
    for (int h = 0; h < helpers && next.get() < count; h++) {
      try {
        executor.execute(worker);
      } catch (RejectedExecutionException refused) {
        break;
      }
    }
    worker.run();
    Uninterruptibles.awaitUninterruptibly(finished);
    Throwable e = failure.get();
    if (e instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (e instanceof Error error) {
      throw error;
    }
  }

  private static int commonScale(Plan plan) {
    int scale = 0;
    for (int i = 0; i < plan.samples().size(); i++) {
      List<BigDecimal> sample = plan.samples().get(i);
      if (sample.isEmpty()) {
        scale = Math.max(scale, plan.fixedScores().get(i).stripTrailingZeros().scale());
      }
      for (BigDecimal v : sample) {
        scale = Math.max(scale, v.stripTrailingZeros().scale());
      }
    }
    return Math.min(scale, MAX_SCALE);
  }

  // Adding 0.0 turns -0.0 into 0.0, so that keys and exact comparisons agree.
  private static double scaled(BigDecimal value, int scale) {
    return value.movePointRight(scale).doubleValue() + 0.0;
  }

  /** One thread's scratch space; ranks the replicates of one block per call. */
  private static final class Replicator implements IntConsumer {
    private final Plan plan;
    private final double[] values;
    private final int[] offsets;
    private final double[] fixed;
    private final RankMatrix ranks;
    private final int size;
    private final long indexMask;
    private final double[] stat;
    private final long[] keys;
    private final long[] spare;
    private final int[] buckets = new int[257];
    private final int[] order;
    private final double[] draw;
    private final int[] block;

    Replicator(Plan plan, double[] values, int[] offsets, double[] fixed, int maxCount, RankMatrix ranks) {
      this.plan = plan;
      this.values = values;
      this.offsets = offsets;
      this.fixed = fixed;
      this.ranks = ranks;
      this.size = fixed.length;
      this.indexMask = (1L << (32 - Integer.numberOfLeadingZeros(Math.max(1, size - 1)))) - 1;
      this.stat = new double[size];
      this.keys = new long[size];
      this.spare = new long[size];
      this.order = new int[size];
      this.draw = new double[maxCount];
      this.block = new int[BLOCK * size];
    }

    @Override
    public void accept(int blockIndex) {
      int from = blockIndex * BLOCK;
      int to = Math.min(plan.replicates(), from + BLOCK);
      for (int r = from; r < to; r++) {
        resample(new SplittableRandom(mix(plan.seed(), r)));
        radixSort(keys, spare, buckets);
        for (int k = 0; k < size; k++) {
          order[k] = (int) (keys[k] & indexMask);
        }
        repair(order, stat);
        int base = (r - from) * size;
        int rank = 0;
        for (int k = size - 1; k >= 0; k--) {
          if (k == size - 1 || stat[order[k]] != stat[order[k + 1]]) {
            rank = size - k;
          }
          block[base + order[k]] = rank;
        }
      }
      ranks.putBlock(from, to, block);
    }

    private void resample(SplittableRandom random) {
      for (int i = 0; i < size; i++) {
        int offset = offsets[i];
        int n = offsets[i + 1] - offset;
        double x;
        if (n == 0) {
          x = fixed[i];
        } else if (n == 1) {
          x = values[offset];
        } else if (plan.median()) {
          for (int k = 0; k < n; k++) {
            draw[k] = values[offset + below(random, n)];
          }
          x = median(draw, n) + 0.0;
        } else {
          double sum = 0.0;
          for (int k = 0; k < n; k++) {
            sum += values[offset + below(random, n)];
          }
          x = sum / n + 0.0;
        }
        stat[i] = x;
        keys[i] = (sortable(x) & ~indexMask) | i;
      }
    }
  }

  /** A long whose signed order is the order of the (non-NaN) doubles. Package-private for its tests. */
  static long sortable(double x) {
    long bits = Double.doubleToRawLongBits(x);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  /**
   * Sorts signed longs ascending: least significant byte first, skipping bytes every key shares; the
   * top byte's sign bit is flipped so negative keys come first. Package-private for its tests.
   */
  static void radixSort(long[] keys, long[] spare, int[] buckets) {
    long all = -1L;
    long any = 0L;
    for (long k : keys) {
      all &= k;
      any |= k;
    }
    long varying = all ^ any;
    long[] from = keys;
    long[] to = spare;
    for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
      if (((varying >>> shift) & 0xFF) == 0) {
        continue;
      }
      int flip = shift == Long.SIZE - Byte.SIZE ? 0x80 : 0;
      Arrays.fill(buckets, 0);
      for (long k : from) {
        buckets[((((int) (k >>> shift)) & 0xFF) ^ flip) + 1]++;
      }
      for (int d = 0; d < 256; d++) {
        buckets[d + 1] += buckets[d];
      }
      for (long k : from) {
        to[buckets[(((int) (k >>> shift)) & 0xFF) ^ flip]++] = k;
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, keys.length);
    }
  }

  /**
   * Sorts {@code order} by exact score by insertion. The keys already order it up to scores that
   * differ only in the bits the index took, so few elements move.
   */
  private static void repair(int[] order, double[] stat) {
    for (int k = 1; k < order.length; k++) {
      int moving = order[k];
      double x = stat[moving];
      int j = k - 1;
      while (j >= 0 && stat[order[j]] > x) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = moving;
    }
  }

  private static double median(double[] draw, int n) {
    if (n <= 16) {
      for (int i = 1; i < n; i++) {
        double x = draw[i];
        int j = i - 1;
        while (j >= 0 && draw[j] > x) {
          draw[j + 1] = draw[j];
          j--;
        }
        draw[j + 1] = x;
      }
    } else {
      Arrays.sort(draw, 0, n);
    }
    return (n & 1) == 1 ? draw[n / 2] : (draw[n / 2 - 1] + draw[n / 2]) / 2;
  }

  /**
   * Returns a uniform int in [0, bound) from the generator's 64-bit output (Lemire's method,
   * unbiased). Shared with the reliability bootstrap, which draws the same way.
   *
   * @param random the generator, not null
   * @param bound the exclusive bound, at least 1
   * @return the draw
   */
  public static int below(SplittableRandom random, int bound) {
    long m = (random.nextLong() >>> 32) * bound;
    long low = m & 0xFFFF_FFFFL;
    if (low < bound) {
      long threshold = (0x1_0000_0000L - bound) % bound;
      while (low < threshold) {
        m = (random.nextLong() >>> 32) * bound;
        low = m & 0xFFFF_FFFFL;
      }
    }
    return (int) (m >>> 32);
  }

  /**
   * Returns the seed of a replicate's generator: SplitMix64's finaliser of the seed and the index.
   * Shared with the reliability bootstrap, so that every bootstrap of kipp derives its replicates'
   * generators the same way.
   *
   * @param seed the run's seed
   * @param replicate the replicate's index
   * @return the replicate's seed
   */
  public static long mix(long seed, long replicate) {
    long z = seed + (replicate + 1) * GOLDEN_GAMMA;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static void summarise(Plan plan, RankMatrix ranks, Summary summary, int from, int to) {
    int[] counts = new int[ranks.proposals() + 1];
    int[] range = new int[2];
    int lastShortlisted = Math.min(plan.shortlistSize(), ranks.proposals());
    for (int i = from; i < to; i++) {
      ranks.count(i, counts, range);
      int cumulative = 0;
      int lower = 0;
      int median = 0;
      int upper = 0;
      int shortlisted = 0;
      // walks the ranks seen from best to worst, clearing the counts for the next proposal
      for (int rank = range[0]; rank <= range[1]; rank++) {
        cumulative += counts[rank];
        counts[rank] = 0;
        if (lower == 0 && cumulative >= plan.lowerCount()) {
          lower = rank;
        }
        if (median == 0 && cumulative >= plan.medianCount()) {
          median = rank;
        }
        if (upper == 0 && cumulative >= plan.upperCount()) {
          upper = rank;
        }
        if (rank <= lastShortlisted) {
          shortlisted = cumulative;
        }
      }
      summary.lower[i] = lower;
      summary.median[i] = median;
      summary.upper[i] = upper;
      summary.shortlisted[i] = shortlisted;
    }
  }

  /** Ranks per proposal and replicate. */
  private abstract static class RankMatrix {
    abstract int proposals();

    /**
     * Copies the ranks of replicates {@code from} to {@code to - 1}, stored replicate by replicate in
     * {@code block}, into the rows.
     */
    abstract void putBlock(int from, int to, int[] block);

    /** Adds the proposal's ranks to {@code counts}, indexed by rank; puts the best and worst in {@code range}. */
    abstract void count(int proposal, int[] counts, int[] range);
  }

  private static final class ShortMatrix extends RankMatrix {
    private final short[][] rows;

    ShortMatrix(int proposals, int replicates) {
      rows = new short[proposals][replicates];
    }

    @Override
    int proposals() {
      return rows.length;
    }

    @Override
    void putBlock(int from, int to, int[] block) {
      int size = rows.length;
      for (int p = 0; p < size; p++) {
        short[] row = rows[p];
        for (int r = from, i = p; r < to; r++, i += size) {
          row[r] = (short) block[i];
        }
      }
    }

    @Override
    void count(int proposal, int[] counts, int[] range) {
      int best = Integer.MAX_VALUE;
      int worst = 0;
      for (short rank : rows[proposal]) {
        counts[rank]++;
        best = Math.min(best, rank);
        worst = Math.max(worst, rank);
      }
      range[0] = best;
      range[1] = worst;
    }
  }

  private static final class IntMatrix extends RankMatrix {
    private final int[][] rows;

    IntMatrix(int proposals, int replicates) {
      rows = new int[proposals][replicates];
    }

    @Override
    int proposals() {
      return rows.length;
    }

    @Override
    void putBlock(int from, int to, int[] block) {
      int size = rows.length;
      for (int p = 0; p < size; p++) {
        int[] row = rows[p];
        for (int r = from, i = p; r < to; r++, i += size) {
          row[r] = block[i];
        }
      }
    }

    @Override
    void count(int proposal, int[] counts, int[] range) {
      int best = Integer.MAX_VALUE;
      int worst = 0;
      for (int rank : rows[proposal]) {
        counts[rank]++;
        best = Math.min(best, rank);
        worst = Math.max(worst, rank);
      }
      range[0] = best;
      range[1] = worst;
    }
  }
}
