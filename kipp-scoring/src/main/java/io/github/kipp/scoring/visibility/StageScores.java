package io.github.kipp.scoring.visibility;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.StageId;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A scoring stage's sheets with the phase it is in: what a {@link VisibilityPolicy} filters for each
 * viewer.
 *
 * <p>While the stage is open, kipp's {@code ScoreBook} holds the sheets and shows none of them; the
 * host keeps its own copy of what it accepted and passes it here with {@link #open}. A frozen stage
 * is its {@link FrozenScores}; a published one is those and the {@link PublishedResult} of the stage,
 * as recorded in the decision log.
 */
public final class StageScores {

  private final CriteriaSet criteria;
  private final StagePhase phase;
  private final ImmutableList<ScoreSheet> sheets;
  private final @Nullable FrozenScores frozen;
  private final @Nullable PublishedResult published;

  private StageScores(CriteriaSet criteria, StagePhase phase, ImmutableList<ScoreSheet> sheets, @Nullable FrozenScores frozen,
      @Nullable PublishedResult published) {
    this.criteria = criteria;
    this.phase = phase;
    this.sheets = sheets;
    this.frozen = frozen;
    this.published = published;
  }

  /**
   * Returns an open stage's sheets.
   *
   * @param criteria the stage's criteria, not null
   * @param sheets the sheets accepted so far, each of the criteria's stage
   * @return the stage's scores, not null
   * @throws IllegalArgumentException if a sheet is of another stage
   */
  public static StageScores open(CriteriaSet criteria, Iterable<ScoreSheet> sheets) {
    requireNonNull(criteria, "criteria");
    ImmutableList<ScoreSheet> all = ImmutableList.copyOf(requireNonNull(sheets, "sheets"));
    for (ScoreSheet s : all) {
      checkArgument(s.stage().equals(criteria.stage()), "sheet of %s for %s is of stage %s, not %s", s.evaluator(), s.proposal(), s.stage(),
          criteria.stage());
    }
    return new StageScores(criteria, StagePhase.OPEN, all, null, null);
  }

  /**
   * Returns a frozen stage's sheets.
   *
   * @param frozen the frozen sheets, not null
   * @return the stage's scores, not null
   */
  public static StageScores frozen(FrozenScores frozen) {
    requireNonNull(frozen, "frozen");
    return new StageScores(frozen.criteria(), StagePhase.FROZEN, frozen.sheets(), frozen, null);
  }

  /**
   * Returns the sheets of a stage whose result was published.
   *
   * @param frozen the frozen sheets, not null
   * @param result the result published for the stage, not null
   * @return the stage's scores, not null
   */
  public static StageScores published(FrozenScores frozen, PublishedResult result) {
    requireNonNull(frozen, "frozen");
    requireNonNull(result, "result");
    return new StageScores(frozen.criteria(), StagePhase.PUBLISHED, frozen.sheets(), frozen, result);
  }

  /**
   * Returns the stage.
   *
   * @return the stage's id, not null
   */
  public StageId stage() {
    return criteria.stage();
  }

  /**
   * Returns the stage's criteria.
   *
   * @return the criteria, not null
   */
  public CriteriaSet criteria() {
    return criteria;
  }

  /**
   * Returns the phase.
   *
   * @return the phase, not null
   */
  public StagePhase phase() {
    return phase;
  }

  /**
   * Returns every sheet, unfiltered; hand a viewer a {@link StageView} instead.
   *
   * @return the sheets, possibly empty
   */
  public ImmutableList<ScoreSheet> sheets() {
    return sheets;
  }

  /**
   * Returns the frozen sheets.
   *
   * @return the frozen scores, empty while open
   */
  public Optional<FrozenScores> frozen() {
    return Optional.ofNullable(frozen);
  }

  /**
   * Returns the published result.
   *
   * @return the result, present once published
   */
  public Optional<PublishedResult> published() {
    return Optional.ofNullable(published);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StageScores
        && criteria.equals(((StageScores) o).criteria)
        && phase == ((StageScores) o).phase
        && sheets.equals(((StageScores) o).sheets)
        && Objects.equals(frozen, ((StageScores) o).frozen)
        && Objects.equals(published, ((StageScores) o).published);
  }

  @Override
  public int hashCode() {
    return Objects.hash(criteria, phase, sheets);
  }

  /** Returns {@code stage PHASE (n sheets)}. */
  @Override
  public String toString() {
    return criteria.stage() + " " + phase + " (" + sheets.size() + " sheets)";
  }
}
