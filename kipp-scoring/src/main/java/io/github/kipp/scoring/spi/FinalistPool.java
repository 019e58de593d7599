package io.github.kipp.scoring.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.TierId;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.shortlist.ShortlistSpec;

/**
 * A pool of finalists chosen together, such as the Top 99 of the general group or the Top 15 of
 * <i>khusus</i>: the groups whose proposals compete in it, and its size and quotas.
 *
 * @param tier the tier the finalists reach, such as {@code top-99}; not null
 * @param name the pool's name in both languages, not null
 * @param groups the groups competing in it, not empty
 * @param spec its size, quotas and 3T regions, not null
 */
public record FinalistPool(TierId tier, LocalizedText name, ImmutableSortedSet<GroupId> groups, ShortlistSpec spec) {

  /**
   * Creates a pool.
   *
   * @param tier the tier, not null
   * @param name the name, not null
   * @param groups the groups, not empty
   * @param spec the shortlist spec, not null
   * @throws InvalidInputException if no group is named
   */
  public FinalistPool {
    requireNonNull(tier, "tier");
    requireNonNull(name, "name");
    groups = ImmutableSortedSet.copyOf(requireNonNull(groups, "groups"));
    requireNonNull(spec, "spec");
    if (groups.isEmpty()) {
      throw InvalidInputException.of("finalist pool " + tier, ScoringMessages.violation("kipp.list.noGroup", "groups", 0));
    }
  }

  /** Returns {@code tier (groups): size}. */
  @Override
  public String toString() {
    return tier + " " + groups + ": " + spec.size() + (spec.quotas().isEmpty() ? "" : " with " + spec.quotas().size() + " quotas");
  }
}
