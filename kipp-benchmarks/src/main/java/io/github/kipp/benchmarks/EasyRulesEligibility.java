package io.github.kipp.benchmarks;

import static io.github.kipp.benchmarks.PastResults.khusus2023;
import static io.github.kipp.benchmarks.PastResults.umum2023;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.eligibility.EligibilityContext;
import java.util.HashMap;
import java.util.Map;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The eligibility rules of the 2023 national module written for Easy Rules: a complete proposal, the
 * minimum age, the past results of the general and special groups and a unique title. Each proposal
 * is one firing of the rules on its facts, prepared without kipp's code ({@link Entry}, {@link
 * Form}); a rule whose condition holds records a failure.
 */
public final class EasyRulesEligibility {

  private static final String ENTRY = "entry";
  private static final String VERDICTS = "verdicts";
  private static final String FIRST_BY_TITLE = "firstByTitle";

  private final Limits limits;
  private final Rules rules;
  private final RulesEngine engine = new DefaultRulesEngine();

  /**
   * Creates the rules.
   *
   * @param limits the module's values, not null
   */
  public EasyRulesEligibility(Limits limits) {
    this.limits = limits;
    this.rules = new Rules(
        rule("fits-edition", f -> !limits.getForm().fits(entry(f))),
        rule("minimum-age", f -> entry(f).getStart().plus(limits.getMinimumAge()).isAfter(limits.getCloseDay())),
        rule("past-results:khusus", f -> entry(f).getGroup().equals("khusus") && !khusus2023(entry(f).getHistory())),
        rule("past-results:umum", f -> entry(f).getGroup().equals("umum") && !umum2023(entry(f).getHistory())),
        rule("unique-title", f -> {
          Map<String, Entry> first = f.get(FIRST_BY_TITLE);
          return first.get(entry(f).getTitle()) != entry(f);
        }));
  }

  private static Entry entry(Facts facts) {
    return facts.get(ENTRY);
  }

  private static Rule rule(String name, org.jeasy.rules.api.Condition condition) {
    return new RuleBuilder().name(name).when(condition)
        .then(f -> {
          Verdicts verdicts = f.get(VERDICTS);
          verdicts.fail(entry(f).getId(), name);
        })
        .build();
  }

  /**
   * Screens the submitted proposals of a context.
   *
   * @param context the context, not null
   * @return the eligible proposals, not null
   */
  public ImmutableSortedSet<ProposalId> eligible(EligibilityContext context) {
    ImmutableList<Entry> entries = Entry.of(context, limits.getResolution());
    return run(entries).eligible(entries);
  }

  /**
   * Screens the submitted proposals of a context and says which rules failed each.
   *
   * @param context the context, not null
   * @return the failed rules' ids by proposal, not null
   */
  public ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> failures(EligibilityContext context) {
    ImmutableList<Entry> entries = Entry.of(context, limits.getResolution());
    return run(entries).failures(entries);
  }

  private Verdicts run(ImmutableList<Entry> entries) {
    Map<String, Entry> firstByTitle = new HashMap<>();
    for (Entry e : entries) {
      firstByTitle.putIfAbsent(e.getTitle(), e);
    }
    Verdicts verdicts = new Verdicts();
    Facts facts = new Facts();
    facts.put(VERDICTS, verdicts);
    facts.put(FIRST_BY_TITLE, firstByTitle);
    for (Entry e : entries) {
      facts.put(ENTRY, e);
      engine.fire(rules, facts);
    }
    return verdicts;
  }
}
