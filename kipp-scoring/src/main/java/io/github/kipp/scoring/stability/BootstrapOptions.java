package io.github.kipp.scoring.stability;

import static io.github.kipp.core.meta.BuilderChecks.required;
import static io.github.kipp.core.meta.BuilderChecks.setOnce;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.Decimals;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.meta.Beta;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a {@link RankStability#bootstrap bootstrap of rank stability}: how many replicates,
 * the seed they are drawn from, the confidence level of the rank interval, the shortlist size whose
 * probability is estimated, the statistic that reduces a resample, and the executor that runs the
 * replicates.
 *
 * <p>Built with {@link #newBuilder()}; the seed and the shortlist size are required, every other
 * option has a default: {@value #DEFAULT_REPLICATES} replicates, confidence {@code 0.90}, {@link
 * Statistic#MEAN} and {@link ForkJoinPool#commonPool()}. The calling thread always takes part; the
 * executor adds the threads that help it, so it decides the parallelism. The result does not depend
 * on it (use {@code Runnable::run} to stay on the calling thread).
 *
 * <p>Immutable; thread-safe if the executor is.
 */
@Beta
public final class BootstrapOptions {

  /** The number of replicates when none is set. */
  public static final int DEFAULT_REPLICATES = 10_000;

  /** The largest number of replicates allowed. */
  public static final int MAX_REPLICATES = 1_000_000;

  /** The confidence level when none is set: {@code 0.90}, the interval from the 5th to the 95th percentile. */
  public static final BigDecimal DEFAULT_CONFIDENCE = new BigDecimal("0.9");

  /**
   * How a resample of a proposal's evaluator values is reduced to one score.
   *
   * <p>Both are computed in binary floating point on the values scaled to whole numbers of their
   * finest decimal place (78.25 becomes 7825), so sums stay exact while below 2<sup>53</sup> (about
   * 15 significant digits), the one rounding is the final division, and resamples with the same
   * exact statistic tie.
   */
  @Beta
  public enum Statistic {
    /** The arithmetic mean of the resampled values. */
    MEAN,
    /** The median of the resampled values; of an even count, the mean of the two middle values. */
    MEDIAN
  }

  private final int replicates;
  private final long seed;
  private final BigDecimal confidence;
  private final int shortlistSize;
  private final Statistic statistic;
  private final Executor executor;

  private BootstrapOptions(int replicates, long seed, BigDecimal confidence, int shortlistSize, Statistic statistic, Executor executor) {
    this.replicates = replicates;
    this.seed = seed;
    this.confidence = confidence;
    this.shortlistSize = shortlistSize;
    this.statistic = statistic;
    this.executor = executor;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns the number of replicates.
   *
   * @return 1 to {@value #MAX_REPLICATES}
   */
  public int replicates() {
    return replicates;
  }

  /**
   * Returns the seed every replicate's generator is derived from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the confidence level of the central rank interval, without trailing zeros.
   *
   * @return a value strictly between 0 and 1, such as {@code 0.9}
   */
  public BigDecimal confidence() {
    return confidence;
  }

  /**
   * Returns the shortlist size N: the result estimates each proposal's probability of a rank of N or
   * better.
   *
   * @return 1 or more
   */
  public int shortlistSize() {
    return shortlistSize;
  }

  /**
   * Returns the statistic that reduces a resample.
   *
   * @return the statistic, not null
   */
  public Statistic statistic() {
    return statistic;
  }

  /**
   * Returns the executor whose threads help run the replicates.
   *
   * @return the executor, not null
   */
  public Executor executor() {
    return executor;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof BootstrapOptions other)) {
      return false;
    }
    return replicates == other.replicates
        && seed == other.seed
        && confidence.equals(other.confidence)
        && shortlistSize == other.shortlistSize
        && statistic == other.statistic
        && executor.equals(other.executor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(replicates, seed, confidence, shortlistSize, statistic, executor);
  }

  /** Returns the options as text, without the executor. */
  @Override
  public String toString() {
    return "BootstrapOptions[replicates=" + replicates + ", seed=" + seed + ", confidence=" + confidence.toPlainString()
        + ", shortlistSize=" + shortlistSize + ", statistic=" + statistic + "]";
  }

  /**
   * Builds {@link BootstrapOptions}. Each option can be set once; a second call throws {@link
   * IllegalStateException}. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable Integer replicates;
    private @Nullable Long seed;
    private @Nullable BigDecimal confidence;
    private @Nullable Integer shortlistSize;
    private @Nullable Statistic statistic;
    private @Nullable Executor executor;

    private Builder() {}

    /**
     * Sets the number of replicates (default {@value BootstrapOptions#DEFAULT_REPLICATES}). The
     * result keeps a rank per proposal and replicate: about 2·P·R bytes for P proposals (4·P·R above
     * 32,767 proposals).
     *
     * @param value 1 to {@value BootstrapOptions#MAX_REPLICATES}, checked by {@link #build()}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder replicates(int value) {
      replicates = setOnce(replicates, value, Builder.class, "replicates");
      return this;
    }

    /**
     * Sets the seed; required. The same seed and input give the same result.
     *
     * @param value the seed
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder seed(long value) {
      seed = setOnce(seed, value, Builder.class, "seed");
      return this;
    }

    /**
     * Sets the confidence level of the central rank interval (default {@code 0.90}: from the 5th to
     * the 95th percentile).
     *
     * @param value strictly between 0 and 1, checked by {@link #build()}; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder confidence(BigDecimal value) {
      confidence = setOnce(confidence, value, Builder.class, "confidence");
      return this;
    }

    /**
     * Sets the shortlist size N whose probability is estimated, such as 99 for the Top 99; required.
     *
     * @param value 1 or more, checked by {@link #build()}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder shortlistSize(int value) {
      shortlistSize = setOnce(shortlistSize, value, Builder.class, "shortlistSize");
      return this;
    }

    /**
     * Sets the statistic that reduces a resample (default {@link Statistic#MEAN}).
     *
     * @param value the statistic, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder statistic(Statistic value) {
      statistic = setOnce(statistic, value, Builder.class, "statistic");
      return this;
    }

    /**
     * Sets the executor whose threads help the calling thread run the replicates (default {@link
     * ForkJoinPool#commonPool()}). It decides the parallelism; the result is the same on any
     * executor. Helper tasks it refuses or never starts are done by the calling thread.
     *
     * @param value the executor, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder executor(Executor value) {
      executor = setOnce(executor, value, Builder.class, "executor");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options, not null
     * @throws IllegalStateException if the seed or the shortlist size was not set
     * @throws InvalidInputException listing every refused value: replicates outside 1 to {@value
     *     BootstrapOptions#MAX_REPLICATES}, a confidence level not strictly between 0 and 1, or a
     *     shortlist size below 1
     */
    public BootstrapOptions build() {
      long seed = required(this.seed, Builder.class, "seed");
      int shortlistSize = required(this.shortlistSize, Builder.class, "shortlistSize");
      int r = replicates == null ? DEFAULT_REPLICATES : replicates;
      BigDecimal c = confidence == null ? DEFAULT_CONFIDENCE : confidence;
      List<Violation> violations = new ArrayList<>();
      if (r < 1 || r > MAX_REPLICATES) {
        violations.add(ScoringMessages.violation("kipp.stability.replicates", "replicates", r, "max", MAX_REPLICATES));
      }
      Decimals.check("confidence", c).ifPresent(violations::add);
      if (c.signum() <= 0 || c.compareTo(BigDecimal.ONE) >= 0) {
        violations.add(ScoringMessages.violation("kipp.stability.confidence", "confidence", c));
      }
      if (shortlistSize < 1) {
        violations.add(ScoringMessages.violation("kipp.stability.shortlist", "shortlistSize", shortlistSize));
      }
      InvalidInputException.throwIfAny("bootstrap options", violations);
      return new BootstrapOptions(
          r,
          seed,
          c.stripTrailingZeros(),
          shortlistSize,
          statistic == null ? Statistic.MEAN : statistic,
          executor == null ? ForkJoinPool.commonPool() : executor);
    }
  }
}
