package io.github.kipp.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.Role;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.stage.StageTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An append-only, hash-chained log of every decision of a competition: stage transitions, accepted
 * score sheets, recusals, publications for public review, objections, rulings and corrections, and
 * entrants' appeals and their decisions.
 *
 * <p>Each {@link LogEntry} carries the SHA-256 of its content and of the entry before it. {@link
 * #verify()} detects any changed, inserted or reordered entry, and names the first bad one; {@link
 * #verify(String)} against the head hash recorded elsewhere (a report, a decree) also detects removed
 * entries at the end. {@link #write()} and {@link #parse(String)} keep the log as text, one entry a
 * line; reading applies every limit and kipp's text policy, in time linear in the text.
 *
 * <p>Every entry is authorised by the matrix of {@link RecordAction} before it is appended: the
 * actor's role must be allowed to record an entry of its {@link EntryKind}; a result is published
 * under a reference once, and again only as a correction of the reference's latest version, with a
 * reason; an objection is filed against a result published here, and decided once; an appeal
 * ({@link EntryKind#APPEAL}, written by {@code AppealBook}) is filed by the entrant it names, within
 * its window, once per decision, and decided once. A refused entry
 * throws {@link UnauthorizedActionException} and appends nothing. {@link #verify()} applies the same
 * rules to a stored log.
 *
 * <p>This is a mutable, append-only value: {@link #append} is synchronised, so several threads may
 * record; {@link #entries()} returns an immutable snapshot.
 */
public final class DecisionLog {

  /** The "previous hash" of the first entry: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  /** The most entries one log holds. */
  public static final int MAX_ENTRIES = 10_000_000;

  /**
   * The longest line of the text form {@link #parse(String)} reads, in characters; every entry
   * {@link LogEntry} accepts is written within it.
   */
  public static final int MAX_LINE_LENGTH = 1_000_000;

  /** The most tab-separated fields of one line of the text form, and the largest count in a line. */
  public static final int MAX_FIELDS = 10_000;

  /** The kinds only the record methods append, since each carries content those methods check. */
  private static final Set<EntryKind> RECORDED_ONLY =
      EnumSet.of(EntryKind.PUBLICATION, EntryKind.CORRECTION, EntryKind.OBJECTION, EntryKind.RULING);

  private final List<LogEntry> entries;
  private final Register register = new Register();

  private DecisionLog(List<LogEntry> entries) {
    this.entries = entries;
    entries.forEach(e -> register.add(e.kind(), e.subject(), e.payload()));
  }

  /**
   * Starts an empty log.
   *
   * @return the log, not null
   */
  public static DecisionLog create() {
    return new DecisionLog(new ArrayList<>());
  }

  /**
   * Rebuilds a log from stored entries, as they are; call {@link #verify()} to check them.
   *
   * @param entries the entries, oldest first; not null
   * @return the log, not null
   */
  public static DecisionLog of(Iterable<LogEntry> entries) {
    List<LogEntry> list = new ArrayList<>();
    entries.forEach(e -> list.add(requireNonNull(e, "entry")));
    return new DecisionLog(list);
  }

  /**
   * Appends an entry, chaining it to the last, if the actor's role may record an entry of its kind
   * ({@link EntryKind#roles()}). Publications, corrections, objections and rulings are recorded only
   * by {@link #recordPublication}, {@link #recordObjection} and {@link #recordRuling}, which check
   * their content. Appeals and their decisions ({@link EntryKind#APPEAL}, {@link
   * EntryKind#APPEAL_DECISION}) are appended here by {@code AppealBook}; the log checks their form
   * and the matrix's conditions on their content, whoever appends them.
   *
   * @param at when it happened, not before the last entry; not null
   * @param actor who acted, not null
   * @param kind what kind of event, not null
   * @param subject what it concerns, not null
   * @param payload the event's content, not null
   * @param citations its basis, not null
   * @return the entry appended, not null
   * @throws UnauthorizedActionException if the actor's role may not record an entry of this kind
   *     ({@code kipp.action.unauthorized}), or the kind is one that only a record method appends
   *     ({@code kipp.action.refused})
   * @throws InvalidInputException if {@code at} is before the last entry's time
   * @throws IllegalStateException if the log is full
   */
  public synchronized LogEntry append(Instant at, Actor actor, EntryKind kind, String subject, String payload, List<Citation> citations) {
    requireNonNull(actor, "actor");
    requireNonNull(kind, "kind");
    requireNonNull(subject, "subject");
    requireNonNull(payload, "payload");
    if (RECORDED_ONLY.contains(kind)) {
      String method = kind == EntryKind.OBJECTION ? "recordObjection" : kind == EntryKind.RULING ? "recordRuling" : "recordPublication";
      throw UnauthorizedActionException.because(actor, "append a " + kind + " entry about " + subject,
          CoreMessages.render("kipp.log.dedicated", "kind", kind, "method", method));
    }
    return record(at, actor, kind, subject, payload, citations);
  }

  /** Appends an entry after the authorisation matrix allowed it, or refuses it changing nothing. */
  private synchronized LogEntry record(Instant at, Actor actor, EntryKind kind, String subject, String payload, List<Citation> citations) {
    requireNonNull(at, "at");
    Optional<UnauthorizedActionException> refusal = register.refusal(kind, actor, subject, payload, at);
    if (refusal.isPresent()) {
      throw refusal.get();
    }
    return chain(at, actor, kind, subject, payload, citations);
  }

  private LogEntry chain(Instant at, Actor actor, EntryKind kind, String subject, String payload, List<Citation> citations) {
    requireNonNull(at, "at");
    if (entries.size() >= MAX_ENTRIES) {
      throw new IllegalStateException("the decision log holds its maximum of " + MAX_ENTRIES + " entries");
    }
    if (!entries.isEmpty() && at.isBefore(last().at())) {
      throw InvalidInputException.of("decision log", CoreMessages.violation("kipp.status.timeBackwards", "at", at, "previous", last().at()));
    }
    long sequence = entries.size() + 1L;
    String previous = entries.isEmpty() ? GENESIS : last().hash();
    LogEntry unsigned = new LogEntry(sequence, at, actor, kind, subject, payload, ImmutableList.copyOf(citations), previous, "");
    LogEntry entry = new LogEntry(sequence, at, actor, kind, subject, payload, unsigned.citations(), previous, unsigned.computeHash());
    entries.add(entry);
    register.add(kind, subject, payload);
    return entry;
  }

  private LogEntry last() {
    return entries.get(entries.size() - 1);
  }

  /**
   * Records a stage transition of a proposal.
   *
   * @param proposal the proposal, not null
   * @param transition the transition, not null
   * @return the entry, not null
   */
  public LogEntry recordTransition(ProposalId proposal, StageTransition transition) {
    String payload = transition.from() + " -> " + transition.to() + transition.tier().map(t -> " tier=" + t).orElse("")
        + (transition.reasons().isEmpty() ? "" : " reasons=" + transition.reasons().stream().map(Reason::code).collect(Collectors.joining(",")));
    return append(transition.at(), transition.actor(), EntryKind.TRANSITION, "proposal " + proposal, payload, transition.citations());
  }

  /**
   * Records the publication of a frozen result: a {@link EntryKind#PUBLICATION} entry for a result
   * that corrects nothing, a {@link EntryKind#CORRECTION} entry, with the correction's reason and its
   * citations, for a result made by {@link PublishedResult#correctedBy}.
   *
   * <p>The {@link RecordAction authorisation matrix} decides: only the secretariat and the organiser
   * publish; a reference already published here is published again only as a correction
   * ({@link RecordAction#REPUBLICATION}); a correction supersedes the latest version of a result
   * published here, not an older version or an unknown hash, and uses its own reference or a new one.
   * The entry's payload is {@code hash=… [supersedes=… reason=…] lines=… title=…}, followed for a
   * correction by the reason's text in English and Indonesian.
   *
   * @param result the result, not null
   * @param actor who published it, not null
   * @return the entry, not null
   * @throws UnauthorizedActionException if the actor's role may not publish ({@code
   *     kipp.action.unauthorized}), or the publication is refused ({@code kipp.action.refused} with
   *     {@code kipp.log.republished}, {@code kipp.log.unknownResult} or {@code kipp.log.notLatest})
   * @throws InvalidInputException if the result is dated before the last entry
   */
  public synchronized LogEntry recordPublication(PublishedResult result, Actor actor) {
    requireNonNull(result, "result");
    requireNonNull(actor, "actor");
    Optional<Reason> reason = result.reason();
    String payload = "hash=" + result.hash() + result.supersedes().map(s -> " supersedes=" + s).orElse("")
        + reason.map(r -> " reason=" + r.code()).orElse("")
        + " lines=" + result.lines().size() + " title=" + result.title()
        + reason.map(r -> " | because: " + r.message().english() + " | karena: " + r.message().indonesian()).orElse("");
    return record(result.at(), actor, result.isCorrection() ? EntryKind.CORRECTION : EntryKind.PUBLICATION, Register.RESULT + result.reference(), payload,
        reason.map(Reason::citations).orElse(ImmutableList.of()));
  }

  /**
   * Records an objection (<i>sanggahan</i>) against a published result. The {@link RecordAction
   * authorisation matrix} decides: an entrant (the unit or the institution's administrator) files, or
   * the secretariat files one received from the public; the result must have been published in this
   * log, and an objection's id is filed once.
   *
   * @param at when it was filed, not null
   * @param filedBy who filed it, not null
   * @param objection the objection's id, not blank
   * @param result the result objected to, not null
   * @param proposal the proposal concerned, not null
   * @param grounds the grounds, not null
   * @return the entry, not null
   * @throws UnauthorizedActionException if the actor's role may not file objections ({@code
   *     kipp.action.unauthorized}), or the objection is refused ({@code kipp.action.refused} with
   *     {@code kipp.log.unknownResult} or {@code kipp.log.duplicateObjection})
   * @throws InvalidInputException if {@code at} is before the last entry
   */
  public synchronized LogEntry recordObjection(Instant at, Actor filedBy, String objection, PublishedResult result, ProposalId proposal, String grounds) {
    requireNonNull(objection, "objection");
    requireNonNull(result, "result");
    requireNonNull(proposal, "proposal");
    requireNonNull(grounds, "grounds");
    return record(at, requireNonNull(filedBy, "filedBy"), EntryKind.OBJECTION, Register.OBJECTION + objection,
        "against=" + result.hash() + " proposal=" + proposal + " grounds=" + grounds, List.of());
  }

  /**
   * Records the ruling on an objection. The {@link RecordAction authorisation matrix} decides: the
   * independent panel or the organiser rules, on an objection filed in this log and not yet decided.
   *
   * @param at when it was decided, not null
   * @param by who decided, not null
   * @param objection the objection's id, not blank
   * @param upheld whether it was upheld
   * @param reason why, with its citations; not null
   * @return the entry, not null
   * @throws UnauthorizedActionException if the actor's role may not rule ({@code
   *     kipp.action.unauthorized}), or the ruling is refused ({@code kipp.action.refused} with {@code
   *     kipp.log.noObjection} or {@code kipp.log.alreadyRuled})
   * @throws InvalidInputException if {@code at} is before the last entry
   */
  public synchronized LogEntry recordRuling(Instant at, Actor by, String objection, boolean upheld, Reason reason) {
    requireNonNull(objection, "objection");
    requireNonNull(reason, "reason");
    return record(at, requireNonNull(by, "by"), EntryKind.RULING, Register.OBJECTION + objection,
        (upheld ? "upheld" : "rejected") + ": " + reason.message().english(), reason.citations());
  }

  /**
   * Returns a snapshot of the entries, oldest first.
   *
   * @return the entries, not null
   */
  public synchronized ImmutableList<LogEntry> entries() {
    return ImmutableList.copyOf(entries);
  }

  /**
   * Returns the number of entries.
   *
   * @return the size
   */
  public synchronized int size() {
    return entries.size();
  }

  /**
   * Returns the hash of the last entry, which stands for the whole log.
   *
   * @return the head hash, or {@link #GENESIS} for an empty log
   */
  public synchronized String headHash() {
    return entries.isEmpty() ? GENESIS : last().hash();
  }

  /**
   * Checks the chain: sequence numbers, links, hashes and time order; and that every entry is one the
   * {@link RecordAction authorisation matrix} allows after the entries before it ({@code
   * kipp.log.forbidden}), as the record methods would have checked it.
   *
   * @return the outcome, naming the first bad entry if any; not null
   */
  public synchronized Verification verify() {
    String previous = GENESIS;
    Instant time = Instant.MIN;
    Register replay = new Register();
    for (int i = 0; i < entries.size(); i++) {
      LogEntry e = entries.get(i);
      long expected = i + 1L;
      if (e.sequence() != expected) {
        return bad(expected, "kipp.log.sequence", "found", e.sequence());
      }
      if (!e.previousHash().equals(previous)) {
        return bad(expected, "kipp.log.link", "found", e.previousHash());
      }
      if (!e.computeHash().equals(e.hash())) {
        return bad(expected, "kipp.log.hash", "found", e.hash());
      }
      if (e.at().isBefore(time)) {
        return bad(expected, "kipp.log.time", "found", e.at());
      }
      Optional<UnauthorizedActionException> refusal = replay.refusal(e.kind(), e.actor(), e.subject(), e.payload(), e.at());
      if (refusal.isPresent()) {
        return bad(expected, "kipp.log.forbidden", "whyEn", refusal.get().text().english(), "whyId", refusal.get().text().indonesian());
      }
      replay.add(e.kind(), e.subject(), e.payload());
      previous = e.hash();
      time = e.at();
    }
    return new Verification(OptionalLong.empty(), Optional.empty());
  }

  /**
   * Checks the chain and that it ends at a head hash recorded elsewhere, which also detects entries
   * removed from the end.
   *
   * @param expectedHead the head hash recorded when the log was last published, not null
   * @return the outcome, not null
   */
  public synchronized Verification verify(String expectedHead) {
    requireNonNull(expectedHead, "expectedHead");
    Verification chain = verify();
    if (!chain.valid() || headHash().equals(expectedHead)) {
      return chain;
    }
    return bad(entries.size() + 1L, "kipp.log.head", "found", headHash(), "expected", expectedHead);
  }

  private static Verification bad(long sequence, String key, Object... args) {
    Object[] all = new Object[args.length + 2];
    all[0] = "sequence";
    all[1] = sequence;
    System.arraycopy(args, 0, all, 2, args.length);
    return new Verification(OptionalLong.of(sequence), Optional.of(CoreMessages.render(key, all)));
  }

  /**
   * Writes the log as text: one entry a line, fields separated by tabs, with tabs, line feeds,
   * carriage returns and backslashes in text escaped as {@code \t}, {@code \n}, {@code \r} and
   * {@code \\}.
   *
   * @return the text, one line per entry
   */
  public synchronized String write() {
    StringBuilder out = new StringBuilder();
    for (LogEntry e : entries) {
      LogText.line(out, e);
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Reads a log written by {@link #write()}. Reading does not verify: call {@link #verify()}.
   *
   * <p>Every limit applies while reading, in time linear in the text: at most {@link #MAX_ENTRIES}
   * lines, each at most {@link #MAX_LINE_LENGTH} characters and {@link #MAX_FIELDS} fields, in the
   * exact form {@link #write()} produces (canonical numbers, times and escapes), and every text
   * following kipp's text policy and the limits of {@link LogEntry}.
   *
   * @param text the text, not null
   * @return the log, not null
   * @throws InvalidInputException if a line is malformed, too long or holds refused text, or there
   *     are too many lines; a {@code kipp.log.malformed} violation names the line, and a refused
   *     value's own violations follow under {@code lines[i]}
   */
  public static DecisionLog parse(String text) {
    requireNonNull(text, "text");
    return new DecisionLog(LogText.parse(text));
  }
}
