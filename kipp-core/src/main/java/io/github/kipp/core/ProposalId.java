package io.github.kipp.core;

/** Identifies a {@link io.github.kipp.core.innovation.Proposal proposal}: one innovation entered in one edition. */
public final class ProposalId extends Identifier<ProposalId> {

  private ProposalId(String value) {
    super("proposal id", value);
  }

  /**
   * Returns the proposal id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match
   */
  public static ProposalId of(String value) {
    return new ProposalId(value);
  }
}
