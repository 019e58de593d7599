package io.github.kipp.core.rule;

import io.github.kipp.core.KippException;
import io.github.kipp.core.internal.CoreMessages;

/**
 * Thrown when a rule module found by {@link java.util.ServiceLoader} cannot be loaded: its class is
 * missing, has no public no-argument constructor, or fails while being constructed. A broken plug-in
 * is an error, never a log line.
 */
public final class RuleModuleLoadException extends KippException {

  private static final long serialVersionUID = 1L;

  RuleModuleLoadException(String provider, Throwable cause) {
    super("kipp.registry.load", CoreMessages.render("kipp.registry.load", "provider", provider, "cause", describe(cause)), cause);
  }

  private static String describe(Throwable cause) {
    Throwable root = com.google.common.base.Throwables.getRootCause(cause);
    return root == cause ? String.valueOf(cause.getMessage()) : cause.getMessage() + " (caused by " + root + ")";
  }
}
