package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.TierId;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A winners' tier of an edition, such as Top 45 (<i>Top Inovasi Terpuji</i>) for the general group
 * or Top 5 <i>Replikasi</i>: how many proposals of which groups it holds, and, in the editions whose
 * winners were announced per participant type, the clusters the tier is chosen in.
 *
 * <p>A tier without clusters awards the first {@code size} proposals of one ranking. A tier with
 * clusters ranks each cluster's proposals by themselves, with the same tie-break chain, and awards
 * the first of each up to the cluster's size; the seats a cluster cannot fill, having fewer
 * proposals than its size, go to the best proposals of the tier not yet awarded, whatever their
 * cluster, so the tier still holds {@code size} proposals when it has that many.
 *
 * @param id the tier's id, such as {@code top-45}; not null
 * @param name its name in both languages, not null
 * @param groups the groups whose proposals compete for it, not empty
 * @param size how many proposals it holds, at least 1
 * @param citation where the tier and its size come from, not null
 * @param clusters the participant-type clusters it is chosen in, in the module's order; empty for
 *     one ranking over the whole tier. When given, every {@link InstitutionType} is in exactly one
 *     cluster and the clusters' sizes sum to {@code size}
 */
public record AwardTier(TierId id, LocalizedText name, ImmutableSortedSet<GroupId> groups, int size, Citation citation, ImmutableList<Cluster> clusters) {

  /**
   * Creates a tier.
   *
   * @param id the tier's id, not null
   * @param name its name, not null
   * @param groups its groups, not empty
   * @param size its size, at least 1
   * @param citation its citation, not null
   * @param clusters its clusters, possibly empty; not null
   * @throws InvalidInputException if the size is below 1, no group is named, or the clusters do
   *     not put every institution type in exactly one cluster or do not sum to the size
   */
  public AwardTier {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    groups = ImmutableSortedSet.copyOf(requireNonNull(groups, "groups"));
    requireNonNull(citation, "citation");
    clusters = ImmutableList.copyOf(requireNonNull(clusters, "clusters"));
    if (size < 1 || groups.isEmpty()) {
      throw InvalidInputException.of("award tier " + id, ScoringMessages.violation("kipp.tier.invalid", "size", size, "groups", groups.size()));
    }
    if (!clusters.isEmpty()) {
      Set<InstitutionType> covered = EnumSet.noneOf(InstitutionType.class);
      Set<String> ids = new HashSet<>();
      boolean disjoint = true;
      int sum = 0;
      for (Cluster c : clusters) {
        disjoint &= ids.add(c.id());
        for (InstitutionType t : c.types()) {
          disjoint &= covered.add(t);
        }
        sum += c.size();
      }
      if (!disjoint || covered.size() != InstitutionType.values().length || sum != size) {
        Set<InstitutionType> missing = EnumSet.allOf(InstitutionType.class);
        missing.removeAll(covered);
        throw InvalidInputException.of("award tier " + id, ScoringMessages.violation("kipp.tier.clusters", "clusters", id.value(),
            "size", size, "sum", sum, "missing", missing.isEmpty() ? "-" : missing.toString(), "disjoint", disjoint ? LocalizedText.of("ya", "yes") : LocalizedText.of("tidak", "no")));
      }
    }
  }

  /**
   * Creates a tier ranked as one pool, without clusters.
   *
   * @param id the tier's id, not null
   * @param name its name, not null
   * @param groups its groups, not empty
   * @param size its size, at least 1
   * @param citation its citation, not null
   * @throws InvalidInputException if the size is below 1 or no group is named
   */
  public AwardTier(TierId id, LocalizedText name, ImmutableSortedSet<GroupId> groups, int size, Citation citation) {
    this(id, name, groups, size, citation, ImmutableList.of());
  }

  /**
   * Returns a tier for one group.
   *
   * @param id the tier's id, such as {@code top-45}
   * @param name the name in both languages
   * @param group the group
   * @param size the size
   * @param citation the citation
   * @return the tier, not null
   */
  public static AwardTier of(String id, LocalizedText name, GroupId group, int size, Citation citation) {
    return new AwardTier(TierId.of(id), name, ImmutableSortedSet.of(group), size, citation);
  }

  /**
   * Returns this tier chosen in the given clusters.
   *
   * @param values the clusters, in order; not null
   * @return the tier, not null
   * @throws InvalidInputException if the clusters do not put every institution type in exactly one
   *     cluster or do not sum to the size
   */
  public AwardTier withClusters(List<Cluster> values) {
    return new AwardTier(id, name, groups, size, citation, ImmutableList.copyOf(values));
  }

  /**
   * Returns whether the tier is chosen per participant-type cluster.
   *
   * @return true if it has clusters
   */
  public boolean clustered() {
    return !clusters.isEmpty();
  }

  /**
   * Returns the cluster an institution type belongs to.
   *
   * @param type the type, not null
   * @return the cluster, or empty if the tier has no clusters
   */
  public Optional<Cluster> clusterOf(InstitutionType type) {
    requireNonNull(type, "type");
    return clusters.stream().filter(c -> c.types().contains(type)).findFirst();
  }

  /**
   * A participant-type cluster of a tier, such as the ministries and agencies: the institution
   * types whose proposals are ranked together and how many of them the cluster awards.
   *
   * @param id the cluster's id, lower-case letters, digits and hyphens, such as {@code pemda-kabupaten-kota}
   * @param name its name in both languages, not null
   * @param types the institution types it holds, not empty
   * @param size how many proposals it awards, at least 1
   * @param citation where the cluster and its size come from, not null
   */
  public record Cluster(String id, LocalizedText name, ImmutableSortedSet<InstitutionType> types, int size, Citation citation) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Creates a cluster.
     *
     * @param id the id, not null
     * @param name the name, not null
     * @param types the types, not empty
     * @param size the size, at least 1
     * @param citation the citation, not null
     * @throws InvalidInputException if the id is not lower-case letters, digits and hyphens, no type
     *     is named or the size is below 1
     */
    public Cluster {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
      types = ImmutableSortedSet.copyOf(requireNonNull(types, "types"));
      requireNonNull(citation, "citation");
      if (!ID.matcher(id).matches() || types.isEmpty() || size < 1) {
        throw InvalidInputException.of("award tier cluster " + id,
            ScoringMessages.violation("kipp.tier.cluster", "cluster", id, "size", size, "types", types.size()));
      }
    }
  }
}
