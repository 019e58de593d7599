package io.github.kipp.rules.sinovik.internal;

import io.github.kipp.rules.sinovik.SinovikRules;

/** KIPP 2022 as found by {@link java.util.ServiceLoader}; answers as {@link SinovikRules#edition2022()}. */
public final class Installed2022 extends DelegatingModule {

  /** Creates the module. */
  public Installed2022() {
    super(SinovikRules.edition2022());
  }
}
