package io.github.kipp.core.edition;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Citation;
import java.time.ZonedDateTime;

/**
 * A later close of a {@link Window}, decided by a letter or announcement: a cited change of a
 * parameter, never an edit of the original (registration 2023 was extended by letter
 * B/188/PP.00.05/2023 to 6 May 23:59 WIB).
 *
 * @param closes the new close, exclusive; not null
 * @param basis the letter or announcement that decided it, not null
 */
public record Extension(ZonedDateTime closes, Citation basis) {

  /**
   * Creates an extension.
   *
   * @param closes the new close, exclusive; not null
   * @param basis the letter or announcement that decided it, not null
   */
  public Extension {
    requireNonNull(closes, "closes");
    requireNonNull(basis, "basis");
  }
}
