package io.github.kipp.scoring.shortlist;

import static io.github.kipp.scoring.shortlist.ShortlistFixtures.CAP;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.QUOTA;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.THREE_T;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.TOP_99;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Decision;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.scoring.explain.Explanation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.rank.Ranking;

/**
 * A realistic national case: 300 proposals from about a hundred institutions, a Top 99 with a
 * minimum of 5 per category (the ten categories of 2021), at most 3 finalists per institution and at
 * least 15 from 3T regions.
 */
class ShortlisterTop99Test {

  private static final List<String> CATEGORIES = List.of(
      "pengentasan-kemiskinan", "pendidikan", "kesehatan", "ketahanan-pangan", "pertumbuhan-ekonomi",
      "pemberdayaan-masyarakat", "responsif-gender", "lingkungan-hidup", "tata-kelola", "penegakan-hukum");

  private static List<Institution> institutions() {
    List<Institution> out = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      String jateng = String.format("33.%02d", i);
      String jatim = String.format("35.%02d", i);
      out.add(ShortlistFixtures.regency("pemkab-" + jateng.replace('.', '-'), "Pemerintah Kabupaten " + jateng, jateng));
      out.add(ShortlistFixtures.regency("pemkab-" + jatim.replace('.', '-'), "Pemerintah Kabupaten " + jatim, jatim));
    }
    for (String code : List.of("73.71", "73.72", "73.73", "35.71", "35.72", "35.73", "35.78", "33.71", "33.74", "31.71")) {
      out.add(Institution.regionalGovernment("pemkot-" + code.replace('.', '-'), "Pemerintah Kota " + code, InstitutionType.KOTA, RegionCode.of(code)));
    }
    for (String code : List.of("73", "72", "35", "33", "53", "31", "12", "94")) {
      out.add(Institution.regionalGovernment("pemprov-" + code, "Pemerintah Provinsi " + code, InstitutionType.PROVINSI, RegionCode.of(code)));
    }
    out.add(Institution.central("kemenkes", "Kementerian Kesehatan", InstitutionType.KEMENTERIAN));
    out.add(Institution.central("kemendikbud", "Kementerian Pendidikan", InstitutionType.KEMENTERIAN));
    out.add(Institution.central("polri", "Kepolisian Negara Republik Indonesia", InstitutionType.LEMBAGA));
    out.add(Institution.central("bpjs-kesehatan", "BPJS Kesehatan", InstitutionType.LEMBAGA));
    out.add(Institution.central("pln", "PT PLN (Persero)", InstitutionType.BUMN));
    for (String code : List.of("53.11", "53.01", "53.02", "53.04", "53.05", "72.03", "72.10", "81.05", "81.07", "91.11",
        "93.04", "94.01", "95.01", "95.03", "96.01", "12.04", "13.09", "52.08", "82.05", "92.06")) {
      out.add(ShortlistFixtures.regency("pemkab-" + code.replace('.', '-'), "Pemerintah Kabupaten " + code, code));
    }
    return out;
  }

  private static List<Candidate> candidates() {
    List<Institution> institutions = institutions();
    SplittableRandom random = new SplittableRandom(2020);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      // The lower of two draws skews entries towards the first institutions, so some send six or more.
      Institution institution = institutions.get(Math.min(random.nextInt(institutions.size()), random.nextInt(institutions.size())));
      boolean threeT = institution.region().map(THREE_T::contains).orElse(false);
      int hundredths = 6_000 + random.nextInt(3_500) - (threeT ? 1_200 : 0);
      String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
      out.add(ShortlistFixtures.candidate(ShortlistFixtures.proposal(String.format("p-%03d", i), category, institution),
          BigDecimal.valueOf(hundredths, 2).toPlainString()));
    }
    return out;
  }

  private static ShortlistSpec top99() {
    ShortlistSpec.Builder spec = ShortlistSpec.newBuilder().size(99, TOP_99).threeTRegions(THREE_T);
    for (String category : CATEGORIES) {
      Quota q = Quota.atLeast(QuotaDimension.CATEGORY, category, 5, QUOTA);
      spec.quota(category.equals("tata-kelola") ? q.withLabel(LocalizedText.of("Kategori Tata Kelola", "category Tata Kelola")) : q);
    }
    return spec
        .quota(Quota.eachAtMost(QuotaDimension.INSTITUTION, 3, CAP))
        .quota(Quota.atLeast(QuotaDimension.THREE_T, "true", 15, QUOTA))
        .build();
  }

  private static String threeT(RankedEntry e) {
    return QuotaDimension.THREE_T.valueOf(e.candidate().proposal(), THREE_T);
  }

  @Test
  void a_top_99_meets_every_category_minimum_the_institution_cap_and_the_3t_minimum() {
    List<Candidate> candidates = candidates();
    Ranking ranking = ShortlistFixtures.rank(candidates);
    ShortlistSpec spec = top99();
    // Without quotas the top 99 would hold too few 3T proposals: the minimum binds.
    assertThat(ranking.top(99).stream().filter(e -> threeT(e).equals("true")).count()).isLessThan(15);

    assertThat(Shortlister.create().check(ranking, spec)).isEmpty();
    Shortlist shortlist = Shortlister.create().select(ranking, spec);

    assertThat(shortlist.included()).hasSize(99);
    assertThat(shortlist.decisions()).hasSize(300);
    assertThat(shortlist.quotaCounts()).hasSize(12).allMatch(QuotaCount::holds);
    Map<String, Long> byCategory = shortlist.included().stream()
        .collect(Collectors.groupingBy(e -> e.candidate().proposal().category().value(), Collectors.counting()));
    assertThat(byCategory).hasSize(10).allSatisfy((category, count) -> assertThat(count).isGreaterThanOrEqualTo(5));
    Map<String, Long> byInstitution = shortlist.included().stream()
        .collect(Collectors.groupingBy(e -> e.candidate().proposal().innovation().institution().id().value(), Collectors.counting()));
    assertThat(byInstitution.values()).allMatch(c -> c <= 3);
    assertThat(shortlist.included().stream().filter(e -> threeT(e).equals("true")).count()).isGreaterThanOrEqualTo(15);

    Map<String, Integer> reasons = new HashMap<>();
    for (Decision d : shortlist.decisions()) {
      assertThat(d.reasons()).isNotEmpty();
      assertThat(d.citations()).isNotEmpty();
      for (Reason r : d.reasons()) {
        reasons.merge(r.code(), 1, Integer::sum);
      }
    }
    assertThat(reasons).containsEntry("kipp.shortlist.included", 99).containsKeys(
        "kipp.shortlist.atCap", "kipp.shortlist.keepRoom", "kipp.shortlist.belowCut");

    RankedEntry passedOver = shortlist.excluded().stream()
        .filter(e -> shortlist.decision(e.proposal()).orElseThrow().reasons().get(0).code().equals("kipp.shortlist.keepRoom"))
        .findFirst().orElseThrow();
    Explanation why = shortlist.explain(passedOver.proposal()).orElseThrow();
    assertThat(why.step()).isEqualTo("quota");
    assertThat(why.children().get(0).label().english()).startsWith("passed over to keep room for the minimum of 3T regions (needs ");
    assertThat(why.allCitations()).contains(QUOTA, THREE_T.citation());

    // No better-ranked entry was skipped before the first quota decision.
    int firstSkip = shortlist.excluded().get(0).position();
    assertThat(shortlist.included().subList(0, firstSkip - 1)).isEqualTo(ranking.top(firstSkip - 1));

    List<Candidate> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, new Random(44));
    Shortlist again = Shortlister.create().select(ShortlistFixtures.rank(shuffled), spec);
    assertThat(again.decisions()).isEqualTo(shortlist.decisions());
  }

  @Test
  void decisions_first_read_by_many_threads_at_once_are_the_same_as_those_of_a_fresh_shortlist() throws Exception {
    Ranking ranking = ShortlistFixtures.rank(candidates());
    List<Decision> expected = Shortlister.create().select(ranking, top99()).decisions();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        Shortlist shortlist = Shortlister.create().select(ranking, top99());
        List<java.util.concurrent.Future<List<Decision>>> reads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int which = t;
          reads.add(pool.submit(() -> which % 2 == 0
              ? shortlist.decisions()
              : ranking.entries().stream().map(e -> shortlist.decision(e.proposal()).orElseThrow()).collect(Collectors.toList())));
        }
        for (java.util.concurrent.Future<List<Decision>> read : reads) {
          assertThat(read.get(30, java.util.concurrent.TimeUnit.SECONDS)).containsExactlyElementsOf(expected);
        }
        assertThat(shortlist.decisions()).isSameAs(shortlist.decisions());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
