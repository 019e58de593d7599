package io.github.kipp.scoring.shortlist;

import static io.github.kipp.scoring.shortlist.ShortlistFixtures.ASMAT;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.BANYUWANGI;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.CAP;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.KEMENKES;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.MAKASSAR;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.QUOTA;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.SIGI;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.SUMBA_TIMUR;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.THREE_T;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.TOP_99;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.candidate;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.id;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.rank;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.top;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Decision;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.scoring.explain.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.rank.Ranking;

class ShortlisterTest {

  private static final Shortlister SHORTLISTER = Shortlister.create();
  private static final Quota THREE_T_MIN_2 = Quota.atLeast(QuotaDimension.THREE_T, "true", 2, QUOTA);

  private static List<String> included(Shortlist s) {
    return s.included().stream().map(e -> e.proposal().value()).collect(Collectors.toList());
  }

  private static Reason onlyReason(Shortlist s, String proposal) {
    Decision d = s.decision(id(proposal)).orElseThrow();
    assertThat(d.reasons()).hasSize(1);
    return d.reasons().get(0);
  }

  @Test
  void an_included_proposal_gets_its_position_and_the_citations_it_rests_on() {
    Ranking ranking = rank(candidate("p-1", "kesehatan", LUWU_UTARA, "90"), candidate("p-2", "kesehatan", SIGI, "80"));
    Shortlist s = SHORTLISTER.select(ranking, top(2).quota(Quota.atLeast(QuotaDimension.CATEGORY, "kesehatan", 1, QUOTA)).build());

    Decision d = s.decision(id("p-2")).orElseThrow();
    assertThat(d.passed()).isTrue();
    assertThat(d.subject()).isEqualTo("proposal p-2");
    assertThat(d.rule()).isEqualTo("shortlist");
    assertThat(d.reasons()).extracting(Reason::code).containsExactly("kipp.shortlist.included");
    assertThat(d.reasons().get(0).message())
        .isEqualTo(LocalizedText.of("posisi 2; memenuhi semua kuota", "position 2; within every quota"));
    assertThat(d.citations()).containsExactly(TOP_99, QUOTA);
  }

  @Test
  void a_proposal_beyond_a_category_maximum_is_excluded_citing_the_quota() {
    Quota tataKelola = Quota.atMost(QuotaDimension.CATEGORY, "tata-kelola", 1, QUOTA)
        .withLabel(LocalizedText.of("Kategori Tata Kelola", "category Tata Kelola"));
    Ranking ranking = rank(
        candidate("p-1", "tata-kelola", LUWU_UTARA, "90"),
        candidate("p-2", "tata-kelola", SIGI, "85"),
        candidate("p-3", "kesehatan", ASMAT, "80"));
    Shortlist s = SHORTLISTER.select(ranking, top(2).quota(tataKelola).build());

    assertThat(included(s)).containsExactly("p-1", "p-3");
    Reason r = onlyReason(s, "p-2");
    assertThat(r.code()).isEqualTo("kipp.shortlist.atMaximum");
    assertThat(r.message().english()).isEqualTo("category Tata Kelola at its maximum of 1");
    assertThat(r.message().indonesian()).isEqualTo("Kategori Tata Kelola telah mencapai maksimum 1");
    assertThat(r.citations()).containsExactly(QUOTA);
  }

  @Test
  void a_fourth_proposal_of_an_institution_capped_at_three_is_excluded() {
    List<Candidate> list = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      list.add(candidate("p-" + i, "kesehatan", LUWU_UTARA, Integer.toString(100 - i)));
    }
    list.add(candidate("p-5", "kesehatan", SIGI, "50"));
    Shortlist s = SHORTLISTER.select(rank(list), top(4).quota(Quota.eachAtMost(QuotaDimension.INSTITUTION, 3, CAP)).build());

