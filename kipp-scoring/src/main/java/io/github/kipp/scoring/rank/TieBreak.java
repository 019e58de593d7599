package io.github.kipp.scoring.rank;

import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;

/**
 * One rule of a declared tie-break chain: it orders two candidates with the same score, or says it
 * cannot separate them.
 *
 * <p>The chain is applied in order; the first rule that separates two candidates decides, and is
 * recorded on the ranking. Candidates no rule separates share a rank (1-2-2-4). {@link TieBreaks}
 * holds the rules kipp ships.
 *
 * <p><b>Specification for implementors.</b> Implementations are immutable, thread-safe and
 * consistent: {@code compare} is antisymmetric and transitive, and depends only on the two
 * candidates, never on their order in the input.
 */
public interface TieBreak {

  /**
   * Returns the rule's id, such as {@code criterion:signifikansi} or {@code draw}.
   *
   * @return the id, not blank
   */
  String id();

  /**
   * Returns what the rule does, in both languages.
   *
   * @return the description, not null
   */
  LocalizedText description();

  /**
   * Returns where the rule comes from.
   *
   * @return the citation, not null
   */
  Citation citation();

  /**
   * Orders two candidates with equal scores.
   *
   * @param a a candidate, not null
   * @param b another candidate, not null
   * @return negative if {@code a} ranks before {@code b}, positive if after, zero if this rule does
   *     not separate them
   */
  int compare(Candidate a, Candidate b);
}
