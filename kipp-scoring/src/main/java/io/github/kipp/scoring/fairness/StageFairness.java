package io.github.kipp.scoring.fairness;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.meta.Beta;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * The shares of one stage: for each dimension of the {@link FairnessOptions}, each value's share
 * among the proposals that entered the stage and among those that went on, with the changes above
 * the threshold flagged. Made by {@link RegionalFairness}. Descriptive only: nothing in kipp
 * corrects a result from it.
 *
 * @param stage the stage's name: a competition's {@link
 *     io.github.kipp.scoring.competition.EditionStep} name, or the host's; not blank
 * @param entered the number of proposals that entered the stage
 * @param passed the number that went on, 0 to {@code entered}
 * @param threshold the threshold the changes were compared with, not null
 * @param shifts every value's shift, by dimension in the options' order, then by value
 */
@Beta
public record StageFairness(String stage, int entered, int passed, BigDecimal threshold, ImmutableList<ShareShift> shifts) {

  /** The scale of every share and change, {@value}. */
  public static final int SHARE_SCALE = 4;

  /**
   * Creates a stage's shares.
   *
   * @param stage the name, not blank
   * @param entered zero or more
   * @param passed 0 to {@code entered}
   * @param threshold the threshold, not null
   * @param shifts the shifts, not null
   * @throws IllegalArgumentException if the name is blank or the counts are out of range
   */
  public StageFairness {
    requireNonNull(stage, "stage");
    requireNonNull(threshold, "threshold");
    requireNonNull(shifts, "shifts");
    if (stage.isBlank() || entered < 0 || passed < 0 || passed > entered) {
      throw new IllegalArgumentException("inconsistent stage '" + stage + "': " + passed + " of " + entered + " went on");
    }
  }

  /**
   * Returns the shifts of one dimension.
   *
   * @param dimension the dimension, not null
   * @return its shifts by value, empty if the dimension was not compared or nothing entered
   */
  public ImmutableList<ShareShift> of(QuotaDimension dimension) {
    requireNonNull(dimension, "dimension");
    return shifts.stream().filter(s -> s.dimension() == dimension).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the flagged shifts.
   *
   * @return the shifts whose change is above the threshold, in report order
   */
  public ImmutableList<ShareShift> flagged() {
    return shifts.stream().filter(ShareShift::flagged).collect(ImmutableList.toImmutableList());
  }

  /** Returns the stage, its counts and its flagged shifts. */
  @Override
  public String toString() {
    return "StageFairness[" + stage + ": " + passed + " of " + entered + ", flagged "
        + flagged().stream().map(s -> s.dimension() + " " + s.value() + " " + s.change().toPlainString()).collect(Collectors.joining(", ", "[", "]")) + "]";
  }
}
