package io.github.kipp.scoring.reliability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Decimals;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.meta.Beta;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.SheetContribution;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The ratings of one scoring stage as a table of proposals by evaluators, each cell one evaluator's
 * total for one proposal, or missing where the evaluator did not score it. What {@link
 * RaterReliability} measures.
 *
 * <p>Made from a stage's {@link FrozenScores} (each sheet's weighted total), from an {@link
 * AggregationResult} (each contribution's {@link SheetContribution#total() total}, the value before
 * any normalisation, so that an evaluator's leniency is still visible), or cell by cell with {@link
 * #newBuilder(StageId)}. Values are normalised without trailing zeros. Proposals and evaluators are
 * sorted by id, so the table does not depend on the order it was given in.
 *
 * <p>Immutable and thread-safe.
 */
@Beta
public final class Ratings {

  private final StageId stage;
  private final ImmutableSortedMap<ProposalId, ImmutableSortedMap<ActorId, BigDecimal>> byProposal;
  private final ImmutableSortedSet<ActorId> raters;
  private final int size;

  private Ratings(StageId stage, ImmutableSortedMap<ProposalId, ImmutableSortedMap<ActorId, BigDecimal>> byProposal) {
    this.stage = stage;
    this.byProposal = byProposal;
    this.raters = byProposal.values().stream().flatMap(m -> m.keySet().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(ActorId::compareTo));
    this.size = byProposal.values().stream().mapToInt(ImmutableSortedMap::size).sum();
  }

  /**
   * Returns a builder of the ratings of a stage.
   *
   * @param stage the stage, not null
   * @return a new builder, not null
   */
  public static Builder newBuilder(StageId stage) {
    return new Builder(requireNonNull(stage, "stage"));
  }

  /**
   * Returns the ratings of a frozen stage: each sheet's weighted total ({@link
   * FrozenScores#total(ScoreSheet)}).
   *
   * @param scores the stage's frozen sheets, not null
   * @return the ratings, not null
   */
  public static Ratings of(FrozenScores scores) {
    requireNonNull(scores, "scores");
    Builder b = newBuilder(scores.criteria().stage());
    for (ScoreSheet s : scores.sheets()) {
      b.rate(s.proposal(), s.evaluator(), scores.total(s));
    }
    return b.build();
  }

  /**
   * Returns the ratings behind a stage's aggregates: each sheet contribution's weighted total before
   * normalisation, used by the aggregate or not.
   *
   * @param result the stage's aggregates, not null
   * @return the ratings, not null
   */
  public static Ratings of(AggregationResult result) {
    requireNonNull(result, "result");
    Builder b = newBuilder(result.stage());
    for (AggregatedScore s : result.scores().values()) {
      for (SheetContribution c : s.contributions()) {
        b.rate(s.proposal(), c.evaluator(), c.total());
      }
    }
    return b.build();
  }

  /**
   * Returns the stage rated.
   *
   * @return the stage, not null
   */
  public StageId stage() {
    return stage;
  }

  /**
   * Returns each proposal's ratings by evaluator, sorted by proposal then evaluator.
   *
   * @return the ratings of every proposal with at least one, not null
   */
  public ImmutableSortedMap<ProposalId, ImmutableSortedMap<ActorId, BigDecimal>> byProposal() {
    return byProposal;
  }

  /**
   * Returns every evaluator with at least one rating, sorted by id.
   *
   * @return the evaluators, not null
   */
  public ImmutableSortedSet<ActorId> raters() {
    return raters;
  }

  /**
   * Returns the number of ratings (filled cells).
   *
   * @return zero or more
   */
  public int size() {
    return size;
  }

  /**
   * Returns one evaluator's rating of one proposal.
   *
   * @param proposal the proposal, not null
   * @param rater the evaluator, not null
   * @return the rating, or empty where it is missing
   */
  public Optional<BigDecimal> rating(ProposalId proposal, ActorId rater) {
    requireNonNull(proposal, "proposal");
    requireNonNull(rater, "rater");
    ImmutableSortedMap<ActorId, BigDecimal> row = byProposal.get(proposal);
    return row == null ? Optional.empty() : Optional.ofNullable(row.get(rater));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ratings other && stage.equals(other.stage) && byProposal.equals(other.byProposal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, byProposal);
  }

  /** Returns {@code Ratings[stage=…, proposals=…, raters=…, ratings=…]}. */
  @Override
  public String toString() {
    return "Ratings[stage=" + stage + ", proposals=" + byProposal.size() + ", raters=" + raters.size() + ", ratings=" + size + "]";
  }

  /**
   * Builds {@link Ratings} cell by cell. Refused cells are collected and reported together by {@link
   * #build()}. Not thread-safe.
   */
  public static final class Builder {
    private final StageId stage;
    private final TreeMap<ProposalId, TreeMap<ActorId, BigDecimal>> cells = new TreeMap<>();
    private final List<Violation> violations = new ArrayList<>();

    private Builder(StageId stage) {
      this.stage = stage;
    }

    /**
     * Records one evaluator's rating of one proposal.
     *
     * @param proposal the proposal, not null
     * @param rater the evaluator, not null
     * @param value the rating, within {@link Decimals}' bounds (checked by {@link #build()}); not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder rate(ProposalId proposal, ActorId rater, BigDecimal value) {
      requireNonNull(proposal, "proposal");
      requireNonNull(rater, "rater");
      requireNonNull(value, "value");
      String path = "ratings[" + proposal + "/" + rater + "]";
      Optional<Violation> bounds = Decimals.check(path, value);
      if (bounds.isPresent()) {
        violations.add(bounds.get());
        return this;
      }
      TreeMap<ActorId, BigDecimal> row = cells.computeIfAbsent(proposal, p -> new TreeMap<>());
      if (row.containsKey(rater)) {
        violations.add(ScoringMessages.violation("kipp.reliability.duplicate", path, rater, "proposal", proposal));
      } else {
        row.put(rater, value.stripTrailingZeros());
      }
      return this;
    }

    /**
     * Builds the ratings.
     *
     * @return the ratings, not null
     * @throws InvalidInputException listing every refused cell: a value outside {@link Decimals}'
     *     bounds, or a second rating of the same proposal by the same evaluator
     */
    public Ratings build() {
      InvalidInputException.throwIfAny("ratings of stage '" + stage + "'", violations);
      ImmutableSortedMap.Builder<ProposalId, ImmutableSortedMap<ActorId, BigDecimal>> b = ImmutableSortedMap.naturalOrder();
      cells.forEach((p, row) -> b.put(p, ImmutableSortedMap.copyOfSorted(row)));
      return new Ratings(stage, b.buildOrThrow());
    }
  }
}
