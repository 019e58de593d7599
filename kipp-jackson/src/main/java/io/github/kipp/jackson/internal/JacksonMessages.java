package io.github.kipp.jackson.internal;

import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.MessageCatalog;
import io.github.kipp.core.Violation;

/** kipp-jackson's message catalogue: {@code io/github/kipp/jackson/Messages*.properties}. */
public final class JacksonMessages {

  /** The catalogue. */
  public static final MessageCatalog CATALOG =
      MessageCatalog.load("io.github.kipp.jackson.Messages", name -> JacksonMessages.class.getResourceAsStream(name));

  private JacksonMessages() {}

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
   * @param path the path in the document
   * @param value the refused value
   * @param namesAndValues further arguments
   * @return the violation
   */
  public static Violation violation(String key, String path, Object value, Object... namesAndValues) {
    return CATALOG.violation(key, path, value, namesAndValues);
  }
}
