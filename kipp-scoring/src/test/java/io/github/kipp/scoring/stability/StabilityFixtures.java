package io.github.kipp.scoring.stability;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.scoring.explain.Explanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.SheetContribution;

/** Aggregation results built directly, for the rank-stability tests. */
final class StabilityFixtures {

  static final StageId STAGE = StageId.of("evaluasi-proposal");

  private StabilityFixtures() {}

  /** A contribution the aggregate used. */
  static SheetContribution used(int evaluator, BigDecimal value) {
    return new SheetContribution(ActorId.of("te-" + evaluator), value, value, true, false);
  }

  /** A contribution the aggregate left out, as a trimmed mean does. */
  static SheetContribution unused(int evaluator, BigDecimal value) {
    return new SheetContribution(ActorId.of("te-" + evaluator), value, value, false, false);
  }

  /** An aggregate with an explicit score and contributions. */
  static AggregatedScore score(String proposal, BigDecimal score, List<SheetContribution> contributions) {
    return new AggregatedScore(
        ProposalId.of(proposal),
        score,
        ImmutableList.copyOf(contributions),
        ImmutableSortedMap.of(),
        Explanation.leaf("aggregate", LocalizedText.of("Rata-rata", "Mean"), score.toPlainString()));
  }

  /** An aggregate whose score is the exact mean (scale 4) of its used values. */
  static AggregatedScore meanOf(String proposal, String... values) {
    List<SheetContribution> contributions = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < values.length; i++) {
      BigDecimal v = new BigDecimal(values[i]);
      contributions.add(used(i + 1, v));
      sum = sum.add(v);
    }
    return score(proposal, sum.divide(BigDecimal.valueOf(values.length), 4, RoundingMode.HALF_EVEN), contributions);
  }

  /** An aggregate with no used contribution: one trimmed sheet and a fixed score. */
  static AggregatedScore fixed(String proposal, String score) {
    return score(proposal, new BigDecimal(score), ImmutableList.of(unused(1, new BigDecimal("100"))));
  }

  /** A result holding the aggregates. */
  static AggregationResult result(List<AggregatedScore> scores) {
    ImmutableSortedMap.Builder<ProposalId, AggregatedScore> map = ImmutableSortedMap.naturalOrder();
    scores.forEach(s -> map.put(s.proposal(), s));
    return new AggregationResult(
        STAGE,
        "mean",
        ImmutableSortedMap.of(),
        "population-1",
        Citation.unknown("Pedoman KIPP", "no aggregation published; mean of the sheets as the documented default"),
        map.buildOrThrow());
  }

  /** A result holding the aggregates. */
  static AggregationResult result(AggregatedScore... scores) {
    return result(ImmutableList.copyOf(scores));
  }
}
