package io.github.kipp.rules.sinovik.frozen;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Building blocks shared by the national modules. */
public final class Common {

  /** The general group. */
  public static final GroupId UMUM = GroupId.of("umum");
  /** The replication group. */
  public static final GroupId REPLIKASI = GroupId.of("replikasi");
  /** The group of earlier winners competing again. */
  public static final GroupId KHUSUS = GroupId.of("khusus");

  /** The desk evaluation by the TE (<i>evaluasi proposal</i>). */
  public static final StageId DESK = StageId.of("evaluasi-proposal");
  /** The independent panel's presentation and interview (<i>presentasi dan wawancara</i>). */
  public static final StageId PRESENTATION = StageId.of("presentasi-wawancara");
  /** The independent panel's assessment without presentations (2025: feasibility for national roll-out). */
  public static final StageId PANEL = StageId.of("penilaian-tpi");

  private Common() {}

  /**
   * The general group.
   *
   * @return the group
   */
  public static InnovationGroup umum() {
    return new InnovationGroup(UMUM, LocalizedText.of("Kelompok Umum", "General group"), false, false);
  }

  /**
   * The replication group, whose proposals name the innovations they replicate.
   *
   * @return the group
   */
  public static InnovationGroup replikasi() {
    return new InnovationGroup(REPLIKASI, LocalizedText.of("Kelompok Replikasi", "Replication group"), false, true);
  }

  /**
   * The group of earlier winners.
   *
   * @param byInvitation whether entry needs the Minister's invitation
   * @return the group
   */
  public static InnovationGroup khusus(boolean byInvitation) {
    return new InnovationGroup(KHUSUS, LocalizedText.of("Kelompok Khusus", "Special group (earlier winners)"), byInvitation, false);
  }

  /**
   * The ten categories of 2021.
   *
   * @return the categories
   */
  public static ImmutableList<Category> categories2021() {
    return ImmutableList.of(
        Category.of("pengentasan-kemiskinan", "Pengentasan Kemiskinan", "Poverty alleviation"),
        Category.of("pendidikan", "Pendidikan", "Education"),
        Category.of("kesehatan", "Kesehatan", "Health"),
        Category.of("ketahanan-pangan", "Ketahanan Pangan", "Food security"),
        Category.of("pertumbuhan-ekonomi", "Pertumbuhan Ekonomi dan Kesempatan Kerja", "Economic growth and employment"),
        Category.of("pemberdayaan-masyarakat", "Pemberdayaan Masyarakat", "Community empowerment"),
        Category.of("responsif-gender", "Pelayanan Publik Responsif Gender", "Gender-responsive public service"),
        Category.of("lingkungan-hidup", "Perlindungan dan Pelestarian Lingkungan Hidup", "Environmental protection and conservation"),
        Category.of("tata-kelola", "Tata Kelola Pemerintahan", "Governance"),
        Category.of("penegakan-hukum", "Penegakan Hukum", "Law enforcement"));
  }

  /**
   * The three categories of 2022.
   *
   * @return the categories
   */
  public static ImmutableList<Category> categories2022() {
    return ImmutableList.of(
        Category.of("inklusif-berkeadilan", "Pelayanan Publik yang Inklusif dan Berkeadilan", "Inclusive and fair public service"),
        Category.of("efektivitas-institusi", "Efektivitas Institusi Publik untuk Mencapai TPB/SDGs", "Effective public institutions for the SDGs"),
        Category.of("ketahanan-institusi", "Ketahanan Institusi Publik di Masa Pandemi dan Antisipasi di Masa Pasca Pandemi Covid-19",
            "Resilience of public institutions during and after the Covid-19 pandemic"));
  }

  /**
   * Eight categories for 2025, one per mission of the Asta Cita, named by number because their
   * names were not published.
   *
   * @return the categories
   */
  public static ImmutableList<Category> categories2025() {
    return ImmutableList.of(
        Category.of("kesetaraan-gender", "Kesetaraan Gender dan Perlindungan Perempuan, Anak dan Penyandang Disabilitas",
            "Gender equality and protection of women, children and persons with disabilities"),
        Category.of("swasembada-pangan-air-energi", "Swasembada Pangan, Air dan Energi", "Food, water and energy self-sufficiency"),
        Category.of("lapangan-kerja", "Lapangan Kerja dan Kualitas Tenaga Kerja", "Jobs and quality of the workforce"),
        Category.of("layanan-kesehatan", "Layanan Kesehatan", "Health services"),
        Category.of("makan-bergizi", "Program Makan Bergizi", "Nutritious meals programme"),
        Category.of("pemerataan-ekonomi-umkm", "Pemerataan Ekonomi dan UMKM", "Economic equity and micro, small and medium enterprises"),
        Category.of("pengentasan-kemiskinan", "Pengentasan Kemiskinan", "Poverty alleviation"),
        Category.of("transformasi-digital", "Transformasi Digital Pelayanan Publik", "Digital transformation of public services"),
        Category.of("pelestarian-lingkungan", "Pelestarian Lingkungan", "Environmental conservation"));
  }

