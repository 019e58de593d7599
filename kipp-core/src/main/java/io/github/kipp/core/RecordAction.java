package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;

/**
 * The authorisation matrix of kipp: every action that changes a competition's record, the roles that
 * may take it, what else must hold, what is recorded, and the error codes of a refusal.
 *
 * <p>This is the one place that says who may do what. Every mutating API of kipp checks its action
 * here before it changes anything, and a refusal throws {@link
 * UnauthorizedActionException#forRoles} naming the allowed roles: {@code DecisionLog.recordPublication}
 * (publication, correction, re-publication), {@code recordObjection}, {@code recordRuling} and
 * {@code append}; {@code StageMachine.apply} (stage moves); and in kipp-scoring {@code
 * Ranking.withOverride}, {@code ScoreBook.submit}, {@code recuse} and {@code freeze}; and {@code
 * AppealBook.file} and {@code decide} (appeals, through the log). The table of
 * {@code docs/security.md} lists the same matrix, and a test keeps the two equal.
 *
 * <p>A score sheet leaves a score book only by recusal ({@link #RECUSAL_SELF}, {@link
 * #RECUSAL_ON_BEHALF}); kipp has no other withdrawal of a sheet, and a later sheet of the same
 * evaluator replaces the earlier one ({@link #SHEET_SUBMISSION}).
 */
