package io.github.kipp.core.rule;

import io.github.kipp.core.KippException;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleModule;

/**
 * Thrown when two rule modules of one jurisdiction would be in force on the same day; names both and
 * their periods. A date must select one module.
 */
public final class OverlappingRuleModulesException extends KippException {

  private static final long serialVersionUID = 1L;

  private final transient Jurisdiction jurisdiction;

  OverlappingRuleModulesException(String first, String firstPeriod, String second, String secondPeriod, Jurisdiction jurisdiction) {
    super("kipp.registry.overlap", CoreMessages.render("kipp.registry.overlap", "first", first, "firstPeriod", firstPeriod,
        "second", second, "secondPeriod", secondPeriod, "jurisdiction", jurisdiction.name().english()));
    this.jurisdiction = jurisdiction;
  }

  static OverlappingRuleModulesException of(RuleModule a, RuleModule b) {
    return new OverlappingRuleModulesException(a.id().value(), a.effectivePeriod().toString(), b.id().value(), b.effectivePeriod().toString(), a.jurisdiction());
  }

  /**
   * Returns the jurisdiction.
   *
   * @return the jurisdiction, not null
   */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }
}
