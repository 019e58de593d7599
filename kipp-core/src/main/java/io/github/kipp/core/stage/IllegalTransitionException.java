package io.github.kipp.core.stage;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.KippException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;

/**
 * Thrown when a proposal is asked to move to a stage it cannot reach from where it is, or at a time
 * when the move is closed. The message names the current stage and the stages allowed from it; the
 * proposal's status is unchanged.
 *
 * <p>Its {@link #errorCode() code} is {@code kipp.stage.illegalTransition} for a move the pipeline
 * does not have, and {@code kipp.stage.outsideWindow} for a move outside its phase's window.
 */
public final class IllegalTransitionException extends KippException {

  private static final long serialVersionUID = 1L;

  private final transient ProposalId proposal;
  private final transient StageId current;
  private final transient StageId requested;
  private final transient ImmutableSortedSet<StageId> allowed;

  IllegalTransitionException(
      String code,
      LocalizedText text,
      ProposalId proposal,
      StageId current,
      StageId requested,
      ImmutableSortedSet<StageId> allowed) {
    super(code, text);
    this.proposal = proposal;
    this.current = current;
    this.requested = requested;
    this.allowed = allowed;
  }

  /**
   * Returns the proposal.
   *
   * @return the proposal's id, not null
   */
  public ProposalId proposal() {
    return proposal;
  }

  /**
   * Returns the stage the proposal is in.
   *
   * @return the current stage, not null
   */
  public StageId current() {
    return current;
  }

  /**
   * Returns the stage requested.
   *
   * @return the requested stage, not null
   */
  public StageId requested() {
    return requested;
  }

  /**
   * Returns the stages the proposal may move to from its current stage.
   *
   * @return the allowed stages, sorted; empty in a terminal stage
   */
  public ImmutableSortedSet<StageId> allowed() {
    return allowed;
  }
}
