package io.github.kipp.rules.iid.internal;

import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.MessageCatalog;
import io.github.kipp.core.Violation;

/** kipp-rules-iid's message catalogue: {@code io/github/kipp/rules/iid/Messages*.properties}. */
public final class IidMessages {

  /** The catalogue. */
  public static final MessageCatalog CATALOG =
      MessageCatalog.load("io.github.kipp.rules.iid.Messages", name -> IidMessages.class.getResourceAsStream(name));

  private IidMessages() {}

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
   * @param path the field path
   * @param value the refused value
   * @param namesAndValues further arguments
   * @return the violation
   */
  public static Violation violation(String key, String path, Object value, Object... namesAndValues) {
    return CATALOG.violation(key, path, value, namesAndValues);
  }
}
