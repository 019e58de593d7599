package io.github.kipp.rules.sinovik;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.rules.sinovik.internal.NationalHistory;
import io.github.kipp.rules.sinovik.internal.Sources;
import java.time.LocalDate;

/**
 * The national KIPP rule modules run through SINOVIK, one per edition, and a registry of them.
 *
 * <p>Only the title pages and preambles of the instruments were readable, so every article is cited
 * as "Lampiran, section UNKNOWN" and each value carries the confidence with which it was seen
 * (<i>regulation</i>, <i>reported</i>, <i>inferred</i>, or UNKNOWN with a documented default). Each
 * module's parameters, with their citations, are listed by {@code parameters()}; the sources are
 * PANRB's press releases, its SINOVIK pages and training decks, and the regional and national news
 * the project's domain specification records. There was no KIPP in 2024 (Pengumuman Sesmen PANRB
 * B/51/S.PP.00.05/2024); {@link #registry()} says so for dates in 2024.
 *
 * <p>The parameters of all four editions are data: one history in the jar
 * ({@code io/github/kipp/rules/sinovik/modules/sinovik-national.yaml}, docs/modules.md) lists each key
 * once, with its value and citation in each edition, and each edition's module is built from it. The
 * modules are immutable singletons, built on first use.
 */
public final class SinovikRules {

  private SinovikRules() {}

  private static final class Holder {
    static final ImmutableSortedMap<Integer, SinovikModule> NATIONAL = NationalHistory.read();
  }

  private static SinovikModule edition(int year) {
    return requireNonNull(Holder.NATIONAL.get(year), "the national history has no edition " + year);
  }

  /**
   * KIPP 2021, under Peraturan Menteri PANRB 7/2021 (Berita Negara 2021 No. 196), the standing
   * regulation, and Keputusan Menteri PANRB 161/2021, the implementing guide: groups <i>umum</i>,
   * <i>replikasi</i> and <i>khusus</i> (by invitation); ten categories; two years' minimum age (one
   * for <i>replikasi</i>); at most 10 <i>umum</i> and 5 <i>replikasi</i> proposals per institution;
   * earlier winners excluded from <i>umum</i>; Top 99 + 15 + 15 finalists and 45 + 5 + 5 winners.
   *
   * @return the module {@code sinovik-2021}
   */
  public static SinovikModule edition2021() {
    return edition(2021);
  }

  /**
   * KIPP 2022, under Peraturan Menteri PANRB 7/2021 and Keputusan Menteri PANRB 50/2022: groups
   * <i>umum</i> and <i>khusus</i>; three categories; two years' minimum age, one if pandemic-related;
   * a video of at most three minutes.
   *
   * @return the module {@code sinovik-2022}
   */
  public static SinovikModule edition2022() {
    return edition(2022);
  }

  /**
   * KIPP 2023, under Pedoman Menteri PANRB 3/2023, with Peraturan Menteri PANRB 7/2021 as standing
   * basis: the weighted proposal form (<i>Signifikansi</i> 30 %, <i>Adaptabilitas</i> 20 % …), the
   * exclusions as published, registration extended by letter B/188/PP.00.05/2023, 228 nominations
   * and Top 99 + 15 finalists.
   *
   * @return the module {@code sinovik-2023}
   */
  public static SinovikModule edition2023() {
    return edition(2023);
  }

  /**
   * KIPP 2025, under Pedoman Menteri PANRB 4/2025 (numbered 5/2025 by one source: the legal basis
   * records the conflict with the sources of both readings) and Peraturan Menteri PANRB 7/2021:
   * groups <i>umum</i> and <i>replikasi</i>; nine categories along the Asta Cita; two letters every
   * proposal carries (the innovator's identity statement and the letter agreeing to replication); a
   * desk pass mark of 85; a video of at most five minutes at 720p or better.
   *
   * @return the module {@code sinovik-2025}
   */
  public static SinovikModule edition2025() {
    return edition(2025);
  }

  /**
   * Returns the national modules, oldest first.
   *
   * @return the four modules
   */
  public static ImmutableList<SinovikModule> nationalModules() {
    return ImmutableList.of(edition2021(), edition2022(), edition2023(), edition2025());
  }

  /**
   * Returns a registry of the national modules that records that there was no KIPP in 2024 and that
   * the rules from 2026 on are not known: a national look-up in 2024 throws {@link
   * io.github.kipp.core.rule.NoCompetitionException}, one from 2026 on a {@link
   * io.github.kipp.core.rule.NoSuchRuleModuleException} with code {@code kipp.registry.rulesUnknown},
   * never the 2025 module. Regional modules are registered by the host: start from {@link
   * #registryBuilder()}.
   *
   * @return the registry, not null
   */
  public static RuleRegistry registry() {
    return registryBuilder().build();
  }

  /**
   * Returns a registry builder holding the national modules, the 2024 gap and the unknown rules from
   * 2026, to which a host adds its regional modules (and a national module from 2026 on, which then
   * answers for its own period).
   *
   * @return the builder, not null
   */
  public static RuleRegistry.Builder registryBuilder() {
    RuleRegistry.Builder b = RuleRegistry.newBuilder();
    nationalModules().forEach(b::register);
    return b.noCompetition(Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2024), Sources.noKipp2024())
        .rulesUnknown(Jurisdiction.NATIONAL, EffectivePeriod.from(LocalDate.of(2026, 1, 1)), Sources.rulesUnknownFrom2026());
  }
}
