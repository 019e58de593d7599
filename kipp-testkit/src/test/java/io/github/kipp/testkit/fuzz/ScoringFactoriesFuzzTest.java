package io.github.kipp.testkit.fuzz;

import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileInts;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileText;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.stability.BootstrapOptions;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.testkit.KippBuilders;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Fuzzes kipp-scoring's public factories with hostile numbers and text: only kipp errors may escape. */
class ScoringFactoriesFuzzTest {

  private static final Citation BASIS = Citation.unknown("fuzz", "a fuzzed value");
  private static final CriteriaSet CRITERIA = KippBuilders.criteria();

  /** Decimals with any unscaled value and hostile scales (very large and negative ones included). */
  private static Gen<BigDecimal> hostileDecimals() {
    Gen<Integer> scales = Generate.frequency(
        org.quicktheories.api.Pair.of(4, integers().between(-3, 6)),
        org.quicktheories.api.Pair.of(1, Generate.pick(List.of(Integer.MAX_VALUE, Integer.MIN_VALUE + 1, 1_000_000, -1_000_000, 40))));
    return longs().all().zip(scales, (unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled % 1_000_000), scale));
  }

  private static Gen<String> decimalText() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(1, hostileText(24)),
        org.quicktheories.api.Pair.of(2, hostileDecimals().map(BigDecimal::toString)));
  }

  @Test
  void scales_of_any_text_or_decimal_are_made_or_refused_with_a_kipp_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(decimalText(), decimalText(), decimalText())
        .checkAssert((min, max, step) -> onlyKippErrors(min + ".." + max + " by " + step, () -> Scale.of(min, max, step)));
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileDecimals(), hostileDecimals(), hostileDecimals())
        .checkAssert((min, max, step) -> onlyKippErrors(min + ".." + max + " by " + step, () -> Scale.of(min, max, step)));
  }

  @Test
  void criteria_and_roundings_of_any_value_are_made_or_refused() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(40), decimalText(), hostileInts(), integers().between(0, 7))
        .checkAssert((id, weight, scale, mode) -> {
          String input = id + "|" + weight + "|" + scale + "|" + mode;
          onlyKippErrors(input, () -> Criterion.of(id, LocalizedText.of(id, id), weight, Scale.of("0", "100", "1"), BASIS));
          onlyKippErrors(input, () -> new Rounding(scale, RoundingMode.valueOf(mode), BASIS).apply(new BigDecimal("12.345")));
        });
  }

  @Test
  void score_sheets_with_any_scores_are_validated_or_refused() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileDecimals(), hostileDecimals(), hostileText(30))
        .checkAssert((a, b, criterion) -> onlyKippErrors(a + "|" + b + "|" + criterion, () -> {
          ScoreSheet sheet = ScoreSheet.of(ProposalId.of("p-1"), ActorId.of("te-1"), CRITERIA.stage(),
              ImmutableMap.of(CriterionId.of("signifikansi"), a, CriterionId.of(criterion.isEmpty() ? "x" : criterion), b),
              Instant.parse("2023-05-01T00:00:00Z"));
          InvalidInputException.throwIfAny("fuzzed sheet", CRITERIA.validate(sheet));
          CRITERIA.weightedTotal(sheet.scores());
        }));
  }

  @Test
  void cuts_quotas_shortlists_aggregations_and_bootstrap_options_of_any_number_are_made_or_refused() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileInts(), hostileInts(), hostileText(30), hostileDecimals())
        .checkAssert((n, m, value, confidence) -> {
          String input = n + "|" + m + "|" + value + "|" + confidence;
          onlyKippErrors(input, () -> Cutoff.topN(n, BASIS));
          onlyKippErrors(input, () -> Cutoff.passMark(confidence, BASIS));
          onlyKippErrors(input, () -> Aggregations.trimmedMean(n, BASIS));
          onlyKippErrors(input, () -> Quota.between(QuotaDimension.PROVINCE, value, n, m, BASIS));
          onlyKippErrors(input, () -> Quota.eachAtMost(QuotaDimension.GROUP, m, BASIS));
          onlyKippErrors(input, () -> ShortlistSpec.newBuilder().size(n, BASIS).build());
          onlyKippErrors(input, () -> BootstrapOptions.newBuilder().replicates(n).shortlistSize(m).confidence(confidence).seed(n).build());
        });
  }
}
