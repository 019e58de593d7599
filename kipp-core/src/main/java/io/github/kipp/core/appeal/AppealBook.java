package io.github.kipp.core.appeal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Reason;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.internal.CoreMessages;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The appeals of a competition (<i>banding</i>): files each {@link Appeal} and records each {@link
 * AppealRuling}, both in the competition's {@link DecisionLog}, whose authorisation matrix decides.
 *
 * <pre>{@code
 * AppealBook appeals = AppealBook.open(AppealWindow.declaredBy(module), log);
 * AppealedDecision refusal = AppealedDecision.eligibilityRefusal(proposal, screening.outcome(id).orElseThrow(), announcedAt);
 * appeals.file(Appeal.of("banding-1", Actor.of(unitId, Role.UNIT), refusal, "The video link was valid.", filedAt));
 * AppealRuling ruling = appeals.decide(AppealId.of("banding-1"), AppealOutcome.UPHELD, reason, panelMember, decidedAt);
 * EditionResult restored = competition.afterAppeal(screened, ruling);   // kipp-scoring
 * }</pre>
 *
 * <p>An appeal is refused, changing nothing, with an {@link UnauthorizedActionException} whose text
 * gives the reason in both languages, when it is filed by a role other than {@code UNIT} or {@code
 * INSTITUTION_ADMIN} ({@code kipp.action.unauthorized}), by an actor who is not the entrant
 * concerned ({@code kipp.appeal.notEntrant}), outside the window ({@code kipp.appeal.outsideWindow}),
 * under an id already filed ({@code kipp.appeal.duplicateId}) or against a decision already appealed
 * ({@code kipp.appeal.duplicate}). A ruling is refused when its role may not decide appeals ({@code
 * kipp.action.unauthorized}: the independent panel and the organiser decide, not the secretariat
 * whose decision is appealed), the appeal was not filed ({@code kipp.appeal.unknown}) or was already
 * decided ({@code kipp.appeal.alreadyDecided}). The log makes the same checks when it is verified,
 * so a stored log with a forged appeal fails {@link DecisionLog#verify()}.
 *
 * <p>A mutable record: {@link #file} and {@link #decide} are synchronised, so several threads may
 * record; the accessors return immutable snapshots.
 */
public final class AppealBook {

  private final AppealWindow window;
  private final DecisionLog log;
  private final Map<AppealId, Appeal> appeals = new LinkedHashMap<>();
  private final Map<AppealId, AppealRuling> rulings = new LinkedHashMap<>();

  private AppealBook(AppealWindow window, DecisionLog log) {
    this.window = window;
    this.log = log;
  }

  /**
   * Opens an empty appeal book that records in a decision log.
   *
   * @param window the appeal window, such as {@link AppealWindow#declaredBy}; not null
   * @param log the competition's decision log, not null
   * @return the book, not null
   */
  public static AppealBook open(AppealWindow window, DecisionLog log) {
    return new AppealBook(requireNonNull(window, "window"), requireNonNull(log, "log"));
  }

  /**
   * Returns the window appeals are filed within.
   *
   * @return the window, not null
   */
  public AppealWindow window() {
    return window;
  }

  /**
   * Files an appeal, recording it in the log at its filing time with the window's citation.
   *
   * @param appeal the appeal, not null
   * @return the appeal, not null
   * @throws UnauthorizedActionException if the matrix refuses it (see the class description); nothing
   *     is recorded
   * @throws InvalidInputException if it is filed before the log's last entry
   */
  public synchronized Appeal file(Appeal appeal) {
    requireNonNull(appeal, "appeal");
    AppealedDecision d = appeal.decision();
    String payload = "decision=" + d.reference() + " unit=" + d.unit() + " institution=" + d.institution() + " announced=" + d.announcedAt()
        + " closes=" + window.closes(d.announcedAt()) + " grounds=" + appeal.grounds();
    log.append(appeal.filedAt(), appeal.appellant(), EntryKind.APPEAL, "appeal " + appeal.id(), payload, List.of(window.citation()));
    appeals.put(appeal.id(), appeal);
    return appeal;
  }

  /**
   * Decides an appeal, recording the outcome and its reason in the log.
   *
   * @param appeal the appeal's id, not null
   * @param outcome upheld or dismissed, not null
   * @param reason why, in both languages, with its citations; not null
   * @param by who decides, not null
   * @param at when, not null
   * @return the ruling, not null
   * @throws UnauthorizedActionException if the matrix refuses it (see the class description); nothing
   *     is recorded
   * @throws InvalidInputException if it is dated before the log's last entry
   */
  public synchronized AppealRuling decide(AppealId appeal, AppealOutcome outcome, Reason reason, Actor by, Instant at) {
    requireNonNull(appeal, "appeal");
    requireNonNull(outcome, "outcome");
    requireNonNull(reason, "reason");
    requireNonNull(by, "by");
    requireNonNull(at, "at");
    String what = "decide appeal " + appeal;
    RecordAction.APPEAL_DECISION.authorise(by, what);
    Appeal filed = appeals.get(appeal);
    if (filed == null) {
      throw UnauthorizedActionException.because(by, what, CoreMessages.render("kipp.appeal.unknown", "appeal", appeal));
    }
    String payload = (outcome == AppealOutcome.UPHELD ? "upheld" : "dismissed") + " reason=" + reason.code()
        + " | because: " + reason.message().english() + " | karena: " + reason.message().indonesian();
    log.append(at, by, EntryKind.APPEAL_DECISION, "appeal " + appeal, payload, reason.citations());
    AppealRuling ruling = new AppealRuling(filed, outcome, by, reason, at);
    rulings.put(appeal, ruling);
    return ruling;
  }

  /**
   * Returns an appeal filed here.
   *
   * @param id the appeal's id, not null
   * @return the appeal, or empty if none was filed under the id
   */
  public synchronized Optional<Appeal> appeal(AppealId id) {
    return Optional.ofNullable(appeals.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the ruling on an appeal.
   *
   * @param id the appeal's id, not null
   * @return the ruling, or empty if the appeal was not filed here or is not decided yet
   */
  public synchronized Optional<AppealRuling> ruling(AppealId id) {
    return Optional.ofNullable(rulings.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the appeals filed, in filing order.
   *
   * @return the appeals, possibly empty
   */
  public synchronized ImmutableList<Appeal> appeals() {
    return ImmutableList.copyOf(appeals.values());
  }

  /**
   * Returns the rulings, in the order decided.
   *
   * @return the rulings, possibly empty
   */
  public synchronized ImmutableList<AppealRuling> rulings() {
    return ImmutableList.copyOf(rulings.values());
  }

  /**
   * Returns the appeals filed and not yet decided, in filing order.
   *
   * @return the pending appeals, possibly empty
   */
  public synchronized ImmutableList<Appeal> pending() {
    return appeals.values().stream().filter(a -> !rulings.containsKey(a.id())).collect(ImmutableList.toImmutableList());
  }
}
