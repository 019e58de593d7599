package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.internal.Division;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregation policies as they were computed before the fast paths: every step in {@link
 * BigDecimal} and every explanation built at once. Kept as the specification of the results:
 * {@link AggregationEquivalenceTest} checks that {@link Aggregations} gives exactly these results and
 * explanations.
 */
final class ReferenceAggregations {

  private static final MathContext MC = CriteriaSet.PRECISION;

  /** What a parameter or value shows when there is nothing to compute it from. */
  private static final String NONE = "-";

  private ReferenceAggregations() {}

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

  /** One evaluator's statistics, for z-scores. */
  private static final class EvaluatorStats {
    final int count;
    final BigDecimal mean;
    final BigDecimal sd;

    EvaluatorStats(int count, BigDecimal mean, BigDecimal sd) {
      this.count = count;
      this.mean = mean;
      this.sd = sd;
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
      // Keyed by the frozen sheets themselves: every lookup below passes one of scores.sheets(), and
      // hashing a whole sheet costs more than its total.
      Map<ScoreSheet, BigDecimal> totals = new java.util.IdentityHashMap<>();
      for (ScoreSheet s : scores.sheets()) {
        totals.put(s, scores.total(s));
      }
      ImmutableSortedMap.Builder<String, String> params = ImmutableSortedMap.naturalOrder();
      params.put("policy", describe());
      params.put("rounding", rounding.toString());
      Map<ActorId, EvaluatorStats> stats = new HashMap<>();
      BigDecimal refMean = BigDecimal.ZERO;
      BigDecimal refSd = BigDecimal.ONE;
      Scale totalScale = criteria.totalScale();
      if (z != null) {
        for (ActorId e : scores.evaluators()) {
          stats.put(e, statsOf(scores.sheetsBy(e).stream().map(totals::get).collect(ImmutableList.toImmutableList())));
        }
        boolean referenceKnown = true;
        if (z.reference() == ZScoreOptions.Reference.FIXED) {
          refMean = z.fixedMean().orElseThrow();
          refSd = z.fixedSd().orElseThrow();
        } else if (scores.sheets().isEmpty()) {
          // An empty population has no mean to map back onto; nothing is normalised either.
          referenceKnown = false;
        } else {
          EvaluatorStats all = statsOf(ImmutableList.copyOf(scores.sheets().stream().map(totals::get).iterator()));
          refMean = all.mean;
          refSd = all.sd;
        }
        params.put("minSheets", Integer.toString(z.minSheets()));
        params.put("fallback", z.fallback().name());
        params.put("reference", z.reference().name());
        params.put("referenceMean", referenceKnown ? rounding.apply(refMean).toPlainString() : NONE);
        params.put("referenceSd", referenceKnown ? rounding.apply(refSd).toPlainString() : NONE);
      }
      if (trim > 0) {
        params.put("trimEachSide", Integer.toString(trim));
      }
      ImmutableSortedMap.Builder<ProposalId, AggregatedScore> out = ImmutableSortedMap.naturalOrder();
      for (ProposalId p : scores.proposals()) {
        List<ScoreSheet> sheets = scores.sheetsFor(p);
        List<SheetContribution> contributions = new ArrayList<>(sheets.size());
        List<Explanation> sheetNodes = new ArrayList<>(sheets.size());
        for (ScoreSheet s : sheets) {
          BigDecimal total = requireNonNull(totals.get(s), "total");
          BigDecimal adjusted = total;
          boolean normalised = false;
          boolean used = true;
          @org.jspecify.annotations.Nullable Explanation normalisation = null;
          if (z != null) {
            EvaluatorStats st = stats.get(s.evaluator());
            if (st != null && st.count >= z.minSheets() && st.sd.signum() > 0) {
              BigDecimal zValue = total.subtract(st.mean).divide(st.sd, MC);
              BigDecimal mapped = refMean.add(zValue.multiply(refSd, MC), MC);
              adjusted = rounding.apply(clamp(mapped, totalScale));
              normalised = true;
              normalisation = Explanation.leaf("normalisation",
                  ScoringMessages.render("kipp.explain.zscore", "mean", rounding.apply(st.mean).toPlainString(), "sd", rounding.apply(st.sd).toPlainString(),
                      "z", zValue.round(new MathContext(6)).toPlainString(), "count", st.count),
                  adjusted.toPlainString(), z.citation());
            } else {
              int count = st == null ? 0 : st.count;
              used = z.fallback() == ZScoreOptions.Fallback.USE_RAW;
              // Say which condition failed: too few sheets, or enough sheets that are all equal.
              String key = (used ? "kipp.explain.zscoreRaw" : "kipp.explain.zscoreExcluded") + (count >= z.minSheets() ? "Flat" : "");
              normalisation = Explanation.leaf("normalisation",
                  ScoringMessages.render(key, "count", count, "min", z.minSheets()),
                  used ? total.toPlainString() : NONE, z.citation());
            }
          }
          contributions.add(new SheetContribution(s.evaluator(), total, adjusted, used, normalised));
          Explanation sheetNode = sheetExplanation(criteria, s, total);
          sheetNodes.add(normalisation == null ? sheetNode : sheetNode.with(normalisation));
        }
        List<SheetContribution> marked = markTrimmed(contributions);
        List<BigDecimal> usedValues = new ArrayList<>();
        for (SheetContribution c : marked) {
          if (c.used()) {
            usedValues.add(c.adjusted());
          }
        }
        if (usedValues.isEmpty()) {
          continue;
        }
        BigDecimal score = rounding.apply(center == Center.MEDIAN ? median(usedValues) : mean(usedValues));
        Explanation node = new Explanation(
            "aggregate",
            ScoringMessages.render("kipp.explain.aggregate", "stage", criteria.stage(), "policy", describe(), "used", usedValues.size(), "count", marked.size()),
            score.toPlainString(),
            ImmutableList.of(citation),
            ImmutableList.copyOf(sheetNodes));
        out.put(p, new AggregatedScore(p, score, ImmutableList.copyOf(marked), criterionMeans(criteria, sheets), node));
      }
      return new AggregationResult(criteria.stage(), describe(), params.buildOrThrow(), scores.populationId(), citation, out.buildOrThrow());
    }

