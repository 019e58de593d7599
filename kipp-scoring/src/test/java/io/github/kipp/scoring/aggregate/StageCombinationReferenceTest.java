package io.github.kipp.scoring.aggregate;

import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.PRESENTATION;
import static io.github.kipp.scoring.ScoringFixtures.TWO_DECIMALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.ScoringFixtures;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.rank.Candidate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The stage combinations and the candidates made from them against their computation before
 * explanations were made when read ({@link ReferenceStageCombinations}): on generated stage results
 * (none to three stages, each scoring a different subset of proposals, with criterion means that
 * sometimes share an id across stages, scores from a real aggregation whose explanation is itself
 * made when read), under single, weighted and gated policies with every verification outcome, both
 * give equal combined scores (score, stage scores, decision with its reasons, explanation, rendered
 * in both languages) and equal candidates, or the same failure.
 */
class StageCombinationReferenceTest {

  private static final StageId FIELD = StageId.of("verifikasi-lapangan");
  private static final List<StageId> POOL = List.of(DESK, PRESENTATION, FIELD);
  private static final Citation OTHER = Citation.unknown("Panduan lain", "a second source for the tests");
  private static final Rounding WHOLE = new Rounding(0, RoundingMode.HALF_EVEN, OTHER);
  private static final Instant SUBMITTED = Instant.parse("2023-04-01T00:00:00Z");
  private static final Map<Integer, Proposal> PROPOSALS = new ConcurrentHashMap<>();

  private static ProposalId id(int i) {
    return ProposalId.of("p-" + i);
  }

  private static Proposal proposal(int i) {
    return PROPOSALS.computeIfAbsent(i, k -> ScoringFixtures.proposal("p-" + k, k % 2 == 0 ? ScoringFixtures.TAKALAR : ScoringFixtures.LUWU_UTARA));
  }

  /** A stage's result: the desk stage sometimes aggregated for real, otherwise scores made directly. */
  private static AggregationResult stage(StageId stage, int proposals, Random r) {
    List<Integer> scored = new ArrayList<>();
    for (int i = 0; i < proposals; i++) {
      if (r.nextInt(10) < 7) {
        scored.add(i);
      }
    }
    if (stage.equals(DESK) && r.nextBoolean()) {
      List<ScoreSheet> sheets = new ArrayList<>();
      for (int i : scored) {
        for (int e = 0; e < 1 + r.nextInt(3); e++) {
          sheets.add(ScoringFixtures.sheet("p-" + i, "te-" + e, r.nextInt(101), r.nextInt(101)));
        }
      }
      AggregationPolicy policy = r.nextBoolean() ? Aggregations.mean(DEFAULT) : Aggregations.median(OTHER);
      return policy.aggregate(FrozenScores.of(DESK_CRITERIA, sheets, CLOSE));
    }
    ImmutableSortedMap.Builder<ProposalId, AggregatedScore> scores = ImmutableSortedMap.naturalOrder();
    for (int i : scored) {
      BigDecimal score = BigDecimal.valueOf(r.nextInt(10_001), r.nextInt(3));
      Map<CriterionId, BigDecimal> means = new TreeMap<>();
      int criteria = r.nextInt(3);
      for (int c = 0; c < criteria; c++) {
        // Now and then the desk's own criterion, so that two stages share an id.
        String name = r.nextInt(12) == 0 ? "signifikansi" : stage.value() + "-" + c;
        means.put(CriterionId.of(name), BigDecimal.valueOf(r.nextInt(1_001), r.nextInt(2)));
      }
      Explanation explanation = Explanation.leaf("aggregate", LocalizedText.of("Agregat " + i, "Aggregate " + i), score.toPlainString(), DEFAULT);
      scores.put(id(i), new AggregatedScore(id(i), score, ImmutableList.of(), ImmutableSortedMap.copyOf(means), explanation));
    }
    return new AggregationResult(stage, "given", ImmutableSortedMap.of(), "population-" + stage, OTHER, scores.buildOrThrow());
  }

