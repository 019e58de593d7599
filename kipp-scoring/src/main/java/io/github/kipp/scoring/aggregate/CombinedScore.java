package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Decision;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.scoring.explain.Explanation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A proposal's final score after its stages were combined, or the reason it has none (a stage not
 * scored, a verification gate failed).
 *
 * <p>Immutable and thread-safe. A score made by {@link StageCombinations} makes its {@link
 * #explanation()} when it is first read (also by {@link #equals}, {@link #hashCode} and {@link
 * #toString}), with the stages' explanations below it; the explanation is the one the policy would
 * have given at once, and equal scores are equal however they were made. It has the accessors,
 * equality and string form of a record with the components {@code proposal}, {@code score}, {@code
 * stageScores}, {@code decision} and {@code explanation}.
 */
public final class CombinedScore {

  private final ProposalId proposal;
  private final Optional<BigDecimal> score;
  private final ImmutableSortedMap<StageId, BigDecimal> stageScores;
  private final Decision decision;
  /** The explanation, given or made once when first read. */
  private final Supplier<Explanation> explanation;

  /**
   * Creates a combined score.
   *
   * @param proposal the proposal, not null
   * @param score the final score, present exactly when the decision passed
   * @param stageScores the stage scores, not null
   * @param decision the decision, not null
   * @param explanation the derivation, not null
   * @throws IllegalArgumentException if the score's presence disagrees with the decision
   */
  public CombinedScore(
      ProposalId proposal,
      Optional<BigDecimal> score,
      ImmutableSortedMap<StageId, BigDecimal> stageScores,
      Decision decision,
      Explanation explanation) {
    this(proposal, score, stageScores, decision, Suppliers.ofInstance(requireNonNull(explanation, "explanation")));
  }

  /**
   * A score whose explanation is made once, when first read, by a deterministic supplier of an
   * immutable explanation.
   */
  static CombinedScore deferred(
      ProposalId proposal,
      Optional<BigDecimal> score,
      ImmutableSortedMap<StageId, BigDecimal> stageScores,
      Decision decision,
      Supplier<Explanation> deferred) {
    return new CombinedScore(proposal, score, stageScores, decision, AggregatedScore.made(deferred, "explanation"));
  }

  private CombinedScore(
      ProposalId proposal,
      Optional<BigDecimal> score,
      ImmutableSortedMap<StageId, BigDecimal> stageScores,
      Decision decision,
      Supplier<Explanation> explanation) {
    this.proposal = requireNonNull(proposal, "proposal");
    this.score = requireNonNull(score, "score");
    this.stageScores = ImmutableSortedMap.copyOf(requireNonNull(stageScores, "stageScores"));
    this.decision = requireNonNull(decision, "decision");
    this.explanation = explanation;
    if (score.isPresent() != decision.passed()) {
      throw new IllegalArgumentException("combined score of " + proposal + ": a score is present exactly when the decision passes");
    }
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
   * Returns the final score, present exactly when {@link #decision()} passed.
   *
   * @return the score, possibly empty
   */
  public Optional<BigDecimal> score() {
    return score;
  }

  /**
   * Returns the stage scores the final score was combined from.
   *
   * @return the scores by stage, not null
   */
  public ImmutableSortedMap<StageId, BigDecimal> stageScores() {
    return stageScores;
  }

  /**
   * Returns whether the proposal goes on to ranking, with reasons and citations.
   *
   * @return the decision, not null
   */
  public Decision decision() {
    return decision;
  }

  /**
   * Returns how the score was combined, with each stage's explanation below it.
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
        || (o instanceof CombinedScore other
            && proposal.equals(other.proposal)
            && score.equals(other.score)
            && stageScores.equals(other.stageScores)
            && decision.equals(other.decision)
            && explanation().equals(other.explanation()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(proposal, score, stageScores, decision, explanation());
  }

  /** Returns {@code CombinedScore[proposal=…, score=…, stageScores=…, decision=…, explanation=…]}. */
  @Override
  public String toString() {
    return "CombinedScore[proposal=" + proposal + ", score=" + score + ", stageScores=" + stageScores
        + ", decision=" + decision + ", explanation=" + explanation() + "]";
  }
}
