package io.github.kipp.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.Optional;

/**
 * Every version of one evaluator's score sheet for one proposal in a {@link ScoreBook}, oldest first,
 * and whether the sheet was withdrawn by the evaluator's recusal. The book counts only the last
 * version, and none after a withdrawal; the earlier ones are kept to explain how the score came to be.
 *
 * @param proposal the proposal
 * @param evaluator the evaluator
 * @param versions the versions accepted, oldest first, numbered 1, 2, …; empty if the evaluator
 *     submitted nothing
 * @param withdrawal the reason of the evaluator's recusal, if they recused from the proposal (their
 *     sheet, if any, then no longer counts)
 */
public record SheetHistory(ProposalId proposal, ActorId evaluator, ImmutableList<SheetVersion> versions, Optional<Reason> withdrawal) {

  /**
   * Creates a history.
   *
   * @param proposal the proposal, not null
   * @param evaluator the evaluator, not null
   * @param versions the versions, not null, numbered from 1 without a gap, each for this proposal and
   *     evaluator
   * @param withdrawal the recusal's reason, not null (empty for none)
   * @throws IllegalArgumentException if the versions are not numbered 1, 2, … or belong to another
   *     sheet
   */
  public SheetHistory {
    requireNonNull(proposal, "proposal");
    requireNonNull(evaluator, "evaluator");
    versions = ImmutableList.copyOf(requireNonNull(versions, "versions"));
    requireNonNull(withdrawal, "withdrawal");
    for (int i = 0; i < versions.size(); i++) {
      SheetVersion v = versions.get(i);
      if (v.number() != i + 1) {
        throw new IllegalArgumentException("version at position " + i + " is numbered " + v.number() + ", not " + (i + 1));
      }
      if (!v.sheet().proposal().equals(proposal) || !v.sheet().evaluator().equals(evaluator)) {
        throw new IllegalArgumentException("version " + v.number() + " is the sheet of " + v.sheet().evaluator() + " for " + v.sheet().proposal()
            + ", not of " + evaluator + " for " + proposal);
      }
    }
  }

  /**
   * Returns the sheet the book counts: the last version, unless the evaluator recused.
   *
   * @return the counted sheet, or empty
   */
  public Optional<ScoreSheet> current() {
    return withdrawal.isPresent() || versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1).sheet());
  }

  /**
   * Explains the history in both languages, one line per version (see {@link
   * SheetVersion#explanation()}) and a last line for a withdrawal.
   *
   * @return the lines, oldest first, not null
   */
  public ImmutableList<LocalizedText> explanation() {
    ImmutableList.Builder<LocalizedText> lines = ImmutableList.builder();
    versions.forEach(v -> lines.add(v.explanation()));
    withdrawal.ifPresent(r -> lines.add(ScoringMessages.render("kipp.sheet.withdrawn", "evaluator", evaluator, "proposal", proposal,
        "versions", versions.size(), "becauseEn", r.message().english(), "becauseId", r.message().indonesian())));
    return lines.build();
  }
}
