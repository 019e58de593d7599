package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.validation.TextPolicy;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Ranks subjects that are not proposals, such as regional governments in Kemendagri's award, by
 * score, highest first, ordering equal scores by a declared tie-break chain: {@link Ranker} for
 * {@link RankSubject}s, through the same engine.
 *
 * <p>The first rule of the chain that separates two equal scores decides, and each subject it placed
 * records it ({@link RankedSubject#brokenTie()}). Subjects no rule separates share a rank (1-2-2-4)
 * and are listed by id. The result does not depend on the order of the input.
 *
 * <p>A subject may belong to several clusters (a regency that is also a border region, say), so this
 * ranker ranks one named cluster at a time ({@link #rank(String, Iterable)}); {@link
 * Ranker#rankByCluster} puts each proposal in exactly one cluster.
 *
 * <p>Immutable and thread-safe.
 */
public final class SubjectRanker {

  private final ImmutableList<SubjectTieBreak> chain;
  private final RankOrder<RankSubject, SubjectTieBreak> engine;

  private SubjectRanker(ImmutableList<SubjectTieBreak> chain) {
    this.chain = chain;
    this.engine = new RankOrder<>(RankSubject::score, chain, SubjectTieBreak::compare, Comparator.comparing(RankSubject::id));
  }

  /**
   * Returns a ranker with a tie-break chain.
   *
   * @param tieBreaks the rules, in the order they are applied; possibly none
   * @return the ranker, not null
   */
  public static SubjectRanker withTieBreaks(Iterable<SubjectTieBreak> tieBreaks) {
    return new SubjectRanker(ImmutableList.copyOf(tieBreaks));
  }

  /**
   * Returns a ranker with a tie-break chain.
   *
   * @param tieBreaks the rules, in order
   * @return the ranker, not null
   */
  public static SubjectRanker withTieBreaks(SubjectTieBreak... tieBreaks) {
    return new SubjectRanker(ImmutableList.copyOf(tieBreaks));
  }

  /**
   * Ranks subjects as one named cluster. No subjects give an empty ranking.
   *
   * @param cluster the cluster's name, recorded in the ranking; empty for none; not null
   * @param subjects the subjects, with distinct ids; not null
   * @return the ranking, possibly empty
   * @throws InvalidInputException if an id appears twice, or the cluster's name is not a single line
   *     of plain text
   * @throws MissingMeasureException if two tied subjects reach a rule comparing a measure one lacks
   */
  public SubjectRanking rank(String cluster, Iterable<RankSubject> subjects) {
    requireNonNull(cluster, "cluster");
    requireNonNull(subjects, "subjects");
    TextPolicy.require("ranking", "cluster", cluster, TextPolicy.Kind.SINGLE_LINE);
    List<RankSubject> list = new ArrayList<>();
    TreeSet<SubjectId> seen = new TreeSet<>();
    for (RankSubject s : subjects) {
      if (!seen.add(requireNonNull(s, "subject").id())) {
        throw InvalidInputException.of("ranking", ScoringMessages.violation("kipp.rank.duplicateSubject", "subjects", s.id()));
      }
      list.add(s);
    }
    ImmutableList.Builder<RankedSubject> entries = ImmutableList.builderWithExpectedSize(list.size());
    // Every subject a rule placed within one score shares the list of tied subjects.
    @Nullable BigDecimal lastTiedScore = null;
    ImmutableList<SubjectId> lastTiedIds = ImmutableList.of();
    for (RankOrder.Placed<RankSubject, SubjectTieBreak> p : engine.place(list)) {
      Optional<SubjectTie> broken = Optional.empty();
      SubjectTieBreak decisive = p.decisive();
      RankSubject above = p.above();
      if (decisive != null && above != null) {
        if (lastTiedScore == null || lastTiedScore.compareTo(p.item().score()) != 0) {
          lastTiedScore = p.item().score();
          lastTiedIds = p.tied().stream().map(RankSubject::id).collect(ImmutableList.toImmutableList());
        }
        broken = Optional.of(new SubjectTie(decisive.id(), decisive.description(), decisive.citation(), above.id(), lastTiedIds));
      }
      entries.add(new RankedSubject(p.item(), p.position(), p.rank(), broken));
    }
    return new SubjectRanking(cluster, chain, entries.build());
  }

  /**
   * Ranks subjects with no cluster name.
   *
   * @param subjects the subjects, with distinct ids; not null
   * @return the ranking, possibly empty
   * @throws InvalidInputException if an id appears twice
   */
  public SubjectRanking rank(Iterable<RankSubject> subjects) {
    return rank("", subjects);
  }

  /**
   * Returns the tie-break chain.
   *
   * @return the rules, in order
   */
  public ImmutableList<SubjectTieBreak> tieBreaks() {
    return chain;
  }
}
