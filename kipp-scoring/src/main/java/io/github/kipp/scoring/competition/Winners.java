package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.TierId;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Ranking;
import java.time.Instant;
import java.util.Optional;

/**
 * The winners (<i>penetapan pemenang</i>): the stages scored after the finalists were chosen, the
 * module's combination of every stage over the proposals still competing, the final ranking with
 * the module's tie-break chain, and each winners' tier cut from the ranking of its groups.
 *
 * @param stages the aggregates of the stages scored in this step, restricted to the competing
 *     proposals, in stage order
 * @param combination the combination of every stage scored so far, not null
 * @param ranking the final ranking of every competing proposal with a combined score, not null
 * @param tiers each winners' tier with its ranking and cut, in the module's order
 * @param decidedAt when the step was run, by the competition's clock; not null
 */
public record Winners(ImmutableList<AggregationResult> stages, CombinationResult combination, Ranking ranking, ImmutableList<TierAward> tiers, Instant decidedAt) {

  /**
   * Creates a winners' result.
   *
   * @param stages the stages, not null
   * @param combination the combination, not null
   * @param ranking the ranking, not null
   * @param tiers the tiers, not null
   * @param decidedAt when, not null
   */
  public Winners {
    stages = ImmutableList.copyOf(requireNonNull(stages, "stages"));
    requireNonNull(combination, "combination");
    requireNonNull(ranking, "ranking");
    tiers = ImmutableList.copyOf(requireNonNull(tiers, "tiers"));
    requireNonNull(decidedAt, "decidedAt");
  }

  /**
   * Returns the proposals awarded, tier by tier, each in ranking order.
   *
   * @return the awarded proposals, possibly empty
   */
  public ImmutableList<ProposalId> awarded() {
    ImmutableList.Builder<ProposalId> out = ImmutableList.builder();
    tiers.forEach(t -> t.cut().passed().forEach(e -> out.add(e.proposal())));
    return out.build();
  }

  /**
   * Returns a tier's award.
   *
   * @param tier the tier's id, such as {@code top-45}; not null
   * @return the award, or empty if the module has no such tier
   */
  public Optional<TierAward> tier(TierId tier) {
    requireNonNull(tier, "tier");
    return tiers.stream().filter(t -> t.tier().id().equals(tier)).findFirst();
  }

  /**
   * Returns the tier a proposal was awarded.
   *
   * @param proposal the proposal, not null
   * @return the tier, or empty if it won none
   */
  public Optional<AwardTier> tierOf(ProposalId proposal) {
    requireNonNull(proposal, "proposal");
    for (TierAward t : tiers) {
      if (t.cut().passed().stream().anyMatch(e -> e.proposal().equals(proposal))) {
        return Optional.of(t.tier());
      }
    }
    return Optional.empty();
  }

  /**
   * One winners' tier: the ranking of the competing proposals of its groups not awarded a higher
   * tier, and the Top-N cut of its size. For a tier chosen per participant-type cluster, the cut
   * holds every proposal awarded in its cluster or on a seat the clusters left unfilled, in the
   * tier ranking's order, and each decision says which cluster, the position within it and the
   * cluster's size.
   *
   * @param tier the tier as the module declares it, not null
   * @param ranking the ranking the tier is cut from, not null
   * @param cut the cut, not null
   * @param clusters each cluster's ranking and cut, in the tier's cluster order; empty for a tier
   *     without clusters
   */
  public record TierAward(AwardTier tier, Ranking ranking, CutResult cut, ImmutableList<ClusterAward> clusters) {

    /**
     * Creates a tier's award.
     *
     * @param tier the tier, not null
     * @param ranking the ranking, not null
     * @param cut the cut, not null
     * @param clusters the clusters' awards, not null
     */
    public TierAward {
      requireNonNull(tier, "tier");
      requireNonNull(ranking, "ranking");
      requireNonNull(cut, "cut");
      clusters = ImmutableList.copyOf(requireNonNull(clusters, "clusters"));
    }

    /**
     * Creates the award of a tier without clusters.
     *
     * @param tier the tier, not null
     * @param ranking the ranking, not null
     * @param cut the cut, not null
     */
    public TierAward(AwardTier tier, Ranking ranking, CutResult cut) {
      this(tier, ranking, cut, ImmutableList.of());
    }
  }

  /**
   * One participant-type cluster of a tier: the ranking of the tier's competing proposals whose
   * institution type the cluster holds, and the Top-N cut of the cluster's size.
   *
   * @param cluster the cluster as the module declares it, not null
   * @param ranking the ranking within the cluster, not null
   * @param cut the cut within the cluster, not null
   */
  public record ClusterAward(AwardTier.Cluster cluster, Ranking ranking, CutResult cut) {

    /**
     * Creates a cluster's award.
     *
     * @param cluster the cluster, not null
     * @param ranking the ranking, not null
     * @param cut the cut, not null
     */
    public ClusterAward {
      requireNonNull(cluster, "cluster");
      requireNonNull(ranking, "ranking");
      requireNonNull(cut, "cut");
    }
  }
}
