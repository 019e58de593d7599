package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.validation.TextPolicy;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

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
  private final Comparator<Candidate> order;
  /** The order of candidates with equal scores: the chain, then the proposal id. */
  private final Comparator<Candidate> tieOrder;

  private Ranker(ImmutableList<TieBreak> chain) {
    this.chain = chain;
    TieBreak[] breaks = chain.toArray(new TieBreak[0]);
    this.tieOrder = (a, b) -> {
      for (TieBreak t : breaks) {
        int c = t.compare(a, b);
        if (c != 0) {
          return c;
        }
      }
      return a.id().compareTo(b.id());
    };
    Comparator<Candidate> byScore = (a, b) -> b.score().compareTo(a.score());
    this.order = byScore.thenComparing(tieOrder);
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
    List<Candidate> sorted = new ArrayList<>();
    candidates.forEach(sorted::add);
    sorted = sorted(sorted);
    ImmutableList.Builder<RankedEntry> entries = ImmutableList.builderWithExpectedSize(sorted.size());
    int rank = 0;
    int groupStart = 0;
    ImmutableList<ProposalId> tied = null;
    for (int i = 0; i < sorted.size(); i++) {
      Candidate c = sorted.get(i);
      Optional<BrokenTie> broken = Optional.empty();
      if (i == 0 || sorted.get(i - 1).score().compareTo(c.score()) != 0) {
        groupStart = i;
        tied = null;
        rank = i + 1;
      } else {
        Candidate above = sorted.get(i - 1);
        TieBreak decisive = null;
        for (TieBreak t : chain) {
          if (t.compare(above, c) != 0) {
            decisive = t;
            break;
          }
        }
        if (decisive != null) {
          rank = i + 1;
          if (tied == null) {
            tied = tiedGroup(sorted, groupStart);
          }
          broken = Optional.of(new BrokenTie(decisive.id(), decisive.description(), decisive.citation(), above.id(), tied));
        }
      }
      entries.add(new RankedEntry(c, i + 1, rank, broken, Optional.empty()));
    }
    return new Ranking(cluster, chain, entries.build(), ImmutableList.of());
  }

  /**
   * Sorts candidates by {@link #order}. When every score fits in a long at one scale, the scores are
   * sorted as primitive keys and only runs of equal scores go through the tie-break chain; the order
   * is the same, as the chain's first key is the score and the last the proposal id.
   */
  private List<Candidate> sorted(List<Candidate> candidates) {
    int n = candidates.size();
    int scale = 0;
    for (Candidate c : candidates) {
      scale = Math.max(scale, c.score().scale());
    }
    if (scale > MAX_KEY_SCALE) {
      List<Candidate> copy = new ArrayList<>(candidates);
      copy.sort(order);
      return copy;
    }
    int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
    long limit = 1L << (62 - indexBits);
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      BigDecimal score = candidates.get(i).score();
      long unscaled = unscaledAt(score, scale, limit);
      if (unscaled == Long.MIN_VALUE) {
        List<Candidate> copy = new ArrayList<>(candidates);
        copy.sort(order);
        return copy;
      }
      // Higher scores first; equal scores in input order until the chain orders them below.
      keys[i] = (-unscaled << indexBits) | i;
    }
    java.util.Arrays.sort(keys);
    long mask = (1L << indexBits) - 1;
    List<Candidate> out = new ArrayList<>(n);
    int runStart = 0;
    for (int i = 0; i < n; i++) {
      out.add(candidates.get((int) (keys[i] & mask)));
      boolean runEnds = i == n - 1 || (keys[i] >> indexBits) != (keys[i + 1] >> indexBits);
      if (runEnds) {
        if (i > runStart) {
          out.subList(runStart, i + 1).sort(tieOrder);
        }
        runStart = i + 1;
      }
    }
    return out;
  }

  /** The largest scale whose scores {@link #sorted} sorts as primitive keys. */
  private static final int MAX_KEY_SCALE = 18;

  /**
   * Returns a score's unscaled value at a scale not below its own, or {@link Long#MIN_VALUE} when
   * its magnitude reaches {@code limit}.
   */
  private static long unscaledAt(BigDecimal score, int scale, long limit) {
    BigDecimal at = score.scale() == scale ? score : score.setScale(scale);
    java.math.BigInteger unscaled = at.unscaledValue();
    if (unscaled.bitLength() > 62) {
      return Long.MIN_VALUE;
    }
    long value = unscaled.longValue();
    return value >= limit || value <= -limit ? Long.MIN_VALUE : value;
  }

  private static ImmutableList<ProposalId> tiedGroup(List<Candidate> sorted, int start) {
    ImmutableList.Builder<ProposalId> ids = ImmutableList.builder();
    for (int j = start; j < sorted.size() && sorted.get(j).score().compareTo(sorted.get(start).score()) == 0; j++) {
      ids.add(sorted.get(j).id());
    }
    return ids.build();
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
