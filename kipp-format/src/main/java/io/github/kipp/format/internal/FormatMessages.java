package io.github.kipp.format.internal;

import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.MessageCatalog;
import io.github.kipp.core.Violation;

/** The format's message catalogue: {@code io/github/kipp/format/Messages*.properties}. */
public final class FormatMessages {

  /** The catalogue. */
  public static final MessageCatalog CATALOG =
      MessageCatalog.load("io.github.kipp.format.Messages", name -> FormatMessages.class.getResourceAsStream(name));

  private FormatMessages() {}

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
