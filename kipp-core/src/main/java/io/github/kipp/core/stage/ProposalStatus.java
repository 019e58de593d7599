package io.github.kipp.core.stage;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.CoreMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a proposal stands in the pipeline: its current stage and the full history of transitions
 * that led there.
 *
 * <p>A status is an immutable value; {@link StageMachine#apply(ProposalStatus, TransitionRequest,
 * io.github.kipp.core.edition.Schedule) applying} a request returns a new status and leaves the old
 * one as it was. "Registered" proposals are those with a status; "submitted" ones have passed
 * through {@link Stages#SUBMITTED} ({@link #hasReached(StageId)}), and {@link #submittedAt()} says
 * when their standing submission was made.
 */
public final class ProposalStatus {

  private final ProposalId proposal;
  private final StageId initial;
  private final Instant registeredAt;
  private final ImmutableList<StageTransition> history;

  private ProposalStatus(
      ProposalId proposal, StageId initial, Instant registeredAt, ImmutableList<StageTransition> history) {
    this.proposal = proposal;
    this.initial = initial;
    this.registeredAt = registeredAt;
    this.history = history;
  }

  /**
   * Returns the status of a newly registered proposal, in the machine's initial stage.
   *
   * @param proposal the proposal's id, not null
   * @param machine the pipeline, not null
   * @param registeredAt when it was registered, not null
   * @return the status, not null
   */
  public static ProposalStatus start(ProposalId proposal, StageMachine machine, Instant registeredAt) {
    requireNonNull(proposal, "proposal");
    requireNonNull(machine, "machine");
    requireNonNull(registeredAt, "registeredAt");
    return new ProposalStatus(proposal, machine.initial().id(), registeredAt, ImmutableList.of());
  }

  /**
   * Rebuilds a status from a stored history, checking that it is a chain: each transition leaves the
   * stage the previous one entered, and time never runs backwards. Whether each move was legal is
   * checked by {@link StageMachine#verify(ProposalStatus)}.
   *
   * @param proposal the proposal's id, not null
   * @param initial the stage it was registered in, not null
   * @param registeredAt when it was registered, not null
   * @param history the transitions, oldest first; not null
   * @return the status, not null
   * @throws InvalidInputException if the history is not a chain
   */
  public static ProposalStatus of(
      ProposalId proposal, StageId initial, Instant registeredAt, Iterable<StageTransition> history) {
    requireNonNull(proposal, "proposal");
    requireNonNull(initial, "initial");
    requireNonNull(registeredAt, "registeredAt");
    ImmutableList<StageTransition> list = ImmutableList.copyOf(history);
    List<Violation> v = new ArrayList<>();
    StageId stage = initial;
    Instant time = registeredAt;
    for (int i = 0; i < list.size(); i++) {
      StageTransition t = list.get(i);
      if (!t.from().equals(stage)) {
        v.add(CoreMessages.violation("kipp.status.brokenChain", "history[" + i + "].from", t.from(), "expected", stage));
      }
      if (t.at().isBefore(time)) {
        v.add(CoreMessages.violation("kipp.status.timeBackwards", "history[" + i + "].at", t.at(), "previous", time));
      }
      stage = t.to();
      time = t.at();
    }
    InvalidInputException.throwIfAny("status of proposal '" + proposal + "'", v);
    return new ProposalStatus(proposal, initial, registeredAt, list);
  }

  ProposalStatus with(StageTransition transition) {
    return new ProposalStatus(
        proposal,
        initial,
        registeredAt,
        ImmutableList.<StageTransition>builderWithExpectedSize(history.size() + 1)
            .addAll(history)
            .add(transition)
            .build());
  }

  /**
   * Returns the proposal's id.
   *
   * @return the id, not null
   */
  public ProposalId proposal() {
    return proposal;
  }

  /**
   * Returns the current stage.
   *
   * @return the stage's id, not null
   */
  public StageId stage() {
    return history.isEmpty() ? initial : history.get(history.size() - 1).to();
  }

  /**
   * Returns the stage the proposal was registered in.
   *
   * @return the initial stage's id, not null
   */
  public StageId initialStage() {
    return initial;
  }

  /**
   * Returns when the proposal was registered.
   *
   * @return the instant, not null
   */
  public Instant registeredAt() {
    return registeredAt;
  }

  /**
   * Returns every transition, oldest first.
   *
   * @return the history, possibly empty
   */
  public ImmutableList<StageTransition> history() {
    return history;
  }

  /**
   * Returns the latest transition.
   *
   * @return the latest transition, or empty if the proposal never moved
   */
  public Optional<StageTransition> lastTransition() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /**
   * Returns whether the proposal is or has been in a stage.
   *
   * @param stage the stage, not null
   * @return true if it is the initial stage or any transition entered it
   */
  public boolean hasReached(StageId stage) {
    requireNonNull(stage, "stage");
    return initial.equals(stage) || history.stream().anyMatch(t -> t.to().equals(stage));
  }

  /**
   * Returns when the proposal's standing submission was made: the time of its last move into {@link
   * Stages#SUBMITTED}.
   *
   * <p>The rule for a proposal sent back: one returned to drafts and submitted again counts from its
   * last submission, the one whose content is evaluated (so an earlier-submission tie-break and the
   * unique-title rule see the resubmission's time). One returned after its last submission, that is
   * moved into a stage it had been in before that submission (such as drafts), and not submitted
   * again has no standing submission. A stored status registered directly in {@code SUBMITTED} was
   * submitted when registered.
   *
   * @return the time, or empty if the proposal was never submitted or its last submission was
   *     returned
   */
  public Optional<Instant> submittedAt() {
    int last = -1;
    for (int i = history.size() - 1; i >= 0 && last < 0; i--) {
      if (history.get(i).to().equals(Stages.SUBMITTED)) {
        last = i;
      }
    }
    if (last < 0 && !initial.equals(Stages.SUBMITTED)) {
      return Optional.empty();
    }
    Set<StageId> before = new HashSet<>();
    if (last >= 0) {
      before.add(initial);
      for (int i = 0; i < last; i++) {
        before.add(history.get(i).to());
      }
    }
    for (int i = last + 1; i < history.size(); i++) {
      if (before.contains(history.get(i).to())) {
        return Optional.empty();
      }
    }
    return Optional.of(last < 0 ? registeredAt : history.get(last).at());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ProposalStatus)) {
      return false;
    }
    ProposalStatus other = (ProposalStatus) o;
    return proposal.equals(other.proposal)
        && initial.equals(other.initial)
        && registeredAt.equals(other.registeredAt)
        && history.equals(other.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(proposal, initial, registeredAt, history);
  }

  /** Returns {@code proposal: stage (n transitions)}. */
  @Override
  public String toString() {
    return proposal + ": " + stage() + " (" + history.size() + " transitions)";
  }
}
