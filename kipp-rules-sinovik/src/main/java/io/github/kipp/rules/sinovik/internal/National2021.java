package io.github.kipp.rules.sinovik.internal;

import io.github.kipp.rules.sinovik.SinovikModule;

/**
 * KIPP 2021: PermenPANRB 7/2021 with KepmenPANRB 161/2021, built from the history of the national parameters ({@link
 * NationalHistory#RESOURCE}).
 */
public final class National2021 {

  private National2021() {}

  /**
   * Builds the module afresh from the history.
   *
   * @return KIPP 2021
   */
  public static SinovikModule module() {
    return NationalHistory.module(2021);
  }
}
