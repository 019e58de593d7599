package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.CriterionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import io.github.kipp.scoring.rank.Candidate;

/**
 * The combined score of every proposal, with the policy that combined them and the stage results it
 * combined.
 *
 * @param policy the policy's description, not blank
 * @param citation the policy's citation, not null
 * @param stages the stage results combined, by stage
 * @param scores the combined score of each proposal, by proposal
 */
public record CombinationResult(
    String policy,
    Citation citation,
    ImmutableSortedMap<StageId, AggregationResult> stages,
    ImmutableSortedMap<ProposalId, CombinedScore> scores) {

  /**
   * Creates a result.
   *
   * @param policy the description, not null
   * @param citation the citation, not null
   * @param stages the stage results, not null
   * @param scores the combined scores, not null
   */
  public CombinationResult {
    requireNonNull(policy, "policy");
    requireNonNull(citation, "citation");
    stages = ImmutableSortedMap.copyOf(requireNonNull(stages, "stages"));
    scores = ImmutableSortedMap.copyOf(requireNonNull(scores, "scores"));
  }

  /**
   * Returns a proposal's combined score.
   *
   * @param proposal the proposal, not null
   * @return its combined score, or empty if it appears in no stage
   */
  public Optional<CombinedScore> score(ProposalId proposal) {
    return Optional.ofNullable(scores.get(requireNonNull(proposal, "proposal")));
  }

  /**
   * Builds the candidates for ranking: every proposal of {@code proposals} whose combination
   * passed, with its final score, stage scores, the mean score of every criterion of every stage,
   * and its submission time. Proposals absent from {@code proposals} (ineligible ones, say) are left
   * out.
   *
   * @param proposals the proposals to rank, by id
   * @param submittedAt submission times by proposal, possibly missing for some
   * @return the candidates, sorted by proposal id
   * @throws IllegalArgumentException if two stages share a criterion id
   */
  public ImmutableList<Candidate> candidates(Map<ProposalId, Proposal> proposals, Map<ProposalId, Instant> submittedAt) {
    requireNonNull(proposals, "proposals");
    requireNonNull(submittedAt, "submittedAt");
    ImmutableList.Builder<Candidate> out = ImmutableList.builder();
    for (CombinedScore c : scores.values()) {
      if (c.score().isEmpty()) {
        continue;
      }
      Proposal p = proposals.get(c.proposal());
      if (p == null) {
        continue;
      }
      ImmutableSortedMap.Builder<CriterionId, BigDecimal> criteria = ImmutableSortedMap.naturalOrder();
      java.util.Set<CriterionId> seen = new java.util.HashSet<>();
      for (AggregationResult stage : stages.values()) {
        Optional<AggregatedScore> s = stage.score(c.proposal());
        if (s.isPresent()) {
          for (Map.Entry<CriterionId, BigDecimal> e : s.get().criterionMeans().entrySet()) {
            if (!seen.add(e.getKey())) {
              throw new IllegalArgumentException("criterion id " + e.getKey() + " is used by two stages; criterion ids must be unique across stages");
            }
            criteria.put(e.getKey(), e.getValue());
          }
        }
      }
      out.add(new Candidate(p, c.score().get(), c.stageScores(), criteria.buildOrThrow(), Optional.ofNullable(submittedAt.get(c.proposal()))));
    }
    return out.build();
  }
}
