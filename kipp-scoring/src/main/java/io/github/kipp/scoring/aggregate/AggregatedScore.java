package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.explain.Explanation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A proposal's score in one scoring stage after aggregation of its sheets, with the contribution of
 * each sheet, the mean score of each criterion (for tie-breaks on a named criterion) and the
 * derivation.
 *
 * <p>Immutable and thread-safe. A score made by {@link Aggregations} makes its {@link
 * #explanation()} (and, unless a trimmed mean marked them, its {@link #contributions()}) when it is
 * first read (also by {@link #equals}, {@link #hashCode} and {@link
 * #toString}); the explanation is the one the policy would have given at once, and equal scores are
 * equal however they were made. It has the accessors, equality and string form of a record with the
 * components {@code proposal}, {@code score}, {@code contributions}, {@code criterionMeans} and
 * {@code explanation}.
 */
public final class AggregatedScore {

  private final ProposalId proposal;
  private final BigDecimal score;
  /** The contributions, given or made once when first read. */
  private final Supplier<ImmutableList<SheetContribution>> contributions;
  private final ImmutableSortedMap<CriterionId, BigDecimal> criterionMeans;
  /** The explanation, given or made once when first read. */
  private final Supplier<Explanation> explanation;

  /**
   * Creates an aggregated score.
   *
   * @param proposal the proposal, not null
   * @param score the aggregate, rounded as the criteria declare; not null
   * @param contributions each sheet's contribution, sorted by evaluator; not null
   * @param criterionMeans the mean raw score of each criterion over the proposal's sheets, rounded
   *     as the criteria declare; not null
   * @param explanation how the aggregate was derived, not null
   */
  public AggregatedScore(
      ProposalId proposal,
      BigDecimal score,
      ImmutableList<SheetContribution> contributions,
      ImmutableSortedMap<CriterionId, BigDecimal> criterionMeans,
      Explanation explanation) {
    this.proposal = requireNonNull(proposal, "proposal");
    this.score = requireNonNull(score, "score");
    this.contributions = Suppliers.ofInstance(ImmutableList.copyOf(requireNonNull(contributions, "contributions")));
    this.criterionMeans = ImmutableSortedMap.copyOf(requireNonNull(criterionMeans, "criterionMeans"));
    this.explanation = Suppliers.ofInstance(requireNonNull(explanation, "explanation"));
  }

  /**
   * A score whose explanation is made once, when first read, by a deterministic supplier of an
   * immutable explanation.
   */
  AggregatedScore(
      ProposalId proposal,
      BigDecimal score,
      ImmutableList<SheetContribution> contributions,
      ImmutableSortedMap<CriterionId, BigDecimal> criterionMeans,
      Supplier<Explanation> deferred) {
    this.proposal = requireNonNull(proposal, "proposal");
    this.score = requireNonNull(score, "score");
    this.contributions = Suppliers.ofInstance(requireNonNull(contributions, "contributions"));
    this.criterionMeans = requireNonNull(criterionMeans, "criterionMeans");
    this.explanation = made(deferred, "explanation");
  }

  /**
   * A score whose contributions and explanation are made once, when first read, each by a
   * deterministic supplier of an immutable value.
   */
  AggregatedScore(
      ProposalId proposal,
      BigDecimal score,
      Supplier<ImmutableList<SheetContribution>> contributions,
      ImmutableSortedMap<CriterionId, BigDecimal> criterionMeans,
      Supplier<Explanation> deferred) {
    this.proposal = requireNonNull(proposal, "proposal");
    this.score = requireNonNull(score, "score");
    this.contributions = made(contributions, "contributions");
    this.criterionMeans = requireNonNull(criterionMeans, "criterionMeans");
    this.explanation = made(deferred, "explanation");
  }

  /** A value made once, when first read (Guava's memoising supplier), never null. */
  static <T> Supplier<T> made(Supplier<T> maker, String what) {
    requireNonNull(maker, what);
    return Suppliers.memoize(() -> requireNonNull(maker.get(), what));
  }

  /**
   * Returns the proposal.
   *
   * @return the proposal's id, not null
   */
  public ProposalId proposal() {
    return proposal;
  }

  /**
   * Returns the aggregate, rounded as the criteria declare.
   *
   * @return the score, not null
   */
  public BigDecimal score() {
    return score;
  }

  /**
   * Returns each sheet's contribution, sorted by evaluator.
   *
   * @return the contributions, not null
   */
  public ImmutableList<SheetContribution> contributions() {
    return contributions.get();
  }

  /**
   * Returns the mean raw score of each criterion over the proposal's sheets, rounded as the criteria
   * declare.
   *
   * @return the means by criterion, not null
   */
  public ImmutableSortedMap<CriterionId, BigDecimal> criterionMeans() {
    return criterionMeans;
  }

  /**
   * Returns how the aggregate was derived: the aggregate, each sheet's weighted total with its raw
   * scores and, under z-scores, its normalisation.
   *
   * @return the derivation, not null
   */
  public Explanation explanation() {
    return explanation.get();
  }

  /** Equal when every component is equal, as for a record. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this
        || (o instanceof AggregatedScore other
            && proposal.equals(other.proposal)
            && score.equals(other.score)
            && contributions().equals(other.contributions())
            && criterionMeans.equals(other.criterionMeans)
            && explanation().equals(other.explanation()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(proposal, score, contributions(), criterionMeans, explanation());
  }

  /** Returns {@code AggregatedScore[proposal=…, score=…, contributions=…, criterionMeans=…, explanation=…]}. */
  @Override
  public String toString() {
    return "AggregatedScore[proposal=" + proposal + ", score=" + score + ", contributions=" + contributions()
        + ", criterionMeans=" + criterionMeans + ", explanation=" + explanation() + "]";
  }
}
