package io.github.kipp.rules.sinovik.internal;

import io.github.kipp.rules.sinovik.SinovikModule;

/**
 * KIPP 2023: Pedoman Menteri PANRB 3/2023, with PermenPANRB 7/2021 as standing basis, built from the history of the national parameters ({@link
 * NationalHistory#RESOURCE}).
 */
public final class National2023 {

  private National2023() {}

  /**
   * Builds the module afresh from the history.
   *
   * @return KIPP 2023
   */
  public static SinovikModule module() {
    return NationalHistory.module(2023);
  }
}
