package io.github.kipp.scoring.reliability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.meta.Beta;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Nomination;
import io.github.kipp.scoring.internal.ReliabilityBootstrap;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Assesses the rater reliability and calibration of scoring stages (<i>keandalan dan kalibrasi
 * penilai</i>): the entry point of this package.
 *
 * <p><b>Krippendorff's alpha</b> (interval metric) is computed as in Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability" (2011): only proposals rated at least twice are pairable; with
 * n pairable ratings, m<sub>u</sub> on proposal u, alpha = 1 − (n − 1) · Σ<sub>u</sub>
 * Σ<sub>i≠j</sub>(v<sub>ui</sub> − v<sub>uj</sub>)²/(m<sub>u</sub> − 1) / Σ<sub>i≠j</sub>(v<sub>i</sub>
 * − v<sub>j</sub>)², the last sum over all pairs of pairable ratings. Missing ratings need no
 * treatment: a proposal's ratings are only paired with each other, and no evaluator is dropped.
 *
 * <p><b>ICC(2,1) and ICC(2,k)</b> are Shrout and Fleiss's (1979) two-way random-effects, absolute
 * agreement forms, from the mean squares of a two-way analysis of variance without replication:
 * (BMS − EMS) / (BMS + (k − 1)·EMS + k·(JMS − EMS)/n) and (BMS − EMS) / (BMS + (JMS − EMS)/n).
 * They need complete rows: the same k evaluators rating each of n proposals. kipp takes the set of
 * two or more evaluators that most proposals were rated by exactly (ties: the larger set, then the
 * first in evaluator order), and uses every proposal all of them rated, with their ratings only;
 * {@link StageReliability#iccRaters()} and {@link StageReliability#iccProposals()} report the choice.
 * A stage whose panels rotate, so that no two proposals share their evaluators, has no ICC; alpha
 * is then the coefficient to read.
 *
 * <p>Point estimates are computed from the exact decimal ratings (sums exact, divisions and square
 * roots to 34 significant digits) and rounded once, so they are invariant to the order of proposals
 * and evaluators and to adding a constant to every rating. <b>Bootstrap intervals</b> resample the
 * proposals with replacement (the units of alpha; the complete rows of the ICC), in {@code double},
 * each replicate from its own generator derived from the seed and the replicate's index as in the
 * rank bootstrap ({@link io.github.kipp.scoring.stability.RankStability}); the interval is the
 * central nearest-rank percentile interval of the replicates whose coefficient is defined.
 *
 * <p><b>Calibration</b>: see {@link EvaluatorCalibration}. The thresholds of its flags are
 * configuration ({@link ReliabilityOptions}); no regulation gives them.
 *
 * <p>Statistics that inform a judging committee; they decide nothing and change no score.
 */
@Beta
public final class RaterReliability {

  private static final MathContext MC = MathContext.DECIMAL128;

  private static final Comparator<Iterable<ActorId>> SET_ORDER = Comparators.lexicographical(Comparator.<ActorId>naturalOrder());

  private RaterReliability() {}

  /**
   * Assesses a stage from its ratings.
   *
   * @param ratings the ratings, possibly empty; not null
   * @param options the bootstrap and the thresholds, not null
   * @return the assessment, not null
   */
  public static StageReliability assess(Ratings ratings, ReliabilityOptions options) {
    requireNonNull(ratings, "ratings");
    requireNonNull(options, "options");
    List<ImmutableSortedMap<ActorId, BigDecimal>> units = new ArrayList<>();
    for (ImmutableSortedMap<ActorId, BigDecimal> row : ratings.byProposal().values()) {
      if (row.size() >= 2) {
        units.add(row);
      }
    }
    Alpha alpha = alpha(units, options);
    Icc icc = icc(ratings, options);
    ImmutableList<EvaluatorCalibration> calibrations = calibrate(ratings, units, alpha.pooledDeviation, options);
    return new StageReliability(ratings, options, alpha.estimate, units.size(), alpha.pairable, icc.raters, icc.proposals,
        icc.single, icc.average, alpha.pooledDeviation, calibrations);
  }

  /**
   * Assesses a frozen stage from each sheet's weighted total.
   *
   * @param scores the stage's frozen sheets, not null
   * @param options the bootstrap and the thresholds, not null
   * @return the assessment, not null
   */
  public static StageReliability assess(FrozenScores scores, ReliabilityOptions options) {
    return assess(Ratings.of(scores), options);
  }

  /**
   * Assesses a stage from its aggregates: each sheet contribution's weighted total before
   * normalisation ({@link Ratings#of(AggregationResult)}).
   *
   * @param result the stage's aggregates, not null
   * @param options the bootstrap and the thresholds, not null
   * @return the assessment, not null
   */
  public static StageReliability assess(AggregationResult result, ReliabilityOptions options) {
    return assess(Ratings.of(result), options);
  }

  /**
   * Assesses every scoring stage a competition has run: the desk evaluation of its nomination (over
   * the eligible proposals) and each stage scored for the winners (over the proposals still
   * competing), in stage order. Each stage's ratings are the weighted totals of its sheets as the
   * stage's aggregation saw them.
   *
   * @param result the competition's result after any step, not null
   * @param options the bootstrap and the thresholds, not null
   * @return one assessment per stage scored so far, empty after screening only
   */
  public static ImmutableList<StageReliability> assess(EditionResult result, ReliabilityOptions options) {
    requireNonNull(result, "result");
    requireNonNull(options, "options");
    ImmutableList.Builder<StageReliability> b = ImmutableList.builder();
    result.nomination().map(Nomination::desk).ifPresent(desk -> b.add(assess(desk, options)));
    result.winners().ifPresent(w -> w.stages().forEach(stage -> b.add(assess(stage, options))));
    return b.build();
  }

  /** Alpha's estimate, the pairable ratings and the pooled within-proposal deviation. */
  private static final class Alpha {
    @Nullable ReliabilityEstimate estimate;
    int pairable;
    @Nullable BigDecimal pooledDeviation;
  }

  private static Alpha alpha(List<ImmutableSortedMap<ActorId, BigDecimal>> units, ReliabilityOptions options) {
    Alpha out = new Alpha();
    int size = units.size();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal squares = BigDecimal.ZERO;
    long n = 0;
    // Σ over proposals of m·Σv² − (Σv)², grouped by m so that each group is divided once, exactly in the same way whatever the order
    TreeMap<Integer, BigDecimal> withinByCount = new TreeMap<>();
    BigDecimal[] unitSums = new BigDecimal[size];
    BigDecimal[] unitWithin = new BigDecimal[size];
    for (int u = 0; u < size; u++) {
      ImmutableSortedMap<ActorId, BigDecimal> row = units.get(u);
      int m = row.size();
      BigDecimal s1 = BigDecimal.ZERO;
      BigDecimal s2 = BigDecimal.ZERO;
      for (BigDecimal v : row.values()) {
        s1 = s1.add(v);
        s2 = s2.add(v.multiply(v));
      }
      BigDecimal within = BigDecimal.valueOf(m).multiply(s2).subtract(s1.multiply(s1));
      withinByCount.merge(m, within, BigDecimal::add);
      unitSums[u] = s1;
      unitWithin[u] = within;
      sum = sum.add(s1);
      squares = squares.add(s2);
      n += m;
    }
    out.pairable = (int) n;
    if (size == 0) {
      return out;
    }
    BigDecimal disagreement = BigDecimal.ZERO;
    BigDecimal withinSquares = BigDecimal.ZERO;
    for (Map.Entry<Integer, BigDecimal> e : withinByCount.entrySet()) {
      int m = e.getKey();
      disagreement = disagreement.add(e.getValue().divide(BigDecimal.valueOf(m - 1L), MC));
      withinSquares = withinSquares.add(e.getValue().divide(BigDecimal.valueOf(m), MC));
    }
    BigDecimal degrees = BigDecimal.valueOf(n - size);
    out.pooledDeviation = withinSquares.divide(degrees, MC).sqrt(MC);
    BigDecimal total = BigDecimal.valueOf(n).multiply(squares).subtract(sum.multiply(sum));
    if (total.signum() <= 0) {
      return out;
    }
    BigDecimal value = BigDecimal.ONE.subtract(BigDecimal.valueOf(n - 1).multiply(disagreement).divide(total, MC));
    // the bootstrap's inputs, centred on the grand mean
    double centre = sum.divide(BigDecimal.valueOf(n), MC).doubleValue();
    int[] counts = new int[size];
    double[] sums = new double[size];
    double[] centredSquares = new double[size];
    double[] within = new double[size];
    for (int u = 0; u < size; u++) {
      ImmutableSortedMap<ActorId, BigDecimal> row = units.get(u);
      int m = row.size();
      counts[u] = m;
      double s2 = 0;
      for (BigDecimal v : row.values()) {
        double x = v.doubleValue() - centre;
        s2 += x * x;
      }
      sums[u] = unitSums[u].doubleValue() - m * centre;
      centredSquares[u] = s2;
      within[u] = unitWithin[u].divide(BigDecimal.valueOf(m - 1L), MC).doubleValue();
    }
    ReliabilityBootstrap.Replicates replicates = ReliabilityBootstrap.alpha(counts, sums, centredSquares, within, options.replicates(), options.seed());
    out.estimate = estimate(value, replicates, options);
    return out;
  }

  /** The ICC's evaluators, proposals and estimates. */
  private static final class Icc {
    ImmutableSortedSet<ActorId> raters = ImmutableSortedSet.of();
    ImmutableSortedSet<ProposalId> proposals = ImmutableSortedSet.of();
    @Nullable ReliabilityEstimate single;
    @Nullable ReliabilityEstimate average;
  }

  private static Icc icc(Ratings ratings, ReliabilityOptions options) {
    Icc out = new Icc();
    TreeMap<List<ActorId>, Integer> sets = new TreeMap<>(SET_ORDER);
    for (ImmutableSortedMap<ActorId, BigDecimal> row : ratings.byProposal().values()) {
      if (row.size() >= 2) {
        sets.merge(row.keySet().asList(), 1, Integer::sum);
      }
    }
    List<ActorId> best = null;
    int bestCount = 0;
    for (Map.Entry<List<ActorId>, Integer> e : sets.entrySet()) {
      // entries come in evaluator order, so a strict improvement keeps the first of equals
      if (e.getValue() > bestCount || (e.getValue() == bestCount && best != null && e.getKey().size() > best.size())) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    if (best == null) {
      return out;
    }
    out.raters = ImmutableSortedSet.copyOf(best);
    int k = best.size();
    List<BigDecimal[]> rows = new ArrayList<>();
    ImmutableSortedSet.Builder<ProposalId> used = ImmutableSortedSet.naturalOrder();
    for (Map.Entry<ProposalId, ImmutableSortedMap<ActorId, BigDecimal>> e : ratings.byProposal().entrySet()) {
      if (e.getValue().keySet().containsAll(best)) {
        BigDecimal[] row = new BigDecimal[k];
        for (int j = 0; j < k; j++) {
          row[j] = requireNonNull(e.getValue().get(best.get(j)));
        }
        rows.add(row);
        used.add(e.getKey());
      }
    }
    out.proposals = used.build();
    int n = rows.size();
    if (n < 2) {
      return out;
    }
    BigDecimal grand = BigDecimal.ZERO;
    BigDecimal squares = BigDecimal.ZERO;
    BigDecimal rowTerm = BigDecimal.ZERO;
    BigDecimal[] columns = new BigDecimal[k];
    Arrays.fill(columns, BigDecimal.ZERO);
    for (BigDecimal[] row : rows) {
      BigDecimal r = BigDecimal.ZERO;
      for (int j = 0; j < k; j++) {
        r = r.add(row[j]);
        squares = squares.add(row[j].multiply(row[j]));
        columns[j] = columns[j].add(row[j]);
      }
      rowTerm = rowTerm.add(r.multiply(r));
      grand = grand.add(r);
    }
    BigDecimal columnTerm = BigDecimal.ZERO;
    for (BigDecimal c : columns) {
      columnTerm = columnTerm.add(c.multiply(c));
    }
    BigDecimal bigN = BigDecimal.valueOf(n);
    BigDecimal bigK = BigDecimal.valueOf(k);
    BigDecimal g2 = grand.multiply(grand);
    // n·k times the sums of squares of rows, columns and error, exact
    BigDecimal ssRows = bigN.multiply(rowTerm).subtract(g2);
    BigDecimal ssColumns = bigK.multiply(columnTerm).subtract(g2);
    BigDecimal ssError = bigN.multiply(bigK).multiply(squares).subtract(bigN.multiply(rowTerm)).subtract(bigK.multiply(columnTerm)).add(g2);
    // the mean squares times n·k·(n−1)·(k−1)
    BigDecimal b = ssRows.multiply(BigDecimal.valueOf(k - 1L));
    BigDecimal j = ssColumns.multiply(BigDecimal.valueOf(n - 1L));
    BigDecimal e = ssError;
    BigDecimal numerator = bigN.multiply(b.subtract(e));
    BigDecimal single = bigN.multiply(b).add(bigN.multiply(BigDecimal.valueOf(k - 1L)).multiply(e)).add(bigK.multiply(j.subtract(e)));
    BigDecimal average = bigN.multiply(b).add(j).subtract(e);
    if (single.signum() <= 0 && average.signum() <= 0) {
      return out;
    }
    double centre = grand.divide(bigN.multiply(bigK), MC).doubleValue();
    double[][] centred = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        centred[i][c] = rows.get(i)[c].doubleValue() - centre;
      }
    }
    ReliabilityBootstrap.Replicates[] replicates = ReliabilityBootstrap.icc(centred, options.replicates(), options.seed());
    if (single.signum() > 0) {
      out.single = estimate(numerator.divide(single, MC), replicates[0], options);
    }
    if (average.signum() > 0) {
      out.average = estimate(numerator.divide(average, MC), replicates[1], options);
    }
    return out;
  }

  private static ReliabilityEstimate estimate(BigDecimal value, ReliabilityBootstrap.Replicates replicates, ReliabilityOptions options) {
    int defined = replicates.defined();
    if (defined == 0) {
      return new ReliabilityEstimate(value, Optional.empty(), Optional.empty(), 0, replicates.undefined());
    }
    BigDecimal tail = BigDecimal.ONE.subtract(options.confidence()).divide(BigDecimal.valueOf(2));
    double lower = replicates.atCount(nearestRankCount(tail, defined));
    double upper = replicates.atCount(nearestRankCount(BigDecimal.ONE.subtract(tail), defined));
    return new ReliabilityEstimate(value, Optional.of(new BigDecimal(lower)), Optional.of(new BigDecimal(upper)), defined,
        replicates.undefined());
  }

  /** ⌈q·R⌉, at least 1: the count of replicates at or below the q-th percentile. */
  private static int nearestRankCount(BigDecimal q, int replicates) {
    int count = q.multiply(BigDecimal.valueOf(replicates)).setScale(0, RoundingMode.CEILING).intValueExact();
    return Math.max(1, Math.min(replicates, count));
  }

  /** One evaluator's sums over the proposals it shares, grouped by the proposal's number of ratings. */
  private static final class Differences {
    int shared;
    // m -> Σ (m·v − Σ) and Σ (m·v − Σ)², whose terms are (m − 1) times the difference and its square times (m − 1)²
    final TreeMap<Integer, BigDecimal[]> byCount = new TreeMap<>();
  }

  private static ImmutableList<EvaluatorCalibration> calibrate(
      Ratings ratings, List<ImmutableSortedMap<ActorId, BigDecimal>> units, @Nullable BigDecimal pooled, ReliabilityOptions options) {
    TreeMap<ActorId, Differences> byRater = new TreeMap<>();
    for (ImmutableSortedMap<ActorId, BigDecimal> row : units) {
      int m = row.size();
      BigDecimal s1 = row.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal bigM = BigDecimal.valueOf(m);
      row.forEach((rater, v) -> {
        BigDecimal t = bigM.multiply(v).subtract(s1);
        Differences d = byRater.computeIfAbsent(rater, r -> new Differences());
        d.shared++;
        BigDecimal[] sums = d.byCount.computeIfAbsent(m, c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(t);
        sums[1] = sums[1].add(t.multiply(t));
      });
    }
    TreeMap<ActorId, Integer> counts = new TreeMap<>();
    ratings.byProposal().values().forEach(row -> row.keySet().forEach(r -> counts.merge(r, 1, Integer::sum)));
    boolean spread = pooled != null && pooled.signum() > 0;
    ImmutableList.Builder<EvaluatorCalibration> out = ImmutableList.builder();
    counts.forEach((rater, rated) -> {
      Differences d = byRater.get(rater);
      if (d == null) {
        out.add(new EvaluatorCalibration(rater, rated, 0, Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), false, ImmutableSortedSet.of(), ImmutableList.of(tooFew(0, options))));
        return;
      }
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal sumSquares = BigDecimal.ZERO;
      for (Map.Entry<Integer, BigDecimal[]> e : d.byCount.entrySet()) {
        BigDecimal mMinusOne = BigDecimal.valueOf(e.getKey() - 1L);
        sum = sum.add(e.getValue()[0].divide(mMinusOne, MC));
        sumSquares = sumSquares.add(e.getValue()[1].divide(mMinusOne.multiply(mMinusOne), MC));
      }
      BigDecimal shared = BigDecimal.valueOf(d.shared);
      BigDecimal offset = sum.divide(shared, MC);
      BigDecimal variance = sumSquares.divide(shared, MC).subtract(offset.multiply(offset, MC), MC).max(BigDecimal.ZERO);
      BigDecimal rms = variance.sqrt(MC);
      if (!spread) {
        out.add(new EvaluatorCalibration(rater, rated, d.shared, Optional.of(offset), Optional.of(rms), Optional.empty(),
            Optional.empty(), false, ImmutableSortedSet.of(), ImmutableList.of(ScoringMessages.render("kipp.calibration.noSpread",
                "evaluator", rater, "shared", d.shared))));
        return;
      }
      BigDecimal deviation = requireNonNull(pooled);
      BigDecimal standardisedOffset = offset.divide(deviation, MC).setScale(ReliabilityEstimate.SCALE, RoundingMode.HALF_EVEN);
      BigDecimal standardisedSpread = rms.divide(deviation, MC).setScale(ReliabilityEstimate.SCALE, RoundingMode.HALF_EVEN);
      BigDecimal roundedOffset = offset.setScale(ReliabilityEstimate.SCALE, RoundingMode.HALF_EVEN);
      BigDecimal roundedRms = rms.setScale(ReliabilityEstimate.SCALE, RoundingMode.HALF_EVEN);
      if (d.shared < options.minShared()) {
        out.add(new EvaluatorCalibration(rater, rated, d.shared, Optional.of(offset), Optional.of(rms),
            Optional.of(standardisedOffset), Optional.of(standardisedSpread), false, ImmutableSortedSet.of(),
            ImmutableList.of(tooFew(d.shared, options))));
        return;
      }
      EnumSet<CalibrationFlag> flags = EnumSet.noneOf(CalibrationFlag.class);
      List<LocalizedText> reasons = new ArrayList<>();
      if (standardisedOffset.compareTo(options.offsetThreshold()) > 0) {
        flags.add(CalibrationFlag.LENIENT);
        reasons.add(ScoringMessages.render("kipp.calibration.lenient", "evaluator", rater, "offset", roundedOffset, "standardised", standardisedOffset,
            "shared", d.shared, "threshold", options.offsetThreshold()));
      } else if (standardisedOffset.compareTo(options.offsetThreshold().negate()) < 0) {
        flags.add(CalibrationFlag.SEVERE);
        reasons.add(ScoringMessages.render("kipp.calibration.severe", "evaluator", rater, "offset", roundedOffset.negate(),
            "standardised", standardisedOffset.negate(), "shared", d.shared, "threshold", options.offsetThreshold()));
      }
      if (standardisedSpread.compareTo(options.spreadThreshold()) > 0) {
        flags.add(CalibrationFlag.INCONSISTENT);
        reasons.add(ScoringMessages.render("kipp.calibration.inconsistent", "evaluator", rater, "spread", roundedRms,
            "standardised", standardisedSpread, "shared", d.shared, "threshold", options.spreadThreshold()));
      }
      out.add(new EvaluatorCalibration(rater, rated, d.shared, Optional.of(offset), Optional.of(rms),
          Optional.of(standardisedOffset), Optional.of(standardisedSpread), true, ImmutableSortedSet.copyOf(flags),
          ImmutableList.copyOf(reasons)));
    });
    return out.build();
  }

  private static LocalizedText tooFew(int shared, ReliabilityOptions options) {
    return ScoringMessages.render("kipp.calibration.tooFewShared", "shared", shared, "min", options.minShared());
  }
}
