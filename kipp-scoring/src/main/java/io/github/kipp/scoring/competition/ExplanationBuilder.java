package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.aggregate.CombinedScore;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Ranking;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assembles a proposal's derivation tree from the results of each step, in the order they happened:
 * raw scores, weighted totals and normalisation (inside each stage's aggregate), stage combination,
 * rank and tie-break, cut-off, quota, rank stability. {@link EditionResult#explain} uses it for every
 * step a {@link Competition} runs; a host adds steps of its own the same way.
 *
 * <pre>{@code
 * Explanation why = ExplanationBuilder.of(id)
 *     .combination(combined)
 *     .ranking(ranking)
 *     .cutoff(cut)
 *     .step(shortlist.explain(id))
 *     .build(LocalizedText.of("Top 99: masuk", "Top 99: included"));
 * }</pre>
 *
 * <p>No node is shown twice: a step equal to a node that another step already holds (such as the
 * ranking's "final position" inside a shortlist's explanation) is left out of the root.
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
   * Adds a step.
   *
   * @param step the step, not null
   * @return this builder
   */
  @CanIgnoreReturnValue
  public ExplanationBuilder step(Explanation step) {
    steps.add(requireNonNull(step, "step"));
    return this;
  }

  /**
   * Builds the tree.
   *
   * @param outcome the proposal's final outcome in both languages, such as {@code Top 99}; not null
   * @return the root, labelled with the proposal and its outcome, whose children are the steps in
   *     order, each shown once
   */
  public Explanation build(LocalizedText outcome) {
    requireNonNull(outcome, "outcome");
    List<Explanation> kept = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Explanation s = steps.get(i);
      boolean shownElsewhere = false;
      for (int j = 0; j < steps.size() && !shownElsewhere; j++) {
        shownElsewhere = j != i && (contains(steps.get(j), s) || (j < i && steps.get(j).equals(s)));
      }
      if (!shownElsewhere) {
        kept.add(s);
      }
    }
    return new Explanation(
        "outcome",
        ScoringMessages.render("kipp.explain.outcome", "proposal", proposal, "outcomeId", outcome.indonesian(), "outcomeEn", outcome.english()),
        "",
        ImmutableList.of(),
        ImmutableList.copyOf(kept));
  }

  /** Whether a node appears strictly below a tree's root. */
  private static boolean contains(Explanation tree, Explanation node) {
    for (Explanation c : tree.children()) {
      if (c.equals(node) || contains(c, node)) {
        return true;
      }
    }
    return false;
  }
}
