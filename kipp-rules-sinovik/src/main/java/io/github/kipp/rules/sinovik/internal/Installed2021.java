package io.github.kipp.rules.sinovik.internal;

import io.github.kipp.rules.sinovik.SinovikRules;

/** KIPP 2021 as found by {@link java.util.ServiceLoader}; answers as {@link SinovikRules#edition2021()}. */
public final class Installed2021 extends DelegatingModule {

  /** Creates the module. */
  public Installed2021() {
    super(SinovikRules.edition2021());
  }
}
