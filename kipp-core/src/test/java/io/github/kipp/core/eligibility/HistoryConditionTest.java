package io.github.kipp.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.TierId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class HistoryConditionTest {

  private static final GroupId UMUM = GroupId.of("umum");
  private static final GroupId REPLIKASI = GroupId.of("replikasi");

  private static PastResult result(int year, io.github.kipp.core.TierId tier, GroupId group) {
    return new PastResult(InnovationId.of("inv"), year, tier, group);
  }

  @Test
  void a_range_of_one_year_counts_only_that_year() {
    HistoryCondition in2019 = HistoryCondition.reached(Tiers.TOP_45, 2019, 2019);

    assertThat(in2019.test(List.of(result(2019, Tiers.TOP_45, UMUM)))).isTrue();
    assertThat(in2019.test(List.of(result(2018, Tiers.TOP_45, UMUM)))).isFalse();
    assertThat(in2019.test(List.of(result(2020, Tiers.TOP_45, UMUM)))).isFalse();
    assertThat(in2019.describe()).isEqualTo(LocalizedText.of("mencapai top-45 pada 2019", "reached top-45 in 2019"));
  }

  @Test
  void the_first_and_last_years_of_a_range_are_counted_and_the_years_outside_are_not() {
    HistoryCondition range = HistoryCondition.reached(Tiers.TOP_45, 2019, 2020);

    assertThat(range.test(List.of(result(2019, Tiers.TOP_45, UMUM)))).isTrue();
    assertThat(range.test(List.of(result(2020, Tiers.TOP_45, UMUM)))).isTrue();
    assertThat(range.test(List.of(result(2018, Tiers.TOP_45, UMUM), result(2021, Tiers.TOP_45, UMUM)))).isFalse();
    assertThat(range.test(List.of(result(2019, Tiers.TOP_99, UMUM)))).isFalse();
    assertThat(range.describe()).isEqualTo(LocalizedText.of("mencapai top-45 pada 2019–2020", "reached top-45 in 2019–2020"));
  }

  @Test
  void reaching_a_tier_twice_needs_two_different_years() {
    HistoryCondition twice = HistoryCondition.reachedTimes(2, List.of(Tiers.TOP_99, Tiers.TOP_45), 2000, 2200);

    assertThat(twice.test(List.of(result(2019, Tiers.TOP_99, UMUM), result(2019, Tiers.TOP_45, UMUM)))).isFalse();
    assertThat(twice.test(List.of(result(2019, Tiers.TOP_99, UMUM), result(2021, Tiers.TOP_45, UMUM)))).isTrue();
    assertThat(twice.describe())
        .isEqualTo(LocalizedText.of("mencapai top-45 atau top-99 paling sedikit 2 kali", "reached top-45 or top-99 at least 2 times"));
  }

  @Test
  void a_condition_in_a_group_counts_only_results_in_that_group() {
    HistoryCondition.Count inReplikasi = ((HistoryCondition.Count) HistoryCondition.reached(Tiers.TOP_99, 2019, 2021)).inGroup(REPLIKASI);

    assertThat(inReplikasi.group()).contains(REPLIKASI);
    assertThat(inReplikasi.test(List.of(result(2020, Tiers.TOP_99, REPLIKASI)))).isTrue();
    assertThat(inReplikasi.test(List.of(result(2020, Tiers.TOP_99, UMUM)))).isFalse();
    assertThat(inReplikasi.describe())
        .isEqualTo(LocalizedText.of("mencapai top-99 pada 2019–2021 (kelompok replikasi)", "reached top-99 in 2019–2021 (group replikasi)"));
  }

  @Test
  void having_entered_before_holds_for_any_result_in_any_year() {
    HistoryCondition entered = HistoryCondition.enteredBefore();

    assertThat(entered.test(List.of(result(2000, Tiers.ENTERED, UMUM)))).isTrue();
    assertThat(entered.test(List.of(result(2200, Tiers.TOP_9, REPLIKASI)))).isTrue();
    assertThat(entered.test(List.of())).isFalse();
    assertThat(entered.describe()).isEqualTo(LocalizedText.of("mencapai hasil apa pun", "reached any result"));
  }

  @Test
  void all_holds_only_when_every_part_holds_and_says_so_with_and() {
    HistoryCondition both = HistoryCondition.all(HistoryCondition.reached(Tiers.TOP_99, 2019, 2019), HistoryCondition.reached(Tiers.TOP_45, 2020, 2020));

    assertThat(both.test(List.of(result(2019, Tiers.TOP_99, UMUM), result(2020, Tiers.TOP_45, UMUM)))).isTrue();
    assertThat(both.test(List.of(result(2019, Tiers.TOP_99, UMUM)))).isFalse();
    assertThat(both.test(List.of(result(2020, Tiers.TOP_45, UMUM)))).isFalse();
    assertThat(both.describe())
        .isEqualTo(LocalizedText.of("(mencapai top-99 pada 2019) dan (mencapai top-45 pada 2020)", "(reached top-99 in 2019) and (reached top-45 in 2020)"));
  }

  @Test
  void any_holds_when_one_part_holds_and_says_so_with_or() {
    HistoryCondition either = HistoryCondition.any(HistoryCondition.reached(Tiers.TOP_99, 2019, 2019), HistoryCondition.reached(Tiers.TOP_45, 2020, 2020));

    assertThat(either.test(List.of(result(2020, Tiers.TOP_45, UMUM)))).isTrue();
    assertThat(either.test(List.of(result(2021, Tiers.TOP_45, UMUM)))).isFalse();
    assertThat(either.describe())
        .isEqualTo(LocalizedText.of("(mencapai top-99 pada 2019) atau (mencapai top-45 pada 2020)", "(reached top-99 in 2019) or (reached top-45 in 2020)"));
  }

  @Test
  void not_inverts_its_part_and_says_so() {
    HistoryCondition never = HistoryCondition.not(HistoryCondition.reached(Tiers.TOP_99, 2019, 2019));

    assertThat(never.test(List.of())).isTrue();
    assertThat(never.test(List.of(result(2019, Tiers.TOP_99, UMUM)))).isFalse();
    assertThat(never.describe()).isEqualTo(LocalizedText.of("tidak (mencapai top-99 pada 2019)", "not (reached top-99 in 2019)"));
  }

  @Test
  void reversed_years_and_zero_times_are_refused_and_empty_compositions_fail_fast() {
    assertThatThrownBy(() -> HistoryCondition.reached(Tiers.TOP_99, 2020, 2019))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errorCode()).isEqualTo("kipp.input.invalid"));
    assertThatThrownBy(() -> HistoryCondition.reachedTimes(0, List.of(), 2019, 2020)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> HistoryCondition.all()).isInstanceOf(IllegalArgumentException.class).hasMessage("all() needs at least one condition");
    assertThatThrownBy(() -> HistoryCondition.any()).isInstanceOf(IllegalArgumentException.class).hasMessage("any() needs at least one condition");
  }

  @Test
  void conditions_are_values() {
    new EqualsTester()
        .addEqualityGroup(HistoryCondition.reached(Tiers.TOP_99, 2019, 2020), HistoryCondition.reachedTimes(1, List.of(Tiers.TOP_99), 2019, 2020))
        .addEqualityGroup(HistoryCondition.enteredBefore())
        .addEqualityGroup(HistoryCondition.all(HistoryCondition.enteredBefore()))
        .addEqualityGroup(HistoryCondition.any(HistoryCondition.enteredBefore()))
        .addEqualityGroup(HistoryCondition.not(HistoryCondition.enteredBefore()))
        .testEquals();
  }

  @Test
  void past_results_from_2000_to_2200_are_plausible_and_outside_are_not() {
    assertThat(PastResult.umum("a", 2000, Tiers.ENTERED).year()).isEqualTo(2000);
    assertThat(PastResult.umum("a", 2200, Tiers.ENTERED).year()).isEqualTo(2200);
    assertThatThrownBy(() -> PastResult.umum("a", 1999, Tiers.ENTERED)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> PastResult.umum("a", 2201, Tiers.ENTERED)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_result_history_sorts_and_drops_repeats_and_is_a_value() {
    PastResult a2019 = PastResult.umum("a", 2019, Tiers.TOP_99);
    PastResult a2018 = PastResult.umum("a", 2018, Tiers.TOP_45);
    PastResult b2018 = PastResult.umum("b", 2018, Tiers.TOP_45);
    ResultHistory h = ResultHistory.of(List.of(a2019, b2018, a2018, a2019));

    assertThat(h.results()).containsExactly(a2018, a2019, b2018);
    assertThat(h.of(InnovationId.of("a"))).containsExactly(a2018, a2019);
    assertThat(ResultHistory.empty().results()).isEmpty();
    new EqualsTester()
        .addEqualityGroup(h, ResultHistory.of(List.of(b2018, a2018, a2019)))
        .addEqualityGroup(ResultHistory.empty(), ResultHistory.of(List.of()))
        .addEqualityGroup(ResultHistory.of(List.of(a2019)))
        .testEquals();
  }

  @Test
  void a_count_holds_exactly_when_enough_different_years_match_in_narrow_and_wide_ranges() {
    TierId[] tiers = {Tiers.ENTERED, Tiers.TOP_99, Tiers.TOP_45, Tiers.TOP_15, Tiers.OUTSTANDING_ACHIEVEMENT};
    GroupId[] groups = {UMUM, REPLIKASI, GroupId.of("khusus")};
    int[] outcomes = new int[2];
    qt().withFixedSeed(61).withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      // Ranges of one year, of a few, of exactly 64 and 65 years (the edge of the narrow count) and of
      // the whole 2000-2200.
      int from = 2000 + r.nextInt(120);
      int to = switch (r.nextInt(5)) {
        case 0 -> from;
        case 1 -> from + r.nextInt(10);
        case 2 -> from + 63;
        case 3 -> from + 64;
        default -> 2200;
      };
      List<TierId> counted = new ArrayList<>();
      for (TierId t : tiers) {
        if (r.nextInt(3) == 0) {
          counted.add(t);
        }
      }
      Optional<GroupId> group = r.nextBoolean() ? Optional.empty() : Optional.of(groups[r.nextInt(groups.length)]);
      int times = 1 + r.nextInt(3);
      HistoryCondition.Count count = new HistoryCondition.Count(times, com.google.common.collect.ImmutableSortedSet.copyOf(counted), from, to, group);
      List<PastResult> results = new ArrayList<>();
      for (int k = r.nextInt(8); k > 0; k--) {
        int year = r.nextInt(4) == 0 ? Math.min(2200, to + r.nextInt(3)) : from + r.nextInt(Math.min(to - from + 1, 70));
        results.add(result(Math.min(year, 2200), tiers[r.nextInt(tiers.length)], groups[r.nextInt(groups.length)]));
      }
      // The count as specified: the different years in the range with a result of a counted tier
      // (any, if none) in the group (any, if none).
      TreeSet<Integer> years = new TreeSet<>();
      for (PastResult x : results) {
        if (x.year() >= from && x.year() <= to && (counted.isEmpty() || counted.contains(x.tier())) && group.map(x.group()::equals).orElse(true)) {
          years.add(x.year());
        }
      }
      boolean expected = years.size() >= times;
      assertThat(count.test(results)).as("seed %d: %s on %s", seed, count, results).isEqualTo(expected);
      outcomes[expected ? 1 : 0]++;
    });
    assertThat(outcomes[0]).isGreaterThan(500);
    assertThat(outcomes[1]).isGreaterThan(500);
  }
}
