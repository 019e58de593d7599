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
 * The nominees (<i>nominasi</i>) of the Innovative Government Award: each cluster's regions ranked by
 * verified index, the first of each cluster nominated, and every step a cited decision.
 *
 * @param module the index module whose parameters were used, not null
 * @param drawSeed the seed of the draw that ends the tie-break chain
 * @param entrants the entrants by region, not null
 * @param memberships each entrant's cluster decision (rule {@code iga.cluster}): which clusters it
 *     competes in and why, not null
 * @param rankings each cluster's ranking by verified index, for clusters with at least one entrant;
 *     not null
 * @param nominees each ranked cluster's nominees, in rank order; not null
 * @param decisions each ranked cluster's nomination decisions (rule {@code iga.nomination}) by
 *     region; not null
 */
public record IgaNomination(
    RuleModuleId module,
    long drawSeed,
    ImmutableSortedMap<RegionCode, IgaEntrant> entrants,
    ImmutableSortedMap<RegionCode, Decision> memberships,
    ImmutableSortedMap<IgaCluster, SubjectRanking> rankings,
    ImmutableSortedMap<IgaCluster, ImmutableList<RegionCode>> nominees,
    ImmutableSortedMap<IgaCluster, ImmutableSortedMap<RegionCode, Decision>> decisions) {

  /**
   * Creates a nomination.
   *
   * @param module the module, not null
   * @param drawSeed the draw's seed
   * @param entrants the entrants, not null
   * @param memberships the cluster decisions, not null
   * @param rankings the rankings, not null
   * @param nominees the nominees, not null
   * @param decisions the nomination decisions, not null
   */
  public IgaNomination {
    requireNonNull(module, "module");
    entrants = ImmutableSortedMap.copyOf(requireNonNull(entrants, "entrants"));
    memberships = ImmutableSortedMap.copyOf(requireNonNull(memberships, "memberships"));
    rankings = ImmutableSortedMap.copyOf(requireNonNull(rankings, "rankings"));
    nominees = ImmutableSortedMap.copyOf(requireNonNull(nominees, "nominees"));
    decisions = ImmutableSortedMap.copyOf(requireNonNull(decisions, "decisions"));
  }

  /**
   * Returns the nominees of one cluster.
   *
   * @param cluster the cluster, not null
   * @return the nominees in rank order; empty if the cluster has none
   */
  public ImmutableList<RegionCode> nominees(IgaCluster cluster) {
    ImmutableList<RegionCode> found = nominees.get(requireNonNull(cluster, "cluster"));
    return found == null ? ImmutableList.of() : found;
  }

  /**
   * Returns the nomination decision on a region in a cluster.
   *
   * @param cluster the cluster, not null
   * @param region the region, not null
   * @return the decision, or empty if the region did not compete in the cluster
   */
  public Optional<Decision> decision(IgaCluster cluster, RegionCode region) {
    ImmutableSortedMap<RegionCode, Decision> inCluster = decisions.get(requireNonNull(cluster, "cluster"));
    return inCluster == null ? Optional.empty() : Optional.ofNullable(inCluster.get(requireNonNull(region, "region")));
  }

  /**
   * Returns the clusters a region was nominated in.
   *
   * @param region the region, not null
   * @return the clusters, in cluster order; empty if it was not nominated
   */
  public ImmutableList<IgaCluster> nominatedIn(RegionCode region) {
    requireNonNull(region, "region");
    return nominees.entrySet().stream().filter(e -> e.getValue().contains(region)).map(java.util.Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }
}
