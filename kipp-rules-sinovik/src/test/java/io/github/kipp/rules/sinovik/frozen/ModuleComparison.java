package io.github.kipp.rules.sinovik.frozen;

import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.scoring.spi.ScoringRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares two rule modules strictly: their header (id, title, jurisdiction with its name, effective
 * period, edition year, legal basis), every parameter's value by structure ({@link Structural}), its
 * text form and its citation, and what the module derives from its parameters (the edition, the
 * pipeline, the eligibility rules with their citations, and every part of the scoring rules).
 */
public final class ModuleComparison {

  private ModuleComparison() {}

  /**
   * Returns every difference between the expected module and the actual one.
   *
   * @param expected the module as the frozen Java builders make it
   * @param actual the module to check
   * @return the differences, each naming what differs; empty when the modules agree
   */
  public static List<String> differences(RuleModule expected, RuleModule actual) {
    List<String> out = new ArrayList<>();
    String m = expected.id().value();
    check(out, m + " id", expected.id(), actual.id());
    check(out, m + " title", expected.title(), actual.title());
    check(out, m + " jurisdiction", expected.jurisdiction(), actual.jurisdiction());
    check(out, m + " jurisdiction name", expected.jurisdiction().name(), actual.jurisdiction().name());
    check(out, m + " effective period", expected.effectivePeriod(), actual.effectivePeriod());
    check(out, m + " edition year", expected.editionYear(), actual.editionYear());
    check(out, m + " legal basis", expected.legalBasis(), actual.legalBasis());
    TreeSet<String> keys = new TreeSet<>();
    expected.parameters().parameters().forEach(p -> keys.add(p.key().name()));
    TreeSet<String> actualKeys = new TreeSet<>();
    actual.parameters().parameters().forEach(p -> actualKeys.add(p.key().name()));
    if (!keys.equals(actualKeys)) {
      out.add(m + " parameter keys: expected " + keys + " but was " + actualKeys);
    }
    for (Parameter<?> p : expected.parameters().parameters()) {
      Optional<Parameter<?>> q = actual.parameters().parameters().stream().filter(x -> x.key().name().equals(p.key().name())).findFirst();
      if (q.isEmpty()) {
        continue;
      }
      String where = m + " " + p.key().name();
      check(out, where + " key type", p.key().type(), q.get().key().type());
      check(out, where + " citation", p.citation(), q.get().citation());
      check(out, where + " text", p.valueText(), q.get().valueText());
      Structural.difference(p.value(), q.get().value()).ifPresent(d -> out.add(where + " value " + d));
    }
    check(out, m + " edition", expected.edition(), actual.edition());
    check(out, m + " pipeline", expected.pipeline(), actual.pipeline());
    check(out, m + " eligibility rules", rules(expected.eligibilityRules()), rules(actual.eligibilityRules()));
    check(out, m + " parts", expected.parts(), actual.parts());
    Optional<ScoringRules> x = expected.part(ScoringRules.class);
    Optional<ScoringRules> y = actual.part(ScoringRules.class);
    if (x.isPresent() && y.isPresent()) {
      ScoringRules a = x.get();
      ScoringRules b = y.get();
      structural(out, m + " criteria", a.criteria(), b.criteria());
      a.criteria().forEach(c -> structural(out, m + " aggregation of " + c.stage(), a.aggregation(c.stage()), b.aggregation(c.stage())));
      structural(out, m + " combination", a.combination(), b.combination());
      structural(out, m + " tie-breaks", a.tieBreaks(), b.tieBreaks());
      structural(out, m + " pass mark", a.passMark(), b.passMark());
      structural(out, m + " nominations", a.nominations(), b.nominations());
      structural(out, m + " finalists", a.finalists(), b.finalists());
      structural(out, m + " winners", a.winners(), b.winners());
      structural(out, m + " conflict of interest", a.conflictOfInterest(), b.conflictOfInterest());
      structural(out, m + " rounding", a.rounding(), b.rounding());
    }
    return out;
  }

  private static List<String> rules(List<EligibilityRule> rules) {
    return rules.stream().map(r -> r.id() + " " + r.description() + " " + r.citations()).collect(Collectors.toList());
  }

  private static void check(List<String> out, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      out.add(what + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  private static void structural(List<String> out, String what, Object expected, Object actual) {
    Structural.difference(expected, actual).ifPresent(d -> out.add(what + " " + d));
  }
}
