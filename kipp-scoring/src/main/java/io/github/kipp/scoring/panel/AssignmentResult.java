package io.github.kipp.scoring.panel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import java.util.Collections;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link Assigner} produced: the assignment, the options it ran with (the seed among them),
 * each evaluator's load, the proposals that did not get all their evaluators and why, and every
 * conflict of interest found.
 *
 * <p>Immutable; equal inputs and options give equal results.
 */
public final class AssignmentResult {

  private final Assignment assignment;
  private final AssignmentOptions options;
  private final ImmutableSortedMap<ActorId, Integer> loads;
  private final ImmutableList<UncoveredProposal> uncovered;
  private final ImmutableList<ConflictOfInterest> conflicts;

  private AssignmentResult(
      Assignment assignment,
      AssignmentOptions options,
      ImmutableSortedMap<ActorId, Integer> loads,
      ImmutableList<UncoveredProposal> uncovered,
      ImmutableList<ConflictOfInterest> conflicts) {
    this.assignment = assignment;
    this.options = options;
    this.loads = loads;
    this.uncovered = uncovered;
    this.conflicts = conflicts;
  }

  /** Called by the {@link Assigner}, which has sorted every part. */
  static AssignmentResult of(
      Assignment assignment,
      AssignmentOptions options,
      ImmutableSortedMap<ActorId, Integer> loads,
      ImmutableList<UncoveredProposal> uncovered,
      ImmutableList<ConflictOfInterest> conflicts) {
    return new AssignmentResult(
        requireNonNull(assignment, "assignment"),
        requireNonNull(options, "options"),
        requireNonNull(loads, "loads"),
        requireNonNull(uncovered, "uncovered"),
        requireNonNull(conflicts, "conflicts"));
  }

  /**
   * Returns the assignment; every proposal given to the assigner is in it, those with no evaluator
   * with an empty set.
   *
   * @return the assignment, not null
   */
  public Assignment assignment() {
    return assignment;
  }

  /**
   * Returns the options the assigner ran with.
   *
   * @return the options, not null
   */
  public AssignmentOptions options() {
    return options;
  }

  /**
   * Returns the seed that broke ties.
   *
   * @return the seed of the options
   */
  public long seed() {
    return options.seed();
  }

  /**
   * Returns how many proposals each evaluator of the panel got, including those who got none.
   *
   * @return the loads, sorted by evaluator
   */
  public ImmutableSortedMap<ActorId, Integer> loads() {
    return loads;
  }

  /**
   * Returns the largest load of any evaluator.
   *
   * @return the largest load, at least 0
   */
  public int maxLoad() {
    return loads.isEmpty() ? 0 : Collections.max(loads.values());
  }

  /**
   * Returns the smallest load of any evaluator.
   *
   * @return the smallest load, at least 0
   */
  public int minLoad() {
    return loads.isEmpty() ? 0 : Collections.min(loads.values());
  }

  /**
   * Returns whether every proposal got all the evaluators it needs.
   *
   * @return true if no proposal is {@link #uncovered() uncovered}
   */
  public boolean isComplete() {
    return uncovered.isEmpty();
  }

  /**
   * Returns the proposals that did not get all the evaluators they need, with the reasons.
   *
   * @return the uncovered proposals, sorted by proposal; empty when the assignment is complete
   */
  public ImmutableList<UncoveredProposal> uncovered() {
    return uncovered;
  }

  /**
   * Returns why a proposal did not get all the evaluators it needs.
   *
   * @param proposal the proposal, not null
   * @return its explanation, or empty if it got them all or was not assigned
   */
  public Optional<UncoveredProposal> uncovered(ProposalId proposal) {
    requireNonNull(proposal, "proposal");
    return uncovered.stream().filter(u -> u.proposal().equals(proposal)).findFirst();
  }

  /**
   * Returns every conflict of interest the policy found between an evaluator of the panel and a
   * proposal; none of these pairs is assigned.
   *
   * @return the conflicts, sorted by proposal, then evaluator
   */
  public ImmutableList<ConflictOfInterest> conflicts() {
    return conflicts;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AssignmentResult r
        && assignment.equals(r.assignment)
        && options.equals(r.options)
        && loads.equals(r.loads)
        && uncovered.equals(r.uncovered)
        && conflicts.equals(r.conflicts);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(assignment, options, loads, uncovered, conflicts);
  }

  /** Returns {@code AssignmentResult[n proposals, loads min..max, u uncovered, seed s]}. */
  @Override
  public String toString() {
    return "AssignmentResult[" + assignment.byProposal().size() + " proposals, loads " + minLoad() + ".." + maxLoad()
        + ", " + uncovered.size() + " uncovered, seed " + seed() + "]";
  }
}
