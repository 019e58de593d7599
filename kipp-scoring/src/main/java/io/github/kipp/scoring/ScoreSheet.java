package io.github.kipp.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Decimals;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One evaluator's scores for one proposal in one scoring stage (<i>lembar penilaian</i>).
 *
 * <p>A sheet is a plain record of what was written; whether it fits the criteria, and whether the
 * evaluator may score that proposal, is checked when it is submitted to a {@link ScoreBook}. Scores
 * are normalised without trailing zeros.
 */
public final class ScoreSheet {

  /** The most criteria one sheet may score. */
  public static final int MAX_SCORES = 100;

  private final ProposalId proposal;
  private final ActorId evaluator;
  private final StageId stage;
  private final ImmutableSortedMap<CriterionId, BigDecimal> scores;
  private final Instant submittedAt;

  private ScoreSheet(ProposalId proposal, ActorId evaluator, StageId stage, ImmutableSortedMap<CriterionId, BigDecimal> scores, Instant submittedAt) {
    this.proposal = proposal;
    this.evaluator = evaluator;
    this.stage = stage;
    this.scores = scores;
    this.submittedAt = submittedAt;
  }

  /**
   * Returns a sheet.
   *
   * @param proposal the proposal scored, not null
   * @param evaluator who scored it, not null
   * @param stage the scoring stage, not null
   * @param scores the score of each criterion, 1 to {@value #MAX_SCORES} entries
   * @param submittedAt when it was submitted, not null
   * @return the sheet, not null
   * @throws InvalidInputException if there are no scores or too many, or a score is outside {@link
   *     Decimals}' bounds
   */
  public static ScoreSheet of(ProposalId proposal, ActorId evaluator, StageId stage, Map<CriterionId, BigDecimal> scores, Instant submittedAt) {
    requireNonNull(proposal, "proposal");
    requireNonNull(evaluator, "evaluator");
    requireNonNull(stage, "stage");
    requireNonNull(scores, "scores");
    requireNonNull(submittedAt, "submittedAt");
    if (scores.isEmpty() || scores.size() > MAX_SCORES) {
      throw InvalidInputException.of(
          "score sheet of " + evaluator + " for " + proposal,
          ScoringMessages.violation("kipp.sheet.scoreCount", "scores", scores.size(), "max", MAX_SCORES));
    }
    ImmutableSortedMap.Builder<CriterionId, BigDecimal> normalised = ImmutableSortedMap.naturalOrder();
    List<Violation> bounds = new ArrayList<>();
    scores.forEach((k, v) -> {
      requireNonNull(k, "criterion");
      requireNonNull(v, "score");
      if (Decimals.isWithinBounds(v)) {
        normalised.put(k, v.stripTrailingZeros());
      } else {
        Decimals.check("scores." + k, v).ifPresent(bounds::add);
      }
    });
    if (!bounds.isEmpty()) {
      throw InvalidInputException.of("score sheet of " + evaluator + " for " + proposal, bounds);
    }
    return new ScoreSheet(proposal, evaluator, stage, normalised.buildOrThrow(), submittedAt);
  }

  /**
   * Returns the proposal scored.
   *
   * @return the proposal's id, not null
   */
  public ProposalId proposal() {
    return proposal;
  }

  /**
   * Returns who scored it.
   *
   * @return the evaluator's id, not null
   */
  public ActorId evaluator() {
    return evaluator;
  }

  /**
   * Returns the scoring stage.
   *
   * @return the stage, not null
   */
  public StageId stage() {
    return stage;
  }

  /**
   * Returns the scores by criterion, sorted by criterion id.
   *
   * @return the scores, never empty
   */
  public ImmutableSortedMap<CriterionId, BigDecimal> scores() {
    return scores;
  }

  /**
   * Returns when the sheet was submitted.
   *
   * @return the instant, not null
   */
  public Instant submittedAt() {
    return submittedAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ScoreSheet)) {
      return false;
    }
    ScoreSheet other = (ScoreSheet) o;
    return proposal.equals(other.proposal)
        && evaluator.equals(other.evaluator)
        && stage.equals(other.stage)
        && scores.equals(other.scores)
        && submittedAt.equals(other.submittedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(proposal, evaluator, stage, scores, submittedAt);
  }

  /** Returns {@code evaluator on proposal (stage): {criterion=score, ...}}, the scores as plain decimals. */
  @Override
  public String toString() {
    return evaluator + " on " + proposal + " (" + stage + "): "
        + scores.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toPlainString()).collect(Collectors.joining(", ", "{", "}"));
  }
}
