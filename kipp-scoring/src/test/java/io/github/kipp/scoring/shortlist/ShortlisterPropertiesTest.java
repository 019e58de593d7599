package io.github.kipp.scoring.shortlist;

import static io.github.kipp.scoring.shortlist.ShortlistFixtures.INSTITUTIONS;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.QUOTA;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.THREE_T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Decision;
import io.github.kipp.core.Reason;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.rank.Ranking;

/**
 * Properties of the shortlister over random rankings and random quota sets, checked against a
 * brute-force reference on small rankings.
 */
class ShortlisterPropertiesTest {

  private static final List<String> CATEGORIES = List.of("kesehatan", "pendidikan", "tata-kelola");
  private static final List<String> GROUPS = List.of("umum", "replikasi");
  private static final Map<QuotaDimension, List<String>> VALUES = Map.of(
      QuotaDimension.CATEGORY, CATEGORIES,
      QuotaDimension.GROUP, GROUPS,
      QuotaDimension.INSTITUTION_TYPE, List.of("KABUPATEN", "KOTA", "PROVINSI", "KEMENTERIAN"),
      QuotaDimension.PROVINCE, List.of("73", "72", "53", "93", "35", "-"),
      QuotaDimension.THREE_T, List.of("true", "false"),
      QuotaDimension.INSTITUTION, INSTITUTIONS.stream().map(i -> i.id().value()).collect(Collectors.toList()));
  private static final Set<String> QUOTA_REASONS =
      Set.of("kipp.shortlist.atMaximum", "kipp.shortlist.atCap", "kipp.shortlist.keepRoom", "kipp.shortlist.keepRoomJoint");

  /** Proposals built once per attribute combination and id; proposals are immutable. */
  private static final Map<String, Proposal> PROPOSALS = new HashMap<>();

  /** A ranking and a spec, generated from plain numbers so that failures shrink. */
  private static final class Scenario {
    final List<Candidate> candidates;
    final Ranking ranking;
    final ShortlistSpec spec;
    final long shuffleSeed;

    Scenario(List<Integer> candidateCodes, int size, List<Integer> quotaCodes, long shuffleSeed) {
      List<Candidate> list = new ArrayList<>();
      for (int i = 0; i < candidateCodes.size(); i++) {
        int c = candidateCodes.get(i);
        String category = CATEGORIES.get(c % 3);
        String group = GROUPS.get(c / 3 % 2);
        Institution institution = INSTITUTIONS.get(c / 6 % INSTITUTIONS.size());
        String id = "p-" + i;
        Proposal p = PROPOSALS.computeIfAbsent(id + "/" + category + "/" + group + "/" + institution.id(),
            k -> ShortlistFixtures.proposal(id, category, group, institution));
        list.add(ShortlistFixtures.candidate(p, Integer.toString(c / 48 % 8)));
      }
      this.candidates = list;
      this.ranking = ShortlistFixtures.rank(list);
      Set<Quota> quotas = new LinkedHashSet<>();
      for (int code : quotaCodes) {
        quotas.add(quota(code));
      }
      this.spec = ShortlistFixtures.top(size).quotas(quotas).build();
      this.shuffleSeed = shuffleSeed;
    }

    private static Quota quota(int code) {
      QuotaDimension dimension = QuotaDimension.values()[code % 6];
      List<String> values = VALUES.get(dimension);
      String value = values.get(code / 6 % values.size());
      int a = code / 48 % 4;
      int b = code / 192 % 5;
      switch (code / 960 % 4) {
        case 0:
          return Quota.atLeast(dimension, value, a + 1, QUOTA);
        case 1:
          return Quota.atMost(dimension, value, b, QUOTA);
        case 2:
          return Quota.between(dimension, value, Math.min(a, b), Math.max(a, b), QUOTA);
        default:
          return Quota.eachAtMost(dimension, 1 + a % 3, QUOTA);
      }
    }

    @Override
    public String toString() {
      return spec + " over " + ranking;
    }
  }

