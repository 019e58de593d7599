package io.github.kipp.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.stability.BootstrapOptions;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.testkit.KippBuilders;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every crash the fuzz targets found, kept as a regression test with the input that caused it. */
class FuzzFindingsTest {

  private static final Citation BASIS = Citation.unknown("fuzz", "a fuzzed value");
  /** {@code 0E-2147483647}: formatting it in plain notation needs a 2 GB string. */
  private static final BigDecimal HUGE_SCALE = new BigDecimal(BigInteger.ZERO, Integer.MAX_VALUE);

  @Test
  void a_year_beyond_what_java_time_holds_is_refused_as_bad_input_not_a_date_time_exception() {
    assertThatThrownBy(() -> EffectivePeriod.ofYear(-1_000_001_047))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.code()).isEqualTo("kipp.period.year");
          assertThat(v.message().english()).contains("-1000001047").contains("1 to 9999");
          assertThat(v.message().indonesian()).contains("1 sampai 9999");
        }));
  }

  @Test
  void an_empty_weight_or_scale_bound_is_refused_as_bad_input_not_a_number_format_exception() {
    assertThatThrownBy(() -> Criterion.of("c", LocalizedText.of("c", "c"), "", Scale.of("0", "100", "1"), BASIS))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.code()).isEqualTo("kipp.number.notDecimal");
          assertThat(v.path()).isEqualTo("weight");
        }));
    assertThatThrownBy(() -> Scale.of("", "", ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("min is '', which is not a decimal number");
  }

  @Test
  void a_trim_near_the_largest_int_drops_nothing_from_a_small_proposal_instead_of_overflowing() {
    CriteriaSet criteria = KippBuilders.criteria();
    FrozenScores one = FrozenScores.of(criteria, List.of(KippBuilders.sheet(criteria).proposal("p-1").evaluator("te-1").all("70").build()),
        Instant.parse("2023-05-31T00:00:00Z"));

    AggregatedScore s = Aggregations.trimmedMean(Integer.MAX_VALUE, BASIS).aggregate(one).score(ProposalId.of("p-1")).orElseThrow();

    assertThat(s.score()).isEqualTo(new BigDecimal("70.00"));
    assertThat(s.contributions()).singleElement().satisfies(c -> assertThat(c.used()).isTrue());
  }

  @Test
  void a_decimal_with_a_huge_scale_is_refused_everywhere_a_decimal_enters() {
    assertThatThrownBy(() -> Scale.of(BigDecimal.ZERO, HUGE_SCALE, BigDecimal.ONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("max is 0E-2147483647; at most 40 digits before the decimal point and 20 after it are allowed");
    assertThatThrownBy(() -> Cutoff.passMark(HUGE_SCALE, BASIS)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> BootstrapOptions.newBuilder().seed(1).shortlistSize(1).confidence(HUGE_SCALE).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("confidence");
    assertThatThrownBy(() -> ScoreSheet.of(ProposalId.of("p-1"), ActorId.of("te-1"), StageId.of("desk"),
            ImmutableMap.of(CriterionId.of("signifikansi"), new BigDecimal(BigInteger.ONE, -Integer.MAX_VALUE)), Instant.EPOCH))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> assertThat(v.path()).isEqualTo("scores.signifikansi")));
  }
}
