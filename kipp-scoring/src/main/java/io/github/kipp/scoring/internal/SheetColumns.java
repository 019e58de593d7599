package io.github.kipp.scoring.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.ScoreSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The sheets of a frozen population in columns, computed once when the population freezes (its
 * sheets never change afterwards): each sheet's weighted total, unscaled at the rounding's scale
 * when every total fits in a long (else as decimals); each sheet's evaluator as an index, with each
 * evaluator's sheets as an array of indices; each proposal's run of sheets; and each proposal's
 * criterion means. Aggregation reads these instead of every score of every sheet.
 *
 * <p>A weighted total here is exactly {@link CriteriaSet#weightedTotal}: {@code Σ score × weight}
 * summed exactly in longs, then one division by the weight total, rounded as the criteria round.
 * The intermediate rounding of {@link CriteriaSet#weightedTotal} to {@link CriteriaSet#PRECISION}
 * cannot move a quotient of longs across a rounding boundary (a quotient {@code a ÷ b} that is not
 * on a boundary is at least {@code 1 ÷ 2b} units from it, and 34 digits move it by less than {@code
 * |a| × 10^-33 ÷ 2b}, with {@code |a| < 10^19}). Where a value does not fit in a long, the criteria
 * compute the total in decimals.
 *
 * <p>Immutable and thread-safe; its arrays are never handed out.
 */
public final class SheetColumns {

  /** How the columns of a frozen population are read; set once, by {@link FrozenScores}. */
  private static volatile @Nullable Function<FrozenScores, SheetColumns> reader;

  private final int scale;
  /** Each sheet's weighted total, unscaled at {@link #scale}; null when one does not fit. */
  private final long @Nullable [] totals;
  /** Each sheet's weighted total, when {@link #totals} is null. */
  private final BigDecimal @Nullable [] decimals;
  private final int[] evaluatorOf;
  private final int[][] members;
  /** Where each proposal's run of sheets starts, and the end of the last run. */
  private final int[] runs;
  private final ImmutableList<ImmutableSortedMap<CriterionId, BigDecimal>> means;

  private SheetColumns(int scale, long @Nullable [] totals, BigDecimal @Nullable [] decimals, int[] evaluatorOf, int[][] members, int[] runs,
      ImmutableList<ImmutableSortedMap<CriterionId, BigDecimal>> means) {
    this.scale = scale;
    this.totals = totals;
    this.decimals = decimals;
    this.evaluatorOf = evaluatorOf;
    this.members = members;
    this.runs = runs;
    this.means = means;
  }

  /**
   * Sets how the columns of a frozen population are read. {@link FrozenScores} calls it once, when
   * its class is initialised.
   *
   * @param columns returns the columns a population computed when it froze, not null
   * @throws IllegalStateException if it was set before
   */
  public static synchronized void reader(Function<FrozenScores, SheetColumns> columns) {
    requireNonNull(columns, "columns");
    if (reader != null) {
      throw new IllegalStateException("the reader of frozen columns is already set");
    }
    reader = columns;
  }

  /**
   * Returns the columns of a frozen population.
   *
   * @param scores the population, not null
   * @return its columns, not null
   */
  public static SheetColumns of(FrozenScores scores) {
    requireNonNull(scores, "scores");
    // A population exists, so its class is initialised and has set the reader.
    Function<FrozenScores, SheetColumns> r = requireNonNull(reader, "reader");
    return r.apply(scores);
  }

  /**
   * Computes the columns of sheets that fit the criteria (each scores every criterion), sorted by
   * proposal, then evaluator.
   *
   * @param criteria the stage's criteria, not null
   * @param sheets the sheets, sorted by proposal, then evaluator; not null
   * @return the columns, not null
   * @throws IllegalArgumentException if a sheet has no score for a criterion
   */
  public static SheetColumns compute(CriteriaSet criteria, List<ScoreSheet> sheets) {
    requireNonNull(criteria, "criteria");
    requireNonNull(sheets, "sheets");
    int n = sheets.size();
    Rounding rounding = criteria.rounding();
    int scale = rounding.scale();
    // Weighted totals, in longs while every one fits.
    long[] unscaled = new long[n];
    boolean longs = true;
    Totals fast = new Totals(criteria);
    for (int i = 0; i < n && longs; i++) {
      ScoreSheet s = sheets.get(i);
      try {
        unscaled[i] = fast.of(s);
      } catch (ArithmeticException notOnTheFastPath) {
        try {
          unscaled[i] = ScaledLongs.unscaled(criteria.weightedTotal(s.scores()), scale);
        } catch (ArithmeticException tooLarge) {
          longs = false;
        }
      }
    }
    BigDecimal[] decimals = null;
    if (!longs) {
      decimals = new BigDecimal[n];
      for (int i = 0; i < n; i++) {
        decimals[i] = criteria.weightedTotal(sheets.get(i).scores());
      }
    }
    // Evaluators by index, in their natural order; each one's sheets in the population's order.
    Map<ActorId, Integer> seen = new HashMap<>();
    for (ScoreSheet s : sheets) {
      seen.putIfAbsent(s.evaluator(), 0);
    }
    List<ActorId> evaluators = new ArrayList<>(seen.keySet());
    evaluators.sort(Comparator.naturalOrder());
    for (int e = 0; e < evaluators.size(); e++) {
      seen.put(evaluators.get(e), e);
    }
    int[] evaluatorOf = new int[n];
    int[] counts = new int[evaluators.size()];
    for (int i = 0; i < n; i++) {
      evaluatorOf[i] = requireNonNull(seen.get(sheets.get(i).evaluator()), "evaluator");
      counts[evaluatorOf[i]]++;
    }
    int[][] members = new int[counts.length][];
    for (int e = 0; e < counts.length; e++) {
      members[e] = new int[counts[e]];
    }
    int[] filled = new int[counts.length];
    for (int i = 0; i < n; i++) {
      members[evaluatorOf[i]][filled[evaluatorOf[i]]++] = i;
    }
    // Each proposal's run of sheets and its criterion means.
    List<Integer> starts = new ArrayList<>();
    ImmutableList.Builder<ImmutableSortedMap<CriterionId, BigDecimal>> means = ImmutableList.builder();
    for (int from = 0; from < n; ) {
      ProposalId p = sheets.get(from).proposal();
      int to = from + 1;
      while (to < n && (sheets.get(to).proposal() == p || sheets.get(to).proposal().equals(p))) {
        to++;
      }
      starts.add(from);
      means.add(criterionMeans(criteria, sheets.subList(from, to)));
      from = to;
    }
    int[] runs = new int[starts.size() + 1];
    for (int k = 0; k < starts.size(); k++) {
      runs[k] = starts.get(k);
    }
    runs[starts.size()] = n;
    return new SheetColumns(scale, longs ? unscaled : null, decimals, evaluatorOf, members, runs, means.build());
  }

  /**
   * Returns the number of sheets.
   *
   * @return the count
   */
  public int size() {
    return evaluatorOf.length;
  }

  /**
   * Returns the scale of the totals: the rounding's.
   *
   * @return the scale
   */
  public int scale() {
    return scale;
  }

  /**
   * Returns whether every weighted total fits in a long at the rounding's scale.
   *
   * @return true if {@link #unscaledTotal} may be read
   */
  public boolean inLongs() {
    return totals != null;
  }

  /**
   * Returns a sheet's weighted total, unscaled at the rounding's scale.
   *
   * @param sheet the sheet's index in the population's order
   * @return the unscaled total
   * @throws IllegalStateException unless {@link #inLongs()}
   */
  public long unscaledTotal(int sheet) {
    long[] t = totals;
    if (t == null) {
      throw new IllegalStateException("the totals do not fit in longs");
    }
    return t[sheet];
  }

  /**
   * Returns a sheet's weighted total, rounded as the criteria round (at the rounding's scale).
   *
   * @param sheet the sheet's index in the population's order
   * @return the total, not null
   */
  public BigDecimal total(int sheet) {
    long[] t = totals;
    return t != null ? BigDecimal.valueOf(t[sheet], scale) : requireNonNull(decimals, "decimals")[sheet];
  }

  /**
   * Returns a sheet's weighted total as the double nearest to it: {@code total(sheet).doubleValue()},
   * without making the decimal when the totals are in longs.
   *
   * @param sheet the sheet's index in the population's order
   * @return the nearest double
   */
  public double totalAsDouble(int sheet) {
    long[] t = totals;
    return t != null ? ScaledLongs.toDouble(t[sheet], scale) : requireNonNull(decimals, "decimals")[sheet].doubleValue();
  }

  /**
   * Returns the number of evaluators with at least one sheet.
   *
   * @return the count
   */
  public int evaluators() {
    return members.length;
  }

  /**
   * Returns the index of a sheet's evaluator, in the evaluators' natural order.
   *
   * @param sheet the sheet's index in the population's order
   * @return the evaluator's index
   */
  public int evaluatorOf(int sheet) {
    return evaluatorOf[sheet];
  }

  /**
   * Returns how many sheets an evaluator has.
   *
   * @param evaluator the evaluator's index
   * @return the count, at least 1
   */
  public int sheetCount(int evaluator) {
    return members[evaluator].length;
  }

  /**
   * Returns one of an evaluator's sheets, in the population's order.
   *
   * @param evaluator the evaluator's index
   * @param k which of its sheets, from 0
   * @return the sheet's index in the population's order
   */
  public int sheetOf(int evaluator, int k) {
    return members[evaluator][k];
  }

  /**
   * Returns the number of proposals with at least one sheet.
   *
   * @return the count
   */
  public int proposals() {
    return runs.length - 1;
  }

  /**
   * Returns where a proposal's run of sheets starts.
   *
   * @param proposal the proposal's index, in the proposals' order; {@link #proposals()} for the end
   *     of the last run
   * @return the index of its first sheet
   */
  public int runStart(int proposal) {
    return runs[proposal];
  }

  /**
   * Returns the mean raw score of each criterion over a proposal's sheets, rounded as the criteria
   * round.
   *
   * @param proposal the proposal's index, in the proposals' order
   * @return the means by criterion, not null
   */
  public ImmutableSortedMap<CriterionId, BigDecimal> criterionMeans(int proposal) {
    return means.get(proposal);
  }

  /**
   * The mean raw score of each criterion over some sheets, rounded as the criteria round: the exact
   * sum in longs and one division where the values fit, else in decimals.
   *
   * @param criteria the criteria, not null
   * @param sheets the sheets, not null
   * @return the means of the criteria scored at least once, not null
   */
  public static ImmutableSortedMap<CriterionId, BigDecimal> criterionMeans(CriteriaSet criteria, List<ScoreSheet> sheets) {
    ImmutableSortedMap.Builder<CriterionId, BigDecimal> means = ImmutableSortedMap.naturalOrder();
    Rounding rounding = criteria.rounding();
    for (Criterion c : criteria.criteria()) {
      int count = 0;
      int scale = 0;
      for (ScoreSheet s : sheets) {
        BigDecimal v = s.scores().get(c.id());
        if (v != null) {
          count++;
          scale = Math.max(scale, v.scale());
        }
      }
      if (count == 0) {
        continue;
      }
      BigDecimal mean;
      try {
        long sum = 0;
        for (ScoreSheet s : sheets) {
          BigDecimal v = s.scores().get(c.id());
          if (v != null) {
            sum = Math.addExact(sum, ScaledLongs.unscaled(v, scale));
          }
        }
        mean = BigDecimal.valueOf(ScaledLongs.quotient(sum, scale, count, 0, rounding.scale(), rounding.mode()), rounding.scale());
      } catch (ArithmeticException tooLarge) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ScoreSheet s : sheets) {
          BigDecimal v = s.scores().get(c.id());
          if (v != null) {
            sum = sum.add(v);
          }
        }
        mean = rounding.apply(Division.divide(sum, BigDecimal.valueOf(count), CriteriaSet.PRECISION));
      }
      means.put(c.id(), mean);
    }
    return means.buildOrThrow();
  }

  /** Weighted totals of sheets in longs, for criteria whose weights fit. */
  private static final class Totals {
    private final CriterionId[] ids;
    private final long[] weights;
    private final int[] weightScales;
    private final long weightTotal;
    private final int weightTotalScale;
    private final int scale;
    private final RoundingMode mode;
    private final boolean usable;

    Totals(CriteriaSet criteria) {
      List<Criterion> sorted = new ArrayList<>(criteria.criteria());
      sorted.sort(Comparator.comparing(Criterion::id));
      ids = new CriterionId[sorted.size()];
      weights = new long[sorted.size()];
      weightScales = new int[sorted.size()];
      scale = criteria.rounding().scale();
      mode = criteria.rounding().mode();
      long wt = 0;
      int wts = 0;
      boolean ok = true;
      try {
        for (int i = 0; i < ids.length; i++) {
          Criterion c = sorted.get(i);
          ids[i] = c.id();
          int s = Math.max(0, c.weight().scale());
          weights[i] = ScaledLongs.unscaled(c.weight(), s);
          weightScales[i] = s;
        }
        wts = Math.max(0, criteria.weightTotal().scale());
        wt = ScaledLongs.unscaled(criteria.weightTotal(), wts);
      } catch (ArithmeticException tooLarge) {
        ok = false;
      }
      weightTotal = wt;
      weightTotalScale = wts;
      usable = ok;
    }

    /**
     * Returns a sheet's weighted total, unscaled at the rounding's scale.
     *
     * @throws ArithmeticException if a value does not fit in a long, or the sheet does not score
     *     exactly the criteria (the caller then asks the criteria)
     */
    long of(ScoreSheet sheet) {
      ImmutableSortedMap<CriterionId, BigDecimal> scores = sheet.scores();
      if (!usable || scores.size() != ids.length) {
        throw new ArithmeticException("not on the fast path");
      }
      ImmutableList<CriterionId> keys = scores.keySet().asList();
      ImmutableList<BigDecimal> values = scores.values().asList();
      long sum = 0;
      int sumScale = 0;
      for (int i = 0; i < ids.length; i++) {
        if (!keys.get(i).equals(ids[i])) {
          throw new ArithmeticException("not on the fast path");
        }
        BigDecimal v = values.get(i);
        int vs = Math.max(0, v.scale());
        long term = Math.multiplyExact(ScaledLongs.unscaled(v, vs), weights[i]);
        int ts = vs + weightScales[i];
        if (ts > sumScale) {
          sum = Math.multiplyExact(sum, ScaledLongs.power(ts - sumScale));
          sumScale = ts;
        } else if (ts < sumScale) {
          term = Math.multiplyExact(term, ScaledLongs.power(sumScale - ts));
        }
        sum = Math.addExact(sum, term);
      }
      return ScaledLongs.quotient(sum, sumScale, weightTotal, weightTotalScale, scale, mode);
    }
  }
}
