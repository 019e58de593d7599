package io.github.kipp.core.rule;

import io.github.kipp.core.KippException;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.spi.RuleModule;

/** Thrown when a second rule module is registered under an id already taken; names both. */
public final class DuplicateRuleModuleException extends KippException {

  private static final long serialVersionUID = 1L;

  private final transient RuleModuleId id;

  DuplicateRuleModuleException(RuleModule existing, RuleModule added) {
    super("kipp.registry.duplicate", CoreMessages.render("kipp.registry.duplicate", "id", existing.id(),
        "existing", existing.getClass().getName(), "added", added.getClass().getName()));
    this.id = existing.id();
  }

  /**
   * Returns the id that was taken.
   *
   * @return the id, not null
   */
  public RuleModuleId id() {
    return id;
  }
}
