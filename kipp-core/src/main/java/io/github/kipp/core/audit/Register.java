package io.github.kipp.core.audit;

import io.github.kipp.core.Actor;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.Role;
import io.github.kipp.core.internal.CoreMessages;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the entries of a {@link DecisionLog} have recorded so far, for the checks of the
 * authorisation matrix ({@link RecordAction}): which roles may record each kind of entry, which
 * references and results were published and which version of each is the latest, which objections
 * were filed and decided, and which appeals were filed, against which decisions, and decided.
 *
 * <p>A log's record methods ask it before they append, and {@link DecisionLog#verify()} replays a
 * stored log through it, so a log rebuilt from text holds the same rules as one recorded here. Not
 * thread-safe: the log calls it under its own lock.
 */
final class Register {

  /** The prefix of a publication's or correction's subject; the reference follows. */
  static final String RESULT = "result ";

  /** The prefix of an objection's or ruling's subject; the objection's id follows. */
  static final String OBJECTION = "objection ";

  private static final Pattern PUBLISHED = Pattern.compile("hash=([0-9a-f]{64})(?: supersedes=([0-9a-f]{64}))?(?: .*)?", Pattern.DOTALL);
  private static final Pattern AGAINST = Pattern.compile("against=([0-9a-f]{64})(?: .*)?", Pattern.DOTALL);

  /** The prefix of an appeal's or an appeal decision's subject; the appeal's id follows. */
  static final String APPEAL = "appeal ";

  private static final Pattern APPEALED =
      Pattern.compile("decision=([^\\n]+?) unit=(\\S+) institution=(\\S+) announced=(\\S+) closes=(\\S+) grounds=.*", Pattern.DOTALL);
  private static final Pattern APPEAL_DECIDED = Pattern.compile("(?:upheld|dismissed) reason=\\S+(?: .*)?", Pattern.DOTALL);

  /** Each published reference's lineage: a result and its corrections, under one or more references. */
  private final Map<String, Integer> lineageOfReference = new HashMap<>();
  /** Each published hash's lineage. */
  private final Map<String, Integer> lineageOfHash = new HashMap<>();
  /** The latest hash of each lineage, by lineage number. */
  private final List<String> latest = new ArrayList<>();
  private final Set<String> filed = new HashSet<>();
  private final Set<String> ruled = new HashSet<>();
  /** Each appealed decision's reference, with the id of the appeal against it. */
  private final Map<String, String> appealedDecisions = new HashMap<>();
  private final Set<String> appealsFiled = new HashSet<>();
  private final Set<String> appealsDecided = new HashSet<>();

  /**
   * Returns why an entry may not be recorded after the entries seen so far, if it may not.
   *
   * @param kind the entry's kind
   * @param actor who records it
   * @param subject the entry's subject
   * @param payload the entry's payload
   * @param at the entry's time
   * @return the refusal, or empty if the matrix allows the entry
   */
  Optional<UnauthorizedActionException> refusal(EntryKind kind, Actor actor, String subject, String payload, Instant at) {
    switch (kind) {
      case APPEAL:
        return appeal(actor, subject, payload, at);
      case APPEAL_DECISION:
        return appealDecision(actor, subject, payload);
      case PUBLICATION:
      case CORRECTION:
        return publication(kind, actor, subject, payload);
      case OBJECTION:
        return objection(actor, subject, payload);
      case RULING:
        return ruling(actor, subject);
      default:
        if (!kind.roles().contains(actor.role())) {
          return Optional.of(UnauthorizedActionException.forRoles(actor, "record a " + kind + " entry about " + subject, kind.roles()));
        }
        return Optional.empty();
    }
  }

