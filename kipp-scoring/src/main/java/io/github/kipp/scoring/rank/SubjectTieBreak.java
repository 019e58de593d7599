package io.github.kipp.scoring.rank;

import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;

/**
 * One rule of a declared tie-break chain for subjects that are not proposals: it orders two
 * {@link RankSubject}s with the same score, or says it cannot separate them. {@link SubjectTieBreaks}
 * holds the rules kipp ships.
 *
 * <p><b>Specification for implementors.</b> As for {@link TieBreak}: immutable, thread-safe, and
 * consistent ({@code compare} is antisymmetric and transitive and depends only on the two subjects).
 */
public interface SubjectTieBreak {

  /**
   * Returns the rule's id, such as {@code measure:presentation} or {@code draw:7}.
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
   * Orders two subjects with equal scores.
   *
   * @param a a subject, not null
   * @param b another subject, not null
   * @return negative if {@code a} ranks before {@code b}, positive if after, zero if this rule does
   *     not separate them
   */
  int compare(RankSubject a, RankSubject b);
}