  private static SectionSpec unweighted(String id, String indonesian, String english) {
    return new SectionSpec(SectionId.of(id), LocalizedText.of(indonesian, english), Optional.empty(), OptionalInt.empty(), true, ImmutableSortedSet.of());
  }

  /**
   * The ten known main aspects of the 2021 proposal form (an eleventh is unknown), unweighted.
   *
   * @return the sections
   */
  public static ImmutableList<SectionSpec> sections2021() {
    return ImmutableList.of(
        unweighted("latar-belakang", "Latar Belakang dan Tujuan", "Background and goals"),
        unweighted("kesesuaian-kategori", "Kesesuaian dengan Kategori", "Fit to the category"),
        unweighted("kontribusi-tpb", "Kontribusi terhadap Target TPB", "Contribution to national SDG targets"),
        unweighted("deskripsi", "Deskripsi Inovasi", "Description of the innovation"),
        unweighted("inovatif", "Inovatif", "Innovativeness"),
        unweighted("transferabilitas", "Transferabilitas", "Transferability"),
        unweighted("sumber-daya", "Sumber Daya", "Resources"),
        unweighted("strategi-keberlanjutan", "Strategi Keberlanjutan", "Sustainability strategy"),
        unweighted("evaluasi", "Evaluasi", "Evaluation"),
        unweighted("keterlibatan-pemangku", "Keterlibatan Pemangku Kepentingan", "Stakeholder involvement"));
  }

  /** The weighted sections of the 2023 form, as published for umum. */
  private static final String[][] SECTIONS_2023 = {
    {"ringkasan", "Ringkasan", "Summary", "0"},
    {"latar-belakang", "Latar Belakang dan Tujuan", "Background and goals", "0.10"},
    {"kebaruan", "Kebaruan/Nilai Tambah", "Novelty and added value", "0.15"},
    {"implementasi", "Implementasi Inovasi", "Implementation", "0.05"},
    {"signifikansi", "Signifikansi", "Significance", "0.30"},
    {"adaptabilitas", "Adaptabilitas", "Adaptability", "0.20"},
    {"sumber-daya", "Sumber Daya", "Resources", "0.05"},
    {"strategi-keberlanjutan", "Strategi Keberlanjutan", "Sustainability strategy", "0.15"},
  };

  /**
   * The 2023 form: eight weighted sections (the summary weighs 0 and has at most 200 words) and the
   * unweighted, optional SPBE questions.
   *
   * @return the sections
   */
  public static ImmutableList<SectionSpec> sections2023() {
    ImmutableList.Builder<SectionSpec> out = ImmutableList.builder();
    for (String[] s : SECTIONS_2023) {
      SectionSpec spec = SectionSpec.weighted(s[0], LocalizedText.of(s[1], s[2]), s[3]);
      out.add(s[0].equals("ringkasan") ? spec.withMaxWords(200) : spec);
    }
    out.add(new SectionSpec(SectionId.of("spbe"), LocalizedText.of("Pertanyaan SPBE", "SPBE questions"), Optional.empty(), OptionalInt.empty(), false, ImmutableSortedSet.of()));
    return out.build();
  }

  /**
   * The desk criteria of 2023: the weighted sections, scored 0 to 100.
   *
   * @param citation the weights' citation
   * @param rounding the rounding
   * @return the criteria
   */
  public static CriteriaSet deskCriteria2023(Citation citation, Rounding rounding) {
    ImmutableList.Builder<Criterion> criteria = ImmutableList.builder();
    for (String[] s : SECTIONS_2023) {
      criteria.add(Criterion.of(s[0], LocalizedText.of(s[1], s[2]), s[3], hundred(), citation));
    }
    return CriteriaSet.of(DESK, criteria.build(), BigDecimal.ONE, rounding);
  }

  /**
   * Criteria of equal weight: each weighs 1 and the weights sum to their number, so the weighted
   * total is their mean, exactly.
   *
   * @param stage the scoring stage
   * @param citation the citation of the criteria and their weights
   * @param rounding the rounding
   * @param idIndonesianEnglish triples of id, Indonesian name and English name
   * @return the criteria
   */
  public static CriteriaSet equalWeights(StageId stage, Citation citation, Rounding rounding, String... idIndonesianEnglish) {
    ImmutableList.Builder<Criterion> criteria = ImmutableList.builder();
    for (int i = 0; i < idIndonesianEnglish.length; i += 3) {
      criteria.add(Criterion.of(idIndonesianEnglish[i], LocalizedText.of(idIndonesianEnglish[i + 1], idIndonesianEnglish[i + 2]), "1", hundred(), citation));
    }
    return CriteriaSet.of(stage, criteria.build(), BigDecimal.valueOf(idIndonesianEnglish.length / 3), rounding);
  }

