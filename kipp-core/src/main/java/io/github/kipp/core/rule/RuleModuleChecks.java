package io.github.kipp.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.spi.CompetitionRules;
import io.github.kipp.core.spi.ModulePart;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks a rule module passes when it is registered: every parameter is cited (an UNKNOWN
 * citation documents its default), the module names its legal basis; a module that runs a
 * competition of proposals ({@link CompetitionRules}) has its edition's year as its edition year and
 * every eligibility rule cites something; and every part the module lists ({@link RuleModule#parts()}) is supplied by {@link
 * RuleModule#part(Class)}.
 */
public final class RuleModuleChecks {

  private RuleModuleChecks() {}

  /**
   * Checks a module.
   *
   * @param module the module, not null
   * @return every failure, empty if the module may be registered
   */
  public static ImmutableList<Violation> check(RuleModule module) {
    List<Violation> v = new ArrayList<>();
    String id = module.id().value();
    uncited(v, id, module.parameters());
    if (module.legalBasis().isEmpty()) {
      v.add(CoreMessages.violation("kipp.module.noBasis", "legalBasis", "", "module", id));
    }
    Optional<CompetitionRules> competition = module.part(CompetitionRules.class);
    if (competition.isPresent()) {
      int year = competition.get().edition().year();
      if (year != module.editionYear()) {
        v.add(CoreMessages.violation("kipp.module.year", "editionYear", module.editionYear(), "module", id, "edition", year));
      }
      for (EligibilityRule r : competition.get().eligibilityRules()) {
        if (r.citations().isEmpty()) {
          v.add(CoreMessages.violation("kipp.module.uncitedRule", "eligibilityRules", r.id(), "module", id));
        }
      }
    }
    for (Class<? extends ModulePart> part : module.parts()) {
      if (!supplies(module, part)) {
        v.add(CoreMessages.violation("kipp.module.partNotSupplied", "parts", part.getName(), "module", id));
      }
    }
    return ImmutableList.copyOf(v);
  }

  private static <T extends ModulePart> boolean supplies(RuleModule module, Class<T> part) {
    return part != ModulePart.class && module.part(part).filter(part::isInstance).isPresent();
  }

  /**
   * Refuses parameters that are not cited, before a module is made of them: a module type calls
   * this when it is built, so an uncited parameter stops it there rather than only when it is
   * registered.
   *
   * @param module the id of the module being built, not null
   * @param parameters its parameters, not null
   * @throws InvalidRuleModuleException with one {@code kipp.module.uncited} violation per uncited
   *     parameter
   */
  public static void requireCited(RuleModuleId module, ParameterSet parameters) {
    requireNonNull(module, "module");
    List<Violation> v = new ArrayList<>();
    uncited(v, module.value(), parameters);
    if (!v.isEmpty()) {
      throw new InvalidRuleModuleException(module, ImmutableList.copyOf(v));
    }
  }

  private static void uncited(List<Violation> v, String id, ParameterSet parameters) {
    for (Parameter<?> p : requireNonNull(parameters, "parameters").uncited()) {
      v.add(CoreMessages.violation("kipp.module.uncited", "parameters." + p.key(), p.valueText(), "module", id, "key", p.key()));
    }
  }

  /**
   * Checks a module and throws if it fails.
   *
   * @param module the module, not null
   * @throws InvalidRuleModuleException listing every failure
   */
  public static void requireValid(RuleModule module) {
    ImmutableList<Violation> failures = check(module);
    if (!failures.isEmpty()) {
      throw new InvalidRuleModuleException(module.id(), failures);
    }
  }
}
