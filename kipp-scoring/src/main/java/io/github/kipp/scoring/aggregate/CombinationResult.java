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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import io.github.kipp.scoring.rank.Candidate;
import org.jspecify.annotations.Nullable;

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
    ImmutableList<AggregationResult> results = stages.values().asList();
    // Each stage's scores, walked in step with the combined scores: both are sorted by proposal.
    List<ImmutableList<ProposalId>> keys = new ArrayList<>(results.size());
    List<ImmutableList<AggregatedScore>> values = new ArrayList<>(results.size());
    for (AggregationResult r : results) {
      keys.add(r.scores().keySet().asList());
      values.add(r.scores().values().asList());
    }
    int[] cursor = new int[results.size()];
    ImmutableList.Builder<Candidate> out = ImmutableList.builderWithExpectedSize(scores.size());
    for (CombinedScore c : scores.values()) {
      ProposalId id = c.proposal();
      // The stages that scored this proposal, each found by moving its cursor past smaller ids.
      @Nullable AggregatedScore only = null;
      int found = 0;
      @Nullable AggregatedScore[] scored = new AggregatedScore[results.size()];
      for (int k = 0; k < scored.length; k++) {
        ImmutableList<ProposalId> stageKeys = keys.get(k);
        int at = cursor[k];
        while (at < stageKeys.size() && stageKeys.get(at) != id && stageKeys.get(at).compareTo(id) < 0) {
          at++;
        }
        cursor[k] = at;
        if (at < stageKeys.size() && (stageKeys.get(at) == id || stageKeys.get(at).equals(id))) {
          scored[k] = values.get(k).get(at);
          only = scored[k];
          found++;
        }
      }
      if (c.score().isEmpty()) {
        continue;
      }
      Proposal p = proposals.get(id);
      if (p == null) {
        continue;
      }
      ImmutableSortedMap<CriterionId, BigDecimal> criteria;
      if (found == 0) {
        criteria = ImmutableSortedMap.of();
      } else if (found == 1) {
        // One stage's means: its criteria are distinct already.
        criteria = requireNonNull(only, "only").criterionMeans();
      } else {
        ImmutableSortedMap.Builder<CriterionId, BigDecimal> merged = ImmutableSortedMap.naturalOrder();
        Set<CriterionId> seen = new HashSet<>();
        for (AggregatedScore s : scored) {
          if (s == null) {
            continue;
          }
          for (Map.Entry<CriterionId, BigDecimal> e : s.criterionMeans().entrySet()) {
            if (!seen.add(e.getKey())) {
              throw new IllegalArgumentException("criterion id " + e.getKey() + " is used by two stages; criterion ids must be unique across stages");
            }
            merged.put(e.getKey(), e.getValue());
          }
        }
        criteria = merged.buildOrThrow();
      }
      out.add(new Candidate(p, c.score().get(), c.stageScores(), criteria, Optional.ofNullable(submittedAt.get(id))));
    }
    return out.build();
  }
}