public enum RecordAction {
  /** A proposal moves from one stage to another ({@code StageMachine.apply}). */
  STAGE_MOVE(
      ImmutableSortedSet.of(),
      "the move is in the pipeline, inside its phase window, with the reasons or tier its rule needs",
      "from and to stage, actor, time, reasons, tier and the rule's citation",
      "kipp.action.unauthorized", "kipp.stage.illegalTransition", "kipp.stage.outsideWindow", "kipp.stage.reasonRequired",
      "kipp.stage.tierRequired"),
  /** A frozen result is published for public review ({@code DecisionLog.recordPublication}). */
  PUBLICATION(
      ImmutableSortedSet.of(Role.SECRETARIAT, Role.ORGANISER),
      "the reference was not published in the log before",
      "reference, title, time, number of lines, hash and actor",
      "kipp.action.unauthorized", "kipp.log.republished"),
  /**
   * A published result is corrected under a new reference ({@code DecisionLog.recordPublication} of a
   * result made by {@code PublishedResult.correctedBy}).
   */
  CORRECTION(
      ImmutableSortedSet.of(Role.SECRETARIAT, Role.ORGANISER),
      "it supersedes the latest version of a result published in the log, with a reason citing its basis",
      "reference, hash, the hash it supersedes, the reason (code, both languages, citations) and actor",
      "kipp.action.unauthorized", "kipp.log.unknownResult", "kipp.log.notLatest", "kipp.log.republished",
      "kipp.result.reasonRequired"),
  /**
   * A result is published again under a reference already published: allowed only as a correction of
   * that reference's latest version.
   */
  REPUBLICATION(
      ImmutableSortedSet.of(Role.SECRETARIAT, Role.ORGANISER),
      "it is a correction that supersedes the latest version published under the reference, with a reason",
      "reference, hash, the hash it supersedes, the reason (code, both languages, citations) and actor",
      "kipp.action.unauthorized", "kipp.log.republished", "kipp.log.notLatest", "kipp.result.reasonRequired"),
  /** An objection (<i>sanggahan</i>) is filed against a published result ({@code DecisionLog.recordObjection}). */
  OBJECTION(
      ImmutableSortedSet.of(Role.UNIT, Role.INSTITUTION_ADMIN, Role.SECRETARIAT),
      "the result was published in the log and the objection's id is new",
      "objection id, the result's hash, the proposal, the grounds and actor",
      "kipp.action.unauthorized", "kipp.log.unknownResult", "kipp.log.duplicateObjection"),
  /** An objection is decided, upheld or rejected ({@code DecisionLog.recordRuling}). */
  RULING(
      ImmutableSortedSet.of(Role.INDEPENDENT_PANEL, Role.ORGANISER),
      "the objection was filed in the log and not yet decided",
      "objection id, upheld or rejected, the reason in English, its citations and actor",
      "kipp.action.unauthorized", "kipp.log.noObjection", "kipp.log.alreadyRuled"),
  /** The panel in plenary departs from the score order ({@code Ranking.withOverride}, kipp-scoring). */
  RANK_OVERRIDE(
      ImmutableSortedSet.of(Role.INDEPENDENT_PANEL, Role.ORGANISER),
      "the override carries a reason",
      "proposal, new position, reason (code, both languages, citations), actor and time, kept in the ranking",
      "kipp.action.unauthorized"),
  /** An evaluator submits or replaces their score sheet ({@code ScoreBook.submit}, kipp-scoring). */
  SHEET_SUBMISSION(
      ImmutableSortedSet.of(Role.EVALUATOR, Role.INDEPENDENT_PANEL, Role.VERIFIER),
      "the actor is the sheet's evaluator, acts in the role they hold on the panel, is assigned and not recused or in conflict",
      "proposal, stage, submission time, scores and actor",
      "kipp.action.unauthorized", "kipp.action.refused"),
  /** An evaluator steps back from a proposal themself ({@code ScoreBook.recuse}, kipp-scoring). */
  RECUSAL_SELF(
      ImmutableSortedSet.of(Role.EVALUATOR, Role.INDEPENDENT_PANEL, Role.VERIFIER),
      "the actor is the evaluator and acts in the role they hold on the panel",
      "proposal, stage, evaluator, reason code, citations and actor; the evaluator's sheet is dropped",
      "kipp.action.unauthorized", "kipp.action.refused"),
  /** The secretariat or the organiser records an evaluator's recusal ({@code ScoreBook.recuse}, kipp-scoring). */
  RECUSAL_ON_BEHALF(
      ImmutableSortedSet.of(Role.SECRETARIAT, Role.ORGANISER),
      "the evaluator is on the panel",
      "proposal, stage, evaluator, reason code, citations and actor; the evaluator's sheet is dropped",
      "kipp.action.unauthorized"),
  /** A score book is closed and its sheets frozen ({@code ScoreBook.freeze}, kipp-scoring). */
  FREEZE(
      ImmutableSortedSet.of(Role.SECRETARIAT, Role.ORGANISER),
      "no sheet was submitted after the closing time",
      "stage, number of sheets, closing time, population id and actor",
      "kipp.action.unauthorized"),
  /**
   * An entrant appeals an eligibility refusal or another administrative decision about its proposal
   * (<i>banding</i>; {@code AppealBook.file}, written as a {@code DecisionLog} entry of kind {@code
   * APPEAL}).
   */
  APPEAL(
      ImmutableSortedSet.of(Role.UNIT, Role.INSTITUTION_ADMIN),
      "the actor is the entrant concerned (the proposal's unit or institution), the appeal is filed within the declared window, its id is new and the decision was not appealed before",
      "appeal id, the decision's reference, the entrant, the announcement, the window's close, the grounds, the window's citation and actor",
      "kipp.action.unauthorized", "kipp.appeal.notEntrant", "kipp.appeal.outsideWindow", "kipp.appeal.duplicateId", "kipp.appeal.duplicate",
      "kipp.appeal.form"),
  /** An appeal is decided, upheld or dismissed, with its reason ({@code AppealBook.decide}). */
  APPEAL_DECISION(
      ImmutableSortedSet.of(Role.INDEPENDENT_PANEL, Role.ORGANISER),
      "the appeal was filed and not yet decided",
      "appeal id, upheld or dismissed, the reason (code, both languages, citations) and actor",
      "kipp.action.unauthorized", "kipp.appeal.unknown", "kipp.appeal.alreadyDecided", "kipp.appeal.form");