  private Optional<UnauthorizedActionException> publication(EntryKind kind, Actor actor, String subject, String payload) {
    String reference = subject.startsWith(RESULT) ? subject.substring(RESULT.length()) : subject;
    Integer lineageOfThisReference = lineageOfReference.get(reference);
    RecordAction action = kind == EntryKind.PUBLICATION ? RecordAction.PUBLICATION
        : lineageOfThisReference == null ? RecordAction.CORRECTION : RecordAction.REPUBLICATION;
    String what = (kind == EntryKind.PUBLICATION ? "publish result " : "publish a correction as result ") + reference;
    if (!action.allows(actor.role())) {
      return Optional.of(UnauthorizedActionException.forRoles(actor, what, action.roles()));
    }
    Matcher m = PUBLISHED.matcher(payload);
    if (!subject.startsWith(RESULT) || !m.matches() || (kind == EntryKind.CORRECTION) != (m.group(2) != null)) {
      return refused(actor, what, CoreMessages.render("kipp.log.form", "kind", kind, "method", "recordPublication"));
    }
    if (kind == EntryKind.PUBLICATION) {
      if (lineageOfThisReference != null) {
        return refused(actor, what, republished(reference, lineageOfThisReference));
      }
      return Optional.empty();
    }
    String superseded = m.group(2);
    Integer lineage = lineageOfHash.get(superseded);
    if (lineage == null) {
      return refused(actor, what, CoreMessages.render("kipp.log.unknownResult", "hash", superseded));
    }
    if (!latest.get(lineage).equals(superseded)) {
      return refused(actor, what, CoreMessages.render("kipp.log.notLatest", "hash", superseded, "latest", latest.get(lineage)));
    }
    if (lineageOfThisReference != null && !lineageOfThisReference.equals(lineage)) {
      return refused(actor, what, republished(reference, lineageOfThisReference));
    }
    return Optional.empty();
  }

  private LocalizedText republished(String reference, int lineage) {
    return CoreMessages.render("kipp.log.republished", "reference", reference, "latest", latest.get(lineage));
  }

  private Optional<UnauthorizedActionException> objection(Actor actor, String subject, String payload) {
    String id = subject.startsWith(OBJECTION) ? subject.substring(OBJECTION.length()) : subject;
    String what = "file objection " + id;
    if (!RecordAction.OBJECTION.allows(actor.role())) {
      return Optional.of(UnauthorizedActionException.forRoles(actor, what, RecordAction.OBJECTION.roles()));
    }
    Matcher m = AGAINST.matcher(payload);
    if (!subject.startsWith(OBJECTION) || !m.matches()) {
      return refused(actor, what, CoreMessages.render("kipp.log.form", "kind", EntryKind.OBJECTION, "method", "recordObjection"));
    }
    if (filed.contains(id)) {
      return refused(actor, what, CoreMessages.render("kipp.log.duplicateObjection", "objection", id));
    }
    if (!lineageOfHash.containsKey(m.group(1))) {
      return refused(actor, what, CoreMessages.render("kipp.log.unknownResult", "hash", m.group(1)));
    }
    return Optional.empty();
  }

  private Optional<UnauthorizedActionException> ruling(Actor actor, String subject) {
    String id = subject.startsWith(OBJECTION) ? subject.substring(OBJECTION.length()) : subject;
    String what = "rule on objection " + id;
    if (!RecordAction.RULING.allows(actor.role())) {
      return Optional.of(UnauthorizedActionException.forRoles(actor, what, RecordAction.RULING.roles()));
    }
    if (!subject.startsWith(OBJECTION)) {
      return refused(actor, what, CoreMessages.render("kipp.log.form", "kind", EntryKind.RULING, "method", "recordRuling"));
    }
    if (!filed.contains(id)) {
      return refused(actor, what, CoreMessages.render("kipp.log.noObjection", "objection", id));
    }
    if (ruled.contains(id)) {
      return refused(actor, what, CoreMessages.render("kipp.log.alreadyRuled", "objection", id));
    }
    return Optional.empty();
  }

