package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.explain.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.aggregate.CombinedScore;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Ranking;

/**
 * Assembles a proposal's derivation tree from the results of each step, in the order they happened:
 * raw scores, weighted totals and normalisation (inside each stage's aggregate), stage combination,
 * rank and tie-break, cut-off, quota, rank stability.
 *
 * <pre>{@code
 * Explanation why = ExplanationBuilder.of(id)
 *     .combination(combined)
 *     .ranking(ranking)
 *     .cutoff(cut)
 *     .step(shortlist.explain(id))
 *     .build("Top 99: included");
 * }</pre>
 *
 * <p>A builder; not thread-safe.
 */
public final class ExplanationBuilder {

  private final ProposalId proposal;
  private final List<Explanation> steps = new ArrayList<>();

  private ExplanationBuilder(ProposalId proposal) {
    this.proposal = proposal;
  }

  /**
   * Starts the explanation of a proposal.
   *
   * @param proposal the proposal, not null
   * @return a builder, not null
   */
  public static ExplanationBuilder of(ProposalId proposal) {
    return new ExplanationBuilder(requireNonNull(proposal, "proposal"));
  }

  /**
   * Adds the stage combination, with every stage's aggregate beneath it.
   *
   * @param result the combination result, not null
   * @return this builder
   */
  @CanIgnoreReturnValue
  public ExplanationBuilder combination(CombinationResult result) {
    return step(requireNonNull(result, "result").score(proposal).map(CombinedScore::explanation));
  }

  /**
   * Adds the proposal's rank, tie-break and override.
   *
   * @param ranking the ranking, not null
   * @return this builder
   */
  @CanIgnoreReturnValue
  public ExplanationBuilder ranking(Ranking ranking) {
    return step(requireNonNull(ranking, "ranking").explain(proposal));
  }

  /**
   * Adds a cut-off's decision.
   *
   * @param cut the cut result, not null
   * @return this builder
   */
  @CanIgnoreReturnValue
  public ExplanationBuilder cutoff(CutResult cut) {
    return step(requireNonNull(cut, "cut").explain(proposal));
  }

  /**
   * Adds any further step, such as a shortlist's or a stability estimate's explanation.
   *
   * @param step the step, or empty if it does not concern the proposal
   * @return this builder
   */
  @CanIgnoreReturnValue
  public ExplanationBuilder step(Optional<Explanation> step) {
    requireNonNull(step, "step").ifPresent(steps::add);
    return this;
  }

  /**
   * Builds the tree.
   *
   * @param outcome the proposal's final outcome in words, such as {@code Top 99}; not null
   * @return the root, whose children are the steps in order
   */
  public Explanation build(String outcome) {
    requireNonNull(outcome, "outcome");
    return new Explanation(
        "outcome",
        LocalizedText.of("Proposal " + proposal, "Proposal " + proposal),
        outcome,
        ImmutableList.of(),
        ImmutableList.copyOf(steps));
  }
}
