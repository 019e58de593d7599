package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One entry of a {@link SubjectRanking}: {@link RankedEntry} for subjects that are not proposals.
 * {@link #rank()} is the standard competition rank (1-2-2-4); {@link #position()} the place in the
 * order, 1 to n.
 *
 * @param subject the ranked subject, not null
 * @param position the place in the order, 1-based
 * @param rank the competition rank by score and tie-breaks, 1-based
 * @param brokenTie the rule that placed it below a subject with the same score, if any
 */
public record RankedSubject(RankSubject subject, int position, int rank, Optional<SubjectTie> brokenTie) {

  /**
   * Creates an entry.
   *
   * @param subject the subject, not null
   * @param position the position, at least 1
   * @param rank the rank, at least 1
   * @param brokenTie the broken tie, not null
   * @throws IllegalArgumentException if position or rank is below 1
   */
  public RankedSubject {
    requireNonNull(subject, "subject");
    requireNonNull(brokenTie, "brokenTie");
    if (position < 1 || rank < 1) {
      throw new IllegalArgumentException("position and rank start at 1, got " + position + " and " + rank);
    }
  }

  /**
   * Returns the subject's id.
   *
   * @return the id, not null
   */
  public SubjectId id() {
    return subject.id();
  }

  /**
   * Returns the score that decided the rank.
   *
   * @return the score, not null
   */
  public BigDecimal score() {
    return subject.score();
  }
}
