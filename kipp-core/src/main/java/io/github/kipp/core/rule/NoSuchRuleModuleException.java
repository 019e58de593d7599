package io.github.kipp.core.rule;

import io.github.kipp.core.KippException;
import io.github.kipp.core.LocalizedText;

/**
 * Thrown when no registered rule module has an id, or none of a jurisdiction is in force on a date
 * or for an edition year. The message lists what is registered.
 */
public final class NoSuchRuleModuleException extends KippException {

  private static final long serialVersionUID = 1L;

  NoSuchRuleModuleException(String code, LocalizedText text) {
    super(code, text);
  }
}
