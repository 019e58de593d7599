package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.CriterionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A proposal ready to be ranked: its final score, the scores of its stages and criteria (which
 * tie-breaks may look at) and when it was submitted.
 *
 * @param proposal the proposal, not null
 * @param score the final score that decides the rank, not null
 * @param stageScores the aggregate of each scoring stage, by stage
 * @param criterionScores the mean score of each criterion, by criterion
 * @param submittedAt when the proposal was submitted, if known
 */
public record Candidate(
    Proposal proposal,
    BigDecimal score,
    ImmutableSortedMap<StageId, BigDecimal> stageScores,
    ImmutableSortedMap<CriterionId, BigDecimal> criterionScores,
    Optional<Instant> submittedAt) {

  /**
   * Creates a candidate.
   *
   * @param proposal the proposal, not null
   * @param score the final score, not null
   * @param stageScores the stage scores, not null
   * @param criterionScores the criterion scores, not null
   * @param submittedAt the submission time, not null
   */
  public Candidate {
    requireNonNull(proposal, "proposal");
    requireNonNull(score, "score");
    stageScores = ImmutableSortedMap.copyOf(requireNonNull(stageScores, "stageScores"));
    criterionScores = ImmutableSortedMap.copyOf(requireNonNull(criterionScores, "criterionScores"));
    requireNonNull(submittedAt, "submittedAt");
  }

  /**
   * Returns a candidate with only a final score.
   *
   * @param proposal the proposal, not null
   * @param score the final score, not null
   * @return the candidate, not null
   */
  public static Candidate of(Proposal proposal, BigDecimal score) {
    return new Candidate(proposal, score, ImmutableSortedMap.of(), ImmutableSortedMap.of(), Optional.empty());
  }

  /**
   * Returns the proposal's id.
   *
   * @return the id, not null
   */
  public ProposalId id() {
    return proposal.id();
  }

  /**
   * Returns a copy with another final score, as when a correction after an upheld objection changes
   * it.
   *
   * @param newScore the new score, not null
   * @return the new candidate, not null
   */
  public Candidate withScore(BigDecimal newScore) {
    return new Candidate(proposal, newScore, stageScores, criterionScores, submittedAt);
  }
}
