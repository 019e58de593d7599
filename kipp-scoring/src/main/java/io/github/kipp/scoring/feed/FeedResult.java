package io.github.kipp.scoring.feed;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link RoundFeed} handed on from a regional round: the proposals selected, those entered
 * in the next round (each a {@link FeedEntry} with its regional results and citations), and those
 * the next round's eligibility rules refuse, each with the decisions that refuse it. Every selected
 * proposal is exactly one of the two.
 *
 * <p>{@link #entries()} gives the entries as the next round's {@link
 * io.github.kipp.scoring.competition.Competition} screens them. Immutable and thread-safe.
 */
public final class FeedResult {

  private final RuleModuleId from;
  private final RuleModuleId to;
  private final EditionId edition;
  private final FeedSelection selection;
  private final ImmutableList<ProposalId> selected;
  private final ImmutableList<FeedEntry> entered;
  private final ImmutableSortedMap<ProposalId, ProposalEligibility> refused;
  private final ResultHistory history;

  FeedResult(RuleModuleId from, RuleModuleId to, EditionId edition, FeedSelection selection, ImmutableList<ProposalId> selected,
      ImmutableList<FeedEntry> entered, ImmutableSortedMap<ProposalId, ProposalEligibility> refused, ResultHistory history) {
    this.from = from;
    this.to = to;
    this.edition = edition;
    this.selection = selection;
    this.selected = selected;
    this.entered = entered;
    this.refused = refused;
    this.history = history;
  }

  /**
   * Returns the regional module whose result was handed on.
   *
   * @return its id, not null
   */
  public RuleModuleId from() {
    return from;
  }

  /**
   * Returns the module of the round fed.
   *
   * @return its id, not null
   */
  public RuleModuleId to() {
    return to;
  }

  /**
   * Returns the edition of the round fed, which every entry names.
   *
   * @return the edition's id, not null
   */
  public EditionId edition() {
    return edition;
  }

  /**
   * Returns the selection that named the proposals handed on.
   *
   * @return the selection, not null
   */
  public FeedSelection selection() {
    return selection;
  }

  /**
   * Returns the proposals selected, in the selection's order: each is entered or refused.
   *
   * @return the proposals, possibly empty
   */
  public ImmutableList<ProposalId> selected() {
    return selected;
  }

  /**
   * Returns the proposals entered in the next round, in the selection's order.
   *
   * @return the entries, possibly empty
   */
  public ImmutableList<FeedEntry> entered() {
    return entered;
  }

  /**
   * Returns the entry of a proposal.
   *
   * @param proposal the proposal, not null
   * @return the entry, or empty if it was refused or not selected
   */
  public Optional<FeedEntry> entry(ProposalId proposal) {
    requireNonNull(proposal, "proposal");
    return entered.stream().filter(e -> e.proposal().id().equals(proposal)).findFirst();
  }

  /**
   * Returns the proposals the next round's eligibility rules refuse, with every decision of its
   * screening (the failing ones say why, with their citations).
   *
   * @return the screening of each refused proposal, by proposal
   */
  public ImmutableSortedMap<ProposalId, ProposalEligibility> refused() {
    return refused;
  }

  /**
   * Says why a selected proposal is not entered, in both languages: the next round's module and the
   * rules that refuse it, citing what those rules cite.
   *
   * @param proposal the proposal, not null
   * @return the reason, or empty if the proposal is entered or was not selected
   */
  public Optional<Reason> refusal(ProposalId proposal) {
    @Nullable ProposalEligibility e = refused.get(requireNonNull(proposal, "proposal"));
    if (e == null) {
      return Optional.empty();
    }
    Set<Citation> cited = new LinkedHashSet<>();
    List<String> rules = new ArrayList<>();
    for (Decision d : e.failures()) {
      rules.add(d.rule());
      cited.addAll(d.citations());
    }
    return Optional.of(Reason.of("kipp.feed.refused", ScoringMessages.render("kipp.feed.refused", "proposal", proposal, "edition", edition,
        "module", to, "rules", rules.stream().collect(Collectors.joining(", "))), cited));
  }

  /**
   * Returns the history the next round's rules read: the host's history of that round's own results.
   * The regional results of the entries are not in it (see {@link #regionalHistory()}).
   *
   * @return the history, not null
   */
  public ResultHistory history() {
    return history;
  }

  /**
   * Returns the regional results of every entry, for the host's own record.
   *
   * @return the results, with tiers qualified by the regional edition
   */
  public ResultHistory regionalHistory() {
    List<PastResult> all = new ArrayList<>();
    entered.forEach(e -> all.addAll(e.regionalResults()));
    return ResultHistory.of(all);
  }

  /**
   * Returns the entries as the next round's competition screens them: every entered proposal,
   * submitted at a time unknown, with {@link #history()}.
   *
   * @return the entries, not null
   */
  public Entries entries() {
    List<Proposal> proposals = entered.stream().map(FeedEntry::proposal).collect(Collectors.toList());
    return Entries.newBuilder().submitted(proposals).history(history).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof FeedResult r)) {
      return false;
    }
    return from.equals(r.from) && to.equals(r.to) && edition.equals(r.edition) && selection.equals(r.selection) && selected.equals(r.selected)
        && entered.equals(r.entered) && refused.equals(r.refused) && history.equals(r.history);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(from, to, selected, entered, refused);
  }

  /** Returns {@code FeedResult[from -> to: n entered, m refused]}. */
  @Override
  public String toString() {
    return "FeedResult[" + from + " -> " + to + ": " + entered.size() + " entered, " + refused.size() + " refused]";
  }
}
