package io.github.kipp.core.rule;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleModule;

/**
 * Names the rule module a record was made under, such as a stored competition document: the module's
 * id and the jurisdiction it governs. A registry finds the module again with {@link
 * RuleRegistry#moduleFor(RuleModuleReference, io.github.kipp.core.EditionId)}, which checks that it
 * still governs that jurisdiction and defines the record's edition.
 *
 * @param id the module's id, not null
 * @param jurisdiction the jurisdiction the module governs, not null
 */
public record RuleModuleReference(RuleModuleId id, Jurisdiction jurisdiction) {

  /**
   * Creates a reference.
   *
   * @param id the module's id, not null
   * @param jurisdiction the jurisdiction the module governs, not null
   */
  public RuleModuleReference {
    requireNonNull(id, "id");
    requireNonNull(jurisdiction, "jurisdiction");
  }

  /**
   * Returns the reference to a module.
   *
   * @param module the module, not null
   * @return its id and jurisdiction, not null
   */
  public static RuleModuleReference of(RuleModule module) {
    requireNonNull(module, "module");
    return new RuleModuleReference(module.id(), module.jurisdiction());
  }

  /** Returns {@code id (jurisdiction)}. */
  @Override
  public String toString() {
    return id + " (" + jurisdiction + ")";
  }
}
