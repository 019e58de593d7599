package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.aggregate.VerificationFinding;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One call of a {@link Competition} that made an {@link EditionResult}, as the result keeps it: which
 * step ran, when it was decided (the competition's clock), and what the call was given that the
 * result's decisions do not otherwise hold — for the frozen sheets of each stage scored, the close and
 * the population's id; for a finalist removed after public review (<i>uji publik</i>), the proposal
 * and the ruling; for the winners, the field verification's findings.
 *
 * <p>With the competition document a host keeps (proposals, statuses, sheets), these records are
 * enough to run the steps again and obtain the same result, which is how a stored result is checked
 * when a host resumes a competition from it (kipp-jackson does so). {@link EditionResult#steps()}
 * lists them in the order run.
 *
 * @param call the call, not null
 * @param decidedAt when the call was decided, by the competition's clock; not null
 * @param scores the frozen sheets the call was given, one per stage in the module's stage order: the
 *     desk stage's for {@link Call#NOMINATE}, the later stages' for {@link Call#AWARD}, none for the
 *     other calls
 * @param removed the finalist removed, for {@link Call#REMOVE_FINALIST} only
 * @param ruling the ruling on the objection that removed it, for {@link Call#REMOVE_FINALIST} only
 * @param findings the field verification's findings given to {@link Call#AWARD}, by proposal; empty for
 *     the other calls
 */
public record StepRecord(
    Call call,
    Instant decidedAt,
    ImmutableList<FrozenStage> scores,
    Optional<ProposalId> removed,
    Optional<Reason> ruling,
    ImmutableSortedMap<ProposalId, VerificationFinding> findings) {

  /**
   * Creates a record, checking that it carries exactly the inputs of its call.
   *
   * @param call the call, not null
   * @param decidedAt when, not null
   * @param scores the frozen sheets, not null; exactly one for {@code NOMINATE}, none for calls other
   *     than {@code NOMINATE} and {@code AWARD}
   * @param removed the finalist removed, present exactly for {@code REMOVE_FINALIST}
   * @param ruling the ruling, present exactly for {@code REMOVE_FINALIST}
   * @param findings the findings, not null; empty for calls other than {@code AWARD}
   * @throws IllegalArgumentException if the record carries inputs its call does not take, or lacks one
   *     it needs
   */
  public StepRecord {
    requireNonNull(call, "call");
    requireNonNull(decidedAt, "decidedAt");
    scores = ImmutableList.copyOf(requireNonNull(scores, "scores"));
    requireNonNull(removed, "removed");
    requireNonNull(ruling, "ruling");
    findings = ImmutableSortedMap.copyOf(requireNonNull(findings, "findings"));
    boolean removal = call == Call.REMOVE_FINALIST;
    if (removed.isPresent() != removal || ruling.isPresent() != removal) {
      throw new IllegalArgumentException("a " + call + " step record carries a removed finalist and a ruling exactly when it removes a finalist");
    }
    if (call == Call.NOMINATE ? scores.size() != 1 : call != Call.AWARD && !scores.isEmpty()) {
      throw new IllegalArgumentException("a " + call + " step record carries " + scores.size() + " frozen stages; NOMINATE freezes exactly one,"
          + " AWARD any number, the other calls none");
    }
    if (call != Call.AWARD && !findings.isEmpty()) {
      throw new IllegalArgumentException("a " + call + " step record carries verification findings; only AWARD is given findings");
    }
  }

  static StepRecord screen(Instant at) {
    return new StepRecord(Call.SCREEN, at, ImmutableList.of(), Optional.empty(), Optional.empty(), ImmutableSortedMap.of());
  }

  static StepRecord nominate(Instant at, FrozenScores desk) {
    return new StepRecord(Call.NOMINATE, at, ImmutableList.of(FrozenStage.of(desk)), Optional.empty(), Optional.empty(), ImmutableSortedMap.of());
  }

  static StepRecord selectFinalists(Instant at) {
    return new StepRecord(Call.SELECT_FINALISTS, at, ImmutableList.of(), Optional.empty(), Optional.empty(), ImmutableSortedMap.of());
  }

  static StepRecord removeFinalist(Instant at, ProposalId proposal, Reason ruling) {
    return new StepRecord(Call.REMOVE_FINALIST, at, ImmutableList.of(), Optional.of(proposal), Optional.of(ruling), ImmutableSortedMap.of());
  }

  static StepRecord award(Instant at, ImmutableList<FrozenStage> scores, Map<ProposalId, VerificationFinding> findings) {
    return new StepRecord(Call.AWARD, at, scores, Optional.empty(), Optional.empty(), ImmutableSortedMap.copyOf(findings));
  }

  /** The calls of a {@link Competition} that make or change an {@link EditionResult}, named after its methods. */
  public enum Call {
    /** {@link Competition#screen}: administrative screening (<i>seleksi administrasi</i>). */
    SCREEN,
    /** {@link Competition#nominate}: the desk evaluation and nomination (<i>evaluasi proposal</i>, <i>nominasi</i>). */
    NOMINATE,
    /** {@link Competition#selectFinalists}: the finalist pools (<i>penetapan finalis</i>). */
    SELECT_FINALISTS,
    /** {@link Competition#removeFinalist}: a finalist removed after an objection was upheld (<i>sanggahan</i>). */
    REMOVE_FINALIST,
    /** {@link Competition#award}: the later stages, the final ranking and the winners (<i>penetapan pemenang</i>). */
    AWARD
  }

  /**
   * The frozen sheets of one stage as a call was given them: the stage, the close they were frozen at,
   * and the frozen population's id ({@link FrozenScores#populationId()}), which changes with any sheet.
   *
   * @param stage the stage, not null
   * @param closedAt when the stage closed, not null
   * @param populationId the population's id, not blank
   */
  public record FrozenStage(StageId stage, Instant closedAt, String populationId) {

    /**
     * Creates the record of a stage's frozen sheets.
     *
     * @param stage the stage, not null
     * @param closedAt the close, not null
     * @param populationId the population's id, not blank
     * @throws IllegalArgumentException if the population's id is blank
     */
    public FrozenStage {
      requireNonNull(stage, "stage");
      requireNonNull(closedAt, "closedAt");
      requireNonNull(populationId, "populationId");
      if (populationId.isBlank()) {
        throw new IllegalArgumentException("the population id of stage " + stage + " is blank");
      }
    }

    /**
     * Returns the record of frozen sheets.
     *
     * @param frozen the frozen sheets, not null
     * @return their stage, close and population id, not null
     */
    public static FrozenStage of(FrozenScores frozen) {
      requireNonNull(frozen, "frozen");
      return new FrozenStage(frozen.criteria().stage(), frozen.closedAt(), frozen.populationId());
    }
  }
}
