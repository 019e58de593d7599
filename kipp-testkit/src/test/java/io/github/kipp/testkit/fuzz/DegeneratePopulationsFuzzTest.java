package io.github.kipp.testkit.fuzz;

import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileInts;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.aggregate.ZScoreOptions;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.rank.TieBreaks;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.shortlist.Shortlister;
import io.github.kipp.scoring.stability.BootstrapOptions;
import io.github.kipp.scoring.stability.RankStability;
import io.github.kipp.testkit.KippBuilders;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzzes every aggregation policy, and what follows it (combination, ranking, cut-offs, shortlists
 * and the bootstrap), with empty and degenerate populations and hostile options: only kipp errors
 * may escape.
 */
class DegeneratePopulationsFuzzTest {

  private static final Citation BASIS = Citation.unknown("fuzz", "a fuzzed value");
  private static final StageId DESK = KippBuilders.DESK;

  /** The test kit's 0–100 criteria, and criteria on a fine scale rounded to whole numbers. */
  private static final ImmutableList<CriteriaSet> CRITERIA = ImmutableList.of(
      KippBuilders.criteria(),
      CriteriaSet.of(DESK, List.of(
          Criterion.of("kebaruan", LocalizedText.of("Kebaruan", "Novelty"), "1", Scale.of("0", "1", "0.01"), BASIS),
          Criterion.of("dampak", LocalizedText.of("Dampak", "Impact"), "2", Scale.of("-1", "1", "0.5"), BASIS)),
          new BigDecimal("3"), new Rounding(0, RoundingMode.HALF_EVEN, BASIS)));

  /** Reference means and deviations from the ordinary to the absurd. */
  private static final ImmutableList<String> REFERENCE_VALUES =
      ImmutableList.of("0", "60", "-5", "0.0001", "1E-20", "1E+30", "100", "0.5", "-1E+10");

  /** Confidence levels, valid and not. */
  private static final ImmutableList<String> CONFIDENCES = ImmutableList.of("0.9", "0.5", "0.0001", "0.9999", "0", "1", "-0.5", "2");

  private static final Map<ProposalId, Proposal> PROPOSALS = proposals();

  private static Map<ProposalId, Proposal> proposals() {
    Map<ProposalId, Proposal> map = new LinkedHashMap<>();
    for (int p = 0; p < 4; p++) {
      Proposal proposal = KippBuilders.proposal().id("p-" + p).build();
      map.put(proposal.id(), proposal);
    }
    return map;
  }

  /** The settings of one run: options, cut sizes, quotas and bootstrap parameters, drawn hostile. */
  private record Settings(int minSheets, int trim, String mean, String sd, int topN, int size, int quotaMin, int replicates, String confidence) {}

  private static Gen<Settings> settings() {
    Gen<String> reference = Generate.pick(REFERENCE_VALUES);
    Gen<int[]> ints = hostileInts().zip(hostileInts(), hostileInts(), hostileInts(), (a, b, c, d) -> new int[] {a, b, c, d});
    return ints.zip(reference, reference, integers().between(-1, 3), integers().between(0, 24),
        (i, mean, sd, quotaMin, replicates) -> new Settings(i[0], i[1], mean, sd, i[2], i[3], quotaMin, replicates, CONFIDENCES.get(Math.floorMod(i[0] ^ i[3], CONFIDENCES.size()))));
  }

  @Test
  void empty_and_degenerate_populations_through_every_aggregation_give_results_or_kipp_errors() {
    Gen<FrozenScores> populations = Generate.pick(CRITERIA).flatMap(c -> KippFuzz.degeneratePopulations(c, 12));
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(populations, settings())
        .checkAssert((scores, s) -> {
          String input = scores.criteria().stage() + " " + scores.sheets() + " " + s;
          for (AggregationPolicy policy : policies(s)) {
            onlyKippErrors(policy + " on " + input, () -> downstream(policy.aggregate(scores), s));
          }
        });
  }

