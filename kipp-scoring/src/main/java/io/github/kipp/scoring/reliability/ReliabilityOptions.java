package io.github.kipp.scoring.reliability;

import static io.github.kipp.core.meta.BuilderChecks.required;
import static io.github.kipp.core.meta.BuilderChecks.setOnce;

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
import org.jspecify.annotations.Nullable;

/**
 * The settings of a {@link RaterReliability} assessment: the bootstrap's replicates, seed and
 * confidence level, and the thresholds of the evaluators' calibration flags.
 *
 * <p><b>No regulation gives any of these values.</b> The instruments of KIPP whose texts are known
 * (PermenPANRB 7/2021, KepmenPANRB 161/2021 and the later guides, from their titles and preambles;
 * article: UNKNOWN, confidence low) are not known to say anything of rater reliability, so
 * every threshold here is kipp's configuration with a documented default, to be set and cited by
 * the committee that uses it: {@value #DEFAULT_REPLICATES} replicates, confidence {@code 0.95}, at
 * least {@value #DEFAULT_MIN_SHARED} shared proposals before an evaluator is assessed, an offset of
 * more than {@code 1} pooled standard deviation flagged as lenient or severe, and a spread of more
 * than {@code 2} pooled standard deviations around the evaluator's own offset flagged as
 * inconsistent. Built with {@link #newBuilder()}; only the seed is required.
 *
 * <p>Immutable and thread-safe.
 */
@Beta
public final class ReliabilityOptions {

  /** The number of bootstrap replicates when none is set. */
  public static final int DEFAULT_REPLICATES = 2_000;

  /** The largest number of replicates allowed. */
  public static final int MAX_REPLICATES = 100_000;

  /** The confidence level of the bootstrap intervals when none is set: {@code 0.95}. */
  public static final BigDecimal DEFAULT_CONFIDENCE = new BigDecimal("0.95");

  /** The fewest proposals an evaluator must share with other evaluators to be assessed, when none is set. */
  public static final int DEFAULT_MIN_SHARED = 5;

  /** The offset, in pooled standard deviations, beyond which an evaluator is flagged, when none is set: {@code 1}. */
  public static final BigDecimal DEFAULT_OFFSET_THRESHOLD = BigDecimal.ONE;

  /** The spread, in pooled standard deviations, beyond which an evaluator is flagged inconsistent, when none is set: {@code 2}. */
  public static final BigDecimal DEFAULT_SPREAD_THRESHOLD = BigDecimal.valueOf(2);

  private final int replicates;
  private final long seed;
  private final BigDecimal confidence;
  private final int minShared;
  private final BigDecimal offsetThreshold;
  private final BigDecimal spreadThreshold;

