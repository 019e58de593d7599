package io.github.kipp.scoring.shortlist;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.validation.TextPolicy;

/**
 * One reason why a set of {@link Quota quotas} cannot be met by a ranking: a minimum above a
 * maximum, too few candidates with a value, minimums that need more places than the shortlist has,
 * or minimums that no choice of candidates meets together. Found by {@link Shortlister#check} before
 * any selection.
 *
 * <p>Codes: {@code kipp.quota.problem.minAboveMax}, {@code kipp.quota.problem.tooFewCandidates},
 * {@code kipp.quota.problem.minimumsExceedSize}, {@code kipp.quota.problem.jointly}.
 *
 * @param code the kind of problem, such as {@code kipp.quota.problem.tooFewCandidates}; not blank
 * @param quotas the quotas that cannot be met, in the spec's order; not empty
 * @param message what cannot be met, in both languages, such as {@code category tata-kelola needs
 *     at least 5 but only 3 candidates have it}
 */
public record QuotaProblem(String code, ImmutableList<Quota> quotas, LocalizedText message) {

  /**
   * Creates a problem.
   *
   * @param code the kind of problem, not blank
   * @param quotas the quotas that cannot be met, not empty
   * @param message what cannot be met, not null
   * @throws IllegalArgumentException if the code is blank or no quota is named
   * @throws io.github.kipp.core.InvalidInputException if the code is not a single line of plain text
   */
  public QuotaProblem {
    requireNonNull(code, "code");
    quotas = ImmutableList.copyOf(requireNonNull(quotas, "quotas"));
    requireNonNull(message, "message");
    if (code.isBlank() || quotas.isEmpty()) {
      throw new IllegalArgumentException("a quota problem needs a code and at least one quota");
    }
    TextPolicy.require("quota problem", "code", code, TextPolicy.Kind.SINGLE_LINE);
  }

  /** Returns {@code code: english message}. */
  @Override
  public String toString() {
    return code + ": " + message.english();
  }
}
