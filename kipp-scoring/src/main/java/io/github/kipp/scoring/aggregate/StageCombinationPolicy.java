package io.github.kipp.scoring.aggregate;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;

/**
 * How the results of a competition's scoring stages combine into one final score (desk evaluation,
 * presentation, verification).
 *
 * <p>No national formula is published; the only explicit one known is Sulawesi Selatan's 70 %
 * substance and 30 % presentation. So there is no default: a rule module or host declares the policy
 * and cites it. {@link StageCombinations} holds the ones kipp ships.
 *
 * <p><b>Specification for implementors.</b> Implementations are immutable, thread-safe and
 * deterministic, use {@link java.math.BigDecimal} and declared rounding, and give every proposal a
 * {@link CombinedScore} with a decision and its reasons.
 */
public interface StageCombinationPolicy {

  /**
   * Combines stage results.
   *
   * @param stages the aggregate of each scoring stage, by stage; not null
   * @param findings verification findings by proposal; a proposal without one was not visited
   * @return the combined score of every proposal that appears in any stage, not null
   */
  CombinationResult combine(ImmutableSortedMap<StageId, AggregationResult> stages, ImmutableSortedMap<ProposalId, VerificationFinding> findings);

  /**
   * Describes the policy, such as {@code 0.7 × substansi + 0.3 × presentasi}.
   *
   * @return the description, not blank
   */
  String describe();

  /**
   * Returns where the policy comes from.
   *
   * @return the citation, not null
   */
  Citation citation();
}
