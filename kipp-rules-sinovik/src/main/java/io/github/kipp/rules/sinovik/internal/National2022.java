package io.github.kipp.rules.sinovik.internal;

import io.github.kipp.rules.sinovik.SinovikModule;

/**
 * KIPP 2022: PermenPANRB 7/2021 with KepmenPANRB 50/2022, built from the history of the national parameters ({@link
 * NationalHistory#RESOURCE}).
 */
public final class National2022 {

  private National2022() {}

  /**
   * Builds the module afresh from the history.
   *
   * @return KIPP 2022
   */
  public static SinovikModule module() {
    return NationalHistory.module(2022);
  }
}
