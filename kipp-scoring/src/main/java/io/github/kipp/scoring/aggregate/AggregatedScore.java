package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

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
  /** The contributions, once made. */
  private volatile @Nullable ImmutableList<SheetContribution> contributions;
  /** What makes the contributions when first read; null for a score given its contributions. */
  private final @Nullable Supplier<ImmutableList<SheetContribution>> deferredContributions;
  private final ImmutableSortedMap<CriterionId, BigDecimal> criterionMeans;
  /** The explanation, once made. */
  private volatile @Nullable Explanation explanation;
  /** What makes the explanation when first read; null for a score given its explanation. */
  private final @Nullable Supplier<Explanation> deferred;

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
    this.contributions = ImmutableList.copyOf(requireNonNull(contributions, "contributions"));
    this.deferredContributions = null;
    this.criterionMeans = ImmutableSortedMap.copyOf(requireNonNull(criterionMeans, "criterionMeans"));
    this.explanation = requireNonNull(explanation, "explanation");
    this.deferred = null;
  }

  /**
   * A score whose explanation is made when first read, by a deterministic supplier of an immutable
   * explanation (two threads reading first may both call it).
   */
  AggregatedScore(
      ProposalId proposal,
      BigDecimal score,
      ImmutableList<SheetContribution> contributions,
      ImmutableSortedMap<CriterionId, BigDecimal> criterionMeans,
      Supplier<Explanation> deferred) {
    this.proposal = requireNonNull(proposal, "proposal");
    this.score = requireNonNull(score, "score");
    this.contributions = requireNonNull(contributions, "contributions");
    this.deferredContributions = null;
    this.criterionMeans = requireNonNull(criterionMeans, "criterionMeans");
    this.explanation = null;
    this.deferred = requireNonNull(deferred, "deferred");
  }

  /**
   * A score whose contributions and explanation are made when first read, each by a deterministic
   * supplier of an immutable value (two threads reading first may both call it).
   */
  AggregatedScore(
      ProposalId proposal,
      BigDecimal score,
      Supplier<ImmutableList<SheetContribution>> contributions,
      ImmutableSortedMap<CriterionId, BigDecimal> criterionMeans,
      Supplier<Explanation> deferred) {
    this.proposal = requireNonNull(proposal, "proposal");
    this.score = requireNonNull(score, "score");
    this.contributions = null;
    this.deferredContributions = requireNonNull(contributions, "contributions");
    this.criterionMeans = requireNonNull(criterionMeans, "criterionMeans");
    this.explanation = null;
    this.deferred = requireNonNull(deferred, "deferred");
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
    ImmutableList<SheetContribution> made = contributions;
    if (made == null) {
      // Two threads reading first may both make them; they make equal lists.
      made = requireNonNull(requireNonNull(deferredContributions, "deferredContributions").get(), "contributions");
      contributions = made;
    }
    return made;
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
    Explanation made = explanation;
    if (made == null) {
      // Two threads reading first may both make it; they make equal ones.
      made = requireNonNull(requireNonNull(deferred, "deferred").get(), "explanation");
      explanation = made;
    }
    return made;
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
