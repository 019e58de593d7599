package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.ProposalId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One entry of a {@link Ranking}.
 *
 * <p>{@link #rank()} is the rank the scores and tie-breaks give, in standard competition ranking
 * (entries no rule separates share a rank: 1-2-2-4). {@link #position()} is the entry's place in the
 * final order, 1 to n: equal to the score order unless a recorded {@link RankOverride} moved entries.
 *
 * @param candidate the candidate, not null
 * @param position the place in the final order, 1-based
 * @param rank the competition rank by score and tie-breaks, 1-based
 * @param brokenTie the rule that placed it below an entry with the same score, if any
 * @param override the panel decision that moved it, if any
 */
public record RankedEntry(Candidate candidate, int position, int rank, Optional<BrokenTie> brokenTie, Optional<RankOverride> override) {

  /**
   * Creates an entry.
   *
   * @param candidate the candidate, not null
   * @param position the position, at least 1
   * @param rank the rank, at least 1
   * @param brokenTie the broken tie, not null
   * @param override the override, not null
   * @throws IllegalArgumentException if position or rank is below 1
   */
  public RankedEntry {
    requireNonNull(candidate, "candidate");
    requireNonNull(brokenTie, "brokenTie");
    requireNonNull(override, "override");
    if (position < 1 || rank < 1) {
      throw new IllegalArgumentException("position and rank start at 1, got " + position + " and " + rank);
    }
  }

  /**
   * Returns the proposal's id.
   *
   * @return the id, not null
   */
  public ProposalId proposal() {
    return candidate.id();
  }

  /**
   * Returns the final score.
   *
   * @return the score, not null
   */
  public BigDecimal score() {
    return candidate.score();
  }
}
