package io.github.kipp.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Actor;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.ConflictOfInterest;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Collects the score sheets of one scoring stage while it is open, refusing any sheet that should not
 * count, and freezes them when the stage closes.
 *
 * <p>A sheet is refused, and nothing is stored, when: the actor submitting it is not the sheet's
 * evaluator, or not on the panel ({@link UnauthorizedActionException}); the proposal is not in this
 * stage, a criterion is missing, unknown or off its scale ({@link InvalidInputException}); the
 * evaluator is not assigned to the proposal or has a conflict of interest with it ({@link
 * UnauthorizedActionException}). A later sheet of the same evaluator for the same proposal replaces
 * the earlier one until the book is frozen.
 *
 * <p>This is the one mutable type of kipp-scoring. It is thread-safe: submissions from several
 * threads are serialised. After {@link #freeze(Instant)} it accepts nothing more.
 */
public final class ScoreBook {

  private final CriteriaSet criteria;
  private final Assignment assignment;
  private final Panel panel;
  private final ConflictOfInterestPolicy conflicts;
  private final ImmutableMap<ProposalId, Proposal> proposals;
  private final Map<String, ScoreSheet> sheets = new LinkedHashMap<>();
  private @Nullable FrozenScores frozen;

  private ScoreBook(CriteriaSet criteria, Assignment assignment, Panel panel, ConflictOfInterestPolicy conflicts, ImmutableMap<ProposalId, Proposal> proposals) {
    this.criteria = criteria;
    this.assignment = assignment;
    this.panel = panel;
    this.conflicts = conflicts;
    this.proposals = proposals;
  }

  /**
   * Opens a book for a scoring stage.
   *
   * @param criteria the stage's criteria, not null
   * @param proposals the proposals scored in this stage, with distinct ids
   * @param panel the evaluators, not null
   * @param assignment who scores what, not null
   * @param conflicts the conflict-of-interest policy, not null
   * @return an open, empty book, not null
   * @throws IllegalArgumentException if two proposals share an id
   */
  public static ScoreBook open(CriteriaSet criteria, Iterable<Proposal> proposals, Panel panel, Assignment assignment, ConflictOfInterestPolicy conflicts) {
    requireNonNull(criteria, "criteria");
    requireNonNull(panel, "panel");
    requireNonNull(assignment, "assignment");
    requireNonNull(conflicts, "conflicts");
    Map<ProposalId, Proposal> byId = new LinkedHashMap<>();
    for (Proposal p : proposals) {
      if (byId.put(p.id(), p) != null) {
        throw new IllegalArgumentException("proposal id " + p.id() + " appears twice");
      }
    }
    return new ScoreBook(criteria, assignment, panel, conflicts, ImmutableMap.copyOf(byId));
  }

  /**
   * Submits a sheet on behalf of an actor, or refuses it. A refusal stores nothing.
   *
   * @param sheet the sheet, not null
   * @param actor who submits it; must be the sheet's evaluator; not null
   * @throws IllegalStateException if the book is frozen
   * @throws UnauthorizedActionException if the actor is not the evaluator, not on the panel, not
   *     assigned to the proposal, or in conflict with it
   * @throws InvalidInputException if the proposal is not in this stage or the scores do not fit the
   *     criteria
   */
  public synchronized void submit(ScoreSheet sheet, Actor actor) {
    requireNonNull(sheet, "sheet");
    requireNonNull(actor, "actor");
    if (frozen != null) {
      throw new IllegalStateException("the score book of stage '" + criteria.stage() + "' was frozen at " + frozen.closedAt() + "; it accepts no more sheets");
    }
    String action = "submit a score sheet for " + sheet.proposal() + " in stage " + criteria.stage();
    if (!actor.id().equals(sheet.evaluator())) {
      throw UnauthorizedActionException.because(actor, action, ScoringMessages.render("kipp.sheet.notOwn", "evaluator", sheet.evaluator()));
    }
    Optional<Evaluator> evaluator = panel.evaluator(actor.id());
    if (evaluator.isEmpty() || evaluator.get().role() != actor.role()) {
      throw UnauthorizedActionException.because(actor, action, ScoringMessages.render("kipp.sheet.notOnPanel", "stage", criteria.stage()));
    }
    Proposal proposal = proposals.get(sheet.proposal());
    if (proposal == null) {
      throw InvalidInputException.of("score sheet", ScoringMessages.violation("kipp.sheet.unknownProposal", "proposal", sheet.proposal(), "stage", criteria.stage()));
    }
    if (!assignment.isAssigned(actor.id(), sheet.proposal())) {
      throw UnauthorizedActionException.because(actor, action, ScoringMessages.render("kipp.sheet.notAssigned", "proposal", sheet.proposal()));
    }
    Optional<ConflictOfInterest> conflict = conflicts.conflict(evaluator.get(), proposal);
    if (conflict.isPresent()) {
      throw UnauthorizedActionException.because(actor, action, conflict.get().reason().message());
    }
    InvalidInputException.throwIfAny("score sheet of " + sheet.evaluator() + " for " + sheet.proposal(), criteria.validate(sheet));
    sheets.put(sheet.proposal().value() + "\u0000" + sheet.evaluator().value(), sheet);
  }

  /**
   * Closes the stage and returns its frozen population. Freezing again returns the same value.
   *
   * @param closedAt when the stage closed, not before any sheet's submission
   * @return the frozen scores, not null
   * @throws InvalidInputException if a sheet was submitted after {@code closedAt}
   */
  public synchronized FrozenScores freeze(Instant closedAt) {
    requireNonNull(closedAt, "closedAt");
    if (frozen == null) {
      for (ScoreSheet s : sheets.values()) {
        if (s.submittedAt().isAfter(closedAt)) {
          throw InvalidInputException.of("score book", ScoringMessages.violation("kipp.sheet.afterClose", "closedAt", s.submittedAt(), "closedAt", closedAt));
        }
      }
      frozen = FrozenScores.trusted(criteria, new ArrayList<>(sheets.values()), closedAt);
    }
    return frozen;
  }

  /**
   * Returns the number of sheets held.
   *
   * @return the count
   */
  public synchronized int size() {
    return sheets.size();
  }

  /**
   * Returns whether the book is frozen.
   *
   * @return true after {@link #freeze(Instant)}
   */
  public synchronized boolean isFrozen() {
    return frozen != null;
  }

  /**
   * Returns the criteria of the stage.
   *
   * @return the criteria, not null
   */
  public CriteriaSet criteria() {
    return criteria;
  }
}
