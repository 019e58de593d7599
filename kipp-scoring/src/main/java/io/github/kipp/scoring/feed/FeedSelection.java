package io.github.kipp.scoring.feed;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.TierId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which proposals of a regional round's result are handed on to the round it feeds.
 *
 * <ul>
 *   <li>{@link #winners()}: every proposal the regional round awarded a tier, in the order of the
 *       module's tiers and, within a tier, of its ranking (South Sulawesi's Top 30 going national).
 *   <li>{@link #tiers}: the winners of some tiers only (Luwu Utara's Top 7 without its participatory
 *       awards).
 *   <li>{@link #chosen}: proposals the organiser chose, with the citation of that choice. Rule modules
 *       do not declare what a round hands on, and what is sent is not always what was awarded: in 2023
 *       Luwu Utara sent five innovations to South Sulawesi after asking every agency for one [Seed-2],
 *       and South Sulawesi's unselected entries may still go national [S74].
 * </ul>
 *
 * <p>Immutable.
 */
public final class FeedSelection {

  private final @Nullable ImmutableSortedSet<TierId> tiers;
  private final ImmutableList<ProposalId> chosen;
  private final @Nullable Citation citation;

  private FeedSelection(@Nullable ImmutableSortedSet<TierId> tiers, ImmutableList<ProposalId> chosen, @Nullable Citation citation) {
    this.tiers = tiers;
    this.chosen = chosen;
    this.citation = citation;
  }

  /**
   * Selects every proposal awarded a tier.
   *
   * @return the selection, not null
   */
  public static FeedSelection winners() {
    return new FeedSelection(null, ImmutableList.of(), null);
  }

  /**
   * Selects the proposals awarded one of some tiers.
   *
   * @param tiers the tiers, at least one; not null
   * @return the selection, not null
   * @throws IllegalArgumentException if no tier is given
   */
  public static FeedSelection tiers(Iterable<TierId> tiers) {
    ImmutableSortedSet<TierId> set = ImmutableSortedSet.copyOf(requireNonNull(tiers, "tiers"));
    if (set.isEmpty()) {
      throw new IllegalArgumentException("a selection by tiers needs at least one tier");
    }
    return new FeedSelection(set, ImmutableList.of(), null);
  }

  /**
   * Selects proposals the organiser chose, in the order given.
   *
   * @param proposals the proposals, each registered in the regional result, without repeats; not null
   * @param citation where the choice is recorded, not null
   * @return the selection, not null
   * @throws IllegalArgumentException if no proposal is given or one is repeated
   */
  public static FeedSelection chosen(Iterable<ProposalId> proposals, Citation citation) {
    ImmutableList<ProposalId> list = ImmutableList.copyOf(requireNonNull(proposals, "proposals"));
    requireNonNull(citation, "citation");
    if (list.isEmpty() || ImmutableSortedSet.copyOf(list).size() != list.size()) {
      throw new IllegalArgumentException("a chosen selection names at least one proposal, each once: " + list);
    }
    return new FeedSelection(null, list, citation);
  }

  /**
   * Returns the tiers selected, for a selection by tiers.
   *
   * @return the tiers, or empty for the other kinds
   */
  public Optional<ImmutableSortedSet<TierId>> selectedTiers() {
    return Optional.ofNullable(tiers);
  }

  /**
   * Returns the proposals chosen, for an organiser's choice.
   *
   * @return the proposals in the order given, empty for the other kinds
   */
  public ImmutableList<ProposalId> chosen() {
    return chosen;
  }

  /**
   * Returns the citation of an organiser's choice.
   *
   * @return the citation, or empty for a selection of winners
   */
  public Optional<Citation> citation() {
    return Optional.ofNullable(citation);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FeedSelection other && java.util.Objects.equals(tiers, other.tiers) && chosen.equals(other.chosen)
        && java.util.Objects.equals(citation, other.citation);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(tiers, chosen, citation);
  }

  /** Returns {@code winners}, {@code tiers [...]} or {@code chosen [...]}. */
  @Override
  public String toString() {
    return tiers != null ? "tiers " + tiers : chosen.isEmpty() ? "winners" : "chosen " + chosen;
  }
}
