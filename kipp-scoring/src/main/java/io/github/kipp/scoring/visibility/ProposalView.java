package io.github.kipp.scoring.visibility;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.ProposalId;
import io.github.kipp.core.blind.BlindProposal;
import io.github.kipp.core.innovation.Proposal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as one viewer may see it: always its {@link BlindProposal}, and the whole proposal with
 * its entrant only where the viewer may know who entered it.
 */
public final class ProposalView {

  private final BlindProposal blind;
  private final @Nullable Proposal identified;

  private ProposalView(BlindProposal blind, @Nullable Proposal identified) {
    this.blind = blind;
    this.identified = identified;
  }

  static ProposalView of(Proposal proposal, boolean showEntrant) {
    requireNonNull(proposal, "proposal");
    return new ProposalView(BlindProposal.of(proposal), showEntrant ? proposal : null);
  }

  /**
   * Returns the proposal's id.
   *
   * @return the id, not null
   */
  public ProposalId id() {
    return blind.id();
  }

  /**
   * Returns whether the entrant is hidden from the viewer.
   *
   * @return true when only the blind view may be shown
   */
  public boolean isBlind() {
    return identified == null;
  }

  /**
   * Returns the proposal without its entrant.
   *
   * @return the blind view, not null
   */
  public BlindProposal blind() {
    return blind;
  }

  /**
   * Returns the whole proposal, entrant included, where the viewer may see it.
   *
   * @return the proposal, empty when blind
   */
  public Optional<Proposal> identified() {
    return Optional.ofNullable(identified);
  }

  /** Returns {@code id (blind)} or {@code id}. */
  @Override
  public String toString() {
    return blind.id() + (identified == null ? " (blind)" : "");
  }
}
