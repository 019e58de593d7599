package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.TierId;
import io.github.kipp.scoring.shortlist.Shortlist;
import io.github.kipp.scoring.spi.FinalistPool;
import java.time.Instant;
import java.util.Optional;

/**
 * The finalists (<i>finalis</i>): each pool of the module chosen as a quota-aware shortlist from the
 * nominated proposals of its groups, ranked by the desk evaluation; and the finalists removed after
 * public review (<i>uji publik</i>), each with the ruling that removed it, after which the pool was
 * chosen again without them.
 *
 * @param pools each pool's shortlist, in the module's order
 * @param removed the finalists removed after public review, with the ruling on the objection
 * @param decidedAt when the step was last run, by the competition's clock; not null
 */
public record FinalistSelection(ImmutableList<PoolSelection> pools, ImmutableSortedMap<ProposalId, Reason> removed, Instant decidedAt) {

  /**
   * Creates a finalist selection.
   *
   * @param pools the pools, not null
   * @param removed the removals, not null
   * @param decidedAt when, not null
   */
  public FinalistSelection {
    pools = ImmutableList.copyOf(requireNonNull(pools, "pools"));
    removed = ImmutableSortedMap.copyOf(requireNonNull(removed, "removed"));
    requireNonNull(decidedAt, "decidedAt");
  }

  /**
   * Returns the finalists of every pool, pool by pool, each in shortlist order.
   *
   * @return the finalists, possibly empty
   */
  public ImmutableList<ProposalId> finalists() {
    ImmutableList.Builder<ProposalId> out = ImmutableList.builder();
    pools.forEach(p -> p.shortlist().included().forEach(e -> out.add(e.proposal())));
    return out.build();
  }

  /**
   * Returns a pool's selection.
   *
   * @param tier the pool's tier, such as {@code top-99}; not null
   * @return the selection, or empty if the module has no such pool
   */
  public Optional<PoolSelection> pool(TierId tier) {
    requireNonNull(tier, "tier");
    return pools.stream().filter(p -> p.pool().tier().equals(tier)).findFirst();
  }

  /**
   * Returns the pool whose ranking holds a proposal.
   *
   * @param proposal the proposal, not null
   * @return the pool, or empty if the proposal competed in none
   */
  public Optional<PoolSelection> poolOf(ProposalId proposal) {
    requireNonNull(proposal, "proposal");
    return pools.stream().filter(p -> p.shortlist().ranking().indexOf(proposal) >= 0).findFirst();
  }

  /**
   * One pool's selection.
   *
   * @param pool the pool as the module declares it, not null
   * @param shortlist the shortlist chosen under the pool's spec and the host's quotas, not null
   */
  public record PoolSelection(FinalistPool pool, Shortlist shortlist) {

    /**
     * Creates a pool's selection.
     *
     * @param pool the pool, not null
     * @param shortlist the shortlist, not null
     */
    public PoolSelection {
      requireNonNull(pool, "pool");
      requireNonNull(shortlist, "shortlist");
    }
  }
}
