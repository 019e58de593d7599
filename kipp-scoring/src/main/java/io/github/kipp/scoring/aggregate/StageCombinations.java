package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decimals;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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
          // The gate's node, and the combination's explanation below which it goes, are made when read.
          Supplier<Explanation> explained = () -> c.explanation().with(gateNode(gateReason(passes, outcome, citation), passes, f, citation));
          if (passes || !c.decision().passed()) {
            out.put(c.proposal(), CombinedScore.deferred(c.proposal(), c.score(), c.stageScores(), c.decision(), explained));
          } else {
            Decision failed = Decision.fail("proposal " + c.proposal(), "combination", gateReason(passes, outcome, citation));
            out.put(c.proposal(), CombinedScore.deferred(c.proposal(), Optional.empty(), c.stageScores(), failed, explained));
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

  /** The gate's reason: passed or failed, with the verification's outcome. */
  private static Reason gateReason(boolean passes, VerificationFinding.Outcome outcome, Citation citation) {
    String key = "kipp.combination.gate" + (passes ? "Passed" : "Failed");
    return Reason.of(key, ScoringMessages.render(key, "outcome", outcome), citation);
  }

  /** The gate's node of an explanation, with the finding below it when there is one. */
  private static Explanation gateNode(Reason reason, boolean passes, @Nullable VerificationFinding f, Citation citation) {
    List<Explanation> gateChildren = new ArrayList<>();
    if (f != null) {
      gateChildren.add(Explanation.leaf("finding", f.reason().message(), f.outcome().name(), f.reason().citations().toArray(new Citation[0])));
    }
    return new Explanation("gate", reason.message(), passes ? "pass" : "fail", ImmutableList.of(citation), ImmutableList.copyOf(gateChildren));
  }

  private static CombinationResult weightedSum(
      StageCombinationPolicy policy,
      ImmutableSortedMap<StageId, BigDecimal> weights,
      @Nullable Rounding rounding,
      ImmutableSortedMap<StageId, AggregationResult> stages) {
    requireNonNull(stages, "stages");
    ImmutableList<StageId> stageIds = stages.keySet().asList();
    ImmutableList<AggregationResult> results = stages.values().asList();
    ImmutableList<Map.Entry<StageId, BigDecimal>> weighted = weights.entrySet().asList();
    // Where each weighted stage is among the stages given, or -1.
    int[] stageOf = new int[weighted.size()];
    for (int j = 0; j < stageOf.length; j++) {
      stageOf[j] = stageIds.indexOf(weighted.get(j).getKey());
    }
    // Every proposal of any stage, in order, with its score in each stage: one stage's proposals are
    // its scores' keys, in order already, read without a look-up.
    List<ProposalId> all;
    if (results.size() == 1) {
      all = results.get(0).scores().keySet().asList();
    } else {
      TreeSet<ProposalId> union = new TreeSet<>();
      results.forEach(r -> union.addAll(r.scores().keySet()));
      all = new ArrayList<>(union);
    }
    ImmutableList<AggregatedScore> onlyStage = results.size() == 1 ? results.get(0).scores().values().asList() : ImmutableList.of();
    ImmutableSortedMap.Builder<ProposalId, CombinedScore> out = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < all.size(); i++) {
      ProposalId p = all.get(i);
      @Nullable AggregatedScore[] scored = new AggregatedScore[results.size()];
      if (results.size() == 1) {
        scored[0] = onlyStage.get(i);
      } else {
        for (int k = 0; k < scored.length; k++) {
          scored[k] = results.get(k).scores().get(p);
        }
      }
      ImmutableSortedMap<StageId, BigDecimal> present = present(stageIds, scored);
      List<StageId> missing = new ArrayList<>(0);
      BigDecimal sum = BigDecimal.ZERO;
      for (int j = 0; j < stageOf.length; j++) {
        AggregatedScore s = stageOf[j] < 0 ? null : scored[stageOf[j]];
        if (s == null) {
          missing.add(weighted.get(j).getKey());
          continue;
        }
        sum = sum.add(s.score().multiply(weighted.get(j).getValue()));
      }
      String subject = "proposal " + p;
      if (!missing.isEmpty()) {
        String key = "kipp.combination.missingStage";
        Reason reason = Reason.of(key, ScoringMessages.render(key, "stages", missing.stream().map(StageId::value).collect(Collectors.joining(", "))), policy.citation());
        out.put(p, CombinedScore.deferred(p, Optional.empty(), present, Decision.fail(subject, "combination", reason),
            new Derivation(policy, weighted, stageOf, scored, reason, "-")));
        continue;
      }
      BigDecimal score = rounding == null ? sum : rounding.apply(sum);
      out.put(p, CombinedScore.deferred(p, Optional.of(score), present, Decision.pass(subject, "combination"),
          new Derivation(policy, weighted, stageOf, scored, null, score.toPlainString())));
    }
    return new CombinationResult(policy.describe(), policy.citation(), stages, out.buildOrThrow());
  }

  /** The scores of the stages that scored a proposal, by stage. */
  private static ImmutableSortedMap<StageId, BigDecimal> present(ImmutableList<StageId> stageIds, @Nullable AggregatedScore[] scored) {
    if (scored.length == 1) {
      AggregatedScore s = scored[0];
      return s == null ? ImmutableSortedMap.of() : ImmutableSortedMap.of(stageIds.get(0), s.score());
    }
    ImmutableSortedMap.Builder<StageId, BigDecimal> stageScores = ImmutableSortedMap.naturalOrder();
    for (int k = 0; k < scored.length; k++) {
      AggregatedScore s = scored[k];
      if (s != null) {
        stageScores.put(stageIds.get(k), s.score());
      }
    }
    return stageScores.buildOrThrow();
  }

  /**
   * Makes a combined score's explanation when it is first read: the combination (or the reason it
   * failed), and below it each weighted stage that scored the proposal with that stage's
   * explanation. Everything it reads is immutable.
   */
  private static final class Derivation implements Supplier<Explanation> {
    private final StageCombinationPolicy policy;
    private final ImmutableList<Map.Entry<StageId, BigDecimal>> weighted;
    private final int[] stageOf;
    private final @Nullable AggregatedScore[] scored;
    /** Why the combination failed; null when it passed. */
    private final @Nullable Reason failure;
    private final String value;

    Derivation(StageCombinationPolicy policy, ImmutableList<Map.Entry<StageId, BigDecimal>> weighted, int[] stageOf,
        @Nullable AggregatedScore[] scored, @Nullable Reason failure, String value) {
      this.policy = policy;
      this.weighted = weighted;
      this.stageOf = stageOf;
      this.scored = scored;
      this.failure = failure;
      this.value = value;
    }

    @Override
    public Explanation get() {
      List<Explanation> parts = new ArrayList<>();
      for (int j = 0; j < stageOf.length; j++) {
        AggregatedScore s = stageOf[j] < 0 ? null : scored[stageOf[j]];
        if (s == null) {
          continue;
        }
        Map.Entry<StageId, BigDecimal> w = weighted.get(j);
        parts.add(new Explanation("stage",
            ScoringMessages.render("kipp.explain.stageWeight", "stage", w.getKey(), "weight", w.getValue().toPlainString()),
            s.score().toPlainString(), ImmutableList.of(), ImmutableList.of(s.explanation())));
      }
      LocalizedText label = failure != null ? failure.message() : ScoringMessages.render("kipp.explain.combination", "policy", policy.describe());
      return new Explanation("combination", label, value, ImmutableList.of(policy.citation()), ImmutableList.copyOf(parts));
    }
  }
}
