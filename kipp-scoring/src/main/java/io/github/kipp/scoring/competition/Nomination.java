package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Ranking;
import java.time.Instant;
import java.util.Optional;

/**
 * The result of the desk evaluation and nomination (<i>evaluasi proposal</i>, <i>nominasi</i>): the
 * desk stage's aggregate over the eligible proposals, and per group the desk ranking with the
 * module's tie-breaks, the pass mark's cut and the nomination count's cut.
 *
 * @param desk the desk stage's aggregate, restricted to the eligible proposals; not null
 * @param groups the nomination of each group with eligible, scored proposals, by group
 * @param unscored eligible proposals without a desk score (no sheet), which cannot be nominated
 * @param decidedAt when the step was run, by the competition's clock; not null
 */
public record Nomination(
    AggregationResult desk, ImmutableSortedMap<GroupId, GroupNomination> groups, ImmutableSortedSet<ProposalId> unscored, Instant decidedAt) {

  /**
   * Creates a nomination result.
   *
   * @param desk the aggregate, not null
   * @param groups the groups, not null
   * @param unscored the unscored proposals, not null
   * @param decidedAt when, not null
   */
  public Nomination {
    requireNonNull(desk, "desk");
    groups = ImmutableSortedMap.copyOf(requireNonNull(groups, "groups"));
    unscored = ImmutableSortedSet.copyOf(requireNonNull(unscored, "unscored"));
    requireNonNull(decidedAt, "decidedAt");
  }

  /**
   * Returns the nominated proposals of every group, group by group, each in desk-ranking order.
   *
   * @return the nominated proposals, possibly empty
   */
  public ImmutableList<ProposalId> nominated() {
    ImmutableList.Builder<ProposalId> out = ImmutableList.builder();
    groups.values().forEach(g -> out.addAll(g.nominated()));
    return out.build();
  }

  /**
   * Returns the nomination of the group a proposal was ranked in.
   *
   * @param proposal the proposal, not null
   * @return the group's nomination, or empty if the proposal was not ranked
   */
  public Optional<GroupNomination> groupOf(ProposalId proposal) {
    requireNonNull(proposal, "proposal");
    for (GroupNomination g : groups.values()) {
      if (g.ranking().indexOf(proposal) >= 0) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /**
   * The nomination of one group: its desk ranking and the cuts applied to it.
   *
   * @param group the group, not null
   * @param ranking the group's desk ranking, with the tie-breaks that apply before later stages; not null
   * @param passMark the pass mark's cut, if the module has a pass mark
   * @param count the nomination count's cut, if the module limits the group's nominations
   * @param nominated the proposals that passed every cut, in ranking order
   */
  public record GroupNomination(GroupId group, Ranking ranking, Optional<CutResult> passMark, Optional<CutResult> count, ImmutableList<ProposalId> nominated) {

    /**
     * Creates a group's nomination.
     *
     * @param group the group, not null
     * @param ranking the ranking, not null
     * @param passMark the pass mark's cut, not null
     * @param count the count's cut, not null
     * @param nominated the nominated, not null
     */
    public GroupNomination {
      requireNonNull(group, "group");
      requireNonNull(ranking, "ranking");
      requireNonNull(passMark, "passMark");
      requireNonNull(count, "count");
      nominated = ImmutableList.copyOf(requireNonNull(nominated, "nominated"));
    }
  }
}
