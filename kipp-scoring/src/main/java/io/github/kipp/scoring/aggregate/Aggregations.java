package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.internal.Division;
import io.github.kipp.scoring.internal.RoundingFilter;
import io.github.kipp.scoring.internal.ScaledLongs;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.internal.SheetColumns;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The aggregation policies kipp ships: mean, median, trimmed mean and per-evaluator z-score
 * normalisation.
 *
 * <p>Each sheet first gets its weighted total, rounded as its criteria declare. The policy then
 * reduces the totals of a proposal's sheets to one score, computed to {@link CriteriaSet#PRECISION}
 * and rounded as the criteria declare. Each proposal's {@link AggregatedScore} also carries the mean
 * raw score of each criterion (for tie-breaks) and its derivation. Results are exact and do not
 * depend on the order of the sheets.
 *
 * <ul>
 *   <li>{@link #mean}: the arithmetic mean.
 *   <li>{@link #median}: the middle total; for an even count, the mean of the two middle totals.
 *   <li>{@link #trimmedMean}: the mean after dropping the {@code k} lowest and {@code k} highest
 *       totals, when the proposal has more than {@code 2k} sheets; otherwise the plain mean.
 *   <li>{@link #zScore}: see {@link ZScoreOptions}; the normalised totals are then averaged.
 * </ul>
 *
 * <p><b>Small and degenerate populations.</b> No policy fails because of a population's size or
 * shape; each gives a result:
 *
 * <ul>
 *   <li>a stage with no sheets aggregates to a result without scores, which still records the
 *       policy, its parameters and the population's id (with the {@link
 *       ZScoreOptions.Reference#POPULATION population reference}, whose mean and standard deviation
 *       an empty population does not have, both parameters read {@code -});
 *   <li>a proposal with one sheet gets that sheet's total; a trimmed mean drops nothing from a
 *       proposal with {@code 2k} sheets or fewer;
 *   <li>under z-scores, an evaluator with fewer sheets than {@link ZScoreOptions#minSheets()}, or
 *       whose totals are all equal (every evaluator equal, every score equal), is not normalised: the
 *       {@link ZScoreOptions.Fallback fallback} applies and the sheet's {@code normalisation}
 *       explanation says which of the two was the reason; under {@link
 *       ZScoreOptions.Fallback#EXCLUDE} a proposal whose sheets are all excluded gets no aggregate.
 * </ul>
 */
public final class Aggregations {

  private static final MathContext MC = CriteriaSet.PRECISION;

  /** What a parameter or value shows when there is nothing to compute it from. */
  private static final String NONE = "-";

  private Aggregations() {}

  /**
   * Returns the mean policy.
   *
   * @param citation where the policy comes from, not null
   * @return the policy, not null
   */
  public static AggregationPolicy mean(Citation citation) {
    return new Policy(Center.MEAN, 0, null, citation);
  }

  /**
   * Returns the median policy.
   *
   * @param citation where the policy comes from, not null
   * @return the policy, not null
   */
  public static AggregationPolicy median(Citation citation) {
    return new Policy(Center.MEDIAN, 0, null, citation);
  }

  /**
   * Returns the trimmed-mean policy.
   *
   * @param trimEachSide how many lowest and how many highest totals to drop, at least 1
   * @param citation where the policy comes from, not null
   * @return the policy, not null
   * @throws InvalidInputException if {@code trimEachSide} is below 1
   */
  public static AggregationPolicy trimmedMean(int trimEachSide, Citation citation) {
    if (trimEachSide < 1) {
      throw InvalidInputException.of("trimmed mean", ScoringMessages.violation("kipp.aggregation.trim", "trimEachSide", trimEachSide));
    }
    return new Policy(Center.MEAN, trimEachSide, null, citation);
  }

  /**
   * Returns per-evaluator z-score normalisation, mapped back onto the scale and averaged.
   *
   * @param options the parameters, not null
   * @return the policy, not null
   */
  public static AggregationPolicy zScore(ZScoreOptions options) {
    return new Policy(Center.MEAN, 0, requireNonNull(options, "options"), options.citation());
  }

  private enum Center {
    MEAN,
    MEDIAN
  }

  /** Marks an {@link EvaluatorStats} whose deviation has no bounds from its sums. */
  private static final DeviationBounds NO_BOUNDS = DeviationBounds.exactly(BigDecimal.ZERO);

  /**
   * One evaluator's statistics (or the population's), for z-scores: the count, the mean (the exact
   * sum divided to {@link CriteriaSet#PRECISION}) and the population standard deviation as the
   * policy defines it (the squares of the deviations from that mean summed to the same precision
   * step by step, divided, and the root taken). That deviation is computed when first needed (two
   * threads may both compute it; they get the same); the fast path of {@link Mapping} reads a double
   * within a few units of the last place of it, from exact sums of the totals and their squares.
   */
  private static final class EvaluatorStats {
    final int count;
    final BigDecimal mean;
    /** The mean and deviation as doubles, the deviation within {@code 2^-50} of it, relatively. */
    final RoundingFilter.Estimate estimate;
    /** Whether the totals are not all equal: whether the deviation is positive. */
    final boolean spread;
    /** The population's totals; null for a declared reference. */
    private final @Nullable SheetColumns columns;
    /** The evaluator's index in {@link #columns}, or -1 for every sheet. */
    private final int evaluator;
    private volatile @Nullable BigDecimal sd;
    /** The exact unscaled sum of the totals and of their squares, when both fit in a long. */
    private final long sum;
    private final long squares;
    private final boolean sumsInLongs;
    /** Bounds on {@link #sd()} from the exact sums; {@link #NO_BOUNDS} when there are none. */
    private volatile @Nullable DeviationBounds bounds;

    /**
     * Statistics of the totals of one evaluator's sheets ({@code evaluator} its index in the
     * columns), or of every sheet ({@code -1}); at least one sheet.
     */
    EvaluatorStats(SheetColumns columns, int evaluator) {
      this.columns = columns;
      this.evaluator = evaluator;
      this.count = evaluator < 0 ? columns.size() : columns.sheetCount(evaluator);
      int scale = columns.scale();
      BigDecimal n = BigDecimal.valueOf(count);
      long sum = 0;
      long squares = 0;
      boolean exactInLongs = columns.inLongs();
      if (exactInLongs) {
        try {
          for (int k = 0; k < count; k++) {
            long u = columns.unscaledTotal(member(k));
            sum = Math.addExact(sum, u);
            squares = Math.addExact(squares, Math.multiplyExact(u, u));
          }
        } catch (ArithmeticException tooLarge) {
          exactInLongs = false;
        }
      }
      BigDecimal total;
      if (exactInLongs) {
        // The decimal sum of values at one scale: the same value and scale.
        total = BigDecimal.valueOf(sum, scale);
      } else {
        total = BigDecimal.ZERO;
        for (int k = 0; k < count; k++) {
          total = total.add(columns.total(member(k)));
        }
      }
      this.mean = Division.divide(total, n, MC);
      this.sum = sum;
      this.squares = squares;
      this.sumsInLongs = exactInLongs;
      double deviation = Double.NaN;
      boolean positive = false;
      if (exactInLongs) {
        // count² × variance, exactly, unscaled at twice the scale; its double is the nearest either
        // way. A large population (count × squares past a long) takes three operations on big
        // integers instead of the decimal deviation over every sheet.
        double spreadTimesCount;
        try {
          long exact = Math.subtractExact(Math.multiplyExact((long) count, squares), Math.multiplyExact(sum, sum));
          positive = exact > 0;
          spreadTimesCount = (double) exact;
        } catch (ArithmeticException tooLarge) {
          BigInteger exact = BigInteger.valueOf(count).multiply(BigInteger.valueOf(squares)).subtract(BigInteger.valueOf(sum).multiply(BigInteger.valueOf(sum)));
          positive = exact.signum() > 0;
          spreadTimesCount = exact.doubleValue();
        }
        deviation = Math.sqrt(spreadTimesCount / ((double) count * count) / RoundingFilter.power(scale) / RoundingFilter.power(scale));
      }
      if (Double.isNaN(deviation)) {
        BigDecimal exact = sd();
        positive = exact.signum() > 0;
        deviation = exact.doubleValue();
      }
      this.estimate = new RoundingFilter.Estimate(mean.doubleValue(), deviation);
      this.spread = positive;
    }

    /** A declared reference. */
    EvaluatorStats(BigDecimal mean, BigDecimal sd) {
      this.count = 0;
      this.columns = null;
      this.evaluator = -1;
      this.mean = mean;
      this.sd = sd;
      this.sum = 0;
      this.squares = 0;
      this.sumsInLongs = false;
      this.bounds = DeviationBounds.exactly(sd);
      this.estimate = new RoundingFilter.Estimate(mean.doubleValue(), sd.doubleValue());
      this.spread = sd.signum() > 0;
    }

    /** The index of the {@code k}-th of these sheets in the population. */
    private int member(int k) {
      return evaluator < 0 ? k : requireNonNull(columns, "columns").sheetOf(evaluator, k);
    }

    /**
     * Bounds on {@link #sd()} found in a constant number of operations from the exact sums, or null
     * when the sums passed a long or the totals are all equal (then only {@link #sd()} says).
     */
    @Nullable DeviationBounds bounds() {
      DeviationBounds made = bounds;
      if (made == null) {
        DeviationBounds found = sumsInLongs
            ? DeviationBounds.of(count, sum, squares, requireNonNull(columns, "columns").scale(), mean)
            : null;
        made = found == null ? NO_BOUNDS : found;
        bounds = made;
      }
      return made == NO_BOUNDS ? null : made;
    }

    /** The standard deviation as the policy defines it. */
    BigDecimal sd() {
      BigDecimal made = sd;
      if (made == null) {
        SheetColumns c = requireNonNull(columns, "columns");
        BigDecimal squares = BigDecimal.ZERO;
        for (int k = 0; k < count; k++) {
          BigDecimal d = c.total(member(k)).subtract(mean);
          squares = squares.add(d.multiply(d, MC), MC);
        }
        BigDecimal variance = Division.divide(squares, BigDecimal.valueOf(count), MC);
        made = variance.signum() == 0 ? BigDecimal.ZERO : variance.sqrt(MC);
        sd = made;
      }
      return made;
    }
  }

  /**
   * Maps a total onto the reference: {@code refMean + (total - mean) ÷ sd × refSd}, each step to
   * {@link CriteriaSet#PRECISION}, clamped to the scale of totals and rounded as the criteria round.
   *
   * <p>The value is first computed in doubles, with a bound on its error a thousand times wider than
   * the error of the doubles; when the rounded result (and the clamp) is the same anywhere within
   * that bound, it is the result of the exact computation, which is done only otherwise.
   */
  private static final class Mapping {
    private final EvaluatorStats reference;
    private final Scale totals;
    private final BigDecimal atMin;
    private final BigDecimal atMax;
    private final Rounding rounding;
    private final RoundingFilter filter;

    Mapping(EvaluatorStats reference, Scale totals, Rounding rounding) {
      this.reference = reference;
      this.totals = totals;
      this.atMin = rounding.apply(totals.min());
      this.atMax = rounding.apply(totals.max());
      this.rounding = rounding;
      this.filter = new RoundingFilter(totals.min().doubleValue(), totals.max().doubleValue(), rounding.scale(), rounding.mode());
    }

    /**
     * The exact computation, as the policy has always defined it: first at the corners of the
     * deviations' bounds ({@link DeviationBounds}), which decide it when they agree, so that the
     * deviations themselves (a pass in decimals over every total of the population) are computed
     * only for a value that lies within those bounds' reach of a rounding boundary.
     */
    BigDecimal exact(BigDecimal total, EvaluatorStats st) {
      BigDecimal deviation = total.subtract(st.mean);
      DeviationBounds own = st.bounds();
      DeviationBounds ref = own == null ? null : reference.bounds();
      if (own != null && ref != null) {
        BigDecimal corner = map(deviation, own.low, ref.low);
        if (own.low != own.high || ref.low != ref.high) {
          if (corner.compareTo(map(deviation, own.low, ref.high)) == 0
              && corner.compareTo(map(deviation, own.high, ref.low)) == 0
              && corner.compareTo(map(deviation, own.high, ref.high)) == 0) {
            return corner;
          }
        } else {
          return corner;
        }
      }
      return map(deviation, st.sd(), reference.sd());
    }

    /** {@code refMean + deviation ÷ sd × refSd}, each step to the precision, clamped and rounded. */
    private BigDecimal map(BigDecimal deviation, BigDecimal sd, BigDecimal refSd) {
      BigDecimal zValue = deviation.divide(sd, MC);
      BigDecimal mapped = reference.mean.add(zValue.multiply(refSd, MC), MC);
      return rounding.apply(clamp(mapped, totals));
    }

    /**
     * The rounded value, unscaled at the rounding's scale; {@link RoundingFilter#UNDECIDED} when the
     * doubles cannot decide it, {@link RoundingFilter#AT_MIN} or {@link RoundingFilter#AT_MAX} when it
     * is clamped.
     */
    long fast(double total, EvaluatorStats st) {
      return filter.normalised(total, st.estimate, reference.estimate);
    }
  }

  private static final class Policy implements AggregationPolicy {
    private final Center center;
    private final int trim;
    private final @org.jspecify.annotations.Nullable ZScoreOptions z;
    private final Citation citation;

    Policy(Center center, int trim, @org.jspecify.annotations.Nullable ZScoreOptions z, Citation citation) {
      this.center = center;
      this.trim = trim;
      this.z = z;
      this.citation = requireNonNull(citation, "citation");
    }

    @Override
    public Citation citation() {
      return citation;
    }

    @Override
    public String toString() {
      return describe();
    }

    private String describe() {
      if (z != null) {
        return "z-score (min " + z.minSheets() + " sheets, else " + z.fallback() + "; reference " + z.reference() + ")";
      }
      if (trim > 0) {
        return "trimmed mean (drop " + trim + " lowest and " + trim + " highest)";
      }
      return center == Center.MEAN ? "mean" : "median";
    }

    @Override
    public AggregationResult aggregate(FrozenScores scores) {
      requireNonNull(scores, "scores");
      CriteriaSet criteria = scores.criteria();
      Rounding rounding = criteria.rounding();
      int scale = rounding.scale();
      ImmutableList<ScoreSheet> sheets = scores.sheets();
      // Each sheet's total (unscaled at the rounding's scale while every one fits in a long), its
      // evaluator and its proposal's run, computed when the population froze.
      SheetColumns columns = SheetColumns.of(scores);
      int n = columns.size();
      boolean longs = columns.inLongs();
      ImmutableSortedMap.Builder<String, String> params = ImmutableSortedMap.naturalOrder();
      params.put("policy", describe());
      params.put("rounding", rounding.toString());
      // Each evaluator's statistics, under z-scores.
      EvaluatorStats[] byEvaluator = new EvaluatorStats[0];
      @org.jspecify.annotations.Nullable Mapping mapping = null;
      if (z != null) {
        byEvaluator = new EvaluatorStats[columns.evaluators()];
        for (int e = 0; e < byEvaluator.length; e++) {
          byEvaluator[e] = new EvaluatorStats(columns, e);
        }
        EvaluatorStats reference;
        boolean referenceKnown = true;
        if (z.reference() == ZScoreOptions.Reference.FIXED) {
          reference = new EvaluatorStats(z.fixedMean().orElseThrow(), z.fixedSd().orElseThrow());
        } else if (n == 0) {
          // An empty population has no mean to map back onto; nothing is normalised either.
          referenceKnown = false;
          reference = new EvaluatorStats(BigDecimal.ZERO, BigDecimal.ONE);
        } else {
          reference = new EvaluatorStats(columns, -1);
        }
        mapping = new Mapping(reference, criteria.totalScale(), rounding);
        params.put("minSheets", Integer.toString(z.minSheets()));
        params.put("fallback", z.fallback().name());
        params.put("reference", z.reference().name());
        params.put("referenceMean", referenceKnown ? rounding.apply(reference.mean).toPlainString() : NONE);
        params.put("referenceSd", referenceKnown ? roundedDeviation(reference, rounding).toPlainString() : NONE);
      }
      if (trim > 0) {
        params.put("trimEachSide", Integer.toString(trim));
      }
      long atMin = RoundingFilter.UNDECIDED;
      long atMax = RoundingFilter.UNDECIDED;
      if (mapping != null) {
        try {
          atMin = ScaledLongs.unscaled(mapping.atMin, scale);
          atMax = ScaledLongs.unscaled(mapping.atMax, scale);
        } catch (ArithmeticException tooLarge) {
          // Clamped values are then computed exactly.
          atMin = RoundingFilter.UNDECIDED;
          atMax = RoundingFilter.UNDECIDED;
        }
      }
      ImmutableSortedMap.Builder<ProposalId, AggregatedScore> out = ImmutableSortedMap.naturalOrder();
      // The sheets are sorted by proposal, then evaluator: each proposal's sheets are one run.
      for (int p = 0; p < columns.proposals(); p++) {
        int from = columns.runStart(p);
        int to = columns.runStart(p + 1);
        // Each sheet's adjusted value, unscaled while in longs; the decimal where it does not come
        // from the unscaled value (exact, clamped or out of longs); whether it is used and normalised.
        long[] adjustedUnscaled = new long[to - from];
        BigDecimal @Nullable [] decided = null;
        byte[] flags = new byte[to - from];
        boolean adjustedLongs = longs;
        for (int i = from; i < to; i++) {
          int j = i - from;
          long adjustedU = longs ? columns.unscaledTotal(i) : 0;
          @Nullable BigDecimal adjusted = null;
          boolean normalised = false;
          boolean used = true;
          if (z != null) {
            EvaluatorStats st = byEvaluator[columns.evaluatorOf(i)];
            Mapping m = requireNonNull(mapping, "mapping");
            if (st.count >= z.minSheets() && st.spread) {
              long k = m.fast(columns.totalAsDouble(i), st);
              if (k == RoundingFilter.AT_MIN && atMin != RoundingFilter.UNDECIDED) {
                adjusted = m.atMin;
                adjustedU = atMin;
              } else if (k == RoundingFilter.AT_MAX && atMax != RoundingFilter.UNDECIDED) {
                adjusted = m.atMax;
                adjustedU = atMax;
              } else if (k != RoundingFilter.UNDECIDED && k != RoundingFilter.AT_MIN && k != RoundingFilter.AT_MAX) {
                adjustedU = k;
                if (!longs) {
                  adjusted = BigDecimal.valueOf(k, scale);
                }
              } else {
                adjusted = m.exact(columns.total(i), st);
                if (adjustedLongs) {
                  try {
                    adjustedU = ScaledLongs.unscaled(adjusted, scale);
                  } catch (ArithmeticException tooLarge) {
                    adjustedLongs = false;
                  }
                }
              }
              normalised = true;
            } else {
              used = z.fallback() == ZScoreOptions.Fallback.USE_RAW;
            }
          }
          if (adjusted != null) {
            if (decided == null) {
              decided = new BigDecimal[to - from];
            }
            decided[j] = adjusted;
          }
          adjustedUnscaled[j] = adjustedU;
          flags[j] = (byte) ((used ? Contributions.USED : 0) | (normalised ? Contributions.NORMALISED : 0));
        }
        Contributions made = new Contributions(sheets, columns, from, longs ? adjustedUnscaled : null, decided, flags);
        // A trimmed mean marks its dropped sheets at once; otherwise the contributions are made when read.
        @Nullable ImmutableList<SheetContribution> trimmed = trim == 0 ? null : ImmutableList.copyOf(markTrimmed(made.get()));
        int usedCount = 0;
        long sum = 0;
        for (int j = 0; j < to - from; j++) {
          if (trimmed == null ? (flags[j] & Contributions.USED) != 0 : trimmed.get(j).used()) {
            usedCount++;
            if (adjustedLongs) {
              try {
                sum = Math.addExact(sum, adjustedUnscaled[j]);
              } catch (ArithmeticException tooLarge) {
                adjustedLongs = false;
              }
            }
          }
        }
        if (usedCount > 0) {
          Supplier<ImmutableList<SheetContribution>> kept = trimmed == null ? made : Suppliers.ofInstance(trimmed);
          BigDecimal score;
          if (center == Center.MEDIAN) {
            score = rounding.apply(median(usedValues(kept.get())));
          } else if (adjustedLongs) {
            // One division of the exact sum, as rounding the mean to 34 digits first would give.
            score = BigDecimal.valueOf(ScaledLongs.divide(sum, usedCount, rounding.mode()), scale);
          } else {
            score = rounding.apply(mean(usedValues(kept.get())));
          }
          ProposalId id = sheets.get(from).proposal();
          Derivation derivation = new Derivation(this, criteria, sheets, columns, from, to, kept, byEvaluator, score, usedCount);
          out.put(id, trimmed == null
              ? new AggregatedScore(id, score, made, columns.criterionMeans(p), derivation)
              : new AggregatedScore(id, score, trimmed, columns.criterionMeans(p), derivation));
        }
      }
      return new AggregationResult(criteria.stage(), describe(), params.buildOrThrow(), scores.populationId(), citation, out.buildOrThrow());
    }

    /** The adjusted values the aggregate counts, in the contributions' order. */
    private static List<BigDecimal> usedValues(List<SheetContribution> contributions) {
      List<BigDecimal> values = new ArrayList<>(contributions.size());
      for (SheetContribution c : contributions) {
        if (c.used()) {
          values.add(c.adjusted());
        }
      }
      return values;
    }

    /** Marks the lowest and highest {@code trim} values as unused, when there are enough. */
    private List<SheetContribution> markTrimmed(List<SheetContribution> contributions) {
      if (trim == 0) {
        return contributions;
      }
      List<SheetContribution> usable = new ArrayList<>();
      contributions.forEach(c -> {
        if (c.used()) {
          usable.add(c);
        }
      });
      // In long: twice a trim near Integer.MAX_VALUE must not wrap round to a negative count.
      if (usable.size() <= 2L * trim) {
        return contributions;
      }
      usable.sort(Comparator.comparing(SheetContribution::adjusted).thenComparing(SheetContribution::evaluator));
      List<ActorId> dropped = new ArrayList<>();
      for (int i = 0; i < trim; i++) {
        dropped.add(usable.get(i).evaluator());
        dropped.add(usable.get(usable.size() - 1 - i).evaluator());
      }
      List<SheetContribution> out = new ArrayList<>(contributions.size());
      for (SheetContribution c : contributions) {
        out.add(dropped.contains(c.evaluator()) ? new SheetContribution(c.evaluator(), c.total(), c.adjusted(), false, c.normalised()) : c);
      }
      return out;
    }
  }

  /**
   * Makes a proposal's explanation when it is first read: the aggregate, each sheet's weighted total
   * with its raw scores and, under z-scores, its normalisation, exactly as the policy explains it.
   * Everything it reads is immutable.
   */
  private static final class Derivation implements Supplier<Explanation> {
    private final Policy policy;
    private final CriteriaSet criteria;
    private final ImmutableList<ScoreSheet> sheets;
    private final SheetColumns columns;
    private final int from;
    private final int to;
    private final Supplier<ImmutableList<SheetContribution>> contributions;
    /** Each evaluator's statistics, by index in the columns; empty unless under z-scores. */
    private final EvaluatorStats[] stats;
    private final BigDecimal score;
    private final int used;

    Derivation(Policy policy, CriteriaSet criteria, ImmutableList<ScoreSheet> sheets, SheetColumns columns, int from, int to,
        Supplier<ImmutableList<SheetContribution>> contributions, EvaluatorStats[] stats, BigDecimal score, int used) {
      this.policy = policy;
      this.criteria = criteria;
      this.sheets = sheets;
      this.columns = columns;
      this.from = from;
      this.to = to;
      this.contributions = contributions;
      this.stats = stats;
      this.score = score;
      this.used = used;
    }

    @Override
    public Explanation get() {
      Rounding rounding = criteria.rounding();
      ZScoreOptions z = policy.z;
      ImmutableList<SheetContribution> contributions = this.contributions.get();
      List<Explanation> sheetNodes = new ArrayList<>(to - from);
      for (int i = 0; i < to - from; i++) {
        ScoreSheet s = sheets.get(from + i);
        SheetContribution c = contributions.get(i);
        BigDecimal total = c.total();
        Explanation sheetNode = sheetExplanation(criteria, s, total);
        if (z != null) {
          EvaluatorStats st = stats[columns.evaluatorOf(from + i)];
          Explanation normalisation;
          if (c.normalised()) {
            BigDecimal zValue = total.subtract(st.mean).divide(st.sd(), MC);
            normalisation = Explanation.leaf("normalisation",
                ScoringMessages.render("kipp.explain.zscore", "mean", rounding.apply(st.mean).toPlainString(), "sd", rounding.apply(st.sd()).toPlainString(),
                    "z", zValue.round(new MathContext(6)).toPlainString(), "count", st.count),
                c.adjusted().toPlainString(), z.citation());
          } else {
            boolean usesRaw = z.fallback() == ZScoreOptions.Fallback.USE_RAW;
            // Say which condition failed: too few sheets, or enough sheets that are all equal.
            String key = (usesRaw ? "kipp.explain.zscoreRaw" : "kipp.explain.zscoreExcluded") + (st.count >= z.minSheets() ? "Flat" : "");
            normalisation = Explanation.leaf("normalisation",
                ScoringMessages.render(key, "count", st.count, "min", z.minSheets()),
                usesRaw ? total.toPlainString() : NONE, z.citation());
          }
          sheetNode = sheetNode.with(normalisation);
        }
        sheetNodes.add(sheetNode);
      }
      return new Explanation(
          "aggregate",
          ScoringMessages.render("kipp.explain.aggregate", "stage", criteria.stage(), "policy", policy.describe(), "used", used, "count", contributions.size()),
          score.toPlainString(),
          ImmutableList.of(policy.citation),
          ImmutableList.copyOf(sheetNodes));
    }
  }

  /**
   * Makes a proposal's contributions when they are first read, from what the aggregation kept of
   * each sheet: its adjusted value unscaled (or the decimal where it was decided otherwise) and
   * whether it was used and normalised; the total and the evaluator come from the population.
   * Everything it reads is immutable; two threads reading first may both make equal lists.
   */
  private static final class Contributions implements Supplier<ImmutableList<SheetContribution>> {
    static final byte USED = 1;
    static final byte NORMALISED = 2;

    private final ImmutableList<ScoreSheet> sheets;
    private final SheetColumns columns;
    private final int from;
    /** Each sheet's adjusted value, unscaled at the columns' scale; null when the totals are not in longs. */
    private final long @Nullable [] adjusted;
    /** The adjusted values decided as decimals, where not null; null when none was. */
    private final BigDecimal @Nullable [] decided;
    private final byte[] flags;
    private volatile @Nullable ImmutableList<SheetContribution> made;

    Contributions(ImmutableList<ScoreSheet> sheets, SheetColumns columns, int from, long @Nullable [] adjusted,
        BigDecimal @Nullable [] decided, byte[] flags) {
      this.sheets = sheets;
      this.columns = columns;
      this.from = from;
      this.adjusted = adjusted;
      this.decided = decided;
      this.flags = flags;
    }

    @Override
    public ImmutableList<SheetContribution> get() {
      ImmutableList<SheetContribution> list = made;
      if (list == null) {
        SheetContribution[] out = new SheetContribution[flags.length];
        for (int j = 0; j < flags.length; j++) {
          BigDecimal total = columns.total(from + j);
          boolean normalised = (flags[j] & NORMALISED) != 0;
          BigDecimal value;
          if (decided != null && decided[j] != null) {
            value = decided[j];
          } else if (normalised) {
            // Normalised on the fast path, in longs: the unscaled value at the columns' scale.
            value = BigDecimal.valueOf(requireNonNull(adjusted, "adjusted")[j], columns.scale());
          } else {
            value = total;
          }
          out[j] = new SheetContribution(sheets.get(from + j).evaluator(), total, value, (flags[j] & USED) != 0, normalised);
        }
        list = ImmutableList.copyOf(out);
        made = list;
      }
      return list;
    }
  }

  private static Explanation sheetExplanation(CriteriaSet criteria, ScoreSheet sheet, BigDecimal total) {
    List<Explanation> raw = new ArrayList<>();
    for (Criterion c : criteria.criteria()) {
      BigDecimal score = sheet.scores().get(c.id());
      raw.add(Explanation.leaf("raw",
          ScoringMessages.render("kipp.explain.raw", "criterion", c.id(), "weight", c.weight()),
          score == null ? "-" : score.toPlainString(), c.citation()));
    }
    return new Explanation("weighted",
        ScoringMessages.render("kipp.explain.weighted", "evaluator", sheet.evaluator(), "total", criteria.weightTotal()),
        total.toPlainString(), ImmutableList.of(), ImmutableList.copyOf(raw));
  }

  /**
   * Returns the deviation rounded as the criteria round: from its double where that decides the
   * rounding, else from the deviation itself.
   */
  private static BigDecimal roundedDeviation(EvaluatorStats stats, Rounding rounding) {
    double sd = stats.estimate.sd();
    long k = RoundingFilter.round(sd, Math.abs(sd) * 1e-11, rounding.scale(), rounding.mode());
    if (k != RoundingFilter.UNDECIDED) {
      return BigDecimal.valueOf(k, rounding.scale());
    }
    // Rounding is monotone: bounds that round alike decide it without the pass over every total.
    DeviationBounds bounds = stats.bounds();
    if (bounds != null) {
      BigDecimal low = rounding.apply(bounds.low);
      if (low.compareTo(rounding.apply(bounds.high)) == 0) {
        return low;
      }
    }
    return rounding.apply(stats.sd());
  }

  /** The mean of at least one value; every caller skips an empty list first. */
  private static BigDecimal mean(List<BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      sum = sum.add(v);
    }
    return Division.divide(sum, BigDecimal.valueOf(values.size()), MC);
  }

  private static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MC);
  }

  private static BigDecimal clamp(BigDecimal value, Scale scale) {
    return value.max(scale.min()).min(scale.max());
  }
}
