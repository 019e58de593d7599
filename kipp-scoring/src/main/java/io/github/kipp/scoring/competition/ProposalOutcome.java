package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.TierId;
import java.util.Optional;

/**
 * Where a proposal stands after the steps an {@link EditionResult} has run: how far it went, in both
 * languages, and every decision on the way, each with its reasons and citations. The last decision
 * is the one that settled the outcome.
 *
 * @param proposal the proposal, not null
 * @param kind how far it went, not null
 * @param tier the winners' tier or finalist pool it reached, if any
 * @param text the outcome in both languages, such as {@code Top 30 Inovasi Sulawesi Selatan}; not null
 * @param decisions every decision on the proposal, in the order made
 */
public record ProposalOutcome(ProposalId proposal, Kind kind, Optional<TierId> tier, LocalizedText text, ImmutableList<Decision> decisions) {

  /**
   * Creates an outcome.
   *
   * @param proposal the proposal, not null
   * @param kind the kind, not null
   * @param tier the tier, not null
   * @param text the text, not null
   * @param decisions the decisions, not null
   */
  public ProposalOutcome {
    requireNonNull(proposal, "proposal");
    requireNonNull(kind, "kind");
    requireNonNull(tier, "tier");
    requireNonNull(text, "text");
    decisions = ImmutableList.copyOf(requireNonNull(decisions, "decisions"));
  }

  /**
   * Returns the decision that settled the outcome: the last one made.
   *
   * @return the decision, or empty for a proposal never submitted
   */
  public Optional<Decision> deciding() {
    return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
  }

  /**
   * Returns the citations of the deciding decision.
   *
   * @return the citations, possibly empty
   */
  public ImmutableList<Citation> citations() {
    return deciding().map(Decision::citations).orElse(ImmutableList.of());
  }

  /** How far a proposal went. */
  public enum Kind {
    /** Registered, never submitted. */
    NOT_SUBMITTED,
    /** Refused by administrative screening. */
    INELIGIBLE,
    /** Passed screening; no later step has run. */
    ELIGIBLE,
    /** Eligible, but no desk sheet scored it. */
    NOT_SCORED,
    /** Scored, below the pass mark or outside the nomination count. */
    NOT_NOMINATED,
    /** Nominated; no later step has run. */
    NOMINATED,
    /** Nominated, not chosen for a finalist pool. */
    NOT_SELECTED,
    /** A finalist; no later step has run. */
    FINALIST,
    /** Removed from the finalists after an objection was upheld in public review. */
    REMOVED,
    /** Competing in the last step, without a final score (a stage unscored, or a failed gate). */
    NOT_RANKED,
    /** Ranked in the last step, not in a winners' tier. */
    NOT_AWARDED,
    /** In a winners' tier. */
    AWARDED
  }
}
