package io.github.kipp.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.Role;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.stage.StageTransition;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An append-only, hash-chained log of every decision of a competition: stage transitions, accepted
 * score sheets, recusals, publications for public review, objections, rulings and corrections.
 *
 * <p>Each {@link LogEntry} carries the SHA-256 of its content and of the entry before it. {@link
 * #verify()} detects any changed, inserted or reordered entry, and names the first bad one; {@link
 * #verify(String)} against the head hash recorded elsewhere (a report, a decree) also detects removed
 * entries at the end. {@link #write()} and {@link #parse(String)} keep the log as text, one entry a
 * line.
 *
 * <p>Every entry is authorised by the matrix of {@link RecordAction} before it is appended: the
 * actor's role must be allowed to record an entry of its {@link EntryKind}; a result is published
 * under a reference once, and again only as a correction of the reference's latest version, with a
 * reason; an objection is filed against a result published here, and decided once. A refused entry
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

  private static final int MAX_FIELDS = 10_000;

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
   * their content.
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
    Optional<UnauthorizedActionException> refusal = register.refusal(kind, actor, subject, payload);
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
      Optional<UnauthorizedActionException> refusal = replay.refusal(e.kind(), e.actor(), e.subject(), e.payload());
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
   * Writes the log as text: one entry a line, fields separated by tabs, with tabs, line breaks and
   * backslashes in text escaped as {@code \t}, {@code \n} and {@code \\}.
   *
   * @return the text, one line per entry
   */
  public synchronized String write() {
    StringBuilder out = new StringBuilder();
    for (LogEntry e : entries) {
      out.append(line(e)).append('\n');
    }
    return out.toString();
  }

  private static String line(LogEntry e) {
    List<String> f = new ArrayList<>();
    f.add(Long.toString(e.sequence()));
    f.add(e.at().toString());
    f.add(e.actor().id().value());
    f.add(e.actor().role().name());
    f.add(e.kind().name());
    f.add(e.subject());
    f.add(e.payload());
    f.add(Integer.toString(e.citations().size()));
    for (Citation c : e.citations()) {
      f.add(c.instrument());
      f.add(c.provision());
      f.add(c.confidence().name());
      f.add(c.note());
      f.add(Integer.toString(c.sources().size()));
      f.addAll(c.sources());
    }
    f.add(e.previousHash());
    f.add(e.hash());
    return f.stream().map(DecisionLog::escape).collect(Collectors.joining("\t"));
  }

  /**
   * Reads a log written by {@link #write()}. Reading does not verify: call {@link #verify()}.
   *
   * @param text the text, not null
   * @return the log, not null
   * @throws InvalidInputException if a line is malformed, naming the line
   */
  public static DecisionLog parse(String text) {
    requireNonNull(text, "text");
    List<LogEntry> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    if (lines.length > MAX_ENTRIES + 1) {
      throw InvalidInputException.of("decision log", CoreMessages.violation("kipp.log.malformed", "lines", lines.length,
          "line", MAX_ENTRIES + 1, "cause", "a log holds at most " + MAX_ENTRIES + " entries"));
    }
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty() && i == lines.length - 1) {
        break;
      }
      try {
        entries.add(entry(lines[i]));
      } catch (KippException | IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
        throw InvalidInputException.of("decision log", CoreMessages.violation("kipp.log.malformed", "lines[" + i + "]", lines[i],
            "line", i + 1, "cause", String.valueOf(e.getMessage())));
      }
    }
    return new DecisionLog(entries);
  }

  private static LogEntry entry(String line) {
    List<String> f = new ArrayList<>();
    for (String raw : line.split("\t", -1)) {
      f.add(unescape(raw));
    }
    int n = count(f.get(7));
    ImmutableList.Builder<Citation> citations = ImmutableList.builder();
    int o = 8;
    for (int c = 0; c < n; c++) {
      int sources = count(f.get(o + 4));
      citations.add(new Citation(f.get(o), f.get(o + 1), Confidence.valueOf(f.get(o + 2)),
          ImmutableList.copyOf(f.subList(o + 5, o + 5 + sources)), f.get(o + 3)));
      o += 5 + sources;
    }
    if (f.size() != o + 2) {
      throw new IllegalArgumentException("expected " + (o + 2) + " fields, found " + f.size());
    }
    LogEntry entry = new LogEntry(Long.parseLong(f.get(0)), Instant.parse(f.get(1)), new Actor(ActorId.of(f.get(2)), Role.valueOf(f.get(3))),
        EntryKind.valueOf(f.get(4)), f.get(5), f.get(6), citations.build(), f.get(o), f.get(o + 1));
    if (!line(entry).equals(line)) {
      throw new IllegalArgumentException("the line is not in the form the log writes (canonical numbers, times and escapes)");
    }
    return entry;
  }

  private static int count(String field) {
    int n = Integer.parseInt(field);
    if (n < 0 || n > MAX_FIELDS) {
      throw new IllegalArgumentException("a count must be between 0 and " + MAX_FIELDS + ", found " + n);
    }
    return n;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i + 1 >= s.length()) {
        throw new IllegalArgumentException("a lone backslash ends the field");
      }
      char n = s.charAt(++i);
      switch (n) {
        case '\\':
          out.append('\\');
          break;
        case 't':
          out.append('\t');
          break;
        case 'n':
          out.append('\n');
          break;
        case 'r':
          out.append('\r');
          break;
        default:
          throw new IllegalArgumentException("unknown escape \\" + n);
      }
    }
    return out.toString();
  }
}
