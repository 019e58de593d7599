package io.github.kipp.scoring.stability;

import static io.github.kipp.scoring.stability.StabilityFixtures.fixed;
import static io.github.kipp.scoring.stability.StabilityFixtures.meanOf;
import static io.github.kipp.scoring.stability.StabilityFixtures.result;
import static io.github.kipp.scoring.stability.StabilityFixtures.score;
import static io.github.kipp.scoring.stability.StabilityFixtures.unused;
import static io.github.kipp.scoring.stability.StabilityFixtures.used;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.aggregate.AggregationResult;

class RankStabilityTest {

  private static BootstrapOptions.Builder options(long seed, int shortlist, int replicates) {
    return BootstrapOptions.newBuilder().seed(seed).shortlistSize(shortlist).replicates(replicates);
  }

  /** Proposals whose evaluators disagree widely and whose means lie close together. */
  private static AggregationResult noisy(int count) {
    List<AggregatedScore> scores = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BigDecimal m = new BigDecimal("70").add(BigDecimal.valueOf(i * 5L, 1));
      scores.add(meanOf(String.format("noisy-%02d", i), m.subtract(BigDecimal.valueOf(20)).toPlainString(),
          m.toPlainString(), m.add(BigDecimal.valueOf(20)).toPlainString(), m.add(BigDecimal.valueOf(i % 3)).toPlainString()));
    }
    return result(scores);
  }

  private static double probability(RankStability s, String proposal) {
    return s.interval(ProposalId.of(proposal)).orElseThrow().shortlistProbability().doubleValue();
  }

  private static RankInterval interval(RankStability s, String proposal) {
    return s.interval(ProposalId.of(proposal)).orElseThrow();
  }

  @Test
  void the_same_seed_gives_the_same_result_and_records_the_settings() {
    AggregationResult noisy = noisy(12);
    BootstrapOptions o = options(20_231, 3, 2_000).build();

    RankStability first = RankStability.bootstrap(noisy, o);
    RankStability second = RankStability.bootstrap(noisy, o);
    RankStability otherSeed = RankStability.bootstrap(noisy, options(20_232, 3, 2_000).build());

    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(first.seed()).isEqualTo(20_231L);
    assertThat(first.replicates()).isEqualTo(2_000);
    assertThat(first.confidence()).isEqualByComparingTo("0.90");
    assertThat(first.shortlistSize()).isEqualTo(3);
    assertThat(first.statistic()).isEqualTo(BootstrapOptions.Statistic.MEAN);
    assertThat(first.stage()).isEqualTo(StabilityFixtures.STAGE);
    assertThat(first.populationId()).isEqualTo("population-1");
    assertThat(otherSeed.seed()).isEqualTo(20_232L);
    assertThat(otherSeed.intervals()).isNotEqualTo(first.intervals());
  }

  @Test
  void one_thread_four_threads_and_the_calling_thread_alone_give_the_same_result() {
    AggregationResult noisy = noisy(40);
    ExecutorService one = Executors.newFixedThreadPool(1);
    ExecutorService four = Executors.newFixedThreadPool(4);
    try {
      RankStability onOne = RankStability.bootstrap(noisy, options(99, 10, 3_000).executor(one).build());
      RankStability onFour = RankStability.bootstrap(noisy, options(99, 10, 3_000).executor(four).build());
      RankStability onCaller = RankStability.bootstrap(noisy, options(99, 10, 3_000).executor(Runnable::run).build());
      RankStability onCommonPool = RankStability.bootstrap(noisy, options(99, 10, 3_000).build());

      assertThat(onFour).isEqualTo(onOne);
      assertThat(onCaller).isEqualTo(onOne);
      assertThat(onCommonPool).isEqualTo(onOne);
    } finally {
      one.shutdownNow();
      four.shutdownNow();
    }
  }

  @Test
  void the_calling_thread_does_the_work_an_executor_refuses_or_never_starts() {
    AggregationResult noisy = noisy(20);
    ExecutorService closed = Executors.newSingleThreadExecutor();
    closed.shutdown();
    List<Runnable> neverStarted = new ArrayList<>();

    RankStability reference = RankStability.bootstrap(noisy, options(21, 5, 1_000).executor(Runnable::run).build());
    RankStability refused = RankStability.bootstrap(noisy, options(21, 5, 1_000).executor(closed).build());
    RankStability parked = RankStability.bootstrap(noisy, options(21, 5, 1_000).executor(neverStarted::add).build());

    assertThat(refused).isEqualTo(reference);
    assertThat(parked).isEqualTo(reference);
    assertThat(neverStarted).isNotEmpty();
  }

  @Test
  void a_proposal_far_above_the_rest_with_equal_sheets_always_ranks_first() {
    List<AggregatedScore> scores = new ArrayList<>(noisy(10).scores().values());
    scores.add(meanOf("winner", "95", "95", "95", "95"));

    RankStability s = RankStability.bootstrap(result(scores), options(5, 1, 5_000).build());

    RankInterval winner = interval(s, "winner");
    assertThat(winner.observedRank()).isEqualTo(1);
    assertThat(winner.lower()).isEqualTo(1);
    assertThat(winner.median()).isEqualTo(1);
    assertThat(winner.upper()).isEqualTo(1);
    assertThat(winner.width()).isZero();
    assertThat(winner.shortlistProbability()).isEqualTo(new BigDecimal("1.0000"));
    assertThat(s.intervals().get(0)).isEqualTo(winner);
  }

  @Test
  void observed_ranks_use_competition_ranking_of_the_exact_scores_with_ties() {
    AggregationResult r = result(
        meanOf("d", "70.00"),
        meanOf("c", "80.00", "79.99", "80.01"),
        meanOf("b", "80"),
        meanOf("a", "90"),
        meanOf("e", "79.9999"));

    RankStability s = RankStability.bootstrap(r, options(1, 2, 200).build());

    assertThat(s.intervals())
        .extracting(i -> i.proposal().value() + ":" + i.observedRank())
        .containsExactly("a:1", "b:2", "c:2", "e:4", "d:5");
    assertThat(interval(s, "c").score()).isEqualByComparingTo("80");
  }

  @Test
  void a_clearly_separated_set_has_narrow_intervals_while_noisy_near_ties_have_wide_ones() {
    List<AggregatedScore> separated = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int m = 90 - 10 * i;
      separated.add(meanOf("clear-" + i, Integer.toString(m - 1), Integer.toString(m), Integer.toString(m + 1)));
    }

    RankStability clear = RankStability.bootstrap(result(separated), options(8, 4, 4_000).build());
    RankStability noisy = RankStability.bootstrap(noisy(8), options(8, 4, 4_000).build());

    assertThat(clear.intervals()).allSatisfy(i -> {
      assertThat(i.lower()).isEqualTo(i.observedRank());
      assertThat(i.upper()).isEqualTo(i.observedRank());
      assertThat(i.shortlistProbability()).isEqualByComparingTo(i.observedRank() <= 4 ? "1" : "0");
    });
    assertThat(noisy.intervals()).allSatisfy(i -> assertThat(i.width()).isGreaterThanOrEqualTo(3));
    assertThat(noisy.intervals()).allSatisfy(i -> assertThat(i.shortlistProbability().doubleValue()).isStrictlyBetween(0.0, 1.0));
  }

  @Test
  void a_proposal_without_a_used_contribution_keeps_its_score_in_every_replicate() {
    AggregationResult r = result(
        meanOf("top", "90", "90"),
        fixed("middle", "85"),
        meanOf("bottom", "80", "80", "80"));

    RankStability s = RankStability.bootstrap(r, options(3, 1, 1_000).build());

    assertThat(s.intervals())
        .extracting(i -> i.proposal() + " " + i.lower() + "-" + i.median() + "-" + i.upper())
        .containsExactly("top 1-1-1", "middle 2-2-2", "bottom 3-3-3");
  }

  @Test
  void unused_contributions_are_not_resampled() {
    AggregatedScore trimmed = score("trimmed", new BigDecimal("80"),
        ImmutableList.of(used(1, new BigDecimal("80")), used(2, new BigDecimal("80")), unused(3, new BigDecimal("0")), unused(4, new BigDecimal("100"))));
    AggregationResult r = result(trimmed, meanOf("other", "79", "79"));

    RankStability s = RankStability.bootstrap(r, options(4, 1, 1_000).build());

    assertThat(interval(s, "trimmed").upper()).isEqualTo(1);
    assertThat(interval(s, "trimmed").shortlistProbability()).isEqualByComparingTo("1");
  }

  @Test
  void resampled_scores_that_are_exactly_equal_share_a_rank() {
    // a's mean of three draws from 0.1, 0.2, 0.3 equals b's 0.2 in 7 of 27 draws; in binary floating
    // point 0.1 + 0.2 + 0.3 is not 3 × 0.2, so only an exact comparison counts those as ties.
    AggregationResult r = result(meanOf("a", "0.1", "0.2", "0.3"), meanOf("b", "0.2", "0.2"));

    RankStability s = RankStability.bootstrap(r, options(11, 1, 20_000).build());

    assertThat(interval(s, "a").observedRank()).isEqualTo(1);
    assertThat(interval(s, "b").observedRank()).isEqualTo(1);
    assertThat(probability(s, "a")).isCloseTo(17.0 / 27, within(0.015));
    assertThat(probability(s, "b")).isCloseTo(17.0 / 27, within(0.015));
  }

  @Test
  void bounds_and_median_are_nearest_rank_percentiles() {
    // a's mean of two draws from 0 and 100 is 0, 50, 50 or 100: rank 1 (alone or tied with b) in
    // three replicates of four, rank 2 in one.
    AggregationResult r = result(meanOf("a", "0", "100"), fixed("b", "50"));

    RankStability s = RankStability.bootstrap(r, options(12, 1, 10_000).build());

    RankInterval a = interval(s, "a");
    assertThat(a.lower()).isEqualTo(1);
    assertThat(a.median()).isEqualTo(1);
    assertThat(a.upper()).isEqualTo(2);
    assertThat(a.shortlistProbability().doubleValue()).isCloseTo(0.75, within(0.02));
    assertThat(interval(s, "b").shortlistProbability().doubleValue()).isCloseTo(0.75, within(0.02));
  }

  @Test
  void the_median_resists_a_low_outlier_that_the_mean_does_not() {
    AggregationResult r = result(meanOf("a", "0", "100", "100"), fixed("b", "90"));

    RankStability byMedian = RankStability.bootstrap(r, options(13, 1, 10_000).statistic(BootstrapOptions.Statistic.MEDIAN).build());
    RankStability byMean = RankStability.bootstrap(r, options(13, 1, 10_000).statistic(BootstrapOptions.Statistic.MEAN).build());

    assertThat(probability(byMedian, "a")).isCloseTo(20.0 / 27, within(0.02));
    assertThat(probability(byMean, "a")).isCloseTo(8.0 / 27, within(0.02));
    assertThat(byMedian.statistic()).isEqualTo(BootstrapOptions.Statistic.MEDIAN);
  }

  @Test
  void the_median_of_an_even_resample_is_the_mean_of_its_middle_values() {
    // b's median of four draws from 60 and 80 is 70 (b tied with a) unless three or four draws agree.
    AggregationResult r = result(fixed("a", "70"), meanOf("b", "60", "80", "60", "80"));

    RankStability s = RankStability.bootstrap(r, options(14, 1, 10_000).statistic(BootstrapOptions.Statistic.MEDIAN).build());

    // P(b >= 70) = P(at most one 60 among four or exactly two) = (1 + 4 + 6) / 16
    assertThat(probability(s, "b")).isCloseTo(11.0 / 16, within(0.02));
    assertThat(probability(s, "a")).isCloseTo(11.0 / 16, within(0.02));
  }

  @Test
  void one_replicate_gives_degenerate_intervals() {
    RankStability s = RankStability.bootstrap(noisy(6), options(15, 2, 1).build());

    assertThat(s.intervals()).allSatisfy(i -> {
      assertThat(i.lower()).isEqualTo(i.upper()).isEqualTo(i.median());
      assertThat(i.shortlistProbability()).isEqualByComparingTo(i.upper() <= 2 ? "1" : "0");
    });
  }

  @Test
  void more_proposals_than_a_short_holds_are_ranked_in_an_int_matrix() {
    int size = Short.MAX_VALUE + 300;
    List<AggregatedScore> scores = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      scores.add(fixed(String.format("p-%05d", i), Integer.toString(i)));
    }

    RankStability s = RankStability.bootstrap(result(scores), options(16, 99, 3).build());

    assertThat(s.intervals()).hasSize(size);
    assertThat(interval(s, "p-00000").lower()).isEqualTo(size);
    assertThat(interval(s, "p-00000").upper()).isEqualTo(size);
    assertThat(interval(s, String.format("p-%05d", size - 99)).shortlistProbability()).isEqualByComparingTo("1");
    assertThat(interval(s, String.format("p-%05d", size - 100)).shortlistProbability()).isEqualByComparingTo("0");
  }

  @Test
  void an_empty_result_has_no_intervals() {
    RankStability s = RankStability.bootstrap(result(ImmutableList.of()), options(17, 5, 100).build());

    assertThat(s.intervals()).isEmpty();
    assertThat(s.interval(ProposalId.of("missing"))).isEmpty();
    assertThat(s.explain(ProposalId.of("missing"))).isEmpty();
  }

  @Test
  void explains_a_proposal_as_a_stability_leaf_in_both_languages() {
    List<AggregatedScore> scores = new ArrayList<>(noisy(4).scores().values());
    scores.add(meanOf("winner", "99", "99"));
    RankStability s = RankStability.bootstrap(result(scores), options(7, 1, 500).build());

    Explanation e = s.explain(ProposalId.of("winner")).orElseThrow();

    assertThat(e.step()).isEqualTo("stability");
    assertThat(e.value()).isEqualTo("[1, 1]");
    assertThat(e.children()).isEmpty();
    assertThat(e.citations()).isEmpty();
    assertThat(e.label().english())
        .contains("Observed rank 1", "interval 1 to 1 at 90%", "median 1", "probability 1.0000 of rank 1 or better", "500 replicates", "mean", "seed 7");
    assertThat(e.label().indonesian())
        .contains("Peringkat teramati 1", "1 sampai 1 pada 90%", "peluang 1.0000", "500 ulangan", "rata-rata", "seed 7");
  }

  @Test
  void the_result_prints_its_settings_and_first_intervals() {
    RankStability s = RankStability.bootstrap(noisy(7), options(18, 2, 100).statistic(BootstrapOptions.Statistic.MEDIAN).build());

    assertThat(s.toString()).startsWith("RankStability[stage=evaluasi-proposal, seed=18, replicates=100, confidence=0.9, N=2, statistic=MEDIAN]")
        .contains("1. noisy-05", "1. noisy-06").endsWith(", …]");
    RankStability one = RankStability.bootstrap(noisy(1), options(18, 1, 100).build());
    assertThat(one).hasToString("RankStability[stage=evaluasi-proposal, seed=18, replicates=100, confidence=0.9, N=1, statistic=MEAN]"
        + "[1. noisy-00 [1, 1] p=1.0000]");
  }

  @Test
  void options_default_to_ten_thousand_replicates_ninety_percent_the_mean_and_the_common_pool() {
    BootstrapOptions o = BootstrapOptions.newBuilder().seed(1).shortlistSize(99).build();

    assertThat(o.replicates()).isEqualTo(10_000);
    assertThat(o.confidence()).isEqualTo(new BigDecimal("0.9"));
    assertThat(o.statistic()).isEqualTo(BootstrapOptions.Statistic.MEAN);
    assertThat(o.executor()).isSameAs(ForkJoinPool.commonPool());
    assertThat(o).isEqualTo(BootstrapOptions.newBuilder().seed(1).shortlistSize(99).confidence(new BigDecimal("0.900")).build());
    assertThat(o.toString()).isEqualTo("BootstrapOptions[replicates=10000, seed=1, confidence=0.9, shortlistSize=99, statistic=MEAN]");
  }

  @Test
  void invalid_options_are_refused_together_naming_field_value_and_what_is_allowed() {
    InvalidInputException e = catchThrowableOfType(
        InvalidInputException.class,
        () -> BootstrapOptions.newBuilder().seed(1).shortlistSize(0).replicates(0).confidence(new BigDecimal("1.00")).build());

    assertThat(e.violations()).extracting(Violation::code)
        .containsExactly("kipp.stability.replicates", "kipp.stability.confidence", "kipp.stability.shortlist");
    assertThat(e.violations()).extracting(Violation::path).containsExactly("replicates", "confidence", "shortlistSize");
    assertThat(e.violations()).extracting(Violation::invalidValue).containsExactly("0", "1.00", "0");
    assertThat(e.violations().get(0).message().english()).isEqualTo("The number of replicates 0 is not allowed; use 1 to 1000000.");
    assertThat(e.violations().get(0).message().indonesian()).isEqualTo("Jumlah ulangan 0 tidak diperbolehkan; gunakan 1 sampai 1000000.");
    assertThat(e.violations().get(1).message().english()).contains("1.00", "strictly between 0 and 1");
    assertThat(e.violations().get(1).message().indonesian()).contains("1.00", "lebih dari 0 dan kurang dari 1");
    assertThat(e.violations().get(2).message().english()).contains("shortlist size 0", "1 or more");
    assertThat(e.violations().get(2).message().indonesian()).contains("nominasi 0", "paling sedikit 1");
    assertThat(e.getMessage()).contains("bootstrap options");
  }

  @Test
  void options_accept_their_boundaries_and_refuse_just_beyond() {
    assertThat(options(1, 1, 1).build().replicates()).isEqualTo(1);
    assertThat(options(1, 1, BootstrapOptions.MAX_REPLICATES).build().replicates()).isEqualTo(1_000_000);
    assertThat(options(1, 1, 10).confidence(new BigDecimal("0.0001")).build().confidence()).isEqualByComparingTo("0.0001");
    assertThat(options(1, 1, 10).confidence(new BigDecimal("0.9999")).build().confidence()).isEqualByComparingTo("0.9999");

    assertThatThrownBy(() -> options(1, 1, BootstrapOptions.MAX_REPLICATES + 1).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("1000001");
    assertThatThrownBy(() -> options(1, 1, 10).confidence(BigDecimal.ZERO).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("confidence level 0 ");
    assertThatThrownBy(() -> options(1, 1, 10).confidence(new BigDecimal("-0.5")).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("-0.5");
  }

  @Test
  void an_option_set_twice_or_a_required_one_missing_is_misuse() {
    assertThatThrownBy(() -> BootstrapOptions.newBuilder().seed(1).seed(2))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("seed was already set to 1");
    assertThatThrownBy(() -> BootstrapOptions.newBuilder().statistic(BootstrapOptions.Statistic.MEAN).statistic(BootstrapOptions.Statistic.MEDIAN))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("statistic");
    assertThatThrownBy(() -> BootstrapOptions.newBuilder().shortlistSize(5).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("BootstrapOptions.Builder: seed was not set");
    assertThatThrownBy(() -> BootstrapOptions.newBuilder().seed(5).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("BootstrapOptions.Builder: shortlistSize was not set");
    assertThatThrownBy(() -> BootstrapOptions.newBuilder().confidence(null))
        .isInstanceOf(NullPointerException.class).hasMessage("confidence");
    assertThatThrownBy(() -> RankStability.bootstrap(result(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("options");
  }

  @Test
  void values_too_large_for_the_bootstrap_are_refused_naming_each_path() {
    BigDecimal huge = new BigDecimal("1E+101");
    AggregationResult r = result(
        score("a", huge, ImmutableList.of(used(1, huge), unused(2, huge), used(3, BigDecimal.TEN))),
        score("b", RankStability.MAX_MAGNITUDE.negate(), ImmutableList.of(used(1, RankStability.MAX_MAGNITUDE.negate()))));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> RankStability.bootstrap(r, options(1, 1, 10).build()));

    assertThat(e.violations()).extracting(Violation::path).containsExactly("scores[a].score", "scores[a].contributions[0].adjusted");
    assertThat(e.violations()).extracting(Violation::code).containsOnly("kipp.stability.magnitude");
    assertThat(e.violations().get(1).message().english())
        .isEqualTo("The value 1E+101 at scores[a].contributions[0].adjusted is too large for the bootstrap; magnitudes up to 1E+100 are allowed.");
    assertThat(e.violations().get(1).message().indonesian()).contains("1E+101", "scores[a].contributions[0].adjusted", "1E+100");
  }

  @Test
  void a_rank_interval_refuses_ranks_out_of_order_and_probabilities_beyond_one() {
    ProposalId p = ProposalId.of("p");
    assertThatThrownBy(() -> new RankInterval(p, BigDecimal.ONE, 1, 3, 2, 4, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RankInterval(p, BigDecimal.ONE, 0, 1, 1, 1, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RankInterval(p, BigDecimal.ONE, 1, 1, 1, 1, new BigDecimal("1.01"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(new RankInterval(p, BigDecimal.ONE, 1, 1, 1, 1, new BigDecimal("0.5")).shortlistProbability()).isEqualTo(new BigDecimal("0.5000"));
  }

  @Test
  void every_stability_message_exists_in_both_languages() {
    assertThat(ImmutableList.of(
            "kipp.stability.replicates", "kipp.stability.confidence", "kipp.stability.shortlist", "kipp.stability.magnitude",
            "kipp.stability.statistic.MEAN", "kipp.stability.statistic.MEDIAN", "kipp.explain.stability"))
        .allSatisfy(key -> assertThat(ScoringMessages.CATALOG.contains(key)).as(key).isTrue());
    for (BootstrapOptions.Statistic s : BootstrapOptions.Statistic.values()) {
      LocalizedText name = ScoringMessages.render("kipp.stability.statistic." + s.name());
      assertThat(name.english()).isEqualTo(s.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void bounds_lie_within_the_field_and_probabilities_are_consistent_for_any_result() {
    qt().withFixedSeed(4711).withExamples(1_000)
        .forAll(
            lists().of(lists().of(integers().between(0, 20)).ofSizeBetween(0, 5)).ofSizeBetween(1, 15),
            integers().between(1, 6),
            integers().between(0, 1))
        .checkAssert((sheets, shortlist, statistic) -> {
          List<AggregatedScore> scores = new ArrayList<>();
          for (int i = 0; i < sheets.size(); i++) {
            String id = String.format("p-%02d", i);
            List<Integer> values = sheets.get(i);
            if (values.isEmpty()) {
              scores.add(fixed(id, Integer.toString(i % 4 * 3)));
            } else {
              scores.add(meanOf(id, values.stream().map(v -> BigDecimal.valueOf(v * 5L, 1).toPlainString()).toArray(String[]::new)));
            }
          }
          RankStability s = RankStability.bootstrap(result(scores), options(shortlist, shortlist, 100)
              .statistic(statistic == 0 ? BootstrapOptions.Statistic.MEAN : BootstrapOptions.Statistic.MEDIAN).executor(Runnable::run).build());
          int size = scores.size();

          assertThat(s.intervals()).hasSize(size);
          assertThat(s.intervals()).isSortedAccordingTo(
              Comparator.comparingInt(RankInterval::observedRank).thenComparing(RankInterval::proposal));
          BigDecimal total = BigDecimal.ZERO;
          for (RankInterval i : s.intervals()) {
            long above = scores.stream().filter(x -> x.score().compareTo(i.score()) > 0).count();
            assertThat(i.observedRank()).isEqualTo(above + 1);
            assertThat(i.lower()).isBetween(1, i.median());
            assertThat(i.upper()).isBetween(i.median(), size);
            assertThat(i.shortlistProbability()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(i.shortlistProbability().scale()).isEqualTo(RankStability.PROBABILITY_SCALE);
            if (shortlist >= size) {
              assertThat(i.shortlistProbability()).isEqualByComparingTo("1");
            }
            total = total.add(i.shortlistProbability());
          }
          // in every replicate at least min(N, P) proposals rank N or better (ties may add more)
          BigDecimal rounding = new BigDecimal("0.00005").multiply(BigDecimal.valueOf(size));
          assertThat(total.add(rounding)).isGreaterThanOrEqualTo(BigDecimal.valueOf(Math.min(shortlist, size)));
        });
  }

  @Test
  void without_spread_every_interval_collapses_to_the_observed_rank() {
    qt().withFixedSeed(1729).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 20).zip(integers().between(0, 4), (v, n) -> new int[] {v, n})).ofSizeBetween(1, 20),
            integers().between(1, 8))
        .checkAssert((proposals, shortlist) -> {
          List<AggregatedScore> scores = new ArrayList<>();
          for (int i = 0; i < proposals.size(); i++) {
            String id = String.format("p-%02d", i);
            BigDecimal value = BigDecimal.valueOf(proposals.get(i)[0] * 25L, 2);
            int copies = proposals.get(i)[1];
            String[] values = new String[copies];
            java.util.Arrays.fill(values, value.toPlainString());
            scores.add(copies == 0 ? fixed(id, value.toPlainString()) : meanOf(id, values));
          }
          RankStability s = RankStability.bootstrap(result(scores), options(shortlist, shortlist, 50).executor(Runnable::run).build());

          assertThat(s.intervals()).allSatisfy(i -> {
            assertThat(i.lower()).isEqualTo(i.observedRank());
            assertThat(i.median()).isEqualTo(i.observedRank());
            assertThat(i.upper()).isEqualTo(i.observedRank());
            assertThat(i.shortlistProbability()).isEqualByComparingTo(i.observedRank() <= shortlist ? "1" : "0");
          });
        });
  }

  @Test
  void observed_rank_comes_from_exact_scores_even_where_the_resampled_doubles_tie() {
    // The exact aggregates differ in the 20th decimal; their doubles do not, so the replicates tie.
    BigDecimal tiny = new BigDecimal("0.30000000000000000001");
    AggregatedScore a = score("a", new BigDecimal("0.3"), ImmutableList.of(used(1, new BigDecimal("0.3"))));
    AggregatedScore b = score("b", tiny, ImmutableList.of(used(1, tiny)));

    RankStability s = RankStability.bootstrap(result(a, b), options(1, 1, 10).build());

    assertThat(s.intervals()).extracting(i -> i.proposal() + ":" + i.observedRank()).containsExactly("b:1", "a:2");
    assertThat(interval(s, "a").upper()).isEqualTo(1);
  }

  @Test
  void results_and_options_are_equal_exactly_when_their_settings_and_intervals_are() {
    AggregationResult noisy = noisy(6);

    new EqualsTester()
        .addEqualityGroup(RankStability.bootstrap(noisy, options(7, 2, 200).build()), RankStability.bootstrap(noisy, options(7, 2, 200).build()))
        .addEqualityGroup(RankStability.bootstrap(noisy, options(8, 2, 200).build()))
        .addEqualityGroup(RankStability.bootstrap(noisy, options(7, 2, 201).build()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(options(7, 2, 200).build(), options(7, 2, 200).build())
        .addEqualityGroup(options(8, 2, 200).build())
        .addEqualityGroup(options(7, 3, 200).build())
        .addEqualityGroup(options(7, 2, 201).build())
        .addEqualityGroup(options(7, 2, 200).statistic(BootstrapOptions.Statistic.MEDIAN).build())
        .testEquals();
  }

  @Test
  void a_confidence_beyond_the_decimal_bounds_is_refused_naming_the_field() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> options(1, 1, 1).confidence(new BigDecimal("0.000000000000000000001")).build());

    assertThat(e.violations()).extracting(v -> v.code() + " " + v.path()).containsExactly("kipp.number.precision confidence");
  }
}
