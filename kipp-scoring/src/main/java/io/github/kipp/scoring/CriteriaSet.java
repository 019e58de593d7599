package io.github.kipp.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Decimals;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.StageId;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.internal.Division;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The criteria of one scoring stage (desk evaluation, presentation), their weights and how the
 * weighted total is rounded.
 *
 * <p>The weighted total of a sheet is {@code Σ score × weight ÷ weightTotal}, rounded by {@link
 * #rounding()}: with weights that sum to 1 (or to 100, for percentages) and scores on 0–100, the
 * total is on 0–100 too. The weights must sum exactly to the declared {@code weightTotal}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CriteriaSet {

  /** The precision of intermediate results, before the declared rounding. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  private final StageId stage;
  private final ImmutableList<Criterion> criteria;
  private final BigDecimal weightTotal;
  private final Rounding rounding;

  private CriteriaSet(StageId stage, ImmutableList<Criterion> criteria, BigDecimal weightTotal, Rounding rounding) {
    this.stage = stage;
    this.criteria = criteria;
    this.weightTotal = weightTotal;
    this.rounding = rounding;
  }

  /**
   * Returns a criteria set.
   *
   * @param stage the scoring stage it belongs to, such as {@code evaluasi-proposal}; not null
   * @param criteria the criteria, at least one, with distinct ids
   * @param weightTotal what the weights sum to, such as 1 or 100; positive
   * @param rounding how weighted totals are rounded, not null
   * @return the set, not null
   * @throws InvalidInputException if the criteria are empty or repeat, or the weights do not sum to
   *     {@code weightTotal}
   */
  public static CriteriaSet of(StageId stage, Iterable<Criterion> criteria, BigDecimal weightTotal, Rounding rounding) {
    requireNonNull(stage, "stage");
    requireNonNull(weightTotal, "weightTotal");
    requireNonNull(rounding, "rounding");
    ImmutableList<Criterion> list = ImmutableList.copyOf(criteria);
    List<Violation> v = new ArrayList<>();
    Decimals.check("weightTotal", weightTotal).ifPresent(v::add);
    if (list.isEmpty()) {
      v.add(ScoringMessages.violation("kipp.criteria.empty", "criteria", 0));
    }
    Set<CriterionId> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!seen.add(list.get(i).id())) {
        v.add(ScoringMessages.violation("kipp.criteria.duplicate", "criteria[" + i + "]", list.get(i).id()));
      }
    }
    if (weightTotal.signum() <= 0) {
      v.add(ScoringMessages.violation("kipp.criteria.weightTotal", "weightTotal", weightTotal.toPlainString()));
    } else if (!list.isEmpty()) {
      BigDecimal sum = list.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(weightTotal) != 0) {
        v.add(
            ScoringMessages.violation(
                "kipp.criteria.weights",
                "criteria",
                sum.toPlainString(),
                "stage",
                stage,
                "total",
                weightTotal.toPlainString(),
                "weights",
                list.stream().map(c -> c.id() + "=" + c.weight().toPlainString()).collect(Collectors.joining(", "))));
      }
    }
    InvalidInputException.throwIfAny("criteria of stage '" + stage + "'", v);
    return new CriteriaSet(stage, list, weightTotal.stripTrailingZeros(), rounding);
  }

  /**
   * Checks a sheet against these criteria: the stage must match, every criterion must be scored
   * once, no other criterion may be scored, and every score must be on its criterion's scale.
   *
   * @param sheet the sheet, not null
   * @return the violations, empty if the sheet fits
   */
  public ImmutableList<Violation> validate(ScoreSheet sheet) {
    requireNonNull(sheet, "sheet");
    List<Violation> v = new ArrayList<>();
    if (!sheet.stage().equals(stage)) {
      v.add(ScoringMessages.violation("kipp.sheet.wrongStage", "stage", sheet.stage(), "expected", stage));
    }
    for (Criterion c : criteria) {
      BigDecimal score = sheet.scores().get(c.id());
      if (score == null) {
        v.add(ScoringMessages.violation("kipp.sheet.missingScore", "scores." + c.id(), "", "criterion", c.id(), "nameEn", c.name().english(), "nameId", c.name().indonesian()));
      } else if (!c.scale().allows(score)) {
        v.add(ScoringMessages.violation("kipp.sheet.offScale", "scores." + c.id(), score.toPlainString(), "criterion", c.id(), "scale", c.scale()));
      }
    }
    for (CriterionId scored : sheet.scores().keySet()) {
      if (criterion(scored).isEmpty()) {
        v.add(ScoringMessages.violation("kipp.sheet.unknownCriterion", "scores." + scored, scored, "allowed", criteria.stream().map(c -> c.id().value()).collect(Collectors.joining(", "))));
      }
    }
    return ImmutableList.copyOf(v);
  }

  /**
   * Returns the weighted total of a sheet's scores, rounded by {@link #rounding()}.
   *
   * @param scores the score of every criterion, not null
   * @return {@code Σ score × weight ÷ weightTotal}, rounded; not null
   * @throws IllegalArgumentException if a criterion has no score
   */
  public BigDecimal weightedTotal(Map<CriterionId, BigDecimal> scores) {
    return rounding.apply(exactWeightedTotal(scores));
  }

  /**
   * Returns the weighted total before the declared rounding, to {@link #PRECISION}.
   *
   * @param scores the score of every criterion, not null
   * @return the unrounded weighted total, not null
   * @throws IllegalArgumentException if a criterion has no score
   */
  public BigDecimal exactWeightedTotal(Map<CriterionId, BigDecimal> scores) {
    requireNonNull(scores, "scores");
    BigDecimal sum = BigDecimal.ZERO;
    for (Criterion c : criteria) {
      BigDecimal score = scores.get(c.id());
      if (score == null) {
        throw new IllegalArgumentException("no score for criterion '" + c.id() + "' of stage '" + stage + "'");
      }
      sum = sum.add(score.multiply(c.weight()));
    }
    return Division.divide(sum, weightTotal, PRECISION);
  }

  /**
   * Returns the scale of weighted totals: from the total of all minimums to the total of all
   * maximums. Its step is the rounding's unit.
   *
   * @return the scale of totals, not null
   */
  public Scale totalScale() {
    Map<CriterionId, BigDecimal> mins = criteria.stream().collect(Collectors.toMap(Criterion::id, c -> c.scale().min()));
    Map<CriterionId, BigDecimal> maxs = criteria.stream().collect(Collectors.toMap(Criterion::id, c -> c.scale().max()));
    BigDecimal min = weightedTotal(mins);
    BigDecimal max = weightedTotal(maxs);
    return Scale.of(min, max, BigDecimal.ONE.movePointLeft(rounding.scale()));
  }

  /**
   * Returns a criterion by id.
   *
   * @param id the id, not null
   * @return the criterion, or empty if the set has none with that id
   */
  public Optional<Criterion> criterion(CriterionId id) {
    requireNonNull(id, "id");
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Returns the scoring stage this set belongs to.
   *
   * @return the stage, not null
   */
  public StageId stage() {
    return stage;
  }

  /**
   * Returns the criteria, in declared order.
   *
   * @return the criteria, never empty
   */
  public ImmutableList<Criterion> criteria() {
    return criteria;
  }

  /**
   * Returns what the weights sum to.
   *
   * @return the weight total, positive
   */
  public BigDecimal weightTotal() {
    return weightTotal;
  }

  /**
   * Returns how weighted totals are rounded.
   *
   * @return the rounding, not null
   */
  public Rounding rounding() {
    return rounding;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CriteriaSet
        && stage.equals(((CriteriaSet) o).stage)
        && criteria.equals(((CriteriaSet) o).criteria)
        && weightTotal.equals(((CriteriaSet) o).weightTotal)
        && rounding.equals(((CriteriaSet) o).rounding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, criteria, weightTotal, rounding);
  }

  /** Returns {@code stage: id=weight, …}. */
  @Override
  public String toString() {
    return stage + ": " + criteria.stream().map(c -> c.id() + "=" + c.weight().toPlainString()).collect(Collectors.joining(", "));
  }
}
