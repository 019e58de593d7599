package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.StageId;
import io.github.kipp.scoring.CriterionId;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A declared tie-break chain as a rule module states it, before the seed of its draw is known: for
 * example "higher score on <i>Signifikansi</i>, then higher desk score, then earlier submission, then
 * a draw". {@link #build(long)} turns it into {@link TieBreak}s once the host has chosen and recorded
 * the draw's seed.
 *
 * <p>Immutable; equal chains are equal and print the same.
 */
public final class TieBreakChain {

  /** The kind of a step. */
  public enum Kind {
    /** Higher mean score on a named criterion. */
    CRITERION,
    /** Higher score in a named stage. */
    STAGE,
    /** Earlier submission. */
    EARLIER_SUBMISSION,
    /** A seeded draw. */
    DRAW
  }

  /**
   * One step of a chain.
   *
   * @param kind the kind, not null
   * @param target the criterion or stage id for {@link Kind#CRITERION} and {@link Kind#STAGE}
   */
  public record Step(Kind kind, Optional<String> target) {

    /**
     * Creates a step.
     *
     * @param kind the kind, not null
     * @param target the target, present exactly for CRITERION and STAGE
     * @throws IllegalArgumentException if the target's presence does not fit the kind
     */
    public Step {
      requireNonNull(kind, "kind");
      requireNonNull(target, "target");
      boolean needs = kind == Kind.CRITERION || kind == Kind.STAGE;
      if (needs != target.isPresent()) {
        throw new IllegalArgumentException("tie-break step " + kind + (needs ? " needs" : " takes no") + " target");
      }
    }

    /** Returns the step as written in the chain, such as {@code criterion:signifikansi}. */
    @Override
    public String toString() {
      return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + target.map(t -> ":" + t).orElse("");
    }
  }

  private final ImmutableList<Step> steps;
  private final Citation citation;

  private TieBreakChain(ImmutableList<Step> steps, Citation citation) {
    this.steps = steps;
    this.citation = citation;
  }

  /**
   * Returns a chain.
   *
   * @param citation where the chain comes from, not null
   * @param steps the steps, in order; a draw, if any, comes last
   * @return the chain, not null
   * @throws IllegalArgumentException if a step follows a draw
   */
  public static TieBreakChain of(Citation citation, Step... steps) {
    requireNonNull(citation, "citation");
    ImmutableList<Step> list = ImmutableList.copyOf(steps);
    for (int i = 0; i < list.size() - 1; i++) {
      if (list.get(i).kind() == Kind.DRAW) {
        throw new IllegalArgumentException("a draw separates every tie, so it must be the last step of " + list);
      }
    }
    return new TieBreakChain(list, citation);
  }

  /**
   * Returns the step "higher mean score on a criterion".
   *
   * @param criterion the criterion, not null
   * @return the step, not null
   */
  public static Step criterion(CriterionId criterion) {
    return new Step(Kind.CRITERION, Optional.of(criterion.value()));
  }

  /**
   * Returns the step "higher score in a stage".
   *
   * @param stage the stage, not null
   * @return the step, not null
   */
  public static Step stage(StageId stage) {
    return new Step(Kind.STAGE, Optional.of(stage.value()));
  }

  /**
   * Returns the step "earlier submission".
   *
   * @return the step, not null
   */
  public static Step earlierSubmission() {
    return new Step(Kind.EARLIER_SUBMISSION, Optional.empty());
  }

  /**
   * Returns the step "seeded draw".
   *
   * @return the step, not null
   */
  public static Step draw() {
    return new Step(Kind.DRAW, Optional.empty());
  }

  /**
   * Builds the rules of the chain.
   *
   * @param drawSeed the seed of the draw, if the chain has one; record it with the result
   * @return the rules, in order
   */
  public ImmutableList<TieBreak> build(long drawSeed) {
    return steps.stream().map(s -> {
      switch (s.kind()) {
        case CRITERION:
          return TieBreaks.higherCriterion(CriterionId.of(s.target().orElseThrow()), citation);
        case STAGE:
          return TieBreaks.higherStage(StageId.of(s.target().orElseThrow()), citation);
        case EARLIER_SUBMISSION:
          return TieBreaks.earlierSubmission(citation);
        case DRAW:
          return TieBreaks.seededDraw(drawSeed, citation);
      }
      throw new AssertionError(s);
    }).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the steps.
   *
   * @return the steps, in order
   */
  public ImmutableList<Step> steps() {
    return steps;
  }

  /**
   * Returns where the chain comes from.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TieBreakChain && steps.equals(((TieBreakChain) o).steps) && citation.equals(((TieBreakChain) o).citation);
  }

  @Override
  public int hashCode() {
    return steps.hashCode() * 31 + citation.hashCode();
  }

  /** Returns the steps joined by {@code >}, such as {@code criterion:signifikansi > draw}. */
  @Override
  public String toString() {
    return steps.isEmpty() ? "(none)" : steps.stream().map(Step::toString).collect(Collectors.joining(" > "));
  }
}
