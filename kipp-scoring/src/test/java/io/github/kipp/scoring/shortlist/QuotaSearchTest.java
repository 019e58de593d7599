package io.github.kipp.scoring.shortlist;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shortlister's feasibility search on its own: its answer against every subset of small pools,
 * and each documented bound refuting an infeasible set at the root, within a budget of one node,
 * where the search without that bound would have to branch.
 */
class QuotaSearchTest {

  private static final LocalizedText WHERE = LocalizedText.same("test pool");
  private static final QuotaDimension[] DIMENSIONS = {QuotaDimension.CATEGORY, QuotaDimension.PROVINCE, QuotaDimension.THREE_T};
  private static final Map<QuotaDimension, List<String>> VALUES = Map.of(
      QuotaDimension.CATEGORY, List.of("kesehatan", "pendidikan", "tata-kelola"),
      QuotaDimension.PROVINCE, List.of("73", "72", "53"),
      QuotaDimension.THREE_T, List.of("true", "false"));

  /** A candidate: its value in each dimension. */
  private record Attributes(String category, String province, String threeT) {
    String of(QuotaDimension d) {
      return switch (d) {
        case CATEGORY -> category;
        case PROVINCE -> province;
        case THREE_T -> threeT;
        default -> throw new IllegalArgumentException(d.toString());
      };
    }
  }

  private static QuotaSearch.Profile profile(int index, Attributes a, ImmutableList<Quota> quotas) {
    String[] values = new String[quotas.size()];
    for (int i = 0; i < quotas.size(); i++) {
      values[i] = a.of(quotas.get(i).dimension());
    }
    return new QuotaSearch.Profile(index, values, quotas);
  }

