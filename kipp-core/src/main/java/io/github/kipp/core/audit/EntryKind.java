package io.github.kipp.core.audit;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.Role;
import java.util.Arrays;
import java.util.Comparator;

/**
 * What a {@link LogEntry} records, and the {@link RecordAction}s whose entries are of this kind: an
 * entry may be recorded only by an actor whose role one of those actions allows.
 */
public enum EntryKind {
  /** A proposal moved from one stage to another; its roles are those of the pipeline's rule for the move. */
  TRANSITION(RecordAction.STAGE_MOVE),
  /** A score sheet was accepted. */
  SCORE_SHEET(RecordAction.SHEET_SUBMISSION),
  /** An evaluator stepped back from a proposal because of a conflict of interest. */
  RECUSAL(RecordAction.RECUSAL_SELF, RecordAction.RECUSAL_ON_BEHALF),
  /** A rule or panel reached a decision (a score book's freeze, a shortlist, an override). */
  DECISION(RecordAction.FREEZE, RecordAction.RANK_OVERRIDE),
  /** A result set was frozen and published, such as the finalists announced for public review. */
  PUBLICATION(RecordAction.PUBLICATION),
  /** An objection (<i>sanggahan</i>) was filed against a published result. */
  OBJECTION(RecordAction.OBJECTION),
  /** An objection was decided: upheld or rejected. */
  RULING(RecordAction.RULING),
  /** A published result was corrected and re-published. */
  CORRECTION(RecordAction.CORRECTION, RecordAction.REPUBLICATION),
  /**
   * An entrant appealed a decision about its proposal (<i>banding</i>). Subject {@code appeal <id>};
   * payload {@code decision=<reference> unit=<unit> institution=<institution> announced=<instant>
   * closes=<instant> grounds=<text>}, as {@code AppealBook.file} writes it; the log checks the form,
   * that the actor is the entrant named, that the entry is dated within the window, and that neither
   * the id nor the decision was appealed before.
   */
  APPEAL(RecordAction.APPEAL),
  /**
   * An appeal was decided. Subject {@code appeal <id>}; payload {@code upheld|dismissed
   * reason=<code> | because: <English> | karena: <Indonesian>}, as {@code AppealBook.decide} writes
   * it; the log checks that the appeal was filed and not decided before.
   */
  APPEAL_DECISION(RecordAction.APPEAL_DECISION),
  /** Anything else worth recording; any role may note something. */
  NOTE();

  private final ImmutableSortedSet<RecordAction> actions;

  EntryKind(RecordAction... actions) {
    this.actions = ImmutableSortedSet.copyOf(Arrays.asList(actions));
  }

  /**
   * Returns the actions whose entries are of this kind.
   *
   * @return the actions; empty for {@link #NOTE}
   */
  public ImmutableSortedSet<RecordAction> actions() {
    return actions;
  }

  /**
   * Returns the roles that may record an entry of this kind: the roles of its actions, or every role
   * for a stage move (the log does not know the pipeline; {@code StageMachine.apply} checks the
   * move's own roles) and for a note.
   *
   * @return the roles, in {@link Role} order; never empty
   */
  public ImmutableSortedSet<Role> roles() {
    if (actions.isEmpty() || actions.stream().anyMatch(RecordAction::rolesFromRule)) {
      return ImmutableSortedSet.copyOf(Role.values());
    }
    return actions.stream().flatMap(a -> a.roles().stream()).collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }
}
