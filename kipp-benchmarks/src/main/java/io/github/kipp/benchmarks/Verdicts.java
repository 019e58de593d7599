package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ProposalId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The proposals an Easy Rules or Drools run failed; not thread-safe. */
public final class Verdicts {

  private final Set<ProposalId> failed = new HashSet<>();

  /** Creates an empty record. */
  public Verdicts() {}

  /**
   * Records that a rule failed a proposal.
   *
   * @param proposal the proposal, not null
   * @param rule the rule's id, not null
   */
  public void fail(ProposalId proposal, String rule) {
    failed.add(proposal);
  }

  /**
   * Returns the entries no rule failed.
   *
   * @param entries the entries screened, not null
   * @return their ids, sorted, not null
   */
  public ImmutableSortedSet<ProposalId> eligible(List<Entry> entries) {
    ImmutableSortedSet.Builder<ProposalId> out = ImmutableSortedSet.naturalOrder();
    for (Entry e : entries) {
      if (!failed.contains(e.getId())) {
        out.add(e.getId());
      }
    }
    return out.build();
  }
}
