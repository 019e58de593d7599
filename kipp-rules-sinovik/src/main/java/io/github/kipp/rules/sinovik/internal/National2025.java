package io.github.kipp.rules.sinovik.internal;

import io.github.kipp.rules.sinovik.SinovikModule;

/**
 * KIPP 2025: Pedoman Menteri PANRB 4/2025 with PermenPANRB 7/2021, built from the history of the national parameters ({@link
 * NationalHistory#RESOURCE}).
 */
public final class National2025 {

  private National2025() {}

  /**
   * Builds the module afresh from the history.
   *
   * @return KIPP 2025
   */
  public static SinovikModule module() {
    return NationalHistory.module(2025);
  }
}
