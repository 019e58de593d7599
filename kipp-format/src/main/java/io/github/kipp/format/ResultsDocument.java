package io.github.kipp.format;

import static io.github.kipp.core.meta.BuilderChecks.setOnce;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Ranking;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The results of a competition as one document: eligibility screening, the aggregation of each
 * scoring stage, the combination of stages, rankings, cut-offs and the explanation of each
 * proposal's outcome.
 *
 * <p>The document is the same for both Jackson lines: {@code kipp-jackson} (Jackson 2) and {@code
 * kipp-jackson3} (Jackson 3) read and write it, byte for byte the same.
 *
 * <p>In JSON (format {@value KippFormat#FORMAT_VERSION}) candidates name their proposals by id, so
 * reading a document with rankings or cut-offs needs the proposals, from the competition document
 * (each line's {@code KippJson.readResults(String, CompetitionDocument)}). A ranking is read back by ranking its
 * candidates again with the written tie-break chain and overrides; the document is refused unless
 * the result is the written ranking.
 *
 * @param screening the eligibility screening, if done
 * @param aggregations the aggregation of each scoring stage, in stage order
 * @param combination the combination of the stages, if done
 * @param rankings the rankings, such as one per cluster
 * @param cuts the cut-offs applied to rankings
 * @param explanations the explanation of each proposal's outcome, by proposal
 */
public record ResultsDocument(
    Optional<ScreeningResult> screening,
    ImmutableList<AggregationResult> aggregations,
    Optional<CombinationResult> combination,
    ImmutableList<Ranking> rankings,
    ImmutableList<CutResult> cuts,
    ImmutableSortedMap<ProposalId, Explanation> explanations) {

  /**
   * Creates a document.
   *
   * @param screening the eligibility screening, if done
   * @param aggregations the aggregation of each scoring stage, in stage order
   * @param combination the combination of the stages, if done
   * @param rankings the rankings, such as one per cluster
   * @param cuts the cut-offs applied to rankings
   * @param explanations the explanation of each proposal's outcome, by proposal
   */
  public ResultsDocument {
    requireNonNull(screening, "screening");
    aggregations = ImmutableList.copyOf(requireNonNull(aggregations, "aggregations"));
    requireNonNull(combination, "combination");
    rankings = ImmutableList.copyOf(requireNonNull(rankings, "rankings"));
    cuts = ImmutableList.copyOf(requireNonNull(cuts, "cuts"));
    explanations = ImmutableSortedMap.copyOf(requireNonNull(explanations, "explanations"));
  }

  /**
   * Returns a new builder; every part is optional.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Builds a {@link ResultsDocument}. Single-valued parts can be set once. Not thread-safe. */
  public static final class Builder {
    private @Nullable ScreeningResult screening;
    private final List<AggregationResult> aggregations = new ArrayList<>();
    private @Nullable CombinationResult combination;
    private final List<Ranking> rankings = new ArrayList<>();
    private final List<CutResult> cuts = new ArrayList<>();
    private final Map<ProposalId, Explanation> explanations = new TreeMap<>();

    private Builder() {}

    /**
     * Sets the screening.
     *
     * @param value the screening, not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    @CanIgnoreReturnValue
    public Builder screening(ScreeningResult value) {
      screening = setOnce(screening, value, Builder.class, "screening");
      return this;
    }

    /**
     * Adds the aggregation of a scoring stage.
     *
     * @param value the result, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder aggregation(AggregationResult value) {
      aggregations.add(requireNonNull(value, "aggregation"));
      return this;
    }

    /**
     * Sets the combination of stages.
     *
     * @param value the result, not null
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    @CanIgnoreReturnValue
    public Builder combination(CombinationResult value) {
      combination = setOnce(combination, value, Builder.class, "combination");
      return this;
    }

    /**
     * Adds a ranking.
     *
     * @param value the ranking, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder ranking(Ranking value) {
      rankings.add(requireNonNull(value, "ranking"));
      return this;
    }

    /**
     * Adds a cut-off result.
     *
     * @param value the result, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder cut(CutResult value) {
      cuts.add(requireNonNull(value, "cut"));
      return this;
    }

    /**
     * Sets the explanation of a proposal's outcome.
     *
     * @param proposal the proposal, not null
     * @param value the explanation, not null
     * @return this builder
     * @throws IllegalStateException if the proposal already has one
     */
    @CanIgnoreReturnValue
    public Builder explanation(ProposalId proposal, Explanation value) {
      requireNonNull(proposal, "proposal");
      explanations.put(proposal, setOnce(explanations.get(proposal), value, Builder.class, "explanation of proposal " + proposal));
      return this;
    }

    /**
     * Builds the document.
     *
     * @return the document, not null
     */
    public ResultsDocument build() {
      return new ResultsDocument(
          Optional.ofNullable(screening),
          ImmutableList.copyOf(aggregations),
          Optional.ofNullable(combination),
          ImmutableList.copyOf(rankings),
          ImmutableList.copyOf(cuts),
          ImmutableSortedMap.copyOf(explanations));
    }
  }
}
