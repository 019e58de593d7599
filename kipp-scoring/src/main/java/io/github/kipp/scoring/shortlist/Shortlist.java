package io.github.kipp.scoring.shortlist;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.kipp.core.Decision;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.rank.Ranking;

/**
 * A shortlist (<i>nominasi</i>, such as the Top 99) chosen by a {@link Shortlister}: the included
 * entries in position order, a {@link Decision} for every ranked entry, and a table of how many
 * shortlisted proposals each quota counted.
 *
 * <p>Decisions have the subject {@code proposal <id>} and the rule {@value Shortlister#RULE}. Their
 * reason codes: {@code kipp.shortlist.included} ("position 12; within every quota"); {@code
 * kipp.shortlist.atMaximum} and {@code kipp.shortlist.atCap} (a maximum or a cap on each value was
 * reached); {@code kipp.shortlist.keepRoom} and {@code kipp.shortlist.keepRoomJoint} (passed over to
 * keep room for minimums); {@code kipp.shortlist.belowCut}, with {@code kipp.shortlist.tiedAtCut}
 * when an included entry shares its rank. Each reason cites the quota or size it rests on.
 *
 * <p>Immutable and thread-safe. The decisions are made when they are first read: choosing the
 * shortlist records what each decision rests on, and most hosts read only a few of them.
 */
public final class Shortlist {

  private final ShortlistSpec spec;
  private final Ranking ranking;
  private final ImmutableList<RankedEntry> included;
  /** What each entry's decision rests on, in the ranking's order; each makes the decision. */
  private final ImmutableList<Supplier<Decision>> pending;
  private final ImmutableSet<ProposalId> includedIds;
  private final ImmutableList<QuotaCount> quotaCounts;
  /** The decisions, once made. */
  private volatile @Nullable ImmutableList<Decision> decisions;

  Shortlist(ShortlistSpec spec, Ranking ranking, ImmutableList<RankedEntry> included, ImmutableList<Supplier<Decision>> pending, ImmutableList<QuotaCount> quotaCounts) {
    this.spec = spec;
    this.ranking = ranking;
    this.included = included;
    this.pending = pending;
    this.includedIds = included.stream().map(RankedEntry::proposal).collect(ImmutableSet.toImmutableSet());
    this.quotaCounts = quotaCounts;
  }

  /**
   * Returns the spec the shortlist was chosen under.
   *
   * @return the spec, not null
   */
  public ShortlistSpec spec() {
    return spec;
  }

  /**
   * Returns the ranking the shortlist was chosen from.
   *
   * @return the ranking, not null
   */
  public Ranking ranking() {
    return ranking;
  }

  /**
   * Returns the included entries, in position order.
   *
   * @return the entries; at most {@link ShortlistSpec#size()}, fewer when the ranking or the
   *     maximums leave fewer
   */
  public ImmutableList<RankedEntry> included() {
    return included;
  }

  /**
   * Returns the entries left out, in position order.
   *
   * @return the entries, possibly empty
   */
  public ImmutableList<RankedEntry> excluded() {
    return ranking.entries().stream().filter(e -> !isIncluded(e.proposal())).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether a proposal is in the shortlist.
   *
   * @param proposal the proposal, not null
   * @return true if included
   */
  public boolean isIncluded(ProposalId proposal) {
    return includedIds.contains(requireNonNull(proposal, "proposal"));
  }

  /**
   * Returns the decision on every ranked entry, in position order.
   *
   * @return the decisions, one per ranked entry
   */
  public ImmutableList<Decision> decisions() {
    ImmutableList<Decision> made = decisions;
    if (made == null) {
      ImmutableList.Builder<Decision> out = ImmutableList.builderWithExpectedSize(pending.size());
      for (Supplier<Decision> p : pending) {
        out.add(p.get());
      }
      made = out.build();
      decisions = made;
    }
    return made;
  }

  /**
   * Returns the decision on a proposal.
   *
   * @param proposal the proposal, not null
   * @return the decision, or empty if the proposal is not in the ranking
   */
  public Optional<Decision> decision(ProposalId proposal) {
    int index = ranking.indexOf(requireNonNull(proposal, "proposal"));
    return index < 0 ? Optional.empty() : Optional.of(decisions().get(index));
  }

  /**
   * Returns the quota table for reports: each quota of the spec, in its order, with its bounds and
   * how many shortlisted proposals it counted.
   *
   * @return the rows, one per quota
   */
  public ImmutableList<QuotaCount> quotaCounts() {
    return quotaCounts;
  }

  /**
   * Explains the decision on a proposal. The root's step is {@code cutoff} for an entry below the
   * cut and {@code quota} otherwise; its children are the decision's reasons, then the ranking's
   * explanation of the proposal's position.
   *
   * @param proposal the proposal, not null
   * @return the explanation, or empty if the proposal is not in the ranking
   */
  public Optional<Explanation> explain(ProposalId proposal) {
    return decision(proposal).map(d -> {
      boolean cut = d.reasons().stream().anyMatch(r -> r.code().equals("kipp.shortlist.belowCut"));
      String step = cut ? "cutoff" : "quota";
      ImmutableList.Builder<Explanation> children = ImmutableList.builder();
      for (Reason r : d.reasons()) {
        children.add(new Explanation(step, r.message(), r.code(), r.citations(), ImmutableList.of()));
      }
      ranking.explain(proposal).ifPresent(children::add);
      return new Explanation(
          step,
          ScoringMessages.render(d.passed() ? "kipp.explain.shortlistIncluded" : "kipp.explain.shortlistExcluded", "size", spec.size()),
          d.passed() ? "included" : "excluded",
          d.citations(),
          children.build());
    });
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Shortlist)) {
      return false;
    }
    Shortlist s = (Shortlist) o;
    return spec.equals(s.spec) && ranking.equals(s.ranking) && decisions().equals(s.decisions());
  }

  @Override
  public int hashCode() {
    return Objects.hash(spec, ranking, decisions());
  }

  /** Returns a summary with the size and the first included proposals. */
  @Override
  public String toString() {
    return "Shortlist[" + included.size() + " of " + spec.size() + "]"
        + included.stream().limit(5).map(e -> e.proposal().value()).collect(Collectors.joining(", ", "[", included.size() > 5 ? ", ...]" : "]"));
  }
}