  /** Every policy kipp ships, at sensible settings and at the drawn ones. */
  private static List<AggregationPolicy> policies(Settings s) {
    List<AggregationPolicy> out = new ArrayList<>();
    out.add(Aggregations.mean(BASIS));
    out.add(Aggregations.median(BASIS));
    out.add(Aggregations.trimmedMean(1, BASIS));
    for (ZScoreOptions.Fallback f : ZScoreOptions.Fallback.values()) {
      out.add(Aggregations.zScore(ZScoreOptions.population(2, f, BASIS)));
      out.add(Aggregations.zScore(ZScoreOptions.fixed(3, f, new BigDecimal("60"), new BigDecimal("10"), BASIS)));
    }
    // Options a host might pass: refused with a kipp error, or a policy that must then behave.
    addIfMade(out, () -> Aggregations.trimmedMean(s.trim(), BASIS));
    for (ZScoreOptions.Fallback f : ZScoreOptions.Fallback.values()) {
      addIfMade(out, () -> Aggregations.zScore(ZScoreOptions.population(s.minSheets(), f, BASIS)));
      addIfMade(out, () -> Aggregations.zScore(ZScoreOptions.fixed(s.minSheets(), f, new BigDecimal(s.mean()), new BigDecimal(s.sd()), BASIS)));
    }
    return out;
  }

  private static void addIfMade(List<AggregationPolicy> out, Supplier<AggregationPolicy> make) {
    onlyKippErrors("policy options", () -> out.add(make.get()));
  }

  /** Combination, ranking, cut-offs, shortlists and the bootstrap on one result. */
  private static void downstream(AggregationResult result, Settings s) {
    ImmutableSortedMap<StageId, AggregationResult> stages = ImmutableSortedMap.of(DESK, result);
    StageCombinationPolicy single = StageCombinations.single(DESK, BASIS);
    // A stage nobody gave a result for: every proposal fails the combination.
    StageCombinationPolicy missingStage = StageCombinations.weighted(
        Map.of(DESK, new BigDecimal("0.7"), StageId.of("presentasi-wawancara"), new BigDecimal("0.3")), new Rounding(2, RoundingMode.HALF_UP, BASIS), BASIS);
    for (StageCombinationPolicy policy : List.of(single, missingStage, StageCombinations.verificationGate(single, s.topN() % 2 == 0, BASIS))) {
      CombinationResult combined = policy.combine(stages, ImmutableSortedMap.of());
      List<Candidate> candidates = combined.candidates(PROPOSALS, Map.of());
      Ranking ranking = Ranker.withTieBreaks(TieBreaks.higherStage(DESK, BASIS), TieBreaks.higherCriterion(CriterionId.of("signifikansi"), BASIS),
          TieBreaks.earlierSubmission(BASIS), TieBreaks.seededDraw(s.topN(), BASIS)).rank(candidates);
      onlyKippErrors("top " + s.topN(), () -> Cutoff.topN(s.topN(), BASIS).apply(ranking));
      Cutoff.passMark(new BigDecimal("50"), BASIS).apply(ranking);
      onlyKippErrors("shortlist of " + s.size(), () -> Shortlister.create().select(ranking, ShortlistSpec.newBuilder().size(s.size(), BASIS).build()));
      onlyKippErrors("shortlist of " + s.size() + " with quotas from " + s.quotaMin(), () -> Shortlister.create().select(ranking,
          ShortlistSpec.newBuilder().size(s.size(), BASIS)
              .quota(Quota.between(QuotaDimension.GROUP, "umum", s.quotaMin(), Math.max(s.quotaMin(), 2), BASIS))
              .quota(Quota.eachAtMost(QuotaDimension.PROVINCE, 1, BASIS)).build()));
    }
    onlyKippErrors("bootstrap " + s, () -> RankStability.bootstrap(result, BootstrapOptions.newBuilder()
        .replicates(s.replicates()).seed(s.topN()).shortlistSize(s.size()).confidence(new BigDecimal(s.confidence()))
        // On the calling thread: a few replicates are not worth handing to a pool.
        .executor(Runnable::run).build()));
  }
}
