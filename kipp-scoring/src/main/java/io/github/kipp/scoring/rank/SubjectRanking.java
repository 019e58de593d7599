package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An ordered list of subjects that are not proposals, with their ranks and the tie-break chain that
 * ordered equal scores: {@link Ranking} for {@link RankSubject}s. Made by a {@link SubjectRanker};
 * immutable.
 */
public final class SubjectRanking {

  private final String cluster;
  private final ImmutableList<SubjectTieBreak> tieBreaks;
  private final ImmutableList<RankedSubject> entries;

  SubjectRanking(String cluster, ImmutableList<SubjectTieBreak> tieBreaks, ImmutableList<RankedSubject> entries) {
    this.cluster = cluster;
    this.tieBreaks = tieBreaks;
    this.entries = entries;
  }

  /**
   * Returns the entries in order.
   *
   * @return the entries, not null
   */
  public ImmutableList<RankedSubject> entries() {
    return entries;
  }

  /**
   * Returns the first entries.
   *
   * @param n how many, at least 0
   * @return at most {@code n} entries, in order
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public ImmutableList<RankedSubject> top(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n is " + n + "; it must be 0 or more");
    }
    return entries.subList(0, Math.min(n, entries.size()));
  }

  /**
   * Finds a subject's entry.
   *
   * @param id the subject's id, not null
   * @return the entry, or empty if the subject is not ranked here
   */
  public Optional<RankedSubject> entry(SubjectId id) {
    requireNonNull(id, "id");
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Returns how many subjects are ranked.
   *
   * @return the size
   */
  public int size() {
    return entries.size();
  }

  /**
   * Returns the cluster's name.
   *
   * @return the name, or empty if the ranking has none
   */
  public Optional<String> cluster() {
    return cluster.isEmpty() ? Optional.empty() : Optional.of(cluster);
  }

  /**
   * Returns the tie-break chain that ordered equal scores.
   *
   * @return the rules, in order
   */
  public ImmutableList<SubjectTieBreak> tieBreaks() {
    return tieBreaks;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SubjectRanking other
        && cluster.equals(other.cluster)
        && tieBreaks.equals(other.tieBreaks)
        && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return (cluster.hashCode() * 31 + tieBreaks.hashCode()) * 31 + entries.hashCode();
  }

  /** Returns the cluster and the ids in order. */
  @Override
  public String toString() {
    return "SubjectRanking" + (cluster.isEmpty() ? "" : "[" + cluster + "]") + entries.stream().map(e -> e.rank() + ". " + e.id()).toList();
  }
}