    assertThat(included(s)).containsExactly("p-1", "p-2", "p-3", "p-5");
    Reason r = onlyReason(s, "p-4");
    assertThat(r.code()).isEqualTo("kipp.shortlist.atCap");
    assertThat(r.message().english()).isEqualTo("institution pemkab-luwu-utara at its cap of 3");
    assertThat(r.message().indonesian()).isEqualTo("instansi pemkab-luwu-utara telah mencapai batas 3");
    assertThat(r.citations()).containsExactly(CAP);
  }

  @Test
  void better_proposals_are_passed_over_to_keep_room_for_the_3t_minimum() {
    Ranking ranking = rank(
        candidate("n-1", "kesehatan", LUWU_UTARA, "99"),
        candidate("n-2", "kesehatan", BANYUWANGI, "98"),
        candidate("n-3", "kesehatan", MAKASSAR, "97"),
        candidate("n-4", "kesehatan", KEMENKES, "96"),
        candidate("t-1", "kesehatan", SIGI, "70"),
        candidate("t-2", "kesehatan", ASMAT, "60"),
        candidate("t-3", "kesehatan", SUMBA_TIMUR, "50"));
    Shortlist s = SHORTLISTER.select(ranking, top(4).quota(THREE_T_MIN_2).build());

    assertThat(included(s)).containsExactly("n-1", "n-2", "t-1", "t-2");
    Reason r = onlyReason(s, "n-3");
    assertThat(r.code()).isEqualTo("kipp.shortlist.keepRoom");
    assertThat(r.message().english())
        .isEqualTo("passed over to keep room for the minimum of 3T regions (needs 2 more, 2 places left)");
    assertThat(r.message().indonesian())
        .isEqualTo("dilewati untuk menyisakan tempat bagi minimum daerah 3T (masih perlu 2 lagi, tersisa 2 tempat)");
    assertThat(r.citations()).containsExactly(QUOTA, THREE_T.citation());
    assertThat(onlyReason(s, "n-4").code()).isEqualTo("kipp.shortlist.keepRoom");
    assertThat(onlyReason(s, "t-3").message().english()).isEqualTo("below the cut: the shortlist holds 4");
  }

  @Test
  void minimums_that_only_conflict_together_are_named_together() {
    Ranking ranking = rank(
        candidate("e-1", "kesehatan", LUWU_UTARA, "99"),
        candidate("a-1", "pendidikan", BANYUWANGI, "80"),
        candidate("t-1", "kesehatan", SIGI, "70"));
    ShortlistSpec spec = top(2).quota(Quota.atLeast(QuotaDimension.CATEGORY, "pendidikan", 1, QUOTA)).quota(Quota.atLeast(QuotaDimension.THREE_T, "true", 1, QUOTA)).build();
    Shortlist s = SHORTLISTER.select(ranking, spec);

    assertThat(included(s)).containsExactly("a-1", "t-1");
    Reason r = onlyReason(s, "e-1");
    assertThat(r.code()).isEqualTo("kipp.shortlist.keepRoomJoint");
    assertThat(r.message().english()).isEqualTo(
        "passed over to keep room for the minimums of category pendidikan (needs 1 more), 3T regions (needs 1 more),"
            + " which cannot all be met otherwise (2 places left)");
    assertThat(r.citations()).containsExactly(QUOTA, THREE_T.citation());
  }

  @Test
  void the_rest_is_below_the_cut_and_a_tie_at_the_cut_is_said_to_be_decided_by_proposal_id() {
    Ranking ranking = rank(
        candidate("p-a", "kesehatan", LUWU_UTARA, "80"),
        candidate("p-c", "kesehatan", SIGI, "80"),
        candidate("p-b", "kesehatan", ASMAT, "80"),
        candidate("p-d", "kesehatan", ASMAT, "70"));
    Shortlist s = SHORTLISTER.select(ranking, top(2).build());

    assertThat(ranking.entries()).extracting(RankedEntry::rank).containsExactly(1, 1, 1, 4);
    assertThat(included(s)).containsExactly("p-a", "p-b");
    Decision tied = s.decision(id("p-c")).orElseThrow();
    assertThat(tied.reasons()).extracting(Reason::code).containsExactly("kipp.shortlist.belowCut", "kipp.shortlist.tiedAtCut");
    assertThat(tied.reasons().get(0).message().english()).isEqualTo("below the cut: the shortlist holds 2");
    assertThat(tied.reasons().get(1).message().english()).startsWith("shares rank 1 with p-a, which is included");
    assertThat(tied.citations()).containsExactly(TOP_99);
    assertThat(s.decision(id("p-d")).orElseThrow().reasons()).extracting(Reason::code).containsExactly("kipp.shortlist.belowCut");
  }

  @Test
  void a_minimum_equal_to_the_candidates_available_takes_all_of_them() {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      list.add(candidate("k-" + i, "kesehatan", LUWU_UTARA, Integer.toString(90 - i)));
    }
    list.add(candidate("g-1", "gender", SIGI, "10"));
    list.add(candidate("g-2", "gender", ASMAT, "9"));
    list.add(candidate("g-3", "gender", MAKASSAR, "8"));
    Shortlist s = SHORTLISTER.select(rank(list), top(5).quota(Quota.atLeast(QuotaDimension.CATEGORY, "gender", 3, QUOTA)).build());

    assertThat(included(s)).containsExactly("k-0", "k-1", "g-1", "g-2", "g-3");
    assertThat(s.quotaCounts()).singleElement().satisfies(c -> {
      assertThat(c.selected()).isEqualTo(3);
      assertThat(c.min()).isEqualTo(3);
      assertThat(c.max()).isEmpty();
      assertThat(c.holds()).isTrue();
    });
  }

  @Test
  void a_maximum_of_zero_leaves_a_group_out() {
    Ranking ranking = rank(
        ShortlistFixtures.candidate(ShortlistFixtures.proposal("r-1", "kesehatan", "replikasi", LUWU_UTARA), "99"),
        candidate("u-1", "kesehatan", SIGI, "50"));
    Shortlist s = SHORTLISTER.select(ranking, top(2).quota(Quota.atMost(QuotaDimension.GROUP, "replikasi", 0, QUOTA)).build());

    assertThat(included(s)).containsExactly("u-1");
    assertThat(onlyReason(s, "r-1").message().english()).isEqualTo("group replikasi at its maximum of 0");
    assertThat(s.quotaCounts().get(0).selected()).isZero();
  }

  @Test
  void a_ranking_smaller_than_the_shortlist_is_taken_whole() {
    Ranking ranking = rank(candidate("p-1", "kesehatan", LUWU_UTARA, "60"), candidate("p-2", "kesehatan", SIGI, "50"));
    Shortlist s = SHORTLISTER.select(ranking, top(99).build());

    assertThat(included(s)).containsExactly("p-1", "p-2");
    assertThat(s.excluded()).isEmpty();
    assertThat(s.decisions()).allMatch(Decision::passed);
  }

  @Test
  void a_minimum_with_too_few_candidates_is_refused_before_selecting() {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      list.add(candidate("t-" + i, "tata-kelola", LUWU_UTARA, Integer.toString(50 + i)));
    }
    list.add(candidate("k-1", "kesehatan", SIGI, "99"));
    ShortlistSpec spec = top(99).quota(Quota.atLeast(QuotaDimension.CATEGORY, "tata-kelola", 5, QUOTA)).build();

    assertThat(SHORTLISTER.check(rank(list), spec)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("kipp.quota.problem.tooFewCandidates");
      assertThat(p.message().english()).isEqualTo("category tata-kelola needs at least 5 but only 3 candidates have it");
      assertThat(p.message().indonesian())
          .isEqualTo("kategori tata-kelola memerlukan paling sedikit 5, tetapi hanya 3 kandidat yang memenuhinya");
      assertThat(p.quotas()).containsExactly(spec.quotas().get(0));
    });
    assertThatThrownBy(() -> SHORTLISTER.select(rank(list), spec))
        .isInstanceOfSatisfying(InfeasibleQuotasException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("kipp.quota.infeasible");
          assertThat(e.problems()).extracting(QuotaProblem::code).containsExactly("kipp.quota.problem.tooFewCandidates");
          assertThat(e.getMessage()).isEqualTo(
              "The shortlist quotas cannot be met: category tata-kelola needs at least 5 but only 3 candidates have it.");
          assertThat(e.message(LocalizedText.INDONESIAN)).isEqualTo("Kuota daftar nominasi tidak dapat dipenuhi: kategori tata-kelola memerlukan paling sedikit 5, tetapi hanya 3 kandidat yang memenuhinya.");
        });
  }

  @Test
  void minimums_of_one_dimension_summing_past_the_size_are_refused() {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < 110; i++) {
      list.add(candidate("p-" + i, i < 60 ? "kesehatan" : "pendidikan", LUWU_UTARA, Integer.toString(i)));
    }
    ShortlistSpec spec = top(99)
        .quota(Quota.atLeast(QuotaDimension.CATEGORY, "kesehatan", 60, QUOTA))
        .quota(Quota.atLeast(QuotaDimension.CATEGORY, "pendidikan", 44, QUOTA))
        .build();

    assertThat(SHORTLISTER.check(rank(list), spec)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("kipp.quota.problem.minimumsExceedSize");
      assertThat(p.message().english()).isEqualTo("the minimums of dimension CATEGORY sum to 104 but the shortlist has 99 places");
      assertThat(p.quotas()).isEqualTo(spec.quotas());
    });
  }

  @Test
  void a_minimum_above_a_maximum_of_the_same_value_is_refused() {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      list.add(candidate("p-" + i, "tata-kelola", LUWU_UTARA, Integer.toString(i)));
    }
    Quota atLeast5 = Quota.atLeast(QuotaDimension.CATEGORY, "tata-kelola", 5, QUOTA);
    Quota atMost3 = Quota.atMost(QuotaDimension.CATEGORY, "tata-kelola", 3, QUOTA);

    assertThat(SHORTLISTER.check(rank(list), top(10).quota(atLeast5).quota(atMost3).build())).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("kipp.quota.problem.minAboveMax");
      assertThat(p.message().english()).isEqualTo("category tata-kelola: minimum 5 exceeds maximum 3");
      assertThat(p.quotas()).containsExactly(atLeast5, atMost3);
    });
    Quota fromLuwuUtara = Quota.atLeast(QuotaDimension.INSTITUTION, "pemkab-luwu-utara", 4, QUOTA);
    Quota cap = Quota.eachAtMost(QuotaDimension.INSTITUTION, 3, CAP);
    assertThat(SHORTLISTER.check(rank(list), top(10).quota(fromLuwuUtara).quota(cap).build()))
        .extracting(p -> p.message().english())
        .containsExactly("institution pemkab-luwu-utara: minimum 4 exceeds maximum 3");
  }

  @Test
  void minimums_no_choice_meets_together_are_refused_naming_them() {
    Ranking ranking = rank(
        candidate("a-1", "pendidikan", LUWU_UTARA, "90"),
        candidate("a-2", "pendidikan", BANYUWANGI, "80"),
        candidate("t-1", "kesehatan", SIGI, "70"),
        candidate("t-2", "kesehatan", ASMAT, "60"));
    ShortlistSpec spec = top(3)
        .quota(Quota.atMost(QuotaDimension.GROUP, "umum", 3, QUOTA))
        .quota(Quota.atLeast(QuotaDimension.CATEGORY, "pendidikan", 2, QUOTA))
        .quota(Quota.atLeast(QuotaDimension.THREE_T, "true", 2, QUOTA))
        .build();

    assertThat(SHORTLISTER.check(ranking, spec)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("kipp.quota.problem.jointly");
      assertThat(p.message().english())
          .isEqualTo("the minimums of category pendidikan, 3T regions cannot all be met together within 3 places and the maximums");
      assertThat(p.quotas()).containsExactly(spec.quotas().get(1), spec.quotas().get(2));
    });
  }

  @Test
  void the_search_gives_up_past_its_node_budget_instead_of_guessing() {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      list.add(candidate("p-" + i, "kesehatan", i % 2 == 0 ? SIGI : LUWU_UTARA, Integer.toString(i)));
    }
    ShortlistSpec spec = top(5).quota(Quota.atLeast(QuotaDimension.THREE_T, "true", 4, QUOTA)).build();

    assertThatThrownBy(() -> Shortlister.withNodeBudget(2).check(rank(list), spec))
        .isInstanceOfSatisfying(QuotaSolverException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("kipp.quota.tooComplex");
          assertThat(e.budget()).isEqualTo(2);
          assertThat(e.getMessage()).contains("passed 2 steps before selection");
        });
    assertThat(Shortlister.create().check(rank(list), spec)).isEmpty();
    assertThat(Shortlister.create().nodeBudget()).isEqualTo(Shortlister.DEFAULT_NODE_BUDGET);
    assertThatThrownBy(() -> Shortlister.withNodeBudget(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_quota_table_reports_each_quota_with_its_bounds_and_count() {
    Ranking ranking = rank(
        candidate("p-1", "kesehatan", LUWU_UTARA, "90"),
        candidate("p-2", "kesehatan", LUWU_UTARA, "85"),
        candidate("p-3", "pendidikan", SIGI, "80"),
        candidate("p-4", "kesehatan", ASMAT, "70"));
    Quota health = Quota.between(QuotaDimension.CATEGORY, "kesehatan", 1, 2, QUOTA);
    Quota cap = Quota.eachAtMost(QuotaDimension.INSTITUTION, 3, CAP);
    Shortlist s = SHORTLISTER.select(ranking, top(3).quota(health).quota(cap).build());

    assertThat(included(s)).containsExactly("p-1", "p-2", "p-3");
    assertThat(s.quotaCounts()).extracting(QuotaCount::quota, QuotaCount::selected)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(health, 2), org.assertj.core.groups.Tuple.tuple(cap, 2));
    assertThat(s.quotaCounts()).allMatch(QuotaCount::holds);
    assertThat(s.quotaCounts().get(1).max()).hasValue(3);
  }

  @Test
  void explains_a_quota_decision_and_a_cut_with_the_rank_beneath() {
    Ranking ranking = rank(
        candidate("n-1", "kesehatan", LUWU_UTARA, "99"),
        candidate("n-2", "kesehatan", BANYUWANGI, "98"),
        candidate("t-1", "kesehatan", SIGI, "70"),
        candidate("t-2", "kesehatan", ASMAT, "60"),
        candidate("t-3", "kesehatan", SUMBA_TIMUR, "50"));
    Shortlist s = SHORTLISTER.select(ranking, top(3).quota(THREE_T_MIN_2).build());

    Explanation passedOver = s.explain(id("n-2")).orElseThrow();
    assertThat(passedOver.step()).isEqualTo("quota");
    assertThat(passedOver.value()).isEqualTo("excluded");
    assertThat(passedOver.label().english()).isEqualTo("Not in the shortlist of 3");
    assertThat(passedOver.children()).extracting(Explanation::value).containsExactly("kipp.shortlist.keepRoom", "2");
    assertThat(passedOver.find("position")).isPresent();
    assertThat(passedOver.allCitations()).contains(QUOTA, THREE_T.citation());
    assertThat(passedOver.render(Locale.ENGLISH)).contains("passed over to keep room for the minimum of 3T regions (needs 2 more, 2 places left)");

    Explanation cut = s.explain(id("t-3")).orElseThrow();
    assertThat(cut.step()).isEqualTo("cutoff");
    assertThat(cut.allCitations()).containsExactly(TOP_99);
    assertThat(s.explain(id("t-1")).orElseThrow().value()).isEqualTo("included");
    assertThat(s.explain(ProposalId.of("absent"))).isEmpty();
    assertThat(s.isIncluded(ProposalId.of("absent"))).isFalse();
  }

  @Test
  void without_quotas_the_shortlist_is_the_top_of_the_ranking() {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      list.add(candidate("p-" + i, "kesehatan", ShortlistFixtures.INSTITUTIONS.get(i % 8), Integer.toString(i * 7 % 12)));
    }
    Ranking ranking = rank(list);
    Shortlist s = SHORTLISTER.select(ranking, top(5).build());

    assertThat(s.included()).isEqualTo(ranking.top(5));
    assertThat(s.excluded()).isEqualTo(ranking.entries().subList(5, 12));
    assertThat(s.spec().size()).isEqualTo(5);
    assertThat(s.ranking()).isEqualTo(ranking);
    assertThat(s).isEqualTo(SHORTLISTER.select(ranking, top(5).build())).hasSameHashCodeAs(SHORTLISTER.select(ranking, top(5).build()));
    assertThat(s).hasToString("Shortlist[5 of 5]" + included(s).stream().collect(Collectors.joining(", ", "[", "]")));
    Shortlist six = SHORTLISTER.select(ranking, top(6).build());
    assertThat(six).hasToString("Shortlist[6 of 6]" + included(six).subList(0, 5).stream().collect(Collectors.joining(", ", "[", ", ...]")));
  }

  @Test
  void the_strictest_minimum_and_the_tightest_maximum_of_one_value_are_the_ones_compared() {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      list.add(candidate("p-" + i, "tata-kelola", LUWU_UTARA, Integer.toString(i)));
    }
    Quota atMost4 = Quota.atMost(QuotaDimension.CATEGORY, "tata-kelola", 4, QUOTA);
    Quota atLeast2 = Quota.atLeast(QuotaDimension.CATEGORY, "tata-kelola", 2, QUOTA);
    Quota atLeast5 = Quota.atLeast(QuotaDimension.CATEGORY, "tata-kelola", 5, QUOTA);
    Quota atMost3 = Quota.atMost(QuotaDimension.CATEGORY, "tata-kelola", 3, QUOTA);

    assertThat(SHORTLISTER.check(rank(list), top(10).quota(atMost4).quota(atLeast2).quota(atLeast5).quota(atMost3).build()))
        .singleElement().satisfies(p -> {
          assertThat(p.message().english()).isEqualTo("category tata-kelola: minimum 5 exceeds maximum 3");
          assertThat(p.quotas()).containsExactly(atLeast5, atMost3);
        });
    assertThat(SHORTLISTER.check(rank(list), top(10).quota(atMost3).quota(atLeast5).quota(atMost4).quota(atLeast2).build()))
        .singleElement().satisfies(p -> assertThat(p.quotas()).containsExactly(atLeast5, atMost3));
  }

  @Test
  void of_two_equally_strict_minimums_or_two_equally_tight_maximums_the_first_declared_is_named() {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      list.add(candidate("p-" + i, "tata-kelola", LUWU_UTARA, Integer.toString(i)));
    }
    Quota atLeast5 = Quota.atLeast(QuotaDimension.CATEGORY, "tata-kelola", 5, QUOTA);
    Quota between5And6 = Quota.between(QuotaDimension.CATEGORY, "tata-kelola", 5, 6, CAP);
    Quota atMost3 = Quota.atMost(QuotaDimension.CATEGORY, "tata-kelola", 3, QUOTA);
    Quota eachAtMost3 = Quota.eachAtMost(QuotaDimension.CATEGORY, 3, CAP);

    assertThat(SHORTLISTER.check(rank(list), top(10).quota(atLeast5).quota(between5And6).quota(atMost3).build()))
        .singleElement().satisfies(p -> assertThat(p.quotas()).containsExactly(atLeast5, atMost3));
    assertThat(SHORTLISTER.check(rank(list), top(10).quota(between5And6).quota(atLeast5).quota(atMost3).build()))
        .singleElement().satisfies(p -> assertThat(p.quotas()).containsExactly(between5And6, atMost3));
    assertThat(SHORTLISTER.check(rank(list), top(10).quota(atLeast5).quota(atMost3).quota(eachAtMost3).build()))
        .singleElement().satisfies(p -> assertThat(p.quotas()).containsExactly(atLeast5, atMost3));
    assertThat(SHORTLISTER.check(rank(list), top(10).quota(atLeast5).quota(eachAtMost3).quota(atMost3).build()))
        .singleElement().satisfies(p -> assertThat(p.quotas()).containsExactly(atLeast5, eachAtMost3));
  }

  @Test
  void minimums_refused_together_name_only_those_that_cannot_be_met_together() {
    Ranking ranking = rank(
        candidate("a-1", "pendidikan", LUWU_UTARA, "90"),
        candidate("a-2", "pendidikan", BANYUWANGI, "80"),
        candidate("t-1", "kesehatan", SIGI, "70"),
        candidate("t-2", "kesehatan", ASMAT, "60"));
    // Two pendidikan and two from 3T regions need four of three places; one kesehatan fits beside either.
    Quota health = Quota.atLeast(QuotaDimension.CATEGORY, "kesehatan", 1, QUOTA);
    Quota education = Quota.atLeast(QuotaDimension.CATEGORY, "pendidikan", 2, QUOTA);
    ShortlistSpec spec = top(3).quota(health).quota(education).quota(THREE_T_MIN_2).build();

    assertThat(SHORTLISTER.check(ranking, spec)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("kipp.quota.problem.jointly");
      assertThat(p.quotas()).containsExactly(education, THREE_T_MIN_2);
    });
  }
}
