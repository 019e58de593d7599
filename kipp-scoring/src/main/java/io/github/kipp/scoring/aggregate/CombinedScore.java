package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Decision;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.scoring.explain.Explanation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A proposal's final score after its stages were combined, or the reason it has none (a stage not
 * scored, a verification gate failed).
 *
 * @param proposal the proposal, not null
 * @param score the final score, present exactly when {@code decision} passed
 * @param stageScores the stage scores it was combined from
 * @param decision whether the proposal goes on to ranking, with reasons and citations
 * @param explanation how the score was combined, not null
 */
public record CombinedScore(
    ProposalId proposal,
    Optional<BigDecimal> score,
    ImmutableSortedMap<StageId, BigDecimal> stageScores,
    Decision decision,
    Explanation explanation) {

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
  public CombinedScore {
    requireNonNull(proposal, "proposal");
    requireNonNull(score, "score");
    stageScores = ImmutableSortedMap.copyOf(requireNonNull(stageScores, "stageScores"));
    requireNonNull(decision, "decision");
    requireNonNull(explanation, "explanation");
    if (score.isPresent() != decision.passed()) {
      throw new IllegalArgumentException("combined score of " + proposal + ": a score is present exactly when the decision passes");
    }
  }
}
