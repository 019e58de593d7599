package io.github.kipp.rules.sinovik.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.StageId;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.rank.TieBreakChain;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The registry of rule kinds: the rules that need code (a conflict-of-interest policy, an
 * aggregation, a combination of stages, a tie-break step) stay Java, and a module file names them by
 * id. An id not listed here is refused, naming the ids allowed; it is never ignored.
 */
public final class RuleKinds {

  /** Conflict-of-interest policies by id. */
  public static final ImmutableMap<String, Supplier<ConflictOfInterestPolicy>> CONFLICT_OF_INTEREST = ImmutableMap.of(
      "institutional", ConflictOfInterestPolicies::institutional,
      "institutional-with-provinces", ConflictOfInterestPolicies::institutionalWithProvinces,
      "none", ConflictOfInterestPolicies::none);

  /** Aggregations of a stage's sheets by id. */
  public static final ImmutableList<String> AGGREGATIONS = ImmutableList.of("mean", "median", "trimmed-mean");

  /** Combinations of stage scores by id. */
  public static final ImmutableList<String> COMBINATIONS = ImmutableList.of("single", "weighted", "verification-gate");

  /** Tie-break steps by id; {@code criterion} and {@code stage} take a target after a colon. */
  public static final ImmutableList<String> TIE_BREAK_STEPS = ImmutableList.of("criterion:<id>", "stage:<id>", "earlier-submission", "draw");

  private RuleKinds() {}

  private static @Nullable String kind(FileNode m, FileValues v, String family, ImmutableList<String> allowed) {
    FileNode k = v.required(m, "kind");
    String kind = k == null ? null : v.text(k);
    if (k != null && kind != null && !allowed.contains(kind)) {
      v.problems().add(k, "kipp.module.file.unknownKind", kind, "family", family, "allowed", String.join(", ", allowed));
      return null;
    }
    return kind;
  }

  /**
   * Reads a conflict-of-interest policy, {@code {kind: institutional}}.
   *
   * @param n the node
   * @param v the readers
   * @return the policy, or null
   */
  public static @Nullable ConflictOfInterestPolicy conflictOfInterest(FileNode n, FileValues v) {
    FileNode m = v.map(n, "kind");
    if (m == null) {
      return null;
    }
    String kind = kind(m, v, "conflict of interest", CONFLICT_OF_INTEREST.keySet().asList());
    Supplier<ConflictOfInterestPolicy> policy = kind == null ? null : CONFLICT_OF_INTEREST.get(kind);
    return policy == null ? null : policy.get();
  }

  /**
   * Reads a stage's aggregation, {@code {kind: mean, citation}} or {@code {kind: trimmed-mean,
   * trimEachSide: 1, citation}}.
   *
   * @param n the node
   * @param v the readers
   * @return the policy, or null
   */
  public static @Nullable AggregationPolicy aggregation(FileNode n, FileValues v) {
    FileNode m = v.map(n, "kind", "trimEachSide", "citation");
    if (m == null) {
      return null;
    }
    String kind = kind(m, v, "aggregation", AGGREGATIONS);
    FileNode cit = v.required(m, "citation");
    Citation citation = cit == null ? null : v.citation(cit);
    if (kind == null || citation == null) {
      return null;
    }
    if (!kind.equals("trimmed-mean")) {
      m.find("trimEachSide").ifPresent(t -> v.problems().add(t, "kipp.module.file.unknownField", "trimEachSide", "allowed", "kind, citation"));
      return kind.equals("mean") ? Aggregations.mean(citation) : Aggregations.median(citation);
    }
    FileNode t = v.required(m, "trimEachSide");
    Integer trim = t == null ? null : v.integer(t);
    if (trim == null) {
      return null;
    }
    try {
      return Aggregations.trimmedMean(trim, citation);
    } catch (InvalidInputException e) {
      v.problems().add(n, e);
      return null;
    }
  }

  /**
   * Reads the combination of stage scores: {@code {kind: single, stage, citation}}, {@code {kind:
   * weighted, weights: {stage: 0.70}, citation}} (rounded by the module's rounding) or {@code {kind:
   * verification-gate, inner: combination, notVisitedPasses, citation}}.
   *
   * @param n the node
   * @param c the context
   * @return the policy, or null
   */
  public static @Nullable StageCombinationPolicy combination(FileNode n, ParameterReaders.Context c) {
    FileValues v = c.values();
    FileNode m = v.map(n, "kind", "stage", "weights", "inner", "notVisitedPasses", "citation");
    if (m == null) {
      return null;
    }
    String kind = kind(m, v, "combination", COMBINATIONS);
    FileNode cit = v.required(m, "citation");
    Citation citation = cit == null ? null : v.citation(cit);
    if (kind == null || citation == null) {
      return null;
    }
    try {
      switch (kind) {
        case "single": {
          FileNode s = v.required(m, "stage");
          StageId stage = s == null ? null : v.parse(s, "a stage id", StageId::of);
          return stage == null ? null : StageCombinations.single(stage, citation);
        }
        case "weighted": {
          FileNode w = v.required(m, "weights");
          ImmutableMap<StageId, BigDecimal> weights = w == null ? null : v.entries(w, "a stage id", StageId::of, v::decimal);
          if (c.rounding().isEmpty()) {
            v.problems().add(n, "kipp.module.file.missing", "scoring.rounding", "field", "scoring.rounding");
            return null;
          }
          return weights == null ? null : StageCombinations.weighted(weights, c.rounding().get(), citation);
        }
        default: {
          FileNode i = v.required(m, "inner");
          StageCombinationPolicy inner = i == null ? null : combination(i, c);
          Boolean notVisited = v.bool(m, "notVisitedPasses", false);
          return inner == null || notVisited == null ? null : StageCombinations.verificationGate(inner, notVisited, citation);
        }
      }
    } catch (InvalidInputException e) {
      v.problems().add(n, e);
      return null;
    }
  }

  /**
   * Reads a tie-break step: {@code criterion:<id>}, {@code stage:<id>}, {@code earlier-submission}
   * or {@code draw}.
   *
   * @param n the node
   * @param v the readers
   * @return the step, or null
   */
  public static TieBreakChain.@Nullable Step tieBreakStep(FileNode n, FileValues v) {
    String text = v.text(n);
    if (text == null) {
      return null;
    }
    if (text.equals("earlier-submission")) {
      return TieBreakChain.earlierSubmission();
    }
    if (text.equals("draw")) {
      return TieBreakChain.draw();
    }
    try {
      if (text.startsWith("criterion:")) {
        return TieBreakChain.criterion(CriterionId.of(text.substring("criterion:".length())));
      }
      if (text.startsWith("stage:")) {
        return TieBreakChain.stage(StageId.of(text.substring("stage:".length())));
      }
    } catch (InvalidInputException e) {
      v.problems().add(n, e);
      return null;
    }
    v.problems().add(n, "kipp.module.file.unknownKind", text, "family", "tie-break step", "allowed", String.join(", ", TIE_BREAK_STEPS));
    return null;
  }
}
