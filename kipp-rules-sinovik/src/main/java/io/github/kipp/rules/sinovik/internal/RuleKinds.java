package io.github.kipp.rules.sinovik.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.StageId;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.rules.sinovik.EligibilityRuleKind;
import io.github.kipp.rules.sinovik.RuleKindRegistry;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.aggregate.ZScoreOptions;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.rank.TieBreakChain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  public static final ImmutableList<String> AGGREGATIONS = ImmutableList.of("mean", "median", "trimmed-mean", "z-score");

  /** Combinations of stage scores by id. */
  public static final ImmutableList<String> COMBINATIONS = ImmutableList.of("single", "weighted", "verification-gate");

  /** Tie-break steps by id; {@code criterion} and {@code stage} take a target after a colon. */
  public static final ImmutableList<String> TIE_BREAK_STEPS = ImmutableList.of("criterion:<id>", "stage:<id>", "earlier-submission", "draw");

  private RuleKinds() {}

  private static @Nullable String kind(FileNode m, FileValues v, String family, ImmutableList<String> allowed) {
    FileNode k = v.required(m, "kind");
    String kind = k == null ? null : v.text(k);
    if (k != null && kind != null && !allowed.contains(kind)) {
      v.problems().add(k, "kipp.module.file.unknownKind", kind, "family", family, "allowed", allowed.isEmpty() ? "(none)" : String.join(", ", allowed));
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

  /** The fields of an aggregation besides its kind and citation, by kind. */
  private static final ImmutableMap<String, ImmutableList<String>> AGGREGATION_FIELDS = ImmutableMap.of(
      "mean", ImmutableList.of(),
      "median", ImmutableList.of(),
      "trimmed-mean", ImmutableList.of("trimEachSide"),
      "z-score", ImmutableList.of("minSheets", "fallback", "reference", "mean", "sd"));

  /**
   * Reads a stage's aggregation, {@code {kind: mean, citation}}, {@code {kind: trimmed-mean,
   * trimEachSide: 1, citation}} or {@code {kind: z-score, minSheets: 5, fallback: use-raw,
   * reference: population, citation}} ({@code reference: fixed} with {@code mean} and {@code sd}).
   *
   * @param n the node
   * @param v the readers
   * @return the policy, or null
   */
  public static @Nullable AggregationPolicy aggregation(FileNode n, FileValues v) {
    FileNode m = v.map(n, "kind", "trimEachSide", "minSheets", "fallback", "reference", "mean", "sd", "citation");
    if (m == null) {
      return null;
    }
    String kind = kind(m, v, "aggregation", AGGREGATIONS);
    FileNode cit = v.required(m, "citation");
    Citation citation = cit == null ? null : v.citation(cit);
    if (kind == null) {
      return null;
    }
    ImmutableList<String> fields = AGGREGATION_FIELDS.getOrDefault(kind, ImmutableList.of());
    List<String> allowed = new ArrayList<>();
    allowed.add("kind");
    allowed.addAll(fields);
    allowed.add("citation");
    boolean stray = false;
    for (Map.Entry<String, FileNode> e : m.entries().entrySet()) {
      if (!allowed.contains(e.getKey()) && AGGREGATION_FIELDS.values().stream().anyMatch(f -> f.contains(e.getKey()))) {
        v.problems().add(e.getValue(), "kipp.module.file.unknownField", e.getKey(), "allowed", String.join(", ", allowed));
        stray = true;
      }
    }
    if (citation == null) {
      return null;
    }
    AggregationPolicy policy = switch (kind) {
      case "mean" -> Aggregations.mean(citation);
      case "median" -> Aggregations.median(citation);
      case "trimmed-mean" -> {
        FileNode t = v.required(m, "trimEachSide");
        Integer trim = t == null ? null : v.integer(t);
        yield trim == null ? null : Checked.of(n, v, () -> Aggregations.trimmedMean(trim, citation));
      }
      default -> zScore(n, m, v, citation);
    };
    return stray ? null : policy;
  }

  private static @Nullable AggregationPolicy zScore(FileNode n, FileNode m, FileValues v, Citation citation) {
    FileNode s = v.required(m, "minSheets");
    FileNode f = v.required(m, "fallback");
    Integer minSheets = s == null ? null : v.integer(s);
    ZScoreOptions.Fallback fallback = f == null ? null : v.constant(f, ZScoreOptions.Fallback.class);
    Optional<FileNode> r = m.find("reference");
    ZScoreOptions.Reference reference = r.isEmpty() ? ZScoreOptions.Reference.POPULATION : v.constant(r.get(), ZScoreOptions.Reference.class);
    Optional<FileNode> mn = m.find("mean");
    Optional<FileNode> sd = m.find("sd");
    BigDecimal mean = mn.map(v::decimal).orElse(null);
    BigDecimal deviation = sd.map(v::decimal).orElse(null);
    boolean missing = false;
    if (reference == ZScoreOptions.Reference.FIXED) {
      for (String field : List.of("mean", "sd")) {
        if (m.find(field).isEmpty()) {
          v.required(m, field);
          missing = true;
        }
      }
    } else if (reference != null) {
      mn.ifPresent(x -> v.problems().add(x, "kipp.module.file.unknownField", "mean", "allowed", "mean and sd only with reference: fixed"));
      sd.ifPresent(x -> v.problems().add(x, "kipp.module.file.unknownField", "sd", "allowed", "mean and sd only with reference: fixed"));
      if (mn.isPresent() || sd.isPresent()) {
        return null;
      }
    }
    if (missing || minSheets == null || fallback == null || reference == null || (mn.isPresent() && mean == null) || (sd.isPresent() && deviation == null)) {
      return null;
    }
    return Checked.of(n, v, () -> Aggregations.zScore(
        new ZScoreOptions(minSheets, fallback, reference, Optional.ofNullable(mean), Optional.ofNullable(deviation), citation)));
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

  /**
   * Reads an eligibility rule of a kind the host registered: {@code {kind, settings, citation}},
   * the settings a mapping of scalars.
   *
   * @param n the node
   * @param c the context, with the registry of rule kinds
   * @return the rule, or null
   */
  public static @Nullable EligibilityRule hostRule(FileNode n, ParameterReaders.Context c) {
    FileValues v = c.values();
    FileNode m = v.map(n, "kind", "settings", "citation");
    if (m == null) {
      return null;
    }
    String kind = kind(m, v, "eligibility rule", c.ruleKinds().ids(RuleKindRegistry.ELIGIBILITY));
    FileNode cit = v.required(m, "citation");
    Citation citation = cit == null ? null : v.citation(cit);
    ImmutableMap<String, String> settings = ImmutableMap.of();
    Optional<FileNode> s = m.find("settings");
    if (s.isPresent()) {
      settings = v.entries(s.get(), "a setting's name", x -> x, x -> setting(x, v));
      if (settings == null) {
        return null;
      }
    }
    EligibilityRuleKind made = kind == null ? null : c.ruleKinds().eligibility(kind).orElse(null);
    if (made == null || citation == null) {
      return null;
    }
    ImmutableMap<String, String> read = settings;
    EligibilityRule rule = Checked.of(s.orElse(n), v, () -> made.create(read, citation));
    if (rule == null) {
      return null;
    }
    return requireNonNull(rule, () -> "the eligibility rule kind '" + kind + "' made no rule");
  }

  private static @Nullable String setting(FileNode n, FileValues v) {
    if (n.kind() == FileNode.Kind.MAP || n.kind() == FileNode.Kind.LIST || n.kind() == FileNode.Kind.NULL) {
      v.problems().add(n, "kipp.module.file.type", FileValues.describe(n), "expected", "a setting: text, a number, true or false");
      return null;
    }
    return n.text();
  }
}
