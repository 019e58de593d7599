package io.github.kipp.rules.sinovik.internal;

import io.github.kipp.rules.sinovik.SinovikRules;

/** KIPP 2023 as found by {@link java.util.ServiceLoader}; answers as {@link SinovikRules#edition2023()}. */
public final class Installed2023 extends DelegatingModule {

  /** Creates the module. */
  public Installed2023() {
    super(SinovikRules.edition2023());
  }
}
