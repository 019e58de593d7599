package io.github.kipp.rules.sinovik.internal;

import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.MessageCatalog;
import io.github.kipp.core.Violation;

/** kipp-rules-sinovik's message catalogue: {@code io/github/kipp/rules/sinovik/Messages*.properties}. */
public final class SinovikMessages {

  /** The catalogue. */
  public static final MessageCatalog CATALOG =
      MessageCatalog.load("io.github.kipp.rules.sinovik.Messages", name -> SinovikMessages.class.getResourceAsStream(name));

  private SinovikMessages() {}

  /**
   * Renders a message.
   *
   * @param key the key
   * @param namesAndValues alternating names and values
   * @return the text in both languages
   */
  public static LocalizedText render(String key, Object... namesAndValues) {
    return CATALOG.render(key, namesAndValues);
  }

  /**
   * Builds a violation.
   *
   * @param key the key, also the code
   * @param path the path in the file
   * @param value the refused value
   * @param namesAndValues further arguments
   * @return the violation
   */
  public static Violation violation(String key, String path, Object value, Object... namesAndValues) {
    return CATALOG.violation(key, path, value, namesAndValues);
  }
}
