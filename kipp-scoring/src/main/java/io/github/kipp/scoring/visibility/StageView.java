package io.github.kipp.scoring.visibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.StageId;
import io.github.kipp.core.innovation.Proposal;

/**
 * What one viewer may see of a scoring stage, filtered by a {@link VisibilityPolicy}: the sheets and
 * submissions shown, and whether proposals are shown with their entrant. A host hands this to its
 * screen and nothing else; every value in it may be shown.
 */
public final class StageView {

  private final Viewer viewer;
  private final StageId stage;
  private final StagePhase phase;
  private final boolean blindStage;
  private final ImmutableSortedSet<Disclosure> disclosures;
  private final ImmutableList<VisibleSheet> sheets;
  private final ImmutableList<Submission> submissions;

  StageView(Viewer viewer, StageId stage, StagePhase phase, boolean blindStage, ImmutableSortedSet<Disclosure> disclosures,
      ImmutableList<VisibleSheet> sheets, ImmutableList<Submission> submissions) {
    this.viewer = viewer;
    this.stage = stage;
    this.phase = phase;
    this.blindStage = blindStage;
    this.disclosures = disclosures;
    this.sheets = sheets;
    this.submissions = submissions;
  }

  /**
   * Returns who the view is for.
   *
   * @return the viewer, not null
   */
  public Viewer viewer() {
    return viewer;
  }

  /**
   * Returns the stage.
   *
   * @return the stage's id, not null
   */
  public StageId stage() {
    return stage;
  }

  /**
   * Returns the stage's phase when the view was made.
   *
   * @return the phase, not null
   */
  public StagePhase phase() {
    return phase;
  }

  /**
   * Returns whether the stage is declared blind.
   *
   * @return true for a blind stage
   */
  public boolean blindStage() {
    return blindStage;
  }

  /**
   * Returns what the viewer may see, as the policy grants it for their role and this phase, less the
   * entrant's identity in a blind stage still open.
   *
   * @return the disclosures, in {@link Disclosure} order
   */
  public ImmutableSortedSet<Disclosure> disclosures() {
    return disclosures;
  }

  /**
   * Returns the sheets the viewer may see: ordered by proposal, then the viewer's own first, then by
   * evaluator where names are shown, otherwise by total and scores.
   *
   * @return the sheets, possibly empty
   */
  public ImmutableList<VisibleSheet> sheets() {
    return sheets;
  }

  /**
   * Returns the submissions the viewer may see, without scores, ordered as {@link #sheets()}.
   *
   * @return the submissions, empty unless {@link Disclosure#SUBMISSION_STATUS} is granted
   */
  public ImmutableList<Submission> submissions() {
    return submissions;
  }

  /**
   * Returns whether proposals are shown with their entrant.
   *
   * @return true if {@link Disclosure#ENTRANT_IDENTITY} is among the disclosures
   */
  public boolean showsEntrant() {
    return disclosures.contains(Disclosure.ENTRANT_IDENTITY);
  }

  /**
   * Returns a proposal as the viewer may see it: blind unless {@link #showsEntrant()}.
   *
   * @param proposal the proposal, not null
   * @return its view, not null
   */
  public ProposalView proposal(Proposal proposal) {
    return ProposalView.of(requireNonNull(proposal, "proposal"), showsEntrant());
  }

  /** Returns {@code stage PHASE for actor: n sheets}. */
  @Override
  public String toString() {
    return stage + " " + phase + " for " + viewer.actor() + ": " + sheets.size() + " sheets";
  }
}