  private ReliabilityOptions(int replicates, long seed, BigDecimal confidence, int minShared, BigDecimal offsetThreshold, BigDecimal spreadThreshold) {
    this.replicates = replicates;
    this.seed = seed;
    this.confidence = confidence;
    this.minShared = minShared;
    this.offsetThreshold = offsetThreshold;
    this.spreadThreshold = spreadThreshold;
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
   * Returns the options with every default and the given seed.
   *
   * @param seed the seed of the bootstrap
   * @return the options, not null
   */
  public static ReliabilityOptions withSeed(long seed) {
    return newBuilder().seed(seed).build();
  }

  /**
   * Returns the number of bootstrap replicates.
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
   * Returns the confidence level of the bootstrap intervals, without trailing zeros.
   *
   * @return a value strictly between 0 and 1, such as {@code 0.95}
   */
  public BigDecimal confidence() {
    return confidence;
  }

  /**
   * Returns the fewest proposals an evaluator must share with at least one other evaluator before
   * calibration flags apply to it.
   *
   * @return 1 or more
   */
  public int minShared() {
    return minShared;
  }

  /**
   * Returns the threshold of the lenient and severe flags: an evaluator whose standardised offset
   * is above it is lenient, below its negative severe.
   *
   * @return a positive number of pooled standard deviations, without trailing zeros
   */
  public BigDecimal offsetThreshold() {
    return offsetThreshold;
  }

  /**
   * Returns the threshold of the inconsistent flag: an evaluator whose standardised spread around its
   * own offset is above it is inconsistent.
   *
   * @return a positive number of pooled standard deviations, without trailing zeros
   */
  public BigDecimal spreadThreshold() {
    return spreadThreshold;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReliabilityOptions other
        && replicates == other.replicates
        && seed == other.seed
        && confidence.equals(other.confidence)
        && minShared == other.minShared
        && offsetThreshold.equals(other.offsetThreshold)
        && spreadThreshold.equals(other.spreadThreshold);
  }

  @Override
  public int hashCode() {
    return Objects.hash(replicates, seed, confidence, minShared, offsetThreshold, spreadThreshold);
  }

  /** Returns the options as text. */
  @Override
  public String toString() {
    return "ReliabilityOptions[replicates=" + replicates + ", seed=" + seed + ", confidence=" + confidence.toPlainString()
        + ", minShared=" + minShared + ", offsetThreshold=" + offsetThreshold.toPlainString()
        + ", spreadThreshold=" + spreadThreshold.toPlainString() + "]";
  }

  /**
   * Builds {@link ReliabilityOptions}. Each option can be set once; a second call throws {@link
   * IllegalStateException}. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable Integer replicates;
    private @Nullable Long seed;
    private @Nullable BigDecimal confidence;
    private @Nullable Integer minShared;
    private @Nullable BigDecimal offsetThreshold;
    private @Nullable BigDecimal spreadThreshold;

    private Builder() {}

    /**
     * Sets the number of bootstrap replicates (default {@value ReliabilityOptions#DEFAULT_REPLICATES}).
     *
     * @param value 1 to {@value ReliabilityOptions#MAX_REPLICATES}, checked by {@link #build()}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder replicates(int value) {
      replicates = setOnce(replicates, value, Builder.class, "replicates");
      return this;
    }

    /**
     * Sets the seed; required. The same seed and ratings give the same result.
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
     * Sets the confidence level of the bootstrap intervals (default {@code 0.95}).
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
     * Sets the fewest shared proposals before an evaluator is assessed (default {@value
     * ReliabilityOptions#DEFAULT_MIN_SHARED}).
     *
     * @param value 1 or more, checked by {@link #build()}
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder minShared(int value) {
      minShared = setOnce(minShared, value, Builder.class, "minShared");
      return this;
    }

    /**
     * Sets the threshold of the lenient and severe flags, in pooled standard deviations (default
     * {@code 1}).
     *
     * @param value more than zero, checked by {@link #build()}; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder offsetThreshold(BigDecimal value) {
      offsetThreshold = setOnce(offsetThreshold, value, Builder.class, "offsetThreshold");
      return this;
    }

    /**
     * Sets the threshold of the inconsistent flag, in pooled standard deviations (default {@code 2}).
     *
     * @param value more than zero, checked by {@link #build()}; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder spreadThreshold(BigDecimal value) {
      spreadThreshold = setOnce(spreadThreshold, value, Builder.class, "spreadThreshold");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options, not null
     * @throws IllegalStateException if the seed was not set
     * @throws InvalidInputException listing every refused value: replicates outside 1 to {@value
     *     ReliabilityOptions#MAX_REPLICATES}, a confidence level not strictly between 0 and 1, a
     *     minimum of shared proposals below 1, or a threshold of zero or below
     */
    public ReliabilityOptions build() {
      long s = required(seed, Builder.class, "seed");
      int r = replicates == null ? DEFAULT_REPLICATES : replicates;
      BigDecimal c = confidence == null ? DEFAULT_CONFIDENCE : confidence;
      int m = minShared == null ? DEFAULT_MIN_SHARED : minShared;
      BigDecimal offset = offsetThreshold == null ? DEFAULT_OFFSET_THRESHOLD : offsetThreshold;
      BigDecimal spread = spreadThreshold == null ? DEFAULT_SPREAD_THRESHOLD : spreadThreshold;
      List<Violation> violations = new ArrayList<>();
      if (r < 1 || r > MAX_REPLICATES) {
        violations.add(ScoringMessages.violation("kipp.reliability.replicates", "replicates", r, "max", MAX_REPLICATES));
      }
      Decimals.check("confidence", c).ifPresent(violations::add);
      if (c.signum() <= 0 || c.compareTo(BigDecimal.ONE) >= 0) {
        violations.add(ScoringMessages.violation("kipp.reliability.confidence", "confidence", c));
      }
      if (m < 1) {
        violations.add(ScoringMessages.violation("kipp.reliability.minShared", "minShared", m));
      }
      Decimals.check("offsetThreshold", offset).ifPresent(violations::add);
      if (offset.signum() <= 0) {
        violations.add(ScoringMessages.violation("kipp.reliability.threshold", "offsetThreshold", offset));
      }
      Decimals.check("spreadThreshold", spread).ifPresent(violations::add);
      if (spread.signum() <= 0) {
        violations.add(ScoringMessages.violation("kipp.reliability.threshold", "spreadThreshold", spread));
      }
      InvalidInputException.throwIfAny("reliability options", violations);
      return new ReliabilityOptions(r, s, c.stripTrailingZeros(), m, offset.stripTrailingZeros(), spread.stripTrailingZeros());
    }
  }
}
