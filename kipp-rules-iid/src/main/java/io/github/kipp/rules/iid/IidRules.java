package io.github.kipp.rules.iid;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleFamily;
import io.github.kipp.rules.iid.spi.IidKeys;
import io.github.kipp.rules.iid.spi.IndexBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The dated modules of Kemendagri's regional innovation index (<i>Indeks Inovasi Daerah</i>, IID):
 * 2023, 2026 and 2027, each in force for its calendar year, registered and looked up like any rule
 * module:
 *
 * <pre>{@code
 * RuleRegistry registry = RuleRegistry.newBuilder()
 *     .register(IidRules.edition2023()).register(IidRules.edition2026()).register(IidRules.edition2027())
 *     .build();
 * RuleModule rules = registry.moduleFor(IidRules.FAMILY, Jurisdiction.NATIONAL, LocalDate.of(2026, 5, 1));
 * IndexAssessment result = InnovationIndex.of(rules).assess(report);
 * }</pre>
 *
 * <p><b>Sources.</b> IID 2026 follows Surat Kepala BSKDN 400.10.11/1887/BSKDN of 29 April 2026 as two
 * regional tools encode it [S134]: every value is {@link io.github.kipp.core.Confidence#REPORTED
 * reported} until the letter itself is read. IID 2023 follows the BSKDN 2023 presentation [S85]
 * (regulation, via deck) for the parts' shares, the divisor {@code max(10, n)}, the formula and the
 * bands; its indicator texts and maxima are not published (the 2023 guide [S86] was not readable), so
 * the 2026 catalogue and maxima are used as {@link io.github.kipp.core.Confidence#INFERRED inferred}
 * (25.2 % and 74.8 % of 250 are 63 and 187 = 111 + 76, as in 2026). IID 2027 carries the two values
 * the 2026 letter schedules for it (divisor 14, all six affairs) as reported, and inherits the rest
 * from 2026 as inferred. The rounding of the index is published nowhere: it is UNKNOWN with the
 * documented default {@link RoundingMode#HALF_UP} (half away from zero, the rounding of Indonesian
 * official tables; the tools' half-even is their own choice).
 */
public final class IidRules {

  /** The family of the regional innovation index's modules: {@code iid}. */
  public static final RuleFamily FAMILY = RuleFamily.of("iid");

  /**
   * Whose index the modules govern: Kemendagri's national measurement of every regional government;
   * equal to {@link Jurisdiction#NATIONAL} (jurisdictions are equal by level and region).
   */
  public static final Jurisdiction JURISDICTION = Jurisdiction.of(Jurisdiction.Level.NATIONAL, null,
      LocalizedText.of("Nasional (Kementerian Dalam Negeri, BSKDN)", "National (Ministry of Home Affairs, BSKDN)"));

  static final String LETTER_2026 = "Surat Kepala BSKDN 400.10.11/1887/BSKDN (29 April 2026)";
  static final String DECK_2023 = "Bahan Sosialisasi IID 2023 (BSKDN Kemendagri)";
  static final String GUIDE_2023 = "Pedoman Umum Penilaian IGA 2023 (Surat Mendagri 400.10.11/2704/SJ)";
  private static final String TOOLS = "as two regional tools encode the letter; check against the letter where it is found";

  private static final ImmutableList<Citation> LEGAL_BASIS = ImmutableList.of(
      Citation.reported("UU 23/2014", "Pasal 386, 388(7), 389").withSources("S87"),
      Citation.reported("PP 38/2017", Citation.UNKNOWN_PROVISION).withSources("S87", "S88", "S90"),
      Citation.reported("Permendagri 104/2018", Citation.UNKNOWN_PROVISION).withSources("S87"));

  private IidRules() {}

  private static final class Holder {
    static final IidModule IID_2026 = build2026();
    static final IidModule IID_2023 = build2023();
    static final IidModule IID_2027 = build2027();
  }

  /**
   * Returns IID 2026, in force from 1 January 2026 until 1 January 2027.
   *
   * @return the module, not null
   */
  public static IidModule edition2026() {
    return Holder.IID_2026;
  }

  /**
   * Returns IID 2023, in force from 1 January 2023 until 1 January 2024.
   *
   * @return the module, not null
   */
  public static IidModule edition2023() {
    return Holder.IID_2023;
  }

  /**
   * Returns IID 2027, in force from 1 January 2027 until 1 January 2028: 2026's rules with the
   * divisor minimum 14 and all six basic-service affairs required.
   *
   * @return the module, not null
   */
  public static IidModule edition2027() {
    return Holder.IID_2027;
  }

  /**
   * Returns every module shipped, by year.
   *
   * @return the modules, not null
   */
  public static ImmutableList<IidModule> modules() {
    return ImmutableList.of(edition2023(), edition2026(), edition2027());
  }

  private static Citation letter(String provision) {
    return Citation.reported(LETTER_2026, provision).withSources("S134").withNote(TOOLS);
  }

  private static ImmutableList<IndexBand> bands(String sangat, String inovatifFrom, String inovatifTo, String kurangTo) {
    return ImmutableList.of(
        IndexBand.of("Sangat Inovatif", sangat, "100.00"),
        IndexBand.of("Inovatif", inovatifFrom, inovatifTo),
        IndexBand.of("Kurang Inovatif", "0.01", kurangTo),
        IndexBand.of("Tidak Dapat Dinilai", "0.00", "0.00"));
  }

  private static ImmutableMap<String, BigDecimal> presentationWeights() {
    return ImmutableMap.of(
        "Kebaruan", new BigDecimal("30"),
        "Kemanfaatan", new BigDecimal("25"),
        "Kewenangan daerah dan kolaborasi", new BigDecimal("15"),
        "Kemampuan direplikasi", new BigDecimal("20"),
        "Penguasaan materi", new BigDecimal("10"));
  }

  private static Citation rounding() {
    return Citation.unknown(LETTER_2026, "the rounding of the index is not published; kipp rounds once, the exact index to two"
        + " decimals, half up (half away from zero); the regional tools round half even, which is their own choice");
  }

  private static IidModule build2026() {
    ParameterSet p = ParameterSet.newBuilder()
        .set(IidKeys.CATALOGUE, Catalogue2026.ROWS, letter("Lampiran II, indicators 1-35"))
        .set(IidKeys.SPD_MAXIMUM, new BigDecimal("63"), letter("Lampiran I, section UNKNOWN (SPD 63, 25.2 %)"))
        .set(IidKeys.SID_MAXIMUM, new BigDecimal("111"), letter("Lampiran I, section UNKNOWN (SID indicators 111, 44.4 %)"))
        .set(IidKeys.COUNT_MAXIMUM, new BigDecimal("76"), letter("Lampiran I, section UNKNOWN (innovation count 76, 30.4 %)"))
        .set(IidKeys.TOTAL_MAXIMUM, new BigDecimal("250"), letter("Lampiran I, section UNKNOWN (total 250)"))
        .set(IidKeys.DIVISOR_MINIMUM, 12, letter("Lampiran I, section UNKNOWN (divisor max(12, n) in 2026)"))
        .set(IidKeys.COUNT_WEIGHT, new BigDecimal("0.38"), letter("Lampiran I, section UNKNOWN (min(n, 200) x 0.38)"))
        .set(IidKeys.COUNT_CAP, 200, letter("Lampiran I, section UNKNOWN (min(n, 200) x 0.38)"))
        .set(IidKeys.AFFAIRS_REQUIRED, 5, letter("Lampiran I, section UNKNOWN (5 of 6 basic-service affairs in 2026)"))
        .set(IidKeys.BANDS, bands("65.01", "40.01", "65.00", "40.00"), letter("Lampiran I, section UNKNOWN (bands 2026)"))
        .set(IidKeys.INDEX_SCALE, 2, letter("Lampiran I, section UNKNOWN (two decimals)"))
        .set(IidKeys.INDEX_ROUNDING, RoundingMode.HALF_UP, rounding())
        .set(IidKeys.IMPLEMENTED_FROM, LocalDate.of(2024, 1, 1), letter("Lampiran I, IV.B and XIII"))
        .set(IidKeys.IMPLEMENTED_UNTIL, LocalDate.of(2025, 12, 31), letter("Lampiran I, IV.B and XIII"))
        .set(IidKeys.NARRATIVE_MINIMUM_WORDS, 300, letter("Lampiran I, section UNKNOWN (design narrative of 300 words or more)"))
        .set(IidKeys.MAXIMUM_ENTRIES, 2, Citation.inferred("IGA (Kabupaten Tegal, 2024)", Citation.UNKNOWN_PROVISION,
            "reported for IGA 2024 [S139]: an innovation may be entered at most twice; no later source changes it").withSources("S139"))
        .set(IidKeys.PRESENTATION_WEIGHTS, presentationWeights(), Citation.inferred("IGA 2023 presentation weights (BSKDN)",
            Citation.UNKNOWN_PROVISION, "the 2023 weights [S135]; no source gives later ones").withSources("S135"))
        .build();
    return IidModule.of(RuleModuleId.of("iid-2026"),
        LocalizedText.of("Indeks Inovasi Daerah 2026", "Regional Innovation Index 2026"),
        EffectivePeriod.ofYear(2026), 2026, LEGAL_BASIS, p);
  }

  private static IidModule build2023() {
    String fromDeck = "regulation via deck [S85]";
    ParameterSet p = ParameterSet.newBuilder()
        .set(IidKeys.CATALOGUE, Catalogue2026.ROWS, Citation.inferred(GUIDE_2023, Citation.UNKNOWN_PROVISION,
            "the 2023 deck gives 8 variables and 36 indicators (SPD 1-15, SID 16-35) but no texts or weights [S85], [S86];"
                + " the 2026 catalogue of the same numbering is used").withSources("S85", "S86", "S134"))
        .set(IidKeys.SPD_MAXIMUM, new BigDecimal("63"), Citation.inferred(DECK_2023, Citation.UNKNOWN_PROVISION,
            "the deck gives SPD 25.2 %; 25.2 % of 2026's total 250 is 63, 2026's SPD maximum").withSources("S85", "S134"))
        .set(IidKeys.SID_MAXIMUM, new BigDecimal("111"), Citation.inferred(DECK_2023, Citation.UNKNOWN_PROVISION,
            "the deck gives SID 74.8 %; 74.8 % of 250 is 187 = 111 + 76, 2026's SID and count maxima").withSources("S85", "S134"))
        .set(IidKeys.COUNT_MAXIMUM, new BigDecimal("76"), Citation.inferred(DECK_2023, Citation.UNKNOWN_PROVISION,
            "the deck adds a score for the number of innovations to SID 74.8 %; 2026's 76 fits 187 - 111").withSources("S85", "S134"))
        .set(IidKeys.TOTAL_MAXIMUM, new BigDecimal("250"), Citation.inferred(DECK_2023, Citation.UNKNOWN_PROVISION,
            "the deck divides by the maximum total without its value; 2026's 250 matches the deck's shares").withSources("S85", "S134"))
        .set(IidKeys.DIVISOR_MINIMUM, 10, Citation.regulation(DECK_2023, "slides, section UNKNOWN (max(10, n))").withSources("S85").withNote(fromDeck))
        .set(IidKeys.COUNT_WEIGHT, new BigDecimal("0.38"), Citation.inferred(DECK_2023, Citation.UNKNOWN_PROVISION,
            "the deck names a score for the number of innovations without its rule; 2026's min(n, 200) x 0.38").withSources("S85", "S134"))
        .set(IidKeys.COUNT_CAP, 200, Citation.inferred(DECK_2023, Citation.UNKNOWN_PROVISION,
            "as the count weight: 2026's cap of 200").withSources("S85", "S134"))
        .set(IidKeys.AFFAIRS_REQUIRED, 0, Citation.unknown(DECK_2023,
            "the deck states no condition on basic-service affairs; kipp applies none in 2023 (0 required)").withSources("S85"))
        .set(IidKeys.BANDS, bands("60.01", "35.00", "60.00", "34.99"),
            Citation.regulation(DECK_2023, "slides, section UNKNOWN (bands 2023)").withSources("S85").withNote(fromDeck))
        .set(IidKeys.INDEX_SCALE, 2, Citation.inferred(DECK_2023, Citation.UNKNOWN_PROVISION,
            "the deck's bands are given to two decimals").withSources("S85"))
        .set(IidKeys.INDEX_ROUNDING, RoundingMode.HALF_UP, Citation.unknown(DECK_2023,
            "the rounding of the index is not published; kipp rounds once, the exact index to two decimals, half up"))
        .set(IidKeys.IMPLEMENTED_FROM, LocalDate.of(2021, 1, 1), Citation.unknown(GUIDE_2023,
            "the 2023 window is not known; kipp uses the two calendar years before the index's year (2021-2022),"
                + " as the 2026 letter does (2024-2025)"))
        .set(IidKeys.IMPLEMENTED_UNTIL, LocalDate.of(2022, 12, 31), Citation.unknown(GUIDE_2023,
            "the 2023 window is not known; kipp uses the two calendar years before the index's year (2021-2022)"))
        .set(IidKeys.NARRATIVE_MINIMUM_WORDS, 300, Citation.inferred(GUIDE_2023, Citation.UNKNOWN_PROVISION,
            "2026's 300 words; no 2023 source gives a minimum").withSources("S134"))
        .set(IidKeys.MAXIMUM_ENTRIES, 2, Citation.inferred("IGA (Kabupaten Tegal, 2024)", Citation.UNKNOWN_PROVISION,
            "reported for IGA 2024 [S139]: an innovation may be entered at most twice; assumed for 2023").withSources("S139"))
        .set(IidKeys.PRESENTATION_WEIGHTS, presentationWeights(),
            Citation.reported("IGA 2023 presentation weights (BSKDN)", Citation.UNKNOWN_PROVISION).withSources("S135"))
        .build();
    return IidModule.of(RuleModuleId.of("iid-2023"),
        LocalizedText.of("Indeks Inovasi Daerah 2023", "Regional Innovation Index 2023"),
        EffectivePeriod.ofYear(2023), 2023, LEGAL_BASIS, p);
  }

  private static IidModule build2027() {
    ParameterSet changes = ParameterSet.newBuilder()
        .set(IidKeys.DIVISOR_MINIMUM, 14, letter("Lampiran I, section UNKNOWN (dated schedule: 14 in 2027)"))
        .set(IidKeys.AFFAIRS_REQUIRED, 6, letter("Lampiran I, section UNKNOWN (dated schedule: all 6 affairs from 2027)"))
        .build();
    return Holder.IID_2026.derive(RuleModuleId.of("iid-2027"),
        LocalizedText.of("Indeks Inovasi Daerah 2027", "Regional Innovation Index 2027"),
        EffectivePeriod.ofYear(2027), 2027, changes,
        "the 2026 letter announces only the divisor and the affairs for 2027");
  }
}