  private final ImmutableSortedSet<Role> roles;
  private final String condition;
  private final String recorded;
  private final ImmutableList<String> errorCodes;

  RecordAction(ImmutableSortedSet<Role> roles, String condition, String recorded, String... errorCodes) {
    this.roles = roles;
    this.condition = condition;
    this.recorded = recorded;
    this.errorCodes = ImmutableList.copyOf(errorCodes);
  }

  /**
   * Returns the roles that may take this action.
   *
   * @return the roles, in {@link Role} order; empty for {@link #STAGE_MOVE}, whose roles are those of
   *     each move's {@code TransitionRule}
   */
  public ImmutableSortedSet<Role> roles() {
    return roles;
  }

  /**
   * Returns whether the roles of this action come from the pipeline's rule for each move, as for
   * {@link #STAGE_MOVE}, instead of from {@link #roles()}.
   *
   * @return true for {@link #STAGE_MOVE}
   */
  public boolean rolesFromRule() {
    return this == STAGE_MOVE;
  }

  /**
   * Returns what must hold besides the role, in English, as {@code docs/security.md} states it.
   *
   * @return the condition, not blank
   */
  public String condition() {
    return condition;
  }

  /**
   * Returns what is recorded when the action is taken, in English, as {@code docs/security.md}
   * states it.
   *
   * @return the description, not blank
   */
  public String recorded() {
    return recorded;
  }

  /**
   * Returns the codes of the errors that refuse this action: {@code kipp.action.unauthorized} for a
   * role that may not take it, then the codes of the other refusals.
   *
   * @return the codes, never empty
   */
  public ImmutableList<String> errorCodes() {
    return errorCodes;
  }

  /**
   * Returns whether a role may take this action.
   *
   * @param role the role, not null
   * @return true if the role is one of {@link #roles()}
   * @throws IllegalStateException for {@link #STAGE_MOVE}, whose roles depend on the move
   */
  public boolean allows(Role role) {
    requireNonNull(role, "role");
    requireFixedRoles();
    return roles.contains(role);
  }

  /**
   * Checks that an actor's role may take this action, and refuses it otherwise.
   *
   * @param actor who attempts it, not null
   * @param action what is attempted, for the message, such as {@code publish result B/112}; not null
   * @throws UnauthorizedActionException naming the allowed roles if the actor's role may not take it
   * @throws IllegalStateException for {@link #STAGE_MOVE}, whose roles depend on the move
   */
  public void authorise(Actor actor, String action) {
    requireNonNull(actor, "actor");
    requireNonNull(action, "action");
    requireFixedRoles();
    if (!roles.contains(actor.role())) {
      throw UnauthorizedActionException.forRoles(actor, action, roles);
    }
  }

  /**
   * Checks that an actor's role is one of the roles of a stage move's rule, and refuses it otherwise.
   *
   * @param actor who attempts the move, not null
   * @param action what is attempted, for the message, not null
   * @param ruleRoles the roles of the move's {@code TransitionRule}, not null
   * @throws UnauthorizedActionException naming the rule's roles if the actor's role is not one of them
   * @throws IllegalStateException for any action other than {@link #STAGE_MOVE}
   */
  public void authorise(Actor actor, String action, Set<Role> ruleRoles) {
    requireNonNull(actor, "actor");
    requireNonNull(action, "action");
    requireNonNull(ruleRoles, "ruleRoles");
    if (!rolesFromRule()) {
      throw new IllegalStateException(this + " has its own roles; call authorise(actor, action)");
    }
    if (!ruleRoles.contains(actor.role())) {
      throw UnauthorizedActionException.forRoles(actor, action, ruleRoles);
    }
  }

  private void requireFixedRoles() {
    if (rolesFromRule()) {
      throw new IllegalStateException(this + " takes the roles of each move's TransitionRule; call authorise(actor, action, ruleRoles)");
    }
  }
}
