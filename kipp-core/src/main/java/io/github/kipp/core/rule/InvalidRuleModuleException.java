package io.github.kipp.core.rule;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.KippException;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.CoreMessages;
import java.util.stream.Collectors;

/**
 * Thrown when a rule module fails the checks made when it is registered: an uncited parameter, no
 * legal basis, an edition year that disagrees with its edition. Lists every failure.
 */
public final class InvalidRuleModuleException extends KippException {

  private static final long serialVersionUID = 1L;

  private final transient RuleModuleId module;
  private final transient ImmutableList<Violation> violations;

  InvalidRuleModuleException(RuleModuleId module, ImmutableList<Violation> violations) {
    super("kipp.module.invalid", CoreMessages.render("kipp.module.invalid", "module", module, "count", violations.size(),
        "detailsId", violations.stream().map(v -> v.message().indonesian()).collect(Collectors.joining("; ")),
        "detailsEn", violations.stream().map(v -> v.message().english()).collect(Collectors.joining("; "))));
    this.module = module;
    this.violations = violations;
  }

  /**
   * Returns the module's id.
   *
   * @return the id, not null
   */
  public RuleModuleId module() {
    return module;
  }

  /**
   * Returns every failure found.
   *
   * @return the violations, never empty
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
