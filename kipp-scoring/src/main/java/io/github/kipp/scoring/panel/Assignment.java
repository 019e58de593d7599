package io.github.kipp.scoring.panel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Which evaluators score which proposals in a scoring stage.
 *
 * <p>An assignment is a value; it is made by an {@link Assigner} or supplied by the host (a
 * committee's own spreadsheet), and a {@link io.github.kipp.scoring.ScoreBook} accepts sheets only
 * from assigned evaluators. Sorted by proposal, then evaluator.
 */
public final class Assignment {

  private final ImmutableSortedMap<ProposalId, ImmutableSortedSet<ActorId>> byProposal;
  private final ImmutableSortedMap<ActorId, ImmutableSortedSet<ProposalId>> byEvaluator;

  private Assignment(ImmutableSortedMap<ProposalId, ImmutableSortedSet<ActorId>> byProposal) {
    this.byProposal = byProposal;
    Map<ActorId, ImmutableSortedSet.Builder<ProposalId>> inverse = new TreeMap<>();
    byProposal.forEach((p, es) -> es.forEach(e -> inverse.computeIfAbsent(e, k -> ImmutableSortedSet.naturalOrder()).add(p)));
    ImmutableSortedMap.Builder<ActorId, ImmutableSortedSet<ProposalId>> b = ImmutableSortedMap.naturalOrder();
    inverse.forEach((e, ps) -> b.put(e, ps.build()));
    this.byEvaluator = b.buildOrThrow();
  }

  /**
   * Returns an assignment.
   *
   * @param evaluatorsByProposal the evaluators of each proposal, not null
   * @return the assignment, not null
   */
  public static Assignment of(Map<ProposalId, ? extends Iterable<ActorId>> evaluatorsByProposal) {
    requireNonNull(evaluatorsByProposal, "evaluatorsByProposal");
    ImmutableSortedMap.Builder<ProposalId, ImmutableSortedSet<ActorId>> b = ImmutableSortedMap.naturalOrder();
    evaluatorsByProposal.forEach((p, es) -> b.put(requireNonNull(p, "proposal"), ImmutableSortedSet.copyOf(es)));
    return new Assignment(b.buildOrThrow());
  }

  /**
   * Returns the evaluators assigned to a proposal.
   *
   * @param proposal the proposal, not null
   * @return the evaluators, empty if none
   */
  public ImmutableSortedSet<ActorId> evaluators(ProposalId proposal) {
    ImmutableSortedSet<ActorId> es = byProposal.get(requireNonNull(proposal, "proposal"));
    return es == null ? ImmutableSortedSet.of() : es;
  }

  /**
   * Returns the proposals assigned to an evaluator.
   *
   * @param evaluator the evaluator, not null
   * @return the proposals, empty if none
   */
  public ImmutableSortedSet<ProposalId> proposals(ActorId evaluator) {
    ImmutableSortedSet<ProposalId> ps = byEvaluator.get(requireNonNull(evaluator, "evaluator"));
    return ps == null ? ImmutableSortedSet.of() : ps;
  }

  /**
   * Returns whether an evaluator is assigned to a proposal.
   *
   * @param evaluator the evaluator, not null
   * @param proposal the proposal, not null
   * @return true if assigned
   */
  public boolean isAssigned(ActorId evaluator, ProposalId proposal) {
    return evaluators(proposal).contains(requireNonNull(evaluator, "evaluator"));
  }

  /**
   * Returns every proposal's evaluators.
   *
   * @return the assignment by proposal, sorted
   */
  public ImmutableSortedMap<ProposalId, ImmutableSortedSet<ActorId>> byProposal() {
    return byProposal;
  }

  /**
   * Returns every evaluator's proposals; evaluators with none are absent.
   *
   * @return the assignment by evaluator, sorted
   */
  public ImmutableSortedMap<ActorId, ImmutableSortedSet<ProposalId>> byEvaluator() {
    return byEvaluator;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Assignment && byProposal.equals(((Assignment) o).byProposal);
  }

  @Override
  public int hashCode() {
    return byProposal.hashCode();
  }

  /** Returns {@code Assignment[n proposals, m evaluators]}. */
  @Override
  public String toString() {
    return "Assignment[" + byProposal.size() + " proposals, " + byEvaluator.size() + " evaluators]";
  }
}
