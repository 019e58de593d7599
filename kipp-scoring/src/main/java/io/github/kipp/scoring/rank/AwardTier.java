package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.TierId;
import io.github.kipp.scoring.internal.ScoringMessages;

/**
 * A winners' tier of an edition, such as Top 45 (<i>Top Inovasi Terpuji</i>) for the general group
 * or Top 5 <i>Replikasi</i>: how many proposals of which groups it holds.
 *
 * @param id the tier's id, such as {@code top-45}; not null
 * @param name its name in both languages, not null
 * @param groups the groups whose proposals compete for it, not empty
 * @param size how many proposals it holds, at least 1
 * @param citation where the tier and its size come from, not null
 */
public record AwardTier(TierId id, LocalizedText name, ImmutableSortedSet<GroupId> groups, int size, Citation citation) {

  /**
   * Creates a tier.
   *
   * @param id the tier's id, not null
   * @param name its name, not null
   * @param groups its groups, not empty
   * @param size its size, at least 1
   * @param citation its citation, not null
   * @throws InvalidInputException if the size is below 1 or no group is named
   */
  public AwardTier {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    groups = ImmutableSortedSet.copyOf(requireNonNull(groups, "groups"));
    requireNonNull(citation, "citation");
    if (size < 1 || groups.isEmpty()) {
      throw InvalidInputException.of("award tier " + id, ScoringMessages.violation("kipp.tier.invalid", "size", size, "groups", groups.size()));
    }
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
}