  private Optional<UnauthorizedActionException> appeal(Actor actor, String subject, String payload, Instant at) {
    String id = subject.startsWith(APPEAL) ? subject.substring(APPEAL.length()) : subject;
    Matcher m = APPEALED.matcher(payload);
    boolean formed = m.matches();
    String what = "file appeal " + id + (formed ? " against " + m.group(1) : "");
    if (!RecordAction.APPEAL.allows(actor.role())) {
      return Optional.of(UnauthorizedActionException.forRoles(actor, what, RecordAction.APPEAL.roles()));
    }
    Instant announced = formed ? instant(m.group(4)) : null;
    Instant closes = formed ? instant(m.group(5)) : null;
    if (!subject.startsWith(APPEAL) || announced == null || closes == null) {
      return refused(actor, what, CoreMessages.render("kipp.appeal.form", "kind", EntryKind.APPEAL, "method", "file"));
    }
    String unit = m.group(2);
    String institution = m.group(3);
    String actorId = actor.id().value();
    boolean entrant = actor.role() == Role.UNIT ? actorId.equals(unit) : actorId.equals(institution);
    if (!entrant) {
      return refused(actor, what, CoreMessages.render("kipp.appeal.notEntrant", "appeal", id, "actor", actor.id(), "role", actor.role(),
          "unit", unit, "institution", institution));
    }
    if (at.isBefore(announced) || !at.isBefore(closes)) {
      return refused(actor, what, CoreMessages.render("kipp.appeal.outsideWindow", "appeal", id, "at", at, "announced", announced, "closes", closes));
    }
    if (appealsFiled.contains(id)) {
      return refused(actor, what, CoreMessages.render("kipp.appeal.duplicateId", "appeal", id));
    }
    String first = appealedDecisions.get(m.group(1));
    if (first != null) {
      return refused(actor, what, CoreMessages.render("kipp.appeal.duplicate", "decision", m.group(1), "first", first));
    }
    return Optional.empty();
  }

  private static @Nullable Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private Optional<UnauthorizedActionException> appealDecision(Actor actor, String subject, String payload) {
    String id = subject.startsWith(APPEAL) ? subject.substring(APPEAL.length()) : subject;
    String what = "decide appeal " + id;
    if (!RecordAction.APPEAL_DECISION.allows(actor.role())) {
      return Optional.of(UnauthorizedActionException.forRoles(actor, what, RecordAction.APPEAL_DECISION.roles()));
    }
    if (!subject.startsWith(APPEAL) || !APPEAL_DECIDED.matcher(payload).matches()) {
      return refused(actor, what, CoreMessages.render("kipp.appeal.form", "kind", EntryKind.APPEAL_DECISION, "method", "decide"));
    }
    if (!appealsFiled.contains(id)) {
      return refused(actor, what, CoreMessages.render("kipp.appeal.unknown", "appeal", id));
    }
    if (appealsDecided.contains(id)) {
      return refused(actor, what, CoreMessages.render("kipp.appeal.alreadyDecided", "appeal", id));
    }
    return Optional.empty();
  }

  private static Optional<UnauthorizedActionException> refused(Actor actor, String what, LocalizedText why) {
    return Optional.of(UnauthorizedActionException.because(actor, what, why));
  }

  /**
   * Takes in an entry that was recorded: a publication or correction moves its lineage on, an
   * objection is filed, a ruling decides it. Entries that {@link #refusal} refuses are taken in as
   * well, as far as they can be read, so that a stored log is judged entry by entry.
   *
   * @param kind the entry's kind
   * @param subject the entry's subject
   * @param payload the entry's payload
   */
  void add(EntryKind kind, String subject, String payload) {
    if ((kind == EntryKind.PUBLICATION || kind == EntryKind.CORRECTION) && subject.startsWith(RESULT)) {
      Matcher m = PUBLISHED.matcher(payload);
      if (!m.matches()) {
        return;
      }
      String reference = subject.substring(RESULT.length());
      Integer lineage = m.group(2) == null ? null : lineageOfHash.get(m.group(2));
      if (lineage == null) {
        lineage = lineageOfReference.getOrDefault(reference, latest.size());
      }
      if (lineage == latest.size()) {
        latest.add(m.group(1));
      } else {
        latest.set(lineage, m.group(1));
      }
      lineageOfHash.put(m.group(1), lineage);
      lineageOfReference.putIfAbsent(reference, lineage);
    } else if (kind == EntryKind.OBJECTION && subject.startsWith(OBJECTION)) {
      filed.add(subject.substring(OBJECTION.length()));
    } else if (kind == EntryKind.RULING && subject.startsWith(OBJECTION)) {
      ruled.add(subject.substring(OBJECTION.length()));
    } else if (kind == EntryKind.APPEAL && subject.startsWith(APPEAL)) {
      String id = subject.substring(APPEAL.length());
      appealsFiled.add(id);
      Matcher m = APPEALED.matcher(payload);
      if (m.matches()) {
        appealedDecisions.putIfAbsent(m.group(1), id);
      }
    } else if (kind == EntryKind.APPEAL_DECISION && subject.startsWith(APPEAL)) {
      appealsDecided.add(subject.substring(APPEAL.length()));
    }
  }
}
