package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.validation.TextPolicy;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A subject ready to be ranked that is not a proposal, such as a regional government in
 * Kemendagri's award: its id, the score that decides its rank, and named measures that declared
 * tie-breaks may compare (such as its presentation score or its verified index).
 *
 * <p>It is to {@link SubjectRanker} what {@link Candidate} is to {@link Ranker}; both rank through
 * one engine, so ties, ranks and recorded tie-breaks behave the same.
 *
 * @param id the subject's id, not null
 * @param score the score that decides the rank, not null
 * @param measures further scores by name, which tie-breaks may compare; names are single lines
 */
public record RankSubject(SubjectId id, BigDecimal score, ImmutableSortedMap<String, BigDecimal> measures) {

  /**
   * Creates a subject.
   *
   * @param id the id, not null
   * @param score the score, not null
   * @param measures the measures, not null; names not blank
   * @throws io.github.kipp.core.InvalidInputException if a measure's name is not a single line of
   *     plain text
   */
  public RankSubject {
    requireNonNull(id, "id");
    requireNonNull(score, "score");
    measures = ImmutableSortedMap.copyOf(requireNonNull(measures, "measures"));
    for (String name : measures.keySet()) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("a measure of subject " + id + " has a blank name");
      }
      TextPolicy.require("subject " + id, "measures", name, TextPolicy.Kind.SINGLE_LINE);
    }
  }

  /**
   * Returns a subject with a score only.
   *
   * @param id the id, not null
   * @param score the score, not null
   * @return the subject, not null
   */
  public static RankSubject of(SubjectId id, BigDecimal score) {
    return new RankSubject(id, score, ImmutableSortedMap.of());
  }

  /**
   * Returns a subject with measures.
   *
   * @param id the id, not null
   * @param score the score, not null
   * @param measures the measures by name, not null
   * @return the subject, not null
   */
  public static RankSubject of(SubjectId id, BigDecimal score, Map<String, BigDecimal> measures) {
    return new RankSubject(id, score, ImmutableSortedMap.copyOf(measures));
  }

  /**
   * Returns one measure.
   *
   * @param name the measure's name, not null
   * @return the value, or empty if the subject does not carry it
   */
  public Optional<BigDecimal> measure(String name) {
    return Optional.ofNullable(measures.get(requireNonNull(name, "name")));
  }
}
