package io.github.kipp.scoring.shortlist;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.KippException;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Shortlister#select} when a ranking cannot meet a shortlist's quotas, before
 * anything is selected. It names exactly what cannot be met: each {@link QuotaProblem}, such as
 * {@code category tata-kelola needs at least 5 but only 3 candidates have it}. {@link
 * Shortlister#check} returns the same problems without throwing.
 *
 * <p>Its {@link #errorCode() code} is {@code kipp.quota.infeasible}.
 */
public final class InfeasibleQuotasException extends KippException {

  private static final long serialVersionUID = 1L;

  /** The code of every {@code InfeasibleQuotasException}. */
  public static final String CODE = "kipp.quota.infeasible";

  private final transient ImmutableList<QuotaProblem> problems;

  InfeasibleQuotasException(ImmutableList<QuotaProblem> problems) {
    super(
        CODE,
        ScoringMessages.render(
            CODE,
            "problemsId", problems.stream().map(p -> p.message().indonesian()).collect(Collectors.joining("; ")),
            "problemsEn", problems.stream().map(p -> p.message().english()).collect(Collectors.joining("; "))));
    this.problems = problems;
  }

  /**
   * Returns what cannot be met.
   *
   * @return the problems, never empty
   */
  public ImmutableList<QuotaProblem> problems() {
    return problems;
  }
}
