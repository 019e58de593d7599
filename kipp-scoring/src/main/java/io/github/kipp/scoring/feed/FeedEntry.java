package io.github.kipp.scoring.feed;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.competition.ProposalOutcome;

/**
 * One proposal handed on to the round a regional round feeds: the proposal as entered there, what
 * the regional round decided about it, its regional results as past results with their citations,
 * and the next round's screening that admitted it.
 *
 * <p>The regional results name tiers qualified by the regional edition ({@code
 * sulsel-2023:top-30}), so that no national rule, which names national tiers such as {@code top-45},
 * mistakes a provincial Top 30 for a national award.
 *
 * @param proposal the proposal, entered in the next round's edition under its regional id; not null
 * @param regionalOutcome how far it went in the regional round, not null
 * @param regionalResults its regional results: the finalist pool and the tier it reached, or {@code
 *     <edition>:entered}; not empty
 * @param citations the citations behind those results, each once: the organiser's choice when it chose the
 *     proposal, the finalist pool's and the tier's decisions, or else the regional round's last decision;
 *     not null
 * @param screening the next round's eligibility decisions, every one passed; not null
 */
public record FeedEntry(Proposal proposal, ProposalOutcome regionalOutcome, ImmutableList<PastResult> regionalResults,
    ImmutableList<Citation> citations, ProposalEligibility screening) {

  /**
   * Creates an entry.
   *
   * @param proposal the proposal, not null
   * @param regionalOutcome the regional outcome, not null
   * @param regionalResults the regional results, not empty
   * @param citations the citations, not null
   * @param screening the next round's screening, eligible
   * @throws IllegalArgumentException if there is no regional result, or the screening refused it
   */
  public FeedEntry {
    requireNonNull(proposal, "proposal");
    requireNonNull(regionalOutcome, "regionalOutcome");
    regionalResults = ImmutableList.copyOf(requireNonNull(regionalResults, "regionalResults"));
    citations = ImmutableList.copyOf(requireNonNull(citations, "citations"));
    requireNonNull(screening, "screening");
    if (regionalResults.isEmpty()) {
      throw new IllegalArgumentException("an entry handed on carries at least one regional result: " + proposal.id());
    }
    if (!screening.eligible()) {
      throw new IllegalArgumentException("proposal " + proposal.id() + " was refused by the next round's screening, so it is not an entry");
    }
  }
}
