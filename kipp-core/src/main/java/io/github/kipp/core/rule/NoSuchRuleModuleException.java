package io.github.kipp.core.rule;

import io.github.kipp.core.KippException;
import io.github.kipp.core.LocalizedText;

/**
 * Thrown when no registered rule module answers a look-up: none has an id, none defines an edition
 * id, none of a jurisdiction is in force on a date or for an edition year, or the module a record
 * names no longer governs the record's jurisdiction or defines its edition. The message lists what
 * is registered, or both sides of the disagreement.
 */
public final class NoSuchRuleModuleException extends KippException {

  private static final long serialVersionUID = 1L;

  NoSuchRuleModuleException(String code, LocalizedText text) {
    super(code, text);
  }
}
