package io.github.kipp.scoring.aggregate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.rank.Candidate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The stage combination and the candidates made from it as they were computed before explanations
 * were made when read: every explanation built at once, each stage's score looked up by proposal.
 * The specification that {@link StageCombinationReferenceTest} holds {@link StageCombinations} and
 * {@link CombinationResult#candidates} to.
 */
final class ReferenceStageCombinations {

  private ReferenceStageCombinations() {}

  /** The weighted sum of {@link StageCombinations#single} and {@link StageCombinations#weighted}. */
  static CombinationResult weightedSum(StageCombinationPolicy policy, ImmutableSortedMap<StageId, BigDecimal> weights, @Nullable Rounding rounding,
      ImmutableSortedMap<StageId, AggregationResult> stages) {
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
        Explanation aggregate = stage.score(p).map(AggregatedScore::explanation).orElseThrow();
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

  /** The gate of {@link StageCombinations#verificationGate} over its inner policy's result. */
  static CombinationResult gate(CombinationResult base, String describe, Citation citation, boolean notVisitedPasses,
      ImmutableSortedMap<ProposalId, VerificationFinding> findings) {
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
    return new CombinationResult(describe, citation, base.stages(), out.buildOrThrow());
  }

  /** {@link CombinationResult#candidates}, each stage's means looked up and merged. */
  static ImmutableList<Candidate> candidates(CombinationResult result, Map<ProposalId, Proposal> proposals, Map<ProposalId, Instant> submittedAt) {
    requireNonNull(proposals, "proposals");
    ImmutableList.Builder<Candidate> out = ImmutableList.builder();
    for (CombinedScore c : result.scores().values()) {
      if (c.score().isEmpty()) {
        continue;
      }
      Proposal p = proposals.get(c.proposal());
      if (p == null) {
        continue;
      }
      ImmutableSortedMap.Builder<CriterionId, BigDecimal> criteria = ImmutableSortedMap.naturalOrder();
      java.util.Set<CriterionId> seen = new java.util.HashSet<>();
      for (AggregationResult stage : result.stages().values()) {
        Optional<AggregatedScore> s = stage.score(c.proposal());
        if (s.isPresent()) {
          for (Map.Entry<CriterionId, BigDecimal> e : s.get().criterionMeans().entrySet()) {
            if (!seen.add(e.getKey())) {
              throw new IllegalArgumentException("criterion id " + e.getKey() + " is used by two stages; criterion ids must be unique across stages");
            }
            criteria.put(e.getKey(), e.getValue());
          }
        }
      }
      out.add(new Candidate(p, c.score().get(), c.stageScores(), criteria.buildOrThrow(), Optional.ofNullable(submittedAt.get(c.proposal()))));
    }
    return out.build();
  }
}
