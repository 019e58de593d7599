package io.github.kipp.core.internal;

import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.MessageCatalog;
import io.github.kipp.core.Violation;

/** kipp-core's message catalogue and helpers that build violations from it. */
public final class CoreMessages {

  /** The catalogue of kipp-core: {@code io/github/kipp/core/ValidationMessages*.properties}. */
  public static final MessageCatalog CATALOG =
      MessageCatalog.load("io.github.kipp.core.ValidationMessages", name -> CoreMessages.class.getResourceAsStream(name));

  private CoreMessages() {}

  /**
   * Renders a message of kipp-core.
   *
   * @param key the key
   * @param namesAndValues alternating names and values
   * @return the text in both languages
   */
  public static LocalizedText render(String key, Object... namesAndValues) {
    return CATALOG.render(key, namesAndValues);
  }

  /**
   * Builds a violation from kipp-core's catalogue.
   *
   * @param key the key, also the violation's code
   * @param path the field path
   * @param value the refused value
   * @param namesAndValues further template arguments
   * @return the violation
   */
  public static Violation violation(String key, String path, Object value, Object... namesAndValues) {
    return CATALOG.violation(key, path, value, namesAndValues);
  }
}
