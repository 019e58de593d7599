package io.github.kipp.core.rule;

import io.github.kipp.core.Citation;
import io.github.kipp.core.KippException;
import io.github.kipp.core.LocalizedText;

/**
 * Thrown when a date or year falls in a declared gap in which the jurisdiction held no competition,
 * such as 2024, when PANRB held no KIPP (Pengumuman B/51/S.PP.00.05/2024). kipp never falls back to a
 * neighbouring year silently.
 */
public final class NoCompetitionException extends KippException {

  private static final long serialVersionUID = 1L;

  private final transient Citation basis;

  NoCompetitionException(LocalizedText text, Citation basis) {
    super("kipp.registry.noCompetition", text);
    this.basis = basis;
  }

  /**
   * Returns the announcement that there was no competition.
   *
   * @return the citation, not null
   */
  public Citation basis() {
    return basis;
  }
}