  private static Gen<Scenario> scenarios(int maxCandidates, int maxSize, int maxQuotas) {
    return lists().of(integers().between(0, 383)).ofSizeBetween(0, maxCandidates)
        .zip(integers().between(1, maxSize), lists().of(integers().between(0, 3839)).ofSizeBetween(0, maxQuotas), integers().all(),
            (candidates, size, quotas, seed) -> new Scenario(candidates, size, quotas, seed));
  }

  // ---- the brute-force reference ----

  private static String value(ShortlistSpec spec, QuotaDimension d, RankedEntry e) {
    return d.valueOf(e.candidate().proposal(), spec.threeTRegions().orElse(THREE_T));
  }

  private static boolean meets(ShortlistSpec spec, List<RankedEntry> chosen) {
    if (chosen.size() > spec.size()) {
      return false;
    }
    for (Quota q : spec.quotas()) {
      Map<String, Integer> counts = new HashMap<>();
      for (RankedEntry e : chosen) {
        counts.merge(value(spec, q.dimension(), e), 1, Integer::sum);
      }
      int max = q.max().orElse(Integer.MAX_VALUE);
      if (q.isEachValue()) {
        if (counts.values().stream().anyMatch(c -> c > max)) {
          return false;
        }
      } else {
        int count = counts.getOrDefault(q.value().orElseThrow(), 0);
        if (count < q.min() || count > max) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether some subset of {@code rest} can be added to {@code chosen} to meet the spec. */
  private static boolean completable(ShortlistSpec spec, List<RankedEntry> chosen, List<RankedEntry> rest) {
    for (int mask = 0; mask < 1 << rest.size(); mask++) {
      if (chosen.size() + Integer.bitCount(mask) > spec.size()) {
        continue;
      }
      List<RankedEntry> all = new ArrayList<>(chosen);
      for (int i = 0; i < rest.size(); i++) {
        if ((mask & 1 << i) != 0) {
          all.add(rest.get(i));
        }
      }
      if (meets(spec, all)) {
        return true;
      }
    }
    return false;
  }

  /** The first selection in position order: each entry is taken if the quotas can still be met. */
  private static List<RankedEntry> reference(Scenario s) {
    List<RankedEntry> entries = s.ranking.entries();
    List<RankedEntry> chosen = new ArrayList<>();
    for (int i = 0; i < entries.size() && chosen.size() < s.spec.size(); i++) {
      List<RankedEntry> with = new ArrayList<>(chosen);
      with.add(entries.get(i));
      if (completable(s.spec, with, entries.subList(i + 1, entries.size()))) {
        chosen = with;
      }
    }
    return chosen;
  }

  // ---- properties ----

  @Test
  void check_is_exact_and_selection_is_the_first_that_meets_every_quota() {
    AtomicInteger feasible = new AtomicInteger();
    AtomicInteger infeasible = new AtomicInteger();
    AtomicInteger passedOver = new AtomicInteger();
    qt().withFixedSeed(9901).withExamples(1_000)
        .forAll(scenarios(10, 8, 4))
        .checkAssert(s -> {
          ImmutableList<QuotaProblem> problems = Shortlister.create().check(s.ranking, s.spec);
          boolean possible = completable(s.spec, List.of(), s.ranking.entries());
          assertThat(problems.isEmpty()).as("check agrees with brute force: %s", problems).isEqualTo(possible);
          if (!possible) {
            infeasible.incrementAndGet();
            assertThatThrownBy(() -> Shortlister.create().select(s.ranking, s.spec))
                .isInstanceOfSatisfying(InfeasibleQuotasException.class, e -> assertThat(e.problems()).isEqualTo(problems));
            return;
          }
          feasible.incrementAndGet();
          Shortlist shortlist = Shortlister.create().select(s.ranking, s.spec);
          assertThat(meets(s.spec, shortlist.included())).as("every quota holds").isTrue();
          assertThat(shortlist.quotaCounts()).allMatch(QuotaCount::holds);
          assertThat(shortlist.included()).isEqualTo(reference(s));
          passedOver.addAndGet((int) shortlist.decisions().stream()
              .filter(d -> d.reasons().stream().anyMatch(r -> r.code().startsWith("kipp.shortlist.keepRoom"))).count());
        });
    // The generator reaches both outcomes and the passed-over case.
    assertThat(feasible.get()).isGreaterThan(50);
    assertThat(infeasible.get()).isGreaterThan(20);
    assertThat(passedOver.get()).isGreaterThan(5);
  }

  @Test
  void every_quota_holds_whenever_check_says_feasible_on_larger_rankings() {
    qt().withFixedSeed(9902).withExamples(1_000)
        .forAll(scenarios(60, 30, 6))
        .checkAssert(s -> {
          ImmutableList<QuotaProblem> problems = Shortlister.create().check(s.ranking, s.spec);
          if (problems.isEmpty()) {
            Shortlist shortlist = Shortlister.create().select(s.ranking, s.spec);
            assertThat(meets(s.spec, shortlist.included())).isTrue();
            assertThat(shortlist.included().size()).isLessThanOrEqualTo(s.spec.size());
            assertThat(shortlist.decisions()).hasSize(s.ranking.size());
          } else {
            assertThat(problems).allSatisfy(p -> assertThat(p.quotas()).isNotEmpty());
            assertThatThrownBy(() -> Shortlister.create().select(s.ranking, s.spec)).isInstanceOf(InfeasibleQuotasException.class);
          }
        });
  }

  @Test
  void the_shortlist_does_not_depend_on_the_order_of_the_candidates() {
    qt().withFixedSeed(9903).withExamples(1_000)
        .forAll(scenarios(30, 15, 4))
        .checkAssert(s -> {
          if (!Shortlister.create().check(s.ranking, s.spec).isEmpty()) {
            return;
          }
          List<Candidate> shuffled = new ArrayList<>(s.candidates);
          Collections.shuffle(shuffled, new Random(s.shuffleSeed));
          Shortlist a = Shortlister.create().select(s.ranking, s.spec);
          Shortlist b = Shortlister.create().select(ShortlistFixtures.rank(shuffled), s.spec);
          assertThat(b.included()).isEqualTo(a.included());
          assertThat(b.decisions()).isEqualTo(a.decisions());
          assertThat(b.quotaCounts()).isEqualTo(a.quotaCounts());
        });
  }

  @Test
  void no_entry_is_left_out_ahead_of_an_included_one_unless_a_quota_says_why() {
    qt().withFixedSeed(9904).withExamples(1_000)
        .forAll(scenarios(30, 15, 5))
        .checkAssert(s -> {
          if (!Shortlister.create().check(s.ranking, s.spec).isEmpty()) {
            return;
          }
          Shortlist shortlist = Shortlister.create().select(s.ranking, s.spec);
          int lastIncluded = shortlist.included().isEmpty() ? 0 : shortlist.included().get(shortlist.included().size() - 1).position();
          for (RankedEntry e : s.ranking.entries()) {
            Decision d = shortlist.decision(e.proposal()).orElseThrow();
            assertThat(d.subject()).isEqualTo("proposal " + e.proposal());
            assertThat(d.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r.citations()).isNotEmpty());
            if (!d.passed() && e.position() < lastIncluded) {
              assertThat(d.reasons()).extracting(Reason::code).allMatch(QUOTA_REASONS::contains);
            }
            if (!d.passed() && e.position() > lastIncluded && shortlist.included().size() == s.spec.size()) {
              assertThat(d.reasons().get(0).code()).isEqualTo("kipp.shortlist.belowCut");
            } else if (!d.passed()) {
              assertThat(d.reasons()).extracting(Reason::code).allMatch(QUOTA_REASONS::contains);
            }
          }
        });
  }

  @Test
  void without_quotas_the_shortlist_is_exactly_the_top_n() {
    qt().withFixedSeed(9905).withExamples(1_000)
        .forAll(scenarios(40, 45, 0))
        .checkAssert(s -> {
          Shortlist shortlist = Shortlister.create().select(s.ranking, s.spec);
          assertThat(shortlist.included()).isEqualTo(s.ranking.top(s.spec.size()));
          assertThat(shortlist.excluded()).allSatisfy(e ->
              assertThat(shortlist.decision(e.proposal()).orElseThrow().reasons().get(0).code()).isEqualTo("kipp.shortlist.belowCut"));
        });
  }
}
