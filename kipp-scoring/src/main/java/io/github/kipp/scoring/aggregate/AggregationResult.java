package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import java.util.Optional;

/**
 * The aggregate of every proposal of a scoring stage, with a record of the policy, its parameters and
 * the frozen population it ran on.
 *
 * @param stage the scoring stage, not null
 * @param policy the policy's description, such as {@code z-score (min 5 sheets, else raw)}; not blank
 * @param parameters the policy's parameters by name, in a stable order
 * @param populationId the {@link io.github.kipp.scoring.FrozenScores#populationId() id} of the frozen
 *     population, not null
 * @param citation where the policy comes from, not null
 * @param scores the aggregate of each proposal with at least one sheet, sorted by proposal
 */
public record AggregationResult(
    StageId stage,
    String policy,
    ImmutableSortedMap<String, String> parameters,
    String populationId,
    Citation citation,
    ImmutableSortedMap<ProposalId, AggregatedScore> scores) {

  /**
   * Creates a result.
   *
   * @param stage the scoring stage, not null
   * @param policy the policy's description, not null
   * @param parameters the policy's parameters, not null
   * @param populationId the population's id, not null
   * @param citation the policy's citation, not null
   * @param scores the aggregates, not null
   */
  public AggregationResult {
    requireNonNull(stage, "stage");
    requireNonNull(policy, "policy");
    parameters = ImmutableSortedMap.copyOf(requireNonNull(parameters, "parameters"));
    requireNonNull(populationId, "populationId");
    requireNonNull(citation, "citation");
    scores = ImmutableSortedMap.copyOf(requireNonNull(scores, "scores"));
  }

  /**
   * Returns a proposal's aggregate.
   *
   * @param proposal the proposal, not null
   * @return its aggregate, or empty if it had no sheet
   */
  public Optional<AggregatedScore> score(ProposalId proposal) {
    return Optional.ofNullable(scores.get(requireNonNull(proposal, "proposal")));
  }

  /**
   * Returns this result with only some proposals' scores, as when the finalists alone go on to the
   * next stage. Scores are not recomputed: a normalisation stays the one of the frozen population.
   *
   * @param proposals the proposals to keep, not null
   * @return the restricted result, with the same stage, policy, parameters, population and citation
   */
  public AggregationResult restrictedTo(java.util.Set<ProposalId> proposals) {
    requireNonNull(proposals, "proposals");
    // The scores are sorted already: keep their order instead of sorting the kept ones again.
    return new AggregationResult(stage, policy, parameters, populationId, citation,
        ImmutableSortedMap.copyOfSorted(com.google.common.collect.Maps.filterKeys(scores, proposals::contains)));
  }
}
