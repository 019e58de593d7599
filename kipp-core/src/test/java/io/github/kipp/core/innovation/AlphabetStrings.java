package io.github.kipp.core.innovation;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.quicktheories.core.Gen;

/** Generated strings drawn character by character from a given alphabet, for the tests of this package. */
final class AlphabetStrings {

  private AlphabetStrings() {}

  /**
   * Strings of {@code minLength} to {@code maxLength} chars, each one of {@code alphabet}'s chars
   * (a surrogate in the alphabet is drawn alone, so strings with unpaired surrogates are drawn too).
   */
  static Gen<String> from(String alphabet, int minLength, int maxLength) {
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(minLength, maxLength)
        .map(indexes -> {
          StringBuilder out = new StringBuilder(indexes.size());
          indexes.forEach(i -> out.append(alphabet.charAt(i)));
          return out.toString();
        });
  }
}