  /** The five criteria of PermenPANRB 91/2021, Pasal 3. */
  public static final String[] PERMEN_91_CRITERIA = {
    "kebaruan", "Kebaruan", "Novelty",
    "efektif", "Efektif", "Effectiveness",
    "bermanfaat", "Bermanfaat", "Usefulness",
    "mudah-disebarkan", "Mudah Disebarkan", "Replicability",
    "berkelanjutan", "Berkelanjutan", "Sustainability"
  };

  /**
   * The scale of every criterion: 0 to 100 in steps of 1. No scale is published; a 0–100 total is
   * suggested by the 2025 pass mark of 85.
   *
   * @return the scale
   */
  public static Scale hundred() {
    return Scale.of("0", "100", "1");
  }

  /**
   * The rounding of every score: two decimals, half up, as score tables are printed. No rounding is
   * published.
   *
   * @param instrument the edition's instrument
   * @return the rounding
   */
  public static Rounding rounding(String instrument) {
    return new Rounding(2, RoundingMode.HALF_UP, Sources.unknown(instrument,
        "no scale or rounding is published; kipp rounds scores to 2 decimals, half up"));
  }

  /**
   * A finalist pool without quotas: the composition targets of the Top 99 ("proportional" by category,
   * group, participant type and region including 3T, KepmenPANRB 44/2020) are not published, so
   * quotas are left to the host.
   *
   * @param tier the tier's id
   * @param indonesian the name in Bahasa Indonesia
   * @param english the name in English
   * @param size the pool's size
   * @param citation the size's citation
   * @param groups the groups competing
   * @return the pool
   */
  public static io.github.kipp.scoring.spi.FinalistPool pool(String tier, String indonesian, String english, int size, Citation citation, GroupId... groups) {
    return new io.github.kipp.scoring.spi.FinalistPool(io.github.kipp.core.TierId.of(tier), LocalizedText.of(indonesian, english),
        ImmutableSortedSet.copyOf(groups), io.github.kipp.scoring.shortlist.ShortlistSpec.newBuilder().size(size, citation).build());
  }

  /**
   * The winners' tiers of 2014 to a year: Top 9 (2014), Top 25 (2015), Top 35 (2016), Top 40
   * (2017–2018), Top 45 (from 2019; <i>Top Inovasi Terpuji</i> from 2021).
   *
   * @param lastYear the last year counted
   * @return the condition "reached a winners' tier in 2014–lastYear"
   */
  public static HistoryCondition winner(int lastYear) {
    return HistoryCondition.any(
        HistoryCondition.reached(Tiers.TOP_9, 2014, 2014),
        HistoryCondition.reached(Tiers.TOP_25, 2015, 2015),
        HistoryCondition.reached(Tiers.TOP_35, 2016, 2016),
        HistoryCondition.reachedTimes(1, List.of(Tiers.TOP_40), 2017, Math.min(2018, lastYear)),
        HistoryCondition.reachedTimes(1, List.of(Tiers.TOP_45), 2019, Math.max(2019, lastYear)));
  }

  /**
   * Any award of 2014 to a year, the replication and special pools included: the winners' tiers of
   * {@link #winner(int)}, Top 5 <i>Replikasi</i> (from 2021) and Outstanding Achievement (2020–2022).
   *
   * @param lastYear the last year counted
   * @return the condition "won any award in 2014–lastYear"
   */
  public static HistoryCondition anyAward(int lastYear) {
    return HistoryCondition.any(
        winner(lastYear),
        HistoryCondition.reachedTimes(1, List.of(Tiers.TOP_5_REPLIKASI), 2021, Math.max(2021, lastYear)),
        HistoryCondition.reachedTimes(1, List.of(Tiers.OUTSTANDING_ACHIEVEMENT), 2020, Math.max(2020, lastYear)));
  }

  /**
   * The exclusions of the general group as published for 2021: never in a Top 99 twice, whether in a
   * row or not, and never a winner (Top 45 2019/2020, Top 40 2017/2018, Top 35 2016, Top 25 2015,
   * Top 9 2014).
   *
   * @param lastYear the last edition counted (2020 for 2021)
   * @return the condition under which a proposal may enter the general group
   */
  public static HistoryCondition umumExclusions(int lastYear) {
    return HistoryCondition.not(HistoryCondition.any(
        HistoryCondition.reachedTimes(2, List.of(Tiers.TOP_99), 2014, lastYear),
        winner(lastYear)));
  }
}
