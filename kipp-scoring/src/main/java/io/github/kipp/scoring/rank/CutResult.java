package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Decision;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.explain.Explanation;
import java.util.Optional;

/**
 * The entries that passed a {@link Cutoff}, in ranking order, and the decision on every entry.
 *
 * @param cutoff the cut applied, not null
 * @param passed the passing entries, in position order
 * @param decisions the decision on every entry, by proposal
 */
public record CutResult(Cutoff cutoff, ImmutableList<RankedEntry> passed, ImmutableSortedMap<ProposalId, Decision> decisions) {

  /**
   * Creates a result.
   *
   * @param cutoff the cut, not null
   * @param passed the passing entries, not null
   * @param decisions the decisions, not null
   */
  public CutResult {
    requireNonNull(cutoff, "cutoff");
    passed = ImmutableList.copyOf(requireNonNull(passed, "passed"));
    decisions = ImmutableSortedMap.copyOf(requireNonNull(decisions, "decisions"));
  }

  /**
   * Explains the cut's decision on a proposal.
   *
   * @param proposal the proposal, not null
   * @return the explanation, or empty if the proposal was not in the ranking
   */
  public Optional<Explanation> explain(ProposalId proposal) {
    return Optional.ofNullable(decisions.get(requireNonNull(proposal, "proposal"))).map(d ->
        new Explanation("cutoff", d.reasons().get(0).message(), d.passed() ? "pass" : "fail", d.citations(), ImmutableList.of()));
  }
}
