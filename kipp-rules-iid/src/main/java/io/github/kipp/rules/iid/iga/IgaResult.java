package io.github.kipp.rules.iid.iga;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Decision;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.scoring.rank.SubjectRanking;
import java.util.Optional;

/**
 * The winners of the Innovative Government Award: each cluster's nominees ranked by final score
 * (verified index and presentation, weighed), the first of each cluster winning, and every step a
 * cited decision.
 *
 * @param module the index module whose parameters were used, not null
 * @param drawSeed the seed of the draw that ends the tie-break chain
 * @param rankings each cluster's ranking of its nominees by final score, not null
 * @param scores each cluster's final scores, in rank order; not null
 * @param winners each cluster's winners, in rank order; not null
 * @param decisions each cluster's decisions (rule {@code iga.winner}) by region, not null
 */
public record IgaResult(
    RuleModuleId module,
    long drawSeed,
    ImmutableSortedMap<IgaCluster, SubjectRanking> rankings,
    ImmutableSortedMap<IgaCluster, ImmutableList<IgaFinalScore>> scores,
    ImmutableSortedMap<IgaCluster, ImmutableList<RegionCode>> winners,
    ImmutableSortedMap<IgaCluster, ImmutableSortedMap<RegionCode, Decision>> decisions) {

  /**
   * Creates a result.
   *
   * @param module the module, not null
   * @param drawSeed the draw's seed
   * @param rankings the rankings, not null
   * @param scores the final scores, not null
   * @param winners the winners, not null
   * @param decisions the decisions, not null
   */
  public IgaResult {
    requireNonNull(module, "module");
    rankings = ImmutableSortedMap.copyOf(requireNonNull(rankings, "rankings"));
    scores = ImmutableSortedMap.copyOf(requireNonNull(scores, "scores"));
    winners = ImmutableSortedMap.copyOf(requireNonNull(winners, "winners"));
    decisions = ImmutableSortedMap.copyOf(requireNonNull(decisions, "decisions"));
  }

  /**
   * Returns the winners of one cluster.
   *
   * @param cluster the cluster, not null
   * @return the winners in rank order; empty if the cluster has none
   */
  public ImmutableList<RegionCode> winners(IgaCluster cluster) {
    ImmutableList<RegionCode> found = winners.get(requireNonNull(cluster, "cluster"));
    return found == null ? ImmutableList.of() : found;
  }

  /**
   * Returns a nominee's final score in a cluster.
   *
   * @param cluster the cluster, not null
   * @param region the nominee, not null
   * @return the score, or empty if the region was not a nominee of the cluster
   */
  public Optional<IgaFinalScore> score(IgaCluster cluster, RegionCode region) {
    requireNonNull(region, "region");
    ImmutableList<IgaFinalScore> inCluster = scores.get(requireNonNull(cluster, "cluster"));
    return inCluster == null ? Optional.empty() : inCluster.stream().filter(s -> s.region().equals(region)).findFirst();
  }

  /**
   * Returns the decision on a nominee in a cluster.
   *
   * @param cluster the cluster, not null
   * @param region the nominee, not null
   * @return the decision, or empty if the region was not a nominee of the cluster
   */
  public Optional<Decision> decision(IgaCluster cluster, RegionCode region) {
    ImmutableSortedMap<RegionCode, Decision> inCluster = decisions.get(requireNonNull(cluster, "cluster"));
    return inCluster == null ? Optional.empty() : Optional.ofNullable(inCluster.get(requireNonNull(region, "region")));
  }
}