    /** Marks the lowest and highest {@code trim} values as unused, when there are enough. */
    private List<SheetContribution> markTrimmed(List<SheetContribution> contributions) {
      List<SheetContribution> usable = new ArrayList<>();
      contributions.forEach(c -> {
        if (c.used()) {
          usable.add(c);
        }
      });
      // In long: twice a trim near Integer.MAX_VALUE must not wrap round to a negative count.
      if (trim == 0 || usable.size() <= 2L * trim) {
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

  private static ImmutableSortedMap<CriterionId, BigDecimal> criterionMeans(CriteriaSet criteria, List<ScoreSheet> sheets) {
    ImmutableSortedMap.Builder<CriterionId, BigDecimal> means = ImmutableSortedMap.naturalOrder();
    for (Criterion c : criteria.criteria()) {
      List<BigDecimal> values = new ArrayList<>();
      for (ScoreSheet s : sheets) {
        Optional.ofNullable(s.scores().get(c.id())).ifPresent(values::add);
      }
      if (!values.isEmpty()) {
        means.put(c.id(), criteria.rounding().apply(mean(values)));
      }
    }
    return means.buildOrThrow();
  }

  /** The mean and population standard deviation of at least one value. */
  private static EvaluatorStats statsOf(List<BigDecimal> values) {
    BigDecimal mean = mean(values);
    BigDecimal squares = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      BigDecimal d = v.subtract(mean);
      squares = squares.add(d.multiply(d, MC), MC);
    }
    BigDecimal variance = Division.divide(squares, BigDecimal.valueOf(values.size()), MC);
    return new EvaluatorStats(values.size(), mean, variance.signum() == 0 ? BigDecimal.ZERO : variance.sqrt(MC));
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
