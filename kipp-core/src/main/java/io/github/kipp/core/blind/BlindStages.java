package io.github.kipp.core.blind;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.StageId;

/**
 * The cited declaration of which scoring stages are blind: in a blind stage the evaluators scoring a
 * proposal see it as a {@link BlindProposal}, without its entrant, until the stage's sheets are
 * frozen.
 *
 * <p>No KIPP instrument or report read for kipp says whether desk evaluators see who entered a
 * proposal, so the default, {@link #none()}, declares no stage blind and is cited {@code UNKNOWN}
 * with that default documented: kipp hides nothing the regulation does not hide. A rule module
 * declares its blind stages under the scoring part's {@code blindStages()}, and a host may declare
 * its own, citing its committee's decision.
 *
 * @param stages the blind stages, possibly empty; not null
 * @param citation where the declaration comes from, not null
 */
public record BlindStages(ImmutableSortedSet<StageId> stages, Citation citation) {

  private static final BlindStages NONE =
      new BlindStages(
          ImmutableSortedSet.of(),
          Citation.unknown(
              "Pedoman Kompetisi Inovasi Pelayanan Publik (Kementerian PANRB)",
              "No source says whether evaluators see the entrant of a proposal. kipp's default declares no stage"
                  + " blind, hiding nothing the regulation does not hide; a module or host that reviews blind"
                  + " declares its stages, cited."));

  /**
   * Creates a declaration.
   *
   * @param stages the blind stages, not null
   * @param citation its citation, not null
   */
  public BlindStages {
    requireNonNull(stages, "stages");
    requireNonNull(citation, "citation");
  }

  /**
   * Returns the documented default: no stage is blind, cited {@code UNKNOWN}.
   *
   * @return the default declaration, not null
   */
  public static BlindStages none() {
    return NONE;
  }

  /**
   * Returns a declaration of blind stages.
   *
   * @param citation where it comes from, not null
   * @param stages the blind stages, not null
   * @return the declaration, not null
   */
  public static BlindStages of(Citation citation, Iterable<StageId> stages) {
    return new BlindStages(ImmutableSortedSet.copyOf(requireNonNull(stages, "stages")), citation);
  }

  /**
   * Returns whether a stage is blind.
   *
   * @param stage the stage, not null
   * @return true if declared blind
   */
  public boolean isBlind(StageId stage) {
    return stages.contains(requireNonNull(stage, "stage"));
  }

  /** Returns {@code blind stages [..] (citation)}. */
  @Override
  public String toString() {
    return "blind stages " + stages + " (" + citation + ")";
  }
}
