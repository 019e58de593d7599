package io.github.kipp.rules.sinovik.frozen;

import com.google.common.collect.ImmutableList;
import io.github.kipp.rules.sinovik.SinovikModule;

/**
 * The SINOVIK modules exactly as the Java builders of this package make them: the national editions
 * and the Sulawesi Selatan and Luwu Utara variants, as they stood before their parameters moved to
 * data files. The modules built from the data are compared with these, parameter by parameter.
 */
public final class FrozenModules {

  private FrozenModules() {}

  private static final class Holder {
    static final SinovikModule K2021 = National2021.module();
    static final SinovikModule K2022 = National2022.module();
    static final SinovikModule K2023 = National2023.module();
    static final SinovikModule K2025 = National2025.module();
  }

  /**
   * Returns KIPP 2023 as the frozen builder makes it, once.
   *
   * @return the module
   */
  public static SinovikModule edition2023() {
    return Holder.K2023;
  }

  /**
   * Returns the four national modules, oldest first.
   *
   * @return the modules
   */
  public static ImmutableList<SinovikModule> national() {
    return ImmutableList.of(Holder.K2021, Holder.K2022, Holder.K2023, Holder.K2025);
  }

  /**
   * Returns the Sulawesi Selatan and Luwu Utara modules.
   *
   * @return the modules
   */
  public static ImmutableList<SinovikModule> regional() {
    return ImmutableList.of(FrozenSulawesiSelatan.kipp2023(), FrozenLuwuUtara.selection2023());
  }
}
