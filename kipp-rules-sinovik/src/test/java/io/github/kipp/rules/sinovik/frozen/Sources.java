package io.github.kipp.rules.sinovik.frozen;

import io.github.kipp.core.Citation;

/**
 * The instruments the SINOVIK modules cite. Article numbers of every KIPP instrument are unknown
 * (only title pages and preambles were readable), so provisions read "Lampiran, section UNKNOWN";
 * the confidence says how the value itself was seen. Source ids (S18, A1 …) are those of the
 * project's domain specification.
 */
public final class Sources {

  /** Where an instrument's article is not known. */
  public static final String LAMPIRAN = "Lampiran, section UNKNOWN";

  /** PermenPANRB 7/2021 on KIPP in K/L, Pemda, BUMN and BUMD; the standing regulation since 2021. */
  public static final String PERMEN_7_2021 = "PermenPANRB 7/2021 tentang Kompetisi Inovasi Pelayanan Publik";
  /** KepmenPANRB 161/2021, the implementing guide (juklak) of KIPP 2021. */
  public static final String KEPMEN_161_2021 = "KepmenPANRB 161/2021 tentang Petunjuk Pelaksanaan KIPP 2021";
  /** KepmenPANRB 50/2022, the implementing guide of KIPP 2022. */
  public static final String KEPMEN_50_2022 = "KepmenPANRB 50/2022 tentang Petunjuk Pelaksanaan KIPP 2022";
  /** Pedoman Menteri PANRB 3/2023, the guide of KIPP 2023. */
  public static final String PEDOMAN_3_2023 = "Pedoman Menteri PANRB 3/2023 tentang Petunjuk Pelaksanaan KIPP 2023";
  /** Pedoman Menteri PANRB 4/2025, the guide of KIPP 2025 (one source numbers it 5/2025). */
  public static final String PEDOMAN_4_2025 = "Pedoman Menteri PANRB 4/2025 tentang Petunjuk Pelaksanaan KIPP 2025";
  /** PermenPANRB 91/2021 on the development of public-service innovation. */
  public static final String PERMEN_91_2021 = "PermenPANRB 91/2021 tentang Pembinaan Inovasi Pelayanan Publik";
  /** KepmenPANRB 44/2020 on the composition of the Top 99 and Top 45 of 2020. */
  public static final String KEPMEN_44_2020 = "KepmenPANRB 44/2020";

  private Sources() {}

  /**
   * The legal basis of 2021.
   *
   * @return the citations
   */
  public static Citation[] basis2021() {
    return new Citation[] {
      Citation.regulation(PERMEN_7_2021, "whole instrument (BN 2021 No. 196)").withSources("S7"),
      Citation.regulation(KEPMEN_161_2021, "whole instrument").withSources("S10")
    };
  }

  /**
   * The legal basis of 2022.
   *
   * @return the citations
   */
  public static Citation[] basis2022() {
    return new Citation[] {
      Citation.regulation(PERMEN_7_2021, "whole instrument (BN 2021 No. 196)").withSources("S7"),
      Citation.reported(KEPMEN_50_2022, "whole instrument").withSources("S4", "Seed-1")
    };
  }

  /**
   * The legal basis of 2023.
   *
   * @return the citations
   */
  public static Citation[] basis2023() {
    return new Citation[] {
      Citation.reported(PEDOMAN_3_2023, "whole instrument").withSources("S22", "S2"),
      Citation.inferred(PERMEN_7_2021, "whole instrument", "still the standing basis in 2023"),
      Citation.reported(KEPMEN_50_2022, LAMPIRAN).withSources("S106").withNote("cited in 2023 for field verification")
    };
  }

  /**
   * The legal basis of 2025.
   *
   * @return the citations
   */
  public static Citation[] basis2025() {
    return new Citation[] {
      // Issue 16: the guide's number stays a conflict, with the sources of both readings.
      Citation.reported(PEDOMAN_4_2025, "whole instrument").withSources("S28", "S39", "S131")
          .withConflict("another source numbers the guide 5/2025", "S38"),
      Citation.reported(PERMEN_7_2021, "whole instrument").withSources("S41")
    };
  }

  /**
   * That PANRB held no KIPP in 2024.
   *
   * @return the citation
   */
  public static Citation noKipp2024() {
    return Citation.reported("Pengumuman Sesmen PANRB B/51/S.PP.00.05/2024 (29 January 2024)", "whole announcement")
        .withSources("S29", "S43").withNote("2024 ran PKRI, monitoring of sustainability and replication, instead of KIPP");
  }

  /**
   * A value reported for an edition's guide.
   *
   * @param instrument the instrument
   * @param sources the source ids
   * @return the citation
   */
  public static Citation reported(String instrument, String... sources) {
    return Citation.reported(instrument, LAMPIRAN).withSources(sources);
  }

  /**
   * A value no source gives, with its documented default.
   *
   * @param instrument the instrument that should give it
   * @param documentedDefault the default and why
   * @return the citation
   */
  public static Citation unknown(String instrument, String documentedDefault) {
    return Citation.unknown(instrument, documentedDefault);
  }

  /**
   * A value derived from other facts.
   *
   * @param instrument the instrument it belongs to
   * @param derivation how it was derived
   * @param sources the source ids
   * @return the citation
   */
  public static Citation inferred(String instrument, String derivation, String... sources) {
    return Citation.inferred(instrument, LAMPIRAN, derivation).withSources(sources);
  }

  /**
   * A value only part of which a source gives: the rest is a documented default, so the value as a
   * whole is UNKNOWN, though sources and an article are named.
   *
   * @param instrument the instrument
   * @param provision the article, or {@link #LAMPIRAN}
   * @param documentedDefault what is known, and the default for the rest
   * @param sources the source ids
   * @return the citation
   */
  public static Citation partlyUnknown(String instrument, String provision, String documentedDefault, String... sources) {
    return new Citation(instrument, provision, io.github.kipp.core.Confidence.UNKNOWN, com.google.common.collect.ImmutableList.copyOf(sources),
        documentedDefault);
  }
}
