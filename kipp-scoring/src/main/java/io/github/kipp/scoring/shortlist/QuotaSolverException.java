package io.github.kipp.scoring.shortlist;

import io.github.kipp.core.KippException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.scoring.internal.ScoringMessages;

/**
 * Thrown when the exact feasibility search of a {@link Shortlister} needs more steps than its node
 * budget, so kipp cannot tell for sure whether the quotas can still be met. kipp does not guess: the
 * host simplifies the quotas (fewer or looser minimums and caps) or uses a larger budget ({@link
 * Shortlister#withNodeBudget(int)}).
 *
 * <p>Its {@link #errorCode() code} is {@code kipp.quota.tooComplex}.
 */
public final class QuotaSolverException extends KippException {

  private static final long serialVersionUID = 1L;

  /** The code of every {@code QuotaSolverException}. */
  public static final String CODE = "kipp.quota.tooComplex";

  /** The node budget that was exhausted. */
  private final int budget;

  QuotaSolverException(int budget, LocalizedText where) {
    super(CODE, ScoringMessages.render(CODE, "budget", budget, "whereId", where.indonesian(), "whereEn", where.english()));
    this.budget = budget;
  }

  /**
   * Returns the node budget that was exhausted.
   *
   * @return the budget, at least 1
   */
  public int budget() {
    return budget;
  }
}
