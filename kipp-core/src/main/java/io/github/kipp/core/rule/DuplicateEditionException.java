package io.github.kipp.core.rule;

import io.github.kipp.core.EditionId;
import io.github.kipp.core.KippException;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.spi.RuleModule;

/**
 * Thrown when a second rule module defining an edition id already taken is registered; names both
 * modules. An edition id must select one module, so that a document finds its rules by its edition.
 */
public final class DuplicateEditionException extends KippException {

  private static final long serialVersionUID = 1L;

  private final transient EditionId edition;

  DuplicateEditionException(RuleModule existing, RuleModule added) {
    super("kipp.registry.duplicateEdition", CoreMessages.render("kipp.registry.duplicateEdition",
        "edition", existing.edition().id(), "existing", existing.id(), "added", added.id()));
    this.edition = existing.edition().id();
  }

  /**
   * Returns the edition id both modules define.
   *
   * @return the id, not null
   */
  public EditionId edition() {
    return edition;
  }
}
