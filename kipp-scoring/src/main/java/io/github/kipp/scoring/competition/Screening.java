package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.eligibility.ScreeningResult;
import java.time.Instant;

/**
 * The result of administrative screening (<i>seleksi administrasi</i>): the eligibility of every
 * submitted proposal under the module's rules, each decision with its reasons and citations, and the
 * proposals that were registered but never submitted.
 *
 * @param result the decision on each submitted proposal, not null
 * @param notSubmitted the registered proposals that were never submitted, not null
 * @param decidedAt when the step was run, by the competition's clock; not null
 */
public record Screening(ScreeningResult result, ImmutableSortedSet<ProposalId> notSubmitted, Instant decidedAt) {

  /**
   * Creates a screening result.
   *
   * @param result the decisions, not null
   * @param notSubmitted the drafts, not null
   * @param decidedAt when, not null
   */
  public Screening {
    requireNonNull(result, "result");
    notSubmitted = ImmutableSortedSet.copyOf(requireNonNull(notSubmitted, "notSubmitted"));
    requireNonNull(decidedAt, "decidedAt");
  }
}