  private static final List<List<String>> WEIGHTS = List.of(List.of("1"), List.of("0.70", "0.30"), List.of("0.5", "0.5"), List.of("0.50", "0.25", "0.25"));

  /** A policy: a single stage, a weighted sum of one to three stages (some perhaps not given), or either gated. */
  private static StageCombinationPolicy policy(Random r, Map<String, Object> spec) {
    StageCombinationPolicy inner;
    if (r.nextBoolean()) {
      StageId only = POOL.get(r.nextInt(POOL.size()));
      inner = StageCombinations.single(only, r.nextBoolean() ? DEFAULT : OTHER);
      spec.put("weights", ImmutableSortedMap.of(only, BigDecimal.ONE));
      spec.put("rounding", null);
    } else {
      List<String> weights = WEIGHTS.get(r.nextInt(WEIGHTS.size()));
      List<StageId> stages = new ArrayList<>(POOL);
      java.util.Collections.shuffle(stages, r);
      Map<StageId, BigDecimal> w = new TreeMap<>();
      for (int k = 0; k < weights.size(); k++) {
        w.put(stages.get(k), new BigDecimal(weights.get(k)));
      }
      Rounding rounding = r.nextBoolean() ? TWO_DECIMALS : WHOLE;
      inner = StageCombinations.weighted(w, rounding, OTHER);
      spec.put("weights", ImmutableSortedMap.copyOf(w));
      spec.put("rounding", rounding);
    }
    spec.put("inner", inner);
    if (r.nextInt(3) == 0) {
      boolean notVisitedPasses = r.nextBoolean();
      spec.put("notVisitedPasses", notVisitedPasses);
      return StageCombinations.verificationGate(inner, notVisitedPasses, DEFAULT);
    }
    return inner;
  }

  @SuppressWarnings("unchecked") // the spec holds what policy() put in it
  private static CombinationResult reference(StageCombinationPolicy policy, Map<String, Object> spec, ImmutableSortedMap<StageId, AggregationResult> stages,
      ImmutableSortedMap<ProposalId, VerificationFinding> findings) {
    StageCombinationPolicy inner = (StageCombinationPolicy) spec.get("inner");
    CombinationResult base = ReferenceStageCombinations.weightedSum(inner, (ImmutableSortedMap<StageId, BigDecimal>) spec.get("weights"),
        (@Nullable Rounding) spec.get("rounding"), stages);
    Object notVisitedPasses = spec.get("notVisitedPasses");
    return notVisitedPasses == null ? base : ReferenceStageCombinations.gate(base, policy.describe(), DEFAULT, (Boolean) notVisitedPasses, findings);
  }

  /** One generated case: the combination and the candidates, with the new code and the reference. */
  private static void agree(long seed) {
    Random r = new Random(seed);
    int proposals = 1 + r.nextInt(12);
    ImmutableSortedMap.Builder<StageId, AggregationResult> given = ImmutableSortedMap.naturalOrder();
    for (StageId s : POOL) {
      if (r.nextInt(4) != 0) {
        given.put(s, stage(s, proposals, r));
      }
    }
    ImmutableSortedMap<StageId, AggregationResult> stages = given.buildOrThrow();
    ImmutableSortedMap.Builder<ProposalId, VerificationFinding> found = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < proposals; i++) {
      if (r.nextBoolean()) {
        VerificationFinding.Outcome outcome = VerificationFinding.Outcome.values()[r.nextInt(3)];
        Citation[] cited = r.nextBoolean() ? new Citation[] {OTHER} : new Citation[0];
        found.put(id(i), new VerificationFinding(id(i), outcome, Reason.of("kipp.test.finding", LocalizedText.of("Temuan " + i, "Finding " + i), cited)));
      }
    }
    ImmutableSortedMap<ProposalId, VerificationFinding> findings = found.buildOrThrow();
    Map<String, Object> spec = new HashMap<>();
    StageCombinationPolicy policy = policy(r, spec);

    CombinationResult actual = policy.combine(stages, findings);
    CombinationResult expected = reference(policy, spec, stages, findings);

