package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.validation.TextPolicy;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Ranks candidates by score, highest first, ordering equal scores by a declared tie-break chain.
 *
 * <p>The first rule of the chain that separates two equal scores decides, and each entry it placed
 * records it ({@link RankedEntry#brokenTie()}). Candidates no rule separates share a rank, in
 * standard competition ranking (1-2-2-4), and are listed by proposal id. The result does not depend
 * on the order of the input.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ranker {

  private final ImmutableList<TieBreak> chain;
  /** The shared engine: score, then the chain, then the proposal id. */
  private final RankOrder<Candidate, TieBreak> engine;

  private Ranker(ImmutableList<TieBreak> chain) {
    this.chain = chain;
    this.engine = new RankOrder<>(Candidate::score, chain, TieBreak::compare, TieBreaks::keysOf, Comparator.comparing(Candidate::id));
  }

  /**
   * Returns a ranker with a tie-break chain.
   *
   * @param tieBreaks the rules, in the order they are applied; possibly none
   * @return the ranker, not null
   */
  public static Ranker withTieBreaks(Iterable<TieBreak> tieBreaks) {
    return new Ranker(ImmutableList.copyOf(tieBreaks));
  }

  /**
   * Returns a ranker with a tie-break chain.
   *
   * @param tieBreaks the rules, in order
   * @return the ranker, not null
   */
  public static Ranker withTieBreaks(TieBreak... tieBreaks) {
    return new Ranker(ImmutableList.copyOf(tieBreaks));
  }

  /**
   * Ranks candidates. No candidates (nobody eligible, nobody scored) give an empty ranking, not an
   * error; one candidate ranks first alone, and candidates that all share one score share rank 1
   * unless the chain tells them apart.
   *
   * @param candidates the candidates, with distinct proposals; possibly none; not null
   * @return the ranking, not null
   * @throws InvalidInputException if a proposal appears twice
   */
  public Ranking rank(Iterable<Candidate> candidates) {
    return rank("", candidates);
  }

  /**
   * Ranks candidates separately per cluster, such as per participant type.
   *
   * @param candidates the candidates, with distinct proposals; possibly none; not null
   * @param clusterOf the cluster of a candidate, a non-blank name; not null
   * @return one ranking per cluster that has a candidate, sorted by cluster name; empty for no
   *     candidates
   * @throws InvalidInputException if a proposal appears twice, or a cluster's name is not a single
   *     line of plain text ({@link TextPolicy.Kind#SINGLE_LINE})
   */
  public ImmutableSortedMap<String, Ranking> rankByCluster(Iterable<Candidate> candidates, Function<Candidate, String> clusterOf) {
    requireNonNull(clusterOf, "clusterOf");
    Map<String, List<Candidate>> clusters = new TreeMap<>();
    checkDistinct(candidates);
    for (Candidate c : candidates) {
      String name = requireNonNull(clusterOf.apply(c), "cluster");
      if (name.isBlank()) {
        throw new IllegalArgumentException("cluster of " + c.id() + " is blank");
      }
      TextPolicy.require("cluster of " + c.id(), "cluster", name, TextPolicy.Kind.SINGLE_LINE);
      clusters.computeIfAbsent(name, k -> new ArrayList<>()).add(c);
    }
    ImmutableSortedMap.Builder<String, Ranking> out = ImmutableSortedMap.naturalOrder();
    clusters.forEach((name, list) -> out.put(name, rank(name, list)));
    return out.buildOrThrow();
  }

  /**
   * Ranks candidates as one named cluster, such as a finalist pool or a winners' tier.
   *
   * @param cluster the cluster's name, recorded in the ranking and its explanations; not null
   * @param candidates the candidates, with distinct proposals; not null
   * @return the ranking, possibly empty
   * @throws InvalidInputException if a proposal appears twice, or the cluster's name is not a single
   *     line of plain text
   */
  public Ranking rank(String cluster, Iterable<Candidate> candidates) {
    requireNonNull(cluster, "cluster");
    TextPolicy.require("ranking", "cluster", cluster, TextPolicy.Kind.SINGLE_LINE);
    requireNonNull(candidates, "candidates");
    checkDistinct(candidates);
    List<Candidate> list = new ArrayList<>();
    candidates.forEach(list::add);
    ImmutableList<RankOrder.Placed<Candidate, TieBreak>> placed = engine.place(list);
    ImmutableList.Builder<RankedEntry> entries = ImmutableList.builderWithExpectedSize(placed.size());
    // Every entry a rule placed within one score shares the list of tied proposals: the engine gives
    // the entries of one score the same list, so its identity tells when the score changes.
    @Nullable ImmutableList<Candidate> lastTied = null;
    ImmutableList<ProposalId> lastTiedIds = ImmutableList.of();
    for (RankOrder.Placed<Candidate, TieBreak> p : placed) {
      Optional<BrokenTie> broken = Optional.empty();
      TieBreak decisive = p.decisive();
      Candidate above = p.above();
      if (decisive != null && above != null) {
        if (lastTied != p.tied()) { // identity on purpose: one list per score
          lastTied = p.tied();
          lastTiedIds = p.tied().stream().map(Candidate::id).collect(ImmutableList.toImmutableList());
        }
        broken = Optional.of(new BrokenTie(decisive.id(), decisive.description(), decisive.citation(), above.id(), lastTiedIds));
      }
      entries.add(new RankedEntry(p.item(), p.position(), p.rank(), broken, Optional.empty()));
    }
    return new Ranking(cluster, chain, entries.build(), ImmutableList.of());
  }

  private static void checkDistinct(Iterable<Candidate> candidates) {
    Set<ProposalId> seen = new HashSet<>(Math.max(16, (int) (com.google.common.collect.Iterables.size(candidates) / 0.75f) + 1));
    for (Candidate c : candidates) {
      if (!seen.add(requireNonNull(c, "candidate").id())) {
        throw InvalidInputException.of("ranking", ScoringMessages.violation("kipp.rank.duplicate", "candidates", c.id()));
      }
    }
  }

  /**
   * Returns the tie-break chain.
   *
   * @return the rules, in order
   */
  public ImmutableList<TieBreak> tieBreaks() {
    return chain;
  }
}
