package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decimals;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The stage-combination policies kipp ships. There is no default; a rule module or host picks one and
 * cites it.
 *
 * <ul>
 *   <li>{@link #single}: the final score is one stage's score (a desk-only round).
 *   <li>{@link #weighted}: a weighted sum of stage scores, such as Sulawesi Selatan's 2022 rule,
 *       {@code 0.70 × substance + 0.30 × presentation}; a proposal missing a stage has no final score.
 *   <li>{@link #verificationGate}: wraps another policy; a proposal whose field verification did not
 *       confirm it fails, and one not visited passes or fails as declared.
 * </ul>
 *
 * <p>Every policy combines the proposals that appear in any stage result it is given, so stages
 * without scores (nobody scored, nobody submitted) or no stages at all combine to a result without
 * scores, not an error; a stage the policy needs but was not given makes every proposal fail with
 * {@code kipp.combination.missingStage}.
 */
public final class StageCombinations {

  private StageCombinations() {}

  /**
   * The final score is one stage's score.
   *
   * @param stage the stage, not null
   * @param citation where the policy comes from, not null
   * @return the policy, not null
   */
  public static StageCombinationPolicy single(StageId stage, Citation citation) {
    requireNonNull(stage, "stage");
    requireNonNull(citation, "citation");
    return new StageCombinationPolicy() {
      @Override
      public CombinationResult combine(ImmutableSortedMap<StageId, AggregationResult> stages, ImmutableSortedMap<ProposalId, VerificationFinding> findings) {
        return weightedSum(this, ImmutableSortedMap.of(stage, BigDecimal.ONE), null, stages);
      }

      @Override
      public String describe() {
        return "single stage " + stage;
      }

      @Override
      public Citation citation() {
        return citation;
      }

      @Override
      public String toString() {
        return describe();
      }
    };
  }

  /**
   * The final score is a weighted sum of stage scores.
   *
   * @param weights the weight of each stage, positive, summing to 1
   * @param rounding how the final score is rounded, not null
   * @param citation where the policy comes from, not null
   * @return the policy, not null
   * @throws InvalidInputException if the weights are empty, not positive or do not sum to 1
   */
  public static StageCombinationPolicy weighted(Map<StageId, BigDecimal> weights, Rounding rounding, Citation citation) {
    requireNonNull(rounding, "rounding");
    requireNonNull(citation, "citation");
    ImmutableSortedMap<StageId, BigDecimal> w = ImmutableSortedMap.copyOf(requireNonNull(weights, "weights"));
    List<Violation> v = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<StageId, BigDecimal> e : w.entrySet()) {
      Optional<Violation> bounds = Decimals.check("weights." + e.getKey(), e.getValue());
      if (bounds.isPresent()) {
        v.add(bounds.get());
        continue;
      }
      if (e.getValue().signum() <= 0) {
        v.add(ScoringMessages.violation("kipp.combination.weight", "weights." + e.getKey(), e.getValue().toPlainString()));
      }
      sum = sum.add(e.getValue());
    }
    if (w.isEmpty() || sum.compareTo(BigDecimal.ONE) != 0) {
      v.add(ScoringMessages.violation("kipp.combination.sum", "weights", sum.toPlainString(), "weights", describe(w)));
    }
    InvalidInputException.throwIfAny("stage combination", v);
    return new StageCombinationPolicy() {
      @Override
      public CombinationResult combine(ImmutableSortedMap<StageId, AggregationResult> stages, ImmutableSortedMap<ProposalId, VerificationFinding> findings) {
        return weightedSum(this, w, rounding, stages);
      }

      @Override
      public String describe() {
        return StageCombinations.describe(w);
      }

      @Override
      public Citation citation() {
        return citation;
      }

      @Override
      public String toString() {
        return describe();
      }
    };
  }

  /**
   * Wraps a policy with a field-verification gate.
   *
   * @param inner the policy that computes the score, not null
   * @param notVisitedPasses whether a proposal that was not visited passes the gate
   * @param citation where the gate comes from, not null
   * @return the gated policy, not null
   */
  public static StageCombinationPolicy verificationGate(StageCombinationPolicy inner, boolean notVisitedPasses, Citation citation) {
    requireNonNull(inner, "inner");
    requireNonNull(citation, "citation");
    return new StageCombinationPolicy() {
      @Override
      public CombinationResult combine(ImmutableSortedMap<StageId, AggregationResult> stages, ImmutableSortedMap<ProposalId, VerificationFinding> findings) {
        CombinationResult base = inner.combine(stages, findings);
        ImmutableSortedMap.Builder<ProposalId, CombinedScore> out = ImmutableSortedMap.naturalOrder();
        for (CombinedScore c : base.scores().values()) {
          VerificationFinding f = findings.get(c.proposal());
          VerificationFinding.Outcome outcome = f == null ? VerificationFinding.Outcome.NOT_VISITED : f.outcome();
          boolean passes = outcome == VerificationFinding.Outcome.CONFIRMED
              || (outcome == VerificationFinding.Outcome.NOT_VISITED && notVisitedPasses);
          String key = "kipp.combination.gate" + (passes ? "Passed" : "Failed");
          Reason reason = Reason.of(key, ScoringMessages.render(key, "outcome", outcome), citation);
          List<Explanation> gateChildren = new ArrayList<>();
          if (f != null) {
            gateChildren.add(Explanation.leaf("finding", f.reason().message(), outcome.name(), f.reason().citations().toArray(new Citation[0])));
          }
          Explanation gate = new Explanation("gate", reason.message(), passes ? "pass" : "fail", ImmutableList.of(citation), ImmutableList.copyOf(gateChildren));
          if (passes || !c.decision().passed()) {
            out.put(c.proposal(), new CombinedScore(c.proposal(), c.score(), c.stageScores(), c.decision(), c.explanation().with(gate)));
          } else {
            Decision failed = Decision.fail("proposal " + c.proposal(), "combination", reason);
            out.put(c.proposal(), new CombinedScore(c.proposal(), Optional.empty(), c.stageScores(), failed, c.explanation().with(gate)));
          }
        }
        return new CombinationResult(describe(), citation, base.stages(), out.buildOrThrow());
      }

      @Override
      public String describe() {
        return inner.describe() + ", gated by field verification (not visited " + (notVisitedPasses ? "passes" : "fails") + ")";
      }

      @Override
      public Citation citation() {
        return inner.citation();
      }

      @Override
      public String toString() {
        return describe();
      }
    };
  }

  private static String describe(Map<StageId, BigDecimal> weights) {
    return weights.entrySet().stream().map(e -> e.getValue().toPlainString() + " × " + e.getKey()).collect(Collectors.joining(" + "));
  }

  private static CombinationResult weightedSum(
      StageCombinationPolicy policy,
      ImmutableSortedMap<StageId, BigDecimal> weights,
      @org.jspecify.annotations.Nullable Rounding rounding,
      ImmutableSortedMap<StageId, AggregationResult> stages) {
    requireNonNull(stages, "stages");
    TreeSet<ProposalId> all = new TreeSet<>();
    stages.values().forEach(r -> all.addAll(r.scores().keySet()));
    ImmutableSortedMap.Builder<ProposalId, CombinedScore> out = ImmutableSortedMap.naturalOrder();
    for (ProposalId p : all) {
      ImmutableSortedMap.Builder<StageId, BigDecimal> stageScores = ImmutableSortedMap.naturalOrder();
      List<Explanation> parts = new ArrayList<>();
      List<StageId> missing = new ArrayList<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (Map.Entry<StageId, AggregationResult> e : stages.entrySet()) {
        e.getValue().score(p).ifPresent(s -> stageScores.put(e.getKey(), s.score()));
      }
      ImmutableSortedMap<StageId, BigDecimal> present = stageScores.buildOrThrow();
      for (Map.Entry<StageId, BigDecimal> w : weights.entrySet()) {
        BigDecimal s = present.get(w.getKey());
        AggregationResult stage = stages.get(w.getKey());
        if (s == null || stage == null) {
          missing.add(w.getKey());
          continue;
        }
        sum = sum.add(s.multiply(w.getValue()));
        Explanation aggregate = stage.score(p).map(AggregatedScore::explanation)
            .orElseThrow(() -> new IllegalStateException("score of " + p + " vanished from stage " + w.getKey()));
        parts.add(new Explanation("stage",
            ScoringMessages.render("kipp.explain.stageWeight", "stage", w.getKey(), "weight", w.getValue().toPlainString()),
            s.toPlainString(), ImmutableList.of(), ImmutableList.of(aggregate)));
      }
      String subject = "proposal " + p;
      if (!missing.isEmpty()) {
        String key = "kipp.combination.missingStage";
        Reason reason = Reason.of(key, ScoringMessages.render(key, "stages", missing.stream().map(StageId::value).collect(Collectors.joining(", "))), policy.citation());
        Explanation node = new Explanation("combination", reason.message(), "-", ImmutableList.of(policy.citation()), ImmutableList.copyOf(parts));
        out.put(p, new CombinedScore(p, Optional.empty(), present, Decision.fail(subject, "combination", reason), node));
        continue;
      }
      BigDecimal score = rounding == null ? sum : rounding.apply(sum);
      Explanation node = new Explanation("combination",
          ScoringMessages.render("kipp.explain.combination", "policy", policy.describe()),
          score.toPlainString(), ImmutableList.of(policy.citation()), ImmutableList.copyOf(parts));
      out.put(p, new CombinedScore(p, Optional.of(score), present, Decision.pass(subject, "combination"), node));
    }
    return new CombinationResult(policy.describe(), policy.citation(), stages, out.buildOrThrow());
  }
}
