package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.kipp.core.InnovationId;
import java.util.Comparator;

/**
 * The past results of innovations, supplied by the host: eligibility rules that exclude earlier
 * winners, and those that qualify replication sources, read it. Identity across renamed titles is the
 * host's: one {@link InnovationId} per innovation.
 *
 * <p>Immutable; results are kept sorted by innovation, year, tier and group.
 */
public final class ResultHistory {

  private static final Comparator<PastResult> ORDER =
      Comparator.comparing(PastResult::innovation)
          .thenComparingInt(PastResult::year)
          .thenComparing(PastResult::tier)
          .thenComparing(PastResult::group);

  private static final ResultHistory EMPTY = new ResultHistory(ImmutableList.of());

  private final ImmutableList<PastResult> results;
  private final ImmutableListMultimap<InnovationId, PastResult> byInnovation;

  private ResultHistory(ImmutableList<PastResult> results) {
    this.results = results;
    ImmutableListMultimap.Builder<InnovationId, PastResult> b = ImmutableListMultimap.builder();
    results.forEach(r -> b.put(r.innovation(), r));
    this.byInnovation = b.build();
  }

  /**
   * Returns a history.
   *
   * @param results the results, in any order; duplicates are kept once
   * @return the history, not null
   */
  public static ResultHistory of(Iterable<PastResult> results) {
    requireNonNull(results, "results");
    return new ResultHistory(
        ImmutableList.sortedCopyOf(ORDER, ImmutableList.copyOf(results)).stream().distinct().collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the empty history: no innovation has any past result.
   *
   * @return the empty history, not null
   */
  public static ResultHistory empty() {
    return EMPTY;
  }

  /**
   * Returns an innovation's results, oldest first.
   *
   * @param innovation the innovation, not null
   * @return its results, possibly empty
   */
  public ImmutableList<PastResult> of(InnovationId innovation) {
    return byInnovation.get(requireNonNull(innovation, "innovation"));
  }

  /**
   * Returns every result.
   *
   * @return the results, sorted
   */
  public ImmutableList<PastResult> results() {
    return results;
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof ResultHistory && results.equals(((ResultHistory) o).results);
  }

  @Override
  public int hashCode() {
    return results.hashCode();
  }

  /** Returns {@code ResultHistory[n results]}. */
  @Override
  public String toString() {
    return "ResultHistory[" + results.size() + " results]";
  }
}