  private static boolean feasible(ImmutableList<Quota> quotas, int budget, List<Attributes> chosen, List<Attributes> pool, int places, boolean[] active) {
    QuotaSearch.Tally tally = new QuotaSearch.Tally(quotas);
    for (int i = 0; i < chosen.size(); i++) {
      tally.add(profile(i, chosen.get(i), quotas));
    }
    List<QuotaSearch.Profile> profiles = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      profiles.add(profile(chosen.size() + i, pool.get(i), quotas));
    }
    return new QuotaSearch(quotas, budget, WHERE).feasible(tally, places, profiles, active);
  }

  private static boolean[] allActive(int m) {
    boolean[] active = new boolean[m];
    java.util.Arrays.fill(active, true);
    return active;
  }

  /** Whether a set of candidates meets every active minimum and every maximum. */
  private static boolean meets(ImmutableList<Quota> quotas, boolean[] active, List<Attributes> members) {
    for (int i = 0; i < quotas.size(); i++) {
      Quota q = quotas.get(i);
      Map<String, Integer> perValue = new HashMap<>();
      for (Attributes a : members) {
        perValue.merge(a.of(q.dimension()), 1, Integer::sum);
      }
      if (q.isEachValue()) {
        if (perValue.values().stream().anyMatch(n -> n > q.max().orElse(Integer.MAX_VALUE))) {
          return false;
        }
      } else {
        int n = perValue.getOrDefault(q.value().orElseThrow(), 0);
        if ((active[i] && n < q.min()) || n > q.max().orElse(Integer.MAX_VALUE)) {
          return false;
        }
      }
    }
    return true;
  }

  private static Attributes attributes(SplittableRandom g) {
    return new Attributes(pick(g, QuotaDimension.CATEGORY), pick(g, QuotaDimension.PROVINCE), pick(g, QuotaDimension.THREE_T));
  }

  private static String pick(SplittableRandom g, QuotaDimension d) {
    List<String> values = VALUES.get(d);
    return values.get(g.nextInt(values.size()));
  }

  private static Quota quota(SplittableRandom g) {
    QuotaDimension d = DIMENSIONS[g.nextInt(DIMENSIONS.length)];
    String v = pick(g, d);
    switch (g.nextInt(4)) {
      case 0:
        return Quota.atLeast(d, v, g.nextInt(1, 4), CITED);
      case 1:
        return Quota.atMost(d, v, g.nextInt(0, 3), CITED);
      case 2:
        int min = g.nextInt(1, 3);
        return Quota.between(d, v, min, g.nextInt(min, 4), CITED);
      default:
        return Quota.eachAtMost(d, g.nextInt(1, 3), CITED);
    }
  }

  @Test
  void the_search_says_feasible_exactly_when_some_subset_within_the_places_left_meets_every_quota() {
    int[] feasibleAndNot = new int[2];
    qt().withFixedSeed(21).withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom g = new SplittableRandom(seed);
      ImmutableList.Builder<Quota> b = ImmutableList.builder();
      int m = g.nextInt(1, 5);
      for (int i = 0; i < m; i++) {
        b.add(quota(g));
      }
      ImmutableList<Quota> quotas = b.build();
      boolean[] active = new boolean[m];
      for (int i = 0; i < m; i++) {
        active[i] = g.nextInt(5) > 0;
      }
      // What is chosen so far keeps every maximum, as the shortlister's tally does.
      List<Attributes> chosen = new ArrayList<>();
      for (int i = g.nextInt(0, 4); i > 0; i--) {
        Attributes a = attributes(g);
        List<Attributes> with = new ArrayList<>(chosen);
        with.add(a);
        if (meets(quotas, new boolean[m], with)) {
          chosen.add(a);
        }
      }
      List<Attributes> pool = new ArrayList<>();
      for (int i = g.nextInt(0, 9); i > 0; i--) {
        pool.add(attributes(g));
      }
      int places = g.nextInt(0, 5);

      boolean expected = false;
      for (int subset = 0; subset < 1 << pool.size() && !expected; subset++) {
        if (Integer.bitCount(subset) <= places) {
          List<Attributes> members = new ArrayList<>(chosen);
          for (int k = 0; k < pool.size(); k++) {
            if ((subset & (1 << k)) != 0) {
              members.add(pool.get(k));
            }
          }
          expected = meets(quotas, active, members);
        }
      }

      assertThat(feasible(quotas, 1_000_000, chosen, pool, places, active)).as("quotas %s, chosen %s, pool %s, %s places", quotas, chosen, pool, places)
          .isEqualTo(expected);
      feasibleAndNot[expected ? 0 : 1]++;
    });
    assertThat(feasibleAndNot[0]).as("feasible examples").isGreaterThan(300);
    assertThat(feasibleAndNot[1]).as("infeasible examples").isGreaterThan(300);
  }

  @Test
  void two_minimums_in_different_dimensions_that_no_candidate_helps_together_are_refuted_by_the_pair_bound() {
    // Two kesehatan and two from province 73, with 3 places and no candidate that is both.
    ImmutableList<Quota> quotas = ImmutableList.of(Quota.atLeast(QuotaDimension.CATEGORY, "kesehatan", 2, CITED),
        Quota.atLeast(QuotaDimension.PROVINCE, "73", 2, CITED));
    List<Attributes> pool = List.of(new Attributes("kesehatan", "72", "false"), new Attributes("kesehatan", "53", "false"),
        new Attributes("pendidikan", "73", "false"), new Attributes("tata-kelola", "73", "true"));

    assertThat(feasible(quotas, 1, List.of(), pool, 3, allActive(2))).isFalse();
    assertThat(feasible(quotas, 1_000, List.of(), pool, 4, allActive(2))).isTrue();
  }

  @Test
  void a_minimum_that_only_candidates_under_a_reached_maximum_can_help_is_refuted_inside_that_maximum() {
    // Two kesehatan are needed, and one from 3T; every kesehatan candidate is from province 73, of
    // which at most 2 may be chosen and one already is: only one more kesehatan fits.
    ImmutableList<Quota> quotas = ImmutableList.of(Quota.atLeast(QuotaDimension.CATEGORY, "kesehatan", 2, CITED),
        Quota.atMost(QuotaDimension.PROVINCE, "73", 2, CITED), Quota.atLeast(QuotaDimension.THREE_T, "true", 1, CITED));
    List<Attributes> chosen = List.of(new Attributes("tata-kelola", "73", "false"));
    List<Attributes> pool = List.of(new Attributes("kesehatan", "73", "true"), new Attributes("kesehatan", "73", "false"));

    assertThat(feasible(quotas, 1, chosen, pool, 5, allActive(3))).isFalse();
    assertThat(feasible(quotas, 1_000, List.of(), pool, 5, allActive(3))).isTrue();
  }

  @Test
  void a_minimum_whose_candidates_share_a_capped_value_already_counted_is_refuted_by_that_cap() {
    // Three from province 73 are needed and one from 3T; at most 2 of each category, and one
    // kesehatan is already chosen: of the three kesehatan candidates from 73 only one more fits,
    // so with the one pendidikan candidate at most two reach 73.
    ImmutableList<Quota> quotas = ImmutableList.of(Quota.atLeast(QuotaDimension.PROVINCE, "73", 3, CITED),
        Quota.eachAtMost(QuotaDimension.CATEGORY, 2, CITED), Quota.atLeast(QuotaDimension.THREE_T, "true", 1, CITED));
    List<Attributes> chosen = List.of(new Attributes("kesehatan", "72", "false"));
    List<Attributes> pool = List.of(new Attributes("kesehatan", "73", "true"), new Attributes("kesehatan", "73", "false"),
        new Attributes("kesehatan", "73", "false"), new Attributes("pendidikan", "73", "false"));

    assertThat(feasible(quotas, 1, chosen, pool, 5, allActive(3))).isFalse();
    assertThat(feasible(quotas, 1_000, List.of(), pool, 5, allActive(3))).isTrue();
  }
}
