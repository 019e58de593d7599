package io.github.kipp.rules.iid;

import java.util.Locale;

/** Locales of the tests. */
final class LocaleIds {
  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private LocaleIds() {}
}
