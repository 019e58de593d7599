package io.github.kipp.rules.sinovik.internal;

import io.github.kipp.rules.sinovik.SinovikRules;

/** KIPP 2025 as found by {@link java.util.ServiceLoader}; answers as {@link SinovikRules#edition2025()}. */
public final class Installed2025 extends DelegatingModule {

  /** Creates the module. */
  public Installed2025() {
    super(SinovikRules.edition2025());
  }
}
