package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.appeal.AppealRuling;
import io.github.kipp.core.eligibility.ScreeningResult;
import java.time.Instant;

/**
 * The result of administrative screening (<i>seleksi administrasi</i>): the eligibility of every
 * submitted proposal under the module's rules, each decision with its reasons and citations, the
 * proposals that were registered but never submitted, and the proposals restored by an upheld appeal
 * against their refusal (<i>banding</i>; {@link Competition#afterAppeal}).
 *
 * @param result the decision on each submitted proposal, not null; a restored proposal's failing
 *     decisions are passed, each with the appeal ruling's reason
 * @param notSubmitted the registered proposals that were never submitted, not null
 * @param decidedAt when the step was run, by the competition's clock; not null
 * @param restored the upheld appeal rulings that restored a refused proposal, by proposal; not null
 */
public record Screening(ScreeningResult result, ImmutableSortedSet<ProposalId> notSubmitted, Instant decidedAt,
    ImmutableSortedMap<ProposalId, AppealRuling> restored) {

  /**
   * Creates a screening result.
   *
   * @param result the decisions, not null
   * @param notSubmitted the drafts, not null
   * @param decidedAt when, not null
   * @param restored the rulings that restored proposals, not null
   * @throws IllegalArgumentException if a ruling restores no proposal or another proposal than its
   *     key, or its proposal is not eligible in the result
   */
  public Screening {
    requireNonNull(result, "result");
    notSubmitted = ImmutableSortedSet.copyOf(requireNonNull(notSubmitted, "notSubmitted"));
    requireNonNull(decidedAt, "decidedAt");
    restored = ImmutableSortedMap.copyOf(requireNonNull(restored, "restored"));
    restored.forEach((proposal, ruling) -> {
      if (!ruling.restoresProposal() || !ruling.appeal().decision().proposal().equals(proposal)
          || !result.outcome(proposal).map(o -> o.eligible()).orElse(false)) {
        throw new IllegalArgumentException("ruling " + ruling + " does not restore proposal " + proposal + " to the eligible proposals");
      }
    });
  }

  /**
   * Creates a screening result that restores no proposal.
   *
   * @param result the decisions, not null
   * @param notSubmitted the drafts, not null
   * @param decidedAt when, not null
   */
  public Screening(ScreeningResult result, ImmutableSortedSet<ProposalId> notSubmitted, Instant decidedAt) {
    this(result, notSubmitted, decidedAt, ImmutableSortedMap.of());
  }
}
