package io.github.kipp.scoring.internal;

import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.MessageCatalog;
import io.github.kipp.core.Violation;

/** kipp-scoring's message catalogue. */
public final class ScoringMessages {

  /** The catalogue: {@code io/github/kipp/scoring/Messages*.properties}. */
  public static final MessageCatalog CATALOG =
      MessageCatalog.load("io.github.kipp.scoring.Messages", name -> ScoringMessages.class.getResourceAsStream(name));

  private ScoringMessages() {}

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
