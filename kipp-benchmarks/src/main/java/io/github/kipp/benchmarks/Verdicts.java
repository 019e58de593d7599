package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ProposalId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The rules an Easy Rules or Drools run failed, by proposal; not thread-safe. */
public final class Verdicts {

  private final Map<ProposalId, TreeSet<String>> failed = new HashMap<>();

  /** Creates an empty record. */
  public Verdicts() {}

  /**
   * Records that a rule failed a proposal.
   *
   * @param proposal the proposal, not null
   * @param rule the rule's id, not null
   */
  public void fail(ProposalId proposal, String rule) {
    failed.computeIfAbsent(proposal, k -> new TreeSet<>()).add(rule);
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
      if (!failed.containsKey(e.getId())) {
        out.add(e.getId());
      }
    }
    return out.build();
  }

  /**
   * Returns the rules that failed each entry, empty for an eligible one.
   *
   * @param entries the entries screened, not null
   * @return the failed rules' ids by proposal, not null
   */
  public ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> failures(List<Entry> entries) {
    ImmutableSortedMap.Builder<ProposalId, ImmutableSortedSet<String>> out = ImmutableSortedMap.naturalOrder();
    for (Entry e : entries) {
      TreeSet<String> rules = failed.get(e.getId());
      out.put(e.getId(), rules == null ? ImmutableSortedSet.of() : ImmutableSortedSet.copyOfSorted(rules));
    }
    return out.buildOrThrow();
  }
}
