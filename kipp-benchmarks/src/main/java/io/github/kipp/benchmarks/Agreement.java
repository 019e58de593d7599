package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Decision;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.eligibility.ScreeningResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check that the eligibility versions compute kipp's answer: for every proposal, the same rules
 * failed it (not only the same eligible set). Run by each benchmark's setup and by the tests over
 * several seeds.
 */
public final class Agreement {

  private Agreement() {}

  /**
   * Returns the rules kipp's screen failed each proposal by.
   *
   * @param result kipp's screening, not null
   * @return the failed rules' ids by proposal, not null
   */
  public static ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> failures(ScreeningResult result) {
    ImmutableSortedMap.Builder<ProposalId, ImmutableSortedSet<String>> out = ImmutableSortedMap.naturalOrder();
    for (ProposalEligibility o : result.outcomes().values()) {
      out.put(o.proposal(), o.failures().stream().map(Decision::rule).collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo)));
    }
    return out.buildOrThrow();
  }

  /**
   * Screens a context with kipp, the hand-written floor, Easy Rules and Drools, and checks that each
   * fails every proposal by the same rules as kipp.
   *
   * @param screen kipp's screen of the module's rules, not null
   * @param floor the floor, not null
   * @param easyRules the Easy Rules version, not null
   * @param drools the Drools version, not null
   * @param context the context, not null
   * @return kipp's failed rules by proposal, not null
   * @throws IllegalStateException naming the first proposals on which a version differs, and how
   */
  public static ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> check(EligibilityScreen screen, EligibilityFloor floor,
      EasyRulesEligibility easyRules, DroolsEligibility drools, EligibilityContext context) {
    ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> kipp = failures(screen.screen(context.submitted(), context));
    EligibilityFloor.Prepared prepared = floor.prepare(context);
    Map<String, ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>>> versions = new LinkedHashMap<>();
    versions.put("the hand-written floor", EligibilityFloor.failures(prepared, floor.screen(prepared)));
    versions.put("Easy Rules", easyRules.failures(context));
    versions.put("Drools", drools.failures(context));
    List<String> problems = new ArrayList<>();
    versions.forEach((name, theirs) -> {
      List<String> differences = differences(kipp, theirs);
      if (!differences.isEmpty()) {
        problems.add(name + " differs from kipp on " + differences.size() + " proposals, such as " + differences.subList(0, Math.min(5, differences.size())));
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("; ", problems));
    }
    return kipp;
  }

  static List<String> differences(ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> kipp,
      ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> theirs) {
    List<String> out = new ArrayList<>();
    ImmutableSortedSet<ProposalId> all = ImmutableSortedSet.<ProposalId>naturalOrder().addAll(kipp.keySet()).addAll(theirs.keySet()).build();
    for (ProposalId id : all) {
      ImmutableSortedSet<String> k = kipp.get(id);
      ImmutableSortedSet<String> t = theirs.get(id);
      if (k == null || !k.equals(t)) {
        out.add(id + ": kipp fails it by " + (k == null ? "(not screened)" : k) + ", the other by " + (t == null ? "(not screened)" : t));
      }
    }
    return out;
  }

  /**
   * Counts the proposals each rule failed.
   *
   * @param failures failed rules by proposal, not null
   * @return the count by rule id, in rule-id order, not null
   */
  public static ImmutableSortedMap<String, Integer> countByRule(Map<ProposalId, ImmutableSortedSet<String>> failures) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    failures.values().forEach(rules -> rules.forEach(r -> counts.merge(r, 1, Integer::sum)));
    return ImmutableSortedMap.copyOf(counts);
  }

  /**
   * The ids of the proposals no rule failed.
   *
   * @param failures failed rules by proposal, not null
   * @return the eligible proposals, not null
   */
  public static ImmutableList<ProposalId> eligible(Map<ProposalId, ImmutableSortedSet<String>> failures) {
    return failures.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).collect(ImmutableList.toImmutableList());
  }
}
