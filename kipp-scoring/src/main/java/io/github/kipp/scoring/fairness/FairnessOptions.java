package io.github.kipp.scoring.fairness;

import static io.github.kipp.core.meta.BuilderChecks.required;
import static io.github.kipp.core.meta.BuilderChecks.setOnce;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.Decimals;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.core.meta.Beta;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a {@link RegionalFairness} report: the dimensions whose shares are compared, the
 * 3T regions that decide a proposal's 3T status, and the threshold beyond which a stage's change of
 * a share is flagged.
 *
 * <p><b>No regulation gives the threshold.</b> KepmenPANRB 44/2020 (as reported) asks for the Top 99
 * to be chosen "proportionally" by category, group, participant type and regional spread including
 * the 3T regions, with no number (article UNKNOWN, confidence low); so the threshold is kipp's
 * configuration with the documented default {@code 0.1}: a change of more than ten percentage points
 * in the share of one value. The default dimensions are {@link QuotaDimension#PROVINCE}, {@link
 * QuotaDimension#INSTITUTION_TYPE}, {@link QuotaDimension#THREE_T}, {@link QuotaDimension#GROUP} and
 * {@link QuotaDimension#CATEGORY}. Built with {@link #newBuilder()}; the 3T regions are required.
 *
 * <p>Immutable and thread-safe.
 */
@Beta
public final class FairnessOptions {

  /** The threshold when none is set: {@code 0.1}, ten percentage points. */
  public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.1");

  /** The dimensions compared when none are set, in the order reported. */
  public static final ImmutableList<QuotaDimension> DEFAULT_DIMENSIONS = ImmutableList.of(
      QuotaDimension.PROVINCE, QuotaDimension.INSTITUTION_TYPE, QuotaDimension.THREE_T, QuotaDimension.GROUP, QuotaDimension.CATEGORY);

  private final BigDecimal threshold;
  private final ImmutableList<QuotaDimension> dimensions;
  private final ThreeTRegions threeT;

  private FairnessOptions(BigDecimal threshold, ImmutableList<QuotaDimension> dimensions, ThreeTRegions threeT) {
    this.threshold = threshold;
    this.dimensions = dimensions;
    this.threeT = threeT;
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
   * Returns the options with every default and the given 3T regions.
   *
   * @param threeT the 3T regions, such as {@link ThreeTRegions#tertinggal2020to2024()}; not null
   * @return the options, not null
   */
  public static FairnessOptions of(ThreeTRegions threeT) {
    return newBuilder().threeTRegions(threeT).build();
  }

  /**
   * Returns the threshold: a change of a share by more than it is flagged.
   *
   * @return strictly between 0 and 1, without trailing zeros
   */
  public BigDecimal threshold() {
    return threshold;
  }

  /**
   * Returns the dimensions compared, in the order reported.
   *
   * @return at least one dimension, each once
   */
  public ImmutableList<QuotaDimension> dimensions() {
    return dimensions;
  }

  /**
   * Returns the 3T regions that decide {@link QuotaDimension#THREE_T}.
   *
   * @return the regions, not null
   */
  public ThreeTRegions threeTRegions() {
    return threeT;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FairnessOptions other
        && threshold.equals(other.threshold)
        && dimensions.equals(other.dimensions)
        && threeT.equals(other.threeT);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threshold, dimensions, threeT);
  }

  /** Returns the threshold and dimensions. */
  @Override
  public String toString() {
    return "FairnessOptions[threshold=" + threshold.toPlainString() + ", dimensions=" + dimensions + "]";
  }

  /**
   * Builds {@link FairnessOptions}. Each option can be set once; a second call throws {@link
   * IllegalStateException}. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable BigDecimal threshold;
    private @Nullable ImmutableList<QuotaDimension> dimensions;
    private @Nullable ThreeTRegions threeT;

    private Builder() {}

    /**
     * Sets the threshold (default {@code 0.1}).
     *
     * @param value strictly between 0 and 1, checked by {@link #build()}; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder threshold(BigDecimal value) {
      threshold = setOnce(threshold, requireNonNull(value, "threshold"), Builder.class, "threshold");
      return this;
    }

    /**
     * Sets the dimensions compared, in the order reported; a repeated dimension counts once (default
     * {@link FairnessOptions#DEFAULT_DIMENSIONS}).
     *
     * @param values at least one dimension, checked by {@link #build()}; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dimensions(Collection<QuotaDimension> values) {
      requireNonNull(values, "dimensions");
      values.forEach(d -> requireNonNull(d, "dimension"));
      dimensions = setOnce(dimensions, ImmutableList.copyOf(new LinkedHashSet<>(values)), Builder.class, "dimensions");
      return this;
    }

    /**
     * Sets the 3T regions; required.
     *
     * @param value the regions, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder threeTRegions(ThreeTRegions value) {
      threeT = setOnce(threeT, requireNonNull(value, "threeT"), Builder.class, "threeTRegions");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options, not null
     * @throws IllegalStateException if the 3T regions were not set
     * @throws InvalidInputException listing every refused value: a threshold not strictly between 0
     *     and 1, or no dimension
     */
    public FairnessOptions build() {
      ThreeTRegions regions = required(threeT, Builder.class, "threeTRegions");
      BigDecimal t = threshold == null ? DEFAULT_THRESHOLD : threshold;
      ImmutableList<QuotaDimension> d = dimensions == null ? DEFAULT_DIMENSIONS : dimensions;
      List<Violation> violations = new ArrayList<>();
      Decimals.check("threshold", t).ifPresent(violations::add);
      if (t.signum() <= 0 || t.compareTo(BigDecimal.ONE) >= 0) {
        violations.add(ScoringMessages.violation("kipp.fairness.threshold", "threshold", t));
      }
      if (d.isEmpty()) {
        violations.add(ScoringMessages.violation("kipp.fairness.dimensions", "dimensions", 0));
      }
      InvalidInputException.throwIfAny("fairness options", violations);
      return new FairnessOptions(t.stripTrailingZeros(), d, regions);
    }
  }
}