    assertThat(actual.policy()).isEqualTo(expected.policy());
    assertThat(actual.citation()).isEqualTo(expected.citation());
    assertThat(actual.stages()).isEqualTo(expected.stages());
    assertThat(actual.scores().keySet()).containsExactlyElementsOf(expected.scores().keySet());
    for (CombinedScore want : expected.scores().values()) {
      CombinedScore got = actual.scores().get(want.proposal());
      assertThat(got.score()).isEqualTo(want.score());
      assertThat(got.stageScores()).isEqualTo(want.stageScores());
      assertThat(got.decision()).isEqualTo(want.decision());
      assertThat(got.explanation()).isEqualTo(want.explanation());
      assertThat(got.explanation().render(Locale.ENGLISH)).isEqualTo(want.explanation().render(Locale.ENGLISH));
      assertThat(got.explanation().render(Locale.forLanguageTag("id"))).isEqualTo(want.explanation().render(Locale.forLanguageTag("id")));
      assertThat(got).isEqualTo(want).hasSameHashCodeAs(want).hasToString(want.toString());
    }

    // Candidates, from a map that lacks some proposals and some submission times.
    Map<ProposalId, Proposal> byId = new HashMap<>();
    Map<ProposalId, Instant> times = new HashMap<>();
    for (int i = 0; i < proposals; i++) {
      if (r.nextInt(6) != 0) {
        byId.put(id(i), proposal(i));
      }
      if (r.nextBoolean()) {
        times.put(id(i), SUBMITTED.plusSeconds(r.nextInt(5)));
      }
    }
    Throwable expectedFailure = catchThrowable(() -> ReferenceStageCombinations.candidates(expected, byId, times));
    if (expectedFailure != null) {
      assertThat(catchThrowable(() -> actual.candidates(byId, times)))
          .isInstanceOf(expectedFailure.getClass()).hasMessage(expectedFailure.getMessage());
    } else {
      ImmutableList<Candidate> want = ReferenceStageCombinations.candidates(expected, byId, times);
      assertThat(actual.candidates(byId, times)).isEqualTo(want);
    }
  }

  @Test
  void combines_and_makes_candidates_as_the_computation_with_explanations_made_at_once() {
    qt().withFixedSeed(20261207L).withExamples(2_000).forAll(longs().all()).checkAssert(StageCombinationReferenceTest::agree);
  }

  @Test
  void explanations_read_first_by_several_threads_are_the_same() throws Exception {
    Random r = new Random(7);
    ImmutableSortedMap<StageId, AggregationResult> stages = ImmutableSortedMap.of(DESK, stage(DESK, 40, r), PRESENTATION, stage(PRESENTATION, 40, r));
    StageCombinationPolicy policy = StageCombinations.verificationGate(
        StageCombinations.weighted(Map.of(DESK, new BigDecimal("0.70"), PRESENTATION, new BigDecimal("0.30")), TWO_DECIMALS, OTHER), true, DEFAULT);
    Map<String, Object> spec = new HashMap<>();
    spec.put("inner", StageCombinations.weighted(Map.of(DESK, new BigDecimal("0.70"), PRESENTATION, new BigDecimal("0.30")), TWO_DECIMALS, OTHER));
    spec.put("weights", ImmutableSortedMap.of(DESK, new BigDecimal("0.70"), PRESENTATION, new BigDecimal("0.30")));
    spec.put("rounding", TWO_DECIMALS);
    spec.put("notVisitedPasses", true);
    CombinationResult expected = reference(policy, spec, stages, ImmutableSortedMap.of());
    CombinationResult actual = policy.combine(stages, ImmutableSortedMap.of());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<List<Explanation>>> reads = new ArrayList<>();
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      for (int t = 0; t < 8; t++) {
        reads.add(pool.submit(() -> {
          start.await();
          List<Explanation> out = new ArrayList<>();
          actual.scores().values().forEach(c -> out.add(c.explanation()));
          return out;
        }));
      }
      start.countDown();
      List<Explanation> want = expected.scores().values().stream().map(CombinedScore::explanation).toList();
      for (java.util.concurrent.Future<List<Explanation>> read : reads) {
        assertThat(read.get()).isEqualTo(want);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
