package io.github.kipp.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.stage.StageTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * An append-only, hash-chained log of every decision of a competition: stage transitions, accepted
 * score sheets, recusals, publications for public review, objections, rulings and corrections.
 *
 * <p>Each {@link LogEntry} carries the SHA-256 of its content and of the entry before it. {@link
 * #verify()} detects any changed, inserted or reordered entry, and names the first bad one; {@link
 * #verify(String)} against the head hash recorded elsewhere (a report, a decree) also detects removed
 * entries at the end. {@link #write()} and {@link #parse(String)} keep the log as text, one entry a
 * line; reading applies every limit and kipp's text policy, in time linear in the text.
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

  private final List<LogEntry> entries;

  private DecisionLog(List<LogEntry> entries) {
    this.entries = entries;
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
   * Appends an entry, chaining it to the last.
   *
   * @param at when it happened, not before the last entry; not null
   * @param actor who acted, not null
   * @param kind what kind of event, not null
   * @param subject what it concerns, not null
   * @param payload the event's content, not null
   * @param citations its basis, not null
   * @return the entry appended, not null
   * @throws InvalidInputException if {@code at} is before the last entry's time
   * @throws IllegalStateException if the log is full
   */
  public synchronized LogEntry append(Instant at, Actor actor, EntryKind kind, String subject, String payload, List<Citation> citations) {
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
   * Records the publication of a frozen result.
   *
   * @param result the result, not null
   * @param actor who published it, not null
   * @return the entry, not null
   */
  public LogEntry recordPublication(PublishedResult result, Actor actor) {
    return append(result.at(), actor, result.supersedes().isPresent() ? EntryKind.CORRECTION : EntryKind.PUBLICATION,
        "result " + result.reference(), "hash=" + result.hash() + result.supersedes().map(s -> " supersedes=" + s).orElse("")
            + " lines=" + result.lines().size() + " title=" + result.title(), List.of());
  }

  /**
   * Records an objection (<i>sanggahan</i>) against a published result.
   *
   * @param at when it was filed, not null
   * @param filedBy who filed it, not null
   * @param objection the objection's id, not blank
   * @param result the result objected to, not null
   * @param proposal the proposal concerned, not null
   * @param grounds the grounds, not null
   * @return the entry, not null
   */
  public LogEntry recordObjection(Instant at, Actor filedBy, String objection, PublishedResult result, ProposalId proposal, String grounds) {
    return append(at, filedBy, EntryKind.OBJECTION, "objection " + objection,
        "against=" + result.hash() + " proposal=" + proposal + " grounds=" + grounds, List.of());
  }

  /**
   * Records the ruling on an objection.
   *
   * @param at when it was decided, not null
   * @param by who decided, not null
   * @param objection the objection's id, not blank
   * @param upheld whether it was upheld
   * @param reason why, with its citations; not null
   * @return the entry, not null
   */
  public LogEntry recordRuling(Instant at, Actor by, String objection, boolean upheld, Reason reason) {
    return append(at, by, EntryKind.RULING, "objection " + objection, (upheld ? "upheld" : "rejected") + ": " + reason.message().english(),
        reason.citations());
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
   * Checks the chain: sequence numbers, links, hashes and time order.
   *
   * @return the outcome, naming the first bad entry if any; not null
   */
  public synchronized Verification verify() {
    String previous = GENESIS;
    Instant time = Instant.MIN;
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
