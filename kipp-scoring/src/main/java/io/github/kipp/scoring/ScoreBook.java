package io.github.kipp.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.ConflictOfInterest;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Collects the score sheets of one scoring stage while it is open, refusing any sheet that should not
 * count, and freezes them when the stage closes.
 *
 * <p>Every change is authorised by the matrix of {@link RecordAction}: sheets are submitted by
 * evaluators ({@link RecordAction#SHEET_SUBMISSION}), recusals recorded by the evaluator themself or
 * by the secretariat or organiser ({@link RecordAction#RECUSAL_SELF}, {@link
 * RecordAction#RECUSAL_ON_BEHALF}), and the book frozen by the secretariat or organiser ({@link
 * RecordAction#FREEZE}); any other role gets {@link UnauthorizedActionException} naming the allowed
 * roles, and nothing changes. A sheet leaves the book only by its evaluator's recusal: there is no
 * other withdrawal.
 *
 * <p>A sheet is refused, and nothing is stored, when: the actor submitting it is not the sheet's
 * evaluator, or not on the panel ({@link UnauthorizedActionException}); the proposal is not in this
 * stage, a criterion is missing, unknown or off its scale ({@link InvalidInputException}); the
 * evaluator is not assigned to the proposal or has a conflict of interest with it ({@link
 * UnauthorizedActionException}). A later sheet of the same evaluator for the same proposal replaces
 * the earlier one until the book is frozen: it is the sheet's next {@linkplain SheetVersion version},
 * submitted as is or {@linkplain #revise revised} with a reason, and every earlier version is kept
 * and explained ({@link #history}). An evaluator who {@linkplain #recuse recuses} from a proposal
 * loses their sheet for it and cannot submit another; its history records the withdrawal.
 *
 * <p>A book opened with a {@link DecisionLog} appends every accepted sheet, recusal and the freeze to
 * it, stamped with the time the book's {@link InstantSource} gives; a refused action appends nothing.
 *
 * <p>This is the one mutable type of kipp-scoring. It is thread-safe: submissions from several
 * threads are serialised. After {@link #freeze(Instant, Actor)} it accepts nothing more.
 */
public final class ScoreBook {

  private final CriteriaSet criteria;
  private final Assignment assignment;
  private final Panel panel;
  private final ConflictOfInterestPolicy conflicts;
  private final ImmutableMap<ProposalId, Proposal> proposals;
  private final Map<String, ScoreSheet> sheets = new LinkedHashMap<>();
  private final Set<String> recusals = new LinkedHashSet<>();
  private final Map<String, List<SheetVersion>> versions = new LinkedHashMap<>();
  private final Map<String, Withdrawal> withdrawals = new LinkedHashMap<>();

  private record Withdrawal(ProposalId proposal, ActorId evaluator, Reason reason) {}
  private final @Nullable DecisionLog log;
  private final InstantSource clock;
  private @Nullable FrozenScores frozen;

  private ScoreBook(CriteriaSet criteria, Assignment assignment, Panel panel, ConflictOfInterestPolicy conflicts, ImmutableMap<ProposalId, Proposal> proposals,
      @Nullable DecisionLog log, InstantSource clock) {
    this.criteria = criteria;
    this.assignment = assignment;
    this.panel = panel;
    this.conflicts = conflicts;
    this.proposals = proposals;
    this.log = log;
    this.clock = clock;
  }

  /**
   * Opens a book for a scoring stage that records nothing but the sheets it holds. This and {@link
   * #open(CriteriaSet, Iterable, Panel, Assignment, ConflictOfInterestPolicy, InstantSource,
   * DecisionLog)} are the one way to open a book; the second also records every change in a
   * decision log.
   *
   * @param criteria the stage's criteria, not null
   * @param proposals the proposals scored in this stage, with distinct ids
   * @param panel the evaluators, not null
   * @param assignment who scores what, not null
   * @param conflicts the conflict-of-interest policy, not null
   * @param clock the source of the times the book stamps its records with, not null; kipp never
   *     reads the system clock
   * @return an open, empty book, not null
   * @throws InvalidInputException if two proposals share an id ({@code kipp.book.duplicateProposal})
   */
  public static ScoreBook open(CriteriaSet criteria, Iterable<Proposal> proposals, Panel panel, Assignment assignment, ConflictOfInterestPolicy conflicts,
      InstantSource clock) {
    return create(criteria, proposals, panel, assignment, conflicts, requireNonNull(clock, "clock"), null);
  }

  /**
   * Opens a book for a scoring stage that also records every accepted sheet, recusal and the freeze
   * in a decision log, stamped with the clock's time.
   *
   * @param criteria the stage's criteria, not null
   * @param proposals the proposals scored in this stage, with distinct ids
   * @param panel the evaluators, not null
   * @param assignment who scores what, not null
   * @param conflicts the conflict-of-interest policy, not null
   * @param clock the source of the times entries are stamped with, not null
   * @param log the log to append to, not null
   * @return an open, empty book, not null
   * @throws InvalidInputException if two proposals share an id ({@code kipp.book.duplicateProposal})
   */
  public static ScoreBook open(CriteriaSet criteria, Iterable<Proposal> proposals, Panel panel, Assignment assignment, ConflictOfInterestPolicy conflicts,
      InstantSource clock, DecisionLog log) {
    return create(criteria, proposals, panel, assignment, conflicts, requireNonNull(clock, "clock"), requireNonNull(log, "log"));
  }

  private static ScoreBook create(CriteriaSet criteria, Iterable<Proposal> proposals, Panel panel, Assignment assignment, ConflictOfInterestPolicy conflicts,
      InstantSource clock, @Nullable DecisionLog log) {
    requireNonNull(criteria, "criteria");
    requireNonNull(proposals, "proposals");
    requireNonNull(panel, "panel");
    requireNonNull(assignment, "assignment");
    requireNonNull(conflicts, "conflicts");
    Map<ProposalId, Proposal> byId = new LinkedHashMap<>();
    List<Violation> v = new ArrayList<>();
    int i = 0;
    for (Proposal p : proposals) {
      if (byId.putIfAbsent(requireNonNull(p, "proposal").id(), p) != null) {
        v.add(ScoringMessages.violation("kipp.book.duplicateProposal", "proposals[" + i + "]", p.id(), "stage", criteria.stage()));
      }
      i++;
    }
    InvalidInputException.throwIfAny("score book of stage '" + criteria.stage() + "'", v);
    return new ScoreBook(criteria, assignment, panel, conflicts, ImmutableMap.copyOf(byId), log, clock);
  }

  /**
   * Submits a sheet on behalf of an actor, or refuses it. A refusal stores nothing.
   *
   * @param sheet the sheet, not null
   * @param actor who submits it; must be the sheet's evaluator; not null
   * @throws IllegalStateException if the book is frozen
   * @throws UnauthorizedActionException if the actor's role may not submit sheets ({@code
   *     kipp.action.unauthorized}, {@link RecordAction#SHEET_SUBMISSION}), or the actor is not the
   *     evaluator, not on the panel in that role, not assigned to the proposal, recused from it, or in
   *     conflict with it ({@code kipp.action.refused})
   * @throws InvalidInputException if the proposal is not in this stage or the scores do not fit the
   *     criteria
   */
  public synchronized void submit(ScoreSheet sheet, Actor actor) {
    accept(sheet, actor, null);
  }

  /**
   * Submits a revision of an evaluator's sheet with the reason they give, or refuses it: the same
   * checks as {@link #submit} apply, and the evaluator must have a sheet for the proposal in this
   * book already. The revision becomes the sheet's next {@linkplain SheetVersion version}; the
   * earlier ones stay in its {@linkplain #history history}, and a recorded book logs the version
   * number and the reason's code and citations. A refusal stores nothing.
   *
   * @param sheet the revised sheet, not null
   * @param actor who submits it; must be the sheet's evaluator; not null
   * @param reason why the evaluator revises the sheet, with its citations; not null
   * @throws IllegalStateException if the book is frozen
   * @throws UnauthorizedActionException as for {@link #submit}
   * @throws InvalidInputException as for {@link #submit}, or if the evaluator has no sheet for the
   *     proposal to revise ({@code kipp.sheet.noEarlierVersion})
   */
  public synchronized void revise(ScoreSheet sheet, Actor actor, Reason reason) {
    accept(sheet, actor, requireNonNull(reason, "reason"));
  }

  private void accept(ScoreSheet sheet, Actor actor, @Nullable Reason revisionReason) {
    requireNonNull(sheet, "sheet");
    requireNonNull(actor, "actor");
    String action = (revisionReason == null ? "submit a score sheet for " : "revise the score sheet for ") + sheet.proposal() + " in stage "
        + criteria.stage();
    RecordAction.SHEET_SUBMISSION.authorise(actor, action);
    if (frozen != null) {
      throw new IllegalStateException("the score book of stage '" + criteria.stage() + "' was frozen at " + frozen.closedAt() + "; it accepts no more sheets");
    }
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
    if (recusals.contains(key(sheet.proposal(), actor.id()))) {
      throw UnauthorizedActionException.because(actor, action, ScoringMessages.render("kipp.sheet.recused", "proposal", sheet.proposal()));
    }
    Optional<ConflictOfInterest> conflict = conflicts.conflict(evaluator.get(), proposal);
    if (conflict.isPresent()) {
      throw UnauthorizedActionException.because(actor, action, conflict.get().reason().message());
    }
    InvalidInputException.throwIfAny("score sheet of " + sheet.evaluator() + " for " + sheet.proposal(), criteria.validate(sheet));
    String key = key(sheet.proposal(), sheet.evaluator());
    List<SheetVersion> earlier = versions.getOrDefault(key, List.of());
    if (revisionReason != null && earlier.isEmpty()) {
      throw InvalidInputException.of("score sheet revision",
          ScoringMessages.violation("kipp.sheet.noEarlierVersion", "proposal", sheet.proposal(), "evaluator", sheet.evaluator(), "stage", criteria.stage()));
    }
    Instant now = clock.instant();
    SheetVersion version = earlier.isEmpty()
        ? SheetVersion.first(sheet, now, actor.id())
        : SheetVersion.after(earlier.get(earlier.size() - 1), sheet, now, actor.id(), revisionReason);
    if (log != null) {
      String scores = sheet.scores().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toPlainString()).collect(Collectors.joining(" "));
      String revision = version.isRevision()
          ? " version=" + version.number() + (revisionReason == null ? "" : " reason=" + revisionReason.code())
          : "";
      log.append(now, actor, EntryKind.SCORE_SHEET, "proposal " + sheet.proposal(),
          "stage=" + criteria.stage() + " submittedAt=" + sheet.submittedAt() + " " + scores + revision,
          revisionReason == null ? List.of() : revisionReason.citations());
    }
    versions.computeIfAbsent(key, k -> new ArrayList<>()).add(version);
    sheets.put(key, sheet);
  }

  /**
   * Records that an evaluator steps back from a proposal, for a conflict of interest the policy does
   * not know or any other reason: their sheet for it, if any, is dropped and no later sheet is
   * accepted. This is the only way a sheet leaves the book.
   *
   * <p>The evaluator recuses themself, acting in the role they hold on the panel ({@link
   * RecordAction#RECUSAL_SELF}), or the secretariat or the organiser records it for them ({@link
   * RecordAction#RECUSAL_ON_BEHALF}). An actor whose id is the evaluator's but who acts in another
   * role, and every unit or entrant role, is refused.
   *
   * @param evaluator the evaluator stepping back, not null
   * @param proposal the proposal, not null
   * @param actor who records it: the evaluator in their panel role, or an actor with the secretariat
   *     or organiser role
   * @param reason why, with its citations; not null
   * @throws IllegalStateException if the book is frozen
   * @throws UnauthorizedActionException if the actor's role may record no recusal ({@code
   *     kipp.action.unauthorized}), or may not record this one ({@code kipp.action.refused} with
   *     {@code kipp.sheet.recusalBy})
   * @throws InvalidInputException if the evaluator is not on the panel or the proposal is not in
   *     this stage
   */
  public synchronized void recuse(ActorId evaluator, ProposalId proposal, Actor actor, Reason reason) {
    requireNonNull(evaluator, "evaluator");
    requireNonNull(proposal, "proposal");
    requireNonNull(actor, "actor");
    requireNonNull(reason, "reason");
    String action = "record the recusal of " + evaluator + " from " + proposal + " in stage " + criteria.stage();
    Optional<Evaluator> recusing = panel.evaluator(evaluator);
    if (!RecordAction.RECUSAL_ON_BEHALF.allows(actor.role())) {
      boolean self = actor.id().equals(evaluator) && recusing.isPresent() && recusing.get().role() == actor.role();
      if (!self) {
        if (!RecordAction.RECUSAL_SELF.allows(actor.role()) || actor.id().equals(evaluator)) {
          Set<Role> allowed = new TreeSet<>(RecordAction.RECUSAL_ON_BEHALF.roles());
          recusing.ifPresent(e -> allowed.add(e.role()));
          throw UnauthorizedActionException.forRoles(actor, action, allowed);
        }
        throw UnauthorizedActionException.because(actor, action,
            ScoringMessages.render("kipp.sheet.recusalBy", "evaluator", evaluator, "role", recusing.map(e -> e.role().name()).orElse("-")));
      }
    }
    if (frozen != null) {
      throw new IllegalStateException("the score book of stage '" + criteria.stage() + "' was frozen at " + frozen.closedAt() + "; it accepts no recusals");
    }
    if (recusing.isEmpty()) {
      throw InvalidInputException.of("recusal", ScoringMessages.violation("kipp.sheet.recusalUnknownEvaluator", "evaluator", evaluator, "stage", criteria.stage()));
    }
    if (!proposals.containsKey(proposal)) {
      throw InvalidInputException.of("recusal", ScoringMessages.violation("kipp.sheet.unknownProposal", "proposal", proposal, "stage", criteria.stage()));
    }
    if (log != null) {
      log.append(clock.instant(), actor, EntryKind.RECUSAL, "proposal " + proposal, "stage=" + criteria.stage() + " evaluator=" + evaluator
          + " reason=" + reason.code(), reason.citations());
    }
    recusals.add(key(proposal, evaluator));
    withdrawals.putIfAbsent(key(proposal, evaluator), new Withdrawal(proposal, evaluator, reason));
    sheets.remove(key(proposal, evaluator));
  }

  /**
   * Returns every version of an evaluator's sheet for a proposal that this book accepted, oldest
   * first, with the withdrawal if the evaluator recused; readable before and after the freeze.
   *
   * @param proposal the proposal, not null
   * @param evaluator the evaluator, not null
   * @return the history; with no version if the evaluator submitted nothing for the proposal
   */
  public synchronized SheetHistory history(ProposalId proposal, ActorId evaluator) {
    String key = key(requireNonNull(proposal, "proposal"), requireNonNull(evaluator, "evaluator"));
    Withdrawal withdrawal = withdrawals.get(key);
    return new SheetHistory(proposal, evaluator, ImmutableList.copyOf(versions.getOrDefault(key, List.of())), Optional.ofNullable(withdrawal).map(Withdrawal::reason));
  }

  /**
   * Returns the history of every sheet this book accepted or withdrew, in the order the first
   * version (or the recusal) reached the book.
   *
   * @return the histories, not null
   */
  public synchronized ImmutableList<SheetHistory> histories() {
    Set<String> keys = new LinkedHashSet<>(versions.keySet());
    keys.addAll(withdrawals.keySet());
    ImmutableList.Builder<SheetHistory> all = ImmutableList.builder();
    for (String key : keys) {
      List<SheetVersion> v = versions.get(key);
      Withdrawal w = withdrawals.get(key);
      all.add(v != null
          ? history(v.get(0).sheet().proposal(), v.get(0).sheet().evaluator())
          : history(requireNonNull(w, "withdrawal").proposal(), w.evaluator()));
    }
    return all.build();
  }

  /**
   * Returns whether an evaluator has recused from a proposal.
   *
   * @param evaluator the evaluator, not null
   * @param proposal the proposal, not null
   * @return true after {@link #recuse} for the pair
   */
  public synchronized boolean isRecused(ActorId evaluator, ProposalId proposal) {
    return recusals.contains(key(requireNonNull(proposal, "proposal"), requireNonNull(evaluator, "evaluator")));
  }

  private static String key(ProposalId proposal, ActorId evaluator) {
    return proposal.value() + "\u0000" + evaluator.value();
  }

  /**
   * Closes the stage and returns its frozen population. Freezing again returns the same value. Only
   * the secretariat or the organiser freezes a book ({@link RecordAction#FREEZE}). A recorded book
   * logs the freeze once, as a decision of the actor, with the population's id.
   *
   * @param closedAt when the stage closed, not before any sheet's submission
   * @param actor who closes the stage, not null
   * @return the frozen scores, not null
   * @throws UnauthorizedActionException if the actor's role may not freeze a book
   * @throws InvalidInputException if a sheet was submitted after {@code closedAt}
   */
  public synchronized FrozenScores freeze(Instant closedAt, Actor actor) {
    requireNonNull(closedAt, "closedAt");
    requireNonNull(actor, "actor");
    RecordAction.FREEZE.authorise(actor, "freeze the score book of stage " + criteria.stage());
    if (frozen == null) {
      for (ScoreSheet s : sheets.values()) {
        if (s.submittedAt().isAfter(closedAt)) {
          throw InvalidInputException.of("score book", ScoringMessages.violation("kipp.sheet.afterClose", "closedAt", s.submittedAt(), "closedAt", closedAt,
              "evaluator", s.evaluator(), "proposal", s.proposal()));
        }
      }
      FrozenScores result = FrozenScores.trusted(criteria, new ArrayList<>(sheets.values()), closedAt);
      if (log != null) {
        log.append(clock.instant(), actor, EntryKind.DECISION,
            "stage " + criteria.stage(), "frozen sheets=" + result.sheets().size() + " closedAt=" + closedAt + " population=" + result.populationId(),
            List.of());
      }
      frozen = result;
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
   * @return true after {@link #freeze(Instant, Actor)}
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
