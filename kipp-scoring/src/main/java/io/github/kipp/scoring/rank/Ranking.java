package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An ordered list of candidates with their ranks, the tie-break chain that ordered equal scores, and
 * any recorded panel overrides. Made by a {@link Ranker}; immutable.
 *
 * <p>Entries are in {@link RankedEntry#position() position} order. A ranking may belong to a cluster
 * (winners of 2015 and 2023 were announced per participant type).
 */
public final class Ranking {

  private final String cluster;
  private final ImmutableList<TieBreak> tieBreaks;
  private final ImmutableList<RankedEntry> entries;
  private final ImmutableList<RankOverride> overrides;
  /** Each proposal's index in {@link #entries}, made when first needed. */
  private volatile @Nullable ImmutableMap<ProposalId, Integer> indexes;

  Ranking(String cluster, ImmutableList<TieBreak> tieBreaks, ImmutableList<RankedEntry> entries, ImmutableList<RankOverride> overrides) {
    this.cluster = cluster;
    this.tieBreaks = tieBreaks;
    this.entries = entries;
    this.overrides = overrides;
  }

  /**
   * Returns a copy in which the panel moved a proposal to another position, recorded with its reason
   * and actor. Scores and ranks stay as they were; positions change.
   *
   * <p>A departure from the score order is a decision of the independent panel in plenary, or of the
   * organiser who fixes the result by decree ({@link RecordAction#RANK_OVERRIDE}); any other role is
   * refused, and this ranking is unchanged either way.
   *
   * @param override the decision, with its reason and actor; not null
   * @return the new ranking, not null
   * @throws UnauthorizedActionException if the override's actor acts in a role that may not override
   *     a rank
   * @throws InvalidInputException if the proposal is not ranked here or the position is beyond the
   *     last
   */
  public Ranking withOverride(RankOverride override) {
    requireNonNull(override, "override");
    RecordAction.RANK_OVERRIDE.authorise(override.actor(),
        "move " + override.proposal() + " to position " + override.toPosition() + (cluster.isEmpty() ? "" : " of cluster " + cluster));
    int from = indexOf(override.proposal());
    if (from < 0) {
      throw InvalidInputException.of("rank override", ScoringMessages.violation("kipp.override.unknown", "proposal", override.proposal()));
    }
    if (override.toPosition() > entries.size()) {
      throw InvalidInputException.of("rank override", ScoringMessages.violation("kipp.override.beyond", "toPosition", override.toPosition(), "size", entries.size()));
    }
    List<RankedEntry> moved = new ArrayList<>(entries);
    RankedEntry e = moved.remove(from);
    moved.add(override.toPosition() - 1, new RankedEntry(e.candidate(), 1, e.rank(), e.brokenTie(), Optional.of(override)));
    ImmutableList.Builder<RankedEntry> renumbered = ImmutableList.builderWithExpectedSize(moved.size());
    for (int i = 0; i < moved.size(); i++) {
      RankedEntry x = moved.get(i);
      renumbered.add(new RankedEntry(x.candidate(), i + 1, x.rank(), x.brokenTie(), x.override()));
    }
    return new Ranking(cluster, tieBreaks, renumbered.build(), ImmutableList.<RankOverride>builder().addAll(overrides).add(override).build());
  }

  /**
   * Returns a proposal's index in {@link #entries()}, as {@link java.util.List#indexOf} does.
   *
   * @param proposal the proposal, not null
   * @return the index from 0, or -1 if the proposal is not ranked here
   */
  public int indexOf(ProposalId proposal) {
    requireNonNull(proposal, "proposal");
    ImmutableMap<ProposalId, Integer> byId = indexes;
    if (byId == null) {
      ImmutableMap.Builder<ProposalId, Integer> map = ImmutableMap.builderWithExpectedSize(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        map.put(entries.get(i).proposal(), i);
      }
      byId = map.buildOrThrow();
      indexes = byId;
    }
    Integer index = byId.get(proposal);
    return index == null ? -1 : index;
  }

  /**
   * Returns a proposal's entry.
   *
   * @param proposal the proposal, not null
   * @return the entry, or empty if the proposal is not ranked here
   */
  public Optional<RankedEntry> entry(ProposalId proposal) {
    int i = indexOf(requireNonNull(proposal, "proposal"));
    return i < 0 ? Optional.empty() : Optional.of(entries.get(i));
  }

  /**
   * Returns the entries in position order.
   *
   * @return the entries, possibly empty
   */
  public ImmutableList<RankedEntry> entries() {
    return entries;
  }

  /**
   * Returns the first entries.
   *
   * @param n how many, zero or more
   * @return the first {@code min(n, size)} entries
   */
  public ImmutableList<RankedEntry> top(int n) {
    return entries.subList(0, Math.max(0, Math.min(n, entries.size())));
  }

  /**
   * Returns the number of entries.
   *
   * @return the size
   */
  public int size() {
    return entries.size();
  }

  /**
   * Returns the cluster this ranking belongs to.
   *
   * @return the cluster's name, or empty for an unclustered ranking
   */
  public Optional<String> cluster() {
    return cluster.isEmpty() ? Optional.empty() : Optional.of(cluster);
  }

  /**
   * Returns the tie-break chain, in the order applied.
   *
   * @return the rules, possibly empty
   */
  public ImmutableList<TieBreak> tieBreaks() {
    return tieBreaks;
  }

  /**
   * Returns the recorded panel overrides, oldest first.
   *
   * @return the overrides, possibly empty
   */
  public ImmutableList<RankOverride> overrides() {
    return overrides;
  }

  /**
   * Explains a proposal's place: its score, rank, the tie it was in and the rule that broke it, and
   * any override.
   *
   * @param proposal the proposal, not null
   * @return the explanation, or empty if the proposal is not ranked here
   */
  public Optional<Explanation> explain(ProposalId proposal) {
    return entry(proposal).map(e -> {
      Explanation node = Explanation.leaf(
          "rank",
          ScoringMessages.render("kipp.explain.rank", "rank", e.rank(), "size", entries.size(), "cluster", cluster.isEmpty() ? "-" : cluster),
          Integer.toString(e.rank()));
      if (e.brokenTie().isPresent()) {
        BrokenTie t = e.brokenTie().get();
        node = node.with(Explanation.leaf(
            "tie-break",
            ScoringMessages.render("kipp.explain.tieBreak", "above", t.above(), "ruleId", t.description().indonesian(), "ruleEn", t.description().english(),
                "tied", t.tiedWith().stream().map(ProposalId::value).collect(Collectors.joining(", "))),
            t.rule(),
            t.citation()));
      }
      long sharing = entries.stream().filter(x -> x.rank() == e.rank()).count();
      if (sharing > 1) {
        node = node.with(Explanation.leaf("tie", ScoringMessages.render("kipp.explain.sharedRank", "rank", e.rank(), "count", sharing), Long.toString(sharing)));
      }
      if (e.override().isPresent()) {
        RankOverride o = e.override().get();
        node = node.with(new Explanation(
            "override",
            ScoringMessages.render("kipp.explain.override", "position", o.toPosition(), "actor", o.actor(), "reasonId", o.reason().message().indonesian(), "reasonEn", o.reason().message().english()),
            Integer.toString(o.toPosition()),
            o.reason().citations(),
            ImmutableList.of()));
      }
      return new Explanation("position", LocalizedText.of("Posisi akhir", "Final position"), Integer.toString(e.position()), ImmutableList.of(), ImmutableList.of(node));
    });
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ranking
        && cluster.equals(((Ranking) o).cluster)
        && entries.equals(((Ranking) o).entries)
        && overrides.equals(((Ranking) o).overrides)
        && tieBreaks.stream().map(TieBreak::id).collect(Collectors.toList())
            .equals(((Ranking) o).tieBreaks.stream().map(TieBreak::id).collect(Collectors.toList()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(cluster, entries, overrides);
  }

  /** Returns a summary with the cluster and the first entries. */
  @Override
  public String toString() {
    return "Ranking" + (cluster.isEmpty() ? "" : "[" + cluster + "]")
        + top(5).stream().map(e -> e.rank() + ". " + e.proposal() + " " + e.score().toPlainString()).collect(Collectors.joining(", ", "[", entries.size() > 5 ? ", …]" : "]"));
  }
}
