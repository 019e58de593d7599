package io.github.kipp.rules.sinovik.regional;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;

/**
 * The provincial competition of Sulawesi Tengah ("KIPP SINOVIK lingkup provinsi"), run by the
 * province's <i>Biro Organisasi</i> as a pre-selection for the national KIPP: the province's own
 * agencies (<i>perangkat daerah</i>, 47 in 2022) compete, following Peraturan Menteri PANRB 7/2021 and
 * Keputusan Menteri PANRB 50/2022, with the national Top 99 and Top 45 as the aim. The 2022 round was
 * launched in Palu on 24 March 2022 (reported, Madika, the project's source Seed-1) and the 2023 round
 * on 30 March 2023 (reported, Palu Ngataku, Seed-0).
 *
 * <p>Written as data, one module file per edition, because each edition extends a different national
 * module (its legal basis, form, criteria and exclusions): {@value #RESOURCE_2022} extends {@link
 * SinovikRules#edition2022()} and {@value #RESOURCE_2023} extends {@link SinovikRules#edition2023()}
 * (docs/modules.md). Both declare the same overrides, each cited:
 *
 * <ul>
 *   <li>entrants are the province's own agencies: region {@code 72}, institution type
 *       <i>provinsi</i>, units that are <i>perangkat daerah</i> (reported);
 *   <li>times in WITA (inferred);
 *   <li>no public review, the finalists fixed by the province (inferred, as no regional round reports
 *       one);
 *   <li>the schedule after the reported launch, ending before the national close; no conflict-of-interest
 *       bar (the evaluators are not published and all entrants are one government); 20 + 5
 *       nominations, 10 finalists and 5 best innovations: UNKNOWN, kipp's documented defaults.
 * </ul>
 *
 * <p>Categories, form, criteria, minimum age (counted back from the provincial close), exclusions of
 * earlier winners and groups are the national edition's, as the round mirrors the national rules
 * (inferred). A host registers the modules it runs: {@code
 * SinovikRules.registryBuilder().register(SulawesiTengah.kipp2022())}; both can be registered together
 * with the national ones, as their periods (2022, 2023) do not overlap.
 */
public final class SulawesiTengah {

  private SulawesiTengah() {}

  /** The module file of the 2022 round, a resource of this jar. */
  public static final String RESOURCE_2022 = "io/github/kipp/rules/sinovik/modules/sulteng-2022.yaml";

  /** The module file of the 2023 round, a resource of this jar. */
  public static final String RESOURCE_2023 = "io/github/kipp/rules/sinovik/modules/sulteng-2023.yaml";

  /** The province's region code. */
  public static final RegionCode PROVINCE = RegionCode.of("72");

  private static final class Holder2022 {
    static final SinovikModule INSTANCE = ModuleFiles.readResource(SulawesiTengah.class, RESOURCE_2022, SinovikRules.registry());
  }

  private static final class Holder2023 {
    static final SinovikModule INSTANCE = ModuleFiles.readResource(SulawesiTengah.class, RESOURCE_2023, SinovikRules.registry());
  }

  /**
   * Returns the 2022 round, read from {@value #RESOURCE_2022} once.
   *
   * @return the module {@code sinovik-2022/sulteng-2022}
   */
  public static SinovikModule kipp2022() {
    return Holder2022.INSTANCE;
  }

  /**
   * Returns the 2023 round, read from {@value #RESOURCE_2023} once.
   *
   * @return the module {@code sinovik-2023/sulteng-2023}
   */
  public static SinovikModule kipp2023() {
    return Holder2023.INSTANCE;
  }

  /**
   * Returns both rounds, oldest first.
   *
   * @return the modules of 2022 and 2023
   */
  public static ImmutableList<SinovikModule> modules() {
    return ImmutableList.of(kipp2022(), kipp2023());
  }
}
