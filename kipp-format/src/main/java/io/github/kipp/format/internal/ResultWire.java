package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.list;
import static io.github.kipp.format.internal.Wire.nested;
import static io.github.kipp.format.internal.Wire.parse;
import static io.github.kipp.format.internal.Wire.parseAll;
import static io.github.kipp.format.internal.Wire.required;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.rank.BrokenTie;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.aggregate.CombinedScore;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.RankOverride;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.aggregate.SheetContribution;
import io.github.kipp.scoring.rank.TieBreak;
import io.github.kipp.scoring.rank.TieBreaks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Wire records of aggregation, combination, ranking, cut-off and explanation results. */
public final class ResultWire {

  private ResultWire() {}

  private static <K extends Comparable<K>> ImmutableSortedMap<K, BigDecimal> decimals(@Nullable Map<String, BigDecimal> values, String field, Function<String, K> key) {
    ImmutableSortedMap.Builder<K, BigDecimal> out = ImmutableSortedMap.naturalOrder();
    Wire.map(values, field).forEach((k, v) -> out.put(parse(k, field + "." + k, key), v));
    return out.buildOrThrow();
  }

  private static Map<String, BigDecimal> decimals(Map<? extends io.github.kipp.core.Identifier<?>, BigDecimal> values) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k.value(), v));
    return out;
  }

  private static <T> ImmutableSortedMap<ProposalId, T> byProposal(List<T> items, String field, Function<T, ProposalId> key) {
    ImmutableSortedMap.Builder<ProposalId, T> out = ImmutableSortedMap.naturalOrder();
    Set<ProposalId> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      ProposalId p = key.apply(items.get(i));
      if (!seen.add(p)) {
        throw Wire.fail(FormatMessages.violation("kipp.json.duplicate", field + "[" + i + "].proposal", p, "kindEn", "proposal", "kindId", "proposal"));
      }
      out.put(p, items.get(i));
    }
    return out.buildOrThrow();
  }

  /** {@link Explanation}: a tree of steps. */
  @WireRecord
  public record ExplanationW(@Nullable String step, @Nullable LocalizedText label, @Nullable String value, @Nullable List<Citation> citations, @Nullable List<Explanation> children) {
    static ExplanationW of(Explanation e) {
      return new ExplanationW(e.step(), e.label(), e.value(), e.citations(), e.children());
    }

    Explanation toDomain() {
      String s = required(step, "step", Expected.TEXT);
      LocalizedText l = required(label, "label", Expected.OBJECT);
      String v = value == null ? "" : value;
      List<Citation> cs = list(citations, "citations");
      List<Explanation> ch = list(children, "children");
      return nested("", () -> new Explanation(s, l, v, ImmutableList.copyOf(cs), ImmutableList.copyOf(ch)));
    }
  }

  /** {@link SheetContribution}. */
  @WireRecord
  public record ContributionW(
      @Nullable String evaluator,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal total,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal adjusted,
      @Nullable Boolean used,
      @Nullable Boolean normalised) {
    static ContributionW of(SheetContribution c) {
      return new ContributionW(c.evaluator().value(), c.total(), c.adjusted(), c.used(), c.normalised());
    }

    SheetContribution toDomain() {
      return new SheetContribution(
          parse(evaluator, "evaluator", ActorId::of),
          required(total, "total", Expected.NUMBER),
          required(adjusted, "adjusted", Expected.NUMBER),
          Wire.flag(used),
          Wire.flag(normalised));
    }
  }

  /** {@link AggregatedScore}. */
  @WireRecord
  public record AggregatedW(
      @Nullable String proposal,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal score,
      @Nullable List<SheetContribution> contributions,
      @WireForm(WireForm.Form.DECIMAL_VALUES) @Nullable Map<String, BigDecimal> criterionMeans,
      @Nullable Explanation explanation) {
    static AggregatedW of(AggregatedScore s) {
      return new AggregatedW(s.proposal().value(), s.score(), s.contributions(), decimals(s.criterionMeans()), s.explanation());
    }

    AggregatedScore toDomain() {
      return new AggregatedScore(
          parse(proposal, "proposal", ProposalId::of),
          required(score, "score", Expected.NUMBER),
          ImmutableList.copyOf(list(contributions, "contributions")),
          decimals(criterionMeans, "criterionMeans", CriterionId::of),
          required(explanation, "explanation", Expected.OBJECT));
    }
  }

  /** {@link AggregationResult}: the scores as a list sorted by proposal. */
  @WireRecord
  public record AggregationW(
      @Nullable String stage,
      @Nullable String policy,
      @Nullable Map<String, String> parameters,
      @Nullable String populationId,
      @Nullable Citation citation,
      @Nullable List<AggregatedScore> scores) {
    static AggregationW of(AggregationResult r) {
      return new AggregationW(r.stage().value(), r.policy(), new LinkedHashMap<>(r.parameters()), r.populationId(), r.citation(), r.scores().values().asList());
    }

    AggregationResult toDomain() {
      return new AggregationResult(
          parse(stage, "stage", StageId::of),
          required(policy, "policy", Expected.TEXT),
          ImmutableSortedMap.copyOf(Wire.map(parameters, "parameters")),
          required(populationId, "populationId", Expected.TEXT),
          required(citation, "citation", Expected.OBJECT),
          byProposal(list(scores, "scores"), "scores", AggregatedScore::proposal));
    }
  }

  /** {@link CombinedScore}. */
  @WireRecord
  public record CombinedW(
      @Nullable String proposal,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal score,
      @WireForm(WireForm.Form.DECIMAL_VALUES) @Nullable Map<String, BigDecimal> stageScores,
      @Nullable Decision decision,
      @Nullable Explanation explanation) {
    static CombinedW of(CombinedScore c) {
      return new CombinedW(c.proposal().value(), c.score().orElse(null), decimals(c.stageScores()), c.decision(), c.explanation());
    }

    CombinedScore toDomain() {
      ProposalId p = parse(proposal, "proposal", ProposalId::of);
      ImmutableSortedMap<StageId, BigDecimal> s = decimals(stageScores, "stageScores", StageId::of);
      Decision d = required(decision, "decision", Expected.OBJECT);
      Explanation e = required(explanation, "explanation", Expected.OBJECT);
      return nested("", () -> new CombinedScore(p, Optional.ofNullable(score), s, d, e));
    }
  }

  /** {@link CombinationResult}: the stage results and the scores as lists. */
  @WireRecord
  public record CombinationW(@Nullable String policy, @Nullable Citation citation, @Nullable List<AggregationResult> stages, @Nullable List<CombinedScore> scores) {
    static CombinationW of(CombinationResult r) {
      return new CombinationW(r.policy(), r.citation(), r.stages().values().asList(), r.scores().values().asList());
    }

    CombinationResult toDomain() {
      List<AggregationResult> st = list(stages, "stages");
      ImmutableSortedMap.Builder<StageId, AggregationResult> byStage = ImmutableSortedMap.naturalOrder();
      Set<StageId> seen = new HashSet<>();
      for (int i = 0; i < st.size(); i++) {
        if (!seen.add(st.get(i).stage())) {
          throw Wire.fail(FormatMessages.violation("kipp.json.duplicate", "stages[" + i + "].stage", st.get(i).stage(), "kindEn", "stage", "kindId", "tahap"));
        }
        byStage.put(st.get(i).stage(), st.get(i));
      }
      return new CombinationResult(
          required(policy, "policy", Expected.TEXT),
          required(citation, "citation", Expected.OBJECT),
          byStage.buildOrThrow(),
          byProposal(list(scores, "scores"), "scores", CombinedScore::proposal));
    }
  }

  /**
   * Rebuilds one of the tie-break rules kipp ships from its id and citation.
   *
   * @param id the rule's id
   * @param citation its citation
   * @return the rule
   */
  static TieBreak tieBreak(String id, Citation citation) {
    int colon = id.indexOf(':');
    String kind = colon < 0 ? id : id.substring(0, colon);
    String target = colon < 0 ? "" : id.substring(colon + 1);
    switch (kind) {
      case "criterion":
        return TieBreaks.higherCriterion(parse(target, "id", CriterionId::of), citation);
      case "stage":
        return TieBreaks.higherStage(parse(target, "id", StageId::of), citation);
      case "earlier-submission":
        if (colon < 0) {
          return TieBreaks.earlierSubmission(citation);
        }
        break;
      case "draw":
        if (target.matches("-?[0-9]{1,19}")) {
          try {
            return TieBreaks.seededDraw(Long.parseLong(target), citation);
          } catch (NumberFormatException e) {
            break;
          }
        }
        break;
      default:
        break;
    }
    throw Wire.fail(FormatMessages.violation("kipp.json.tieBreak", "id", id));
  }

  /** {@link TieBreak}: its id, description and citation; only the rules kipp ships can be read. */
  @WireRecord
  public record TieBreakW(@Nullable String id, @Nullable LocalizedText description, @Nullable Citation citation) {
    static TieBreakW of(TieBreak t) {
      return new TieBreakW(t.id(), t.description(), t.citation());
    }

    TieBreak toDomain() {
      return tieBreak(required(id, "id", Expected.TEXT), required(citation, "citation", Expected.OBJECT));
    }
  }

  /** {@link Candidate}: the proposal by id, with its scores. */
  @WireRecord
  public record CandidateW(
      @WireForm(WireForm.Form.PROPOSAL) @Nullable Proposal proposal,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal score,
      @WireForm(WireForm.Form.DECIMAL_VALUES) @Nullable Map<String, BigDecimal> stageScores,
      @WireForm(WireForm.Form.DECIMAL_VALUES) @Nullable Map<String, BigDecimal> criterionScores,
      @Nullable String submittedAt) {
    static CandidateW of(Candidate c) {
      return new CandidateW(c.proposal(), c.score(), decimals(c.stageScores()), decimals(c.criterionScores()), c.submittedAt().map(Instant::toString).orElse(null));
    }

    Candidate toDomain() {
      return new Candidate(
          required(proposal, "proposal", Expected.PROPOSAL),
          required(score, "score", Expected.NUMBER),
          decimals(stageScores, "stageScores", StageId::of),
          decimals(criterionScores, "criterionScores", CriterionId::of),
          Optional.ofNullable(submittedAt == null ? null : Wire.instant(submittedAt, "submittedAt")));
    }
  }

  /** {@link BrokenTie}. */
  @WireRecord
  public record BrokenTieW(@Nullable String rule, @Nullable LocalizedText description, @Nullable Citation citation, @Nullable String above, @Nullable List<String> tiedWith) {
    static BrokenTieW of(BrokenTie t) {
      return new BrokenTieW(t.rule(), t.description(), t.citation(), t.above().value(), t.tiedWith().stream().map(ProposalId::value).toList());
    }

    BrokenTie toDomain() {
      return new BrokenTie(
          required(rule, "rule", Expected.TEXT),
          required(description, "description", Expected.OBJECT),
          required(citation, "citation", Expected.OBJECT),
          parse(above, "above", ProposalId::of),
          parseAll(tiedWith, "tiedWith", ProposalId::of));
    }
  }

  /** {@link RankOverride}. */
  @WireRecord
  public record OverrideW(@Nullable String proposal, @Nullable Integer toPosition, @Nullable Reason reason, @Nullable Actor actor, @Nullable String at) {
    static OverrideW of(RankOverride o) {
      return new OverrideW(o.proposal().value(), o.toPosition(), o.reason(), o.actor(), o.at().toString());
    }

    RankOverride toDomain() {
      ProposalId p = parse(proposal, "proposal", ProposalId::of);
      int to = required(toPosition, "toPosition", Expected.INTEGER);
      Reason r = required(reason, "reason", Expected.OBJECT);
      Actor a = required(actor, "actor", Expected.OBJECT);
      Instant t = Wire.instant(at, "at");
      return nested("", () -> new RankOverride(p, to, r, a, t));
    }
  }

  /** {@link RankedEntry}. */
  @WireRecord
  public record EntryW(@Nullable Integer position, @Nullable Integer rank, @Nullable Candidate candidate, @Nullable BrokenTie brokenTie, @Nullable RankOverride override) {
    static EntryW of(RankedEntry e) {
      return new EntryW(e.position(), e.rank(), e.candidate(), e.brokenTie().orElse(null), e.override().orElse(null));
    }

    RankedEntry toDomain() {
      int p = required(position, "position", Expected.INTEGER);
      int r = required(rank, "rank", Expected.INTEGER);
      Candidate c = required(candidate, "candidate", Expected.OBJECT);
      return nested("", () -> new RankedEntry(c, p, r, Optional.ofNullable(brokenTie), Optional.ofNullable(override)));
    }
  }

  /**
   * {@link Ranking}. A ranking has no public factory, so reading re-ranks the candidates with the
   * tie-break chain, applies the overrides in order, and refuses the document unless the result
   * equals the written entries.
   */
  @WireRecord
  public record RankingW(@Nullable String cluster, @Nullable List<TieBreak> tieBreaks, @Nullable List<RankedEntry> entries, @Nullable List<RankOverride> overrides) {
    static RankingW of(Ranking r) {
      return new RankingW(r.cluster().orElse(null), r.tieBreaks(), r.entries(), r.overrides());
    }

    Ranking toDomain() {
      List<TieBreak> chain = list(tieBreaks, "tieBreaks");
      List<RankedEntry> written = list(entries, "entries");
      List<RankOverride> moves = list(overrides, "overrides");
      List<Candidate> candidates = written.stream().map(RankedEntry::candidate).toList();
      Ranker ranker = Ranker.withTieBreaks(chain);
      Ranking rebuilt;
      if (cluster == null) {
        rebuilt = nested("entries", () -> ranker.rank(candidates));
      } else {
        String name = cluster;
        if (name.isBlank() || candidates.isEmpty()) {
          throw Wire.fail(FormatMessages.violation("kipp.json.cluster", "cluster", name));
        }
        rebuilt = nested("entries", () -> java.util.Objects.requireNonNull(ranker.rankByCluster(candidates, c -> name).get(name), "cluster"));
      }
      for (int i = 0; i < moves.size(); i++) {
        Ranking current = rebuilt;
        RankOverride o = moves.get(i);
        rebuilt = nested("overrides[" + i + "]", () -> current.withOverride(o));
      }
      ImmutableList<RankedEntry> given = rebuilt.entries();
      for (int i = 0; i < Math.max(given.size(), written.size()); i++) {
        RankedEntry w = i < written.size() ? written.get(i) : null;
        RankedEntry g = i < given.size() ? given.get(i) : null;
        if (w == null || !w.equals(g)) {
          throw Wire.fail(FormatMessages.violation(
              "kipp.json.rankingMismatch", "entries[" + i + "]", describe(w), "position", i + 1, "expected", describe(g)));
        }
      }
      return rebuilt;
    }

    private static String describe(@Nullable RankedEntry e) {
      return e == null
          ? "-"
          : e.proposal() + " (position " + e.position() + ", rank " + e.rank() + ", score " + e.score().toPlainString()
              + e.brokenTie().map(t -> ", tie broken by " + t.rule()).orElse("") + ")";
    }
  }

  /** {@link Cutoff}: a pass mark or a Top-N size, with its citation. */
  @WireRecord
  public record CutoffW(
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal passMark,
      @Nullable Integer topN,
      @Nullable Citation citation) {
    static CutoffW of(Cutoff c) {
      return new CutoffW(c.passMark().orElse(null), c.topN().isPresent() ? c.topN().getAsInt() : null, c.citation());
    }

    Cutoff toDomain() {
      Citation c = required(citation, "citation", Expected.OBJECT);
      if ((passMark == null) == (topN == null)) {
        throw Wire.fail(FormatMessages.violation("kipp.json.cutoff", "", passMark == null ? "neither" : "both"));
      }
      BigDecimal mark = passMark;
      if (mark != null) {
        return Cutoff.passMark(mark, c);
      }
      int n = required(topN, "topN", Expected.INTEGER);
      return nested("topN", () -> Cutoff.topN(n, c));
    }
  }

  /** {@link CutResult}: the cut, the passing entries and the decisions keyed by proposal id. */
  @WireRecord
  public record CutResultW(@Nullable Cutoff cutoff, @Nullable List<RankedEntry> passed, @Nullable Map<String, Decision> decisions) {
    static CutResultW of(CutResult r) {
      Map<String, Decision> d = new LinkedHashMap<>();
      r.decisions().forEach((k, v) -> d.put(k.value(), v));
      return new CutResultW(r.cutoff(), r.passed(), d);
    }

    CutResult toDomain() {
      Cutoff c = required(cutoff, "cutoff", Expected.OBJECT);
      ImmutableSortedMap.Builder<ProposalId, Decision> d = ImmutableSortedMap.naturalOrder();
      Wire.map(decisions, "decisions").forEach((k, v) -> d.put(parse(k, "decisions." + k, ProposalId::of), v));
      return new CutResult(c, ImmutableList.copyOf(list(passed, "passed")), d.buildOrThrow());
    }
  }

  /**
   * Returns the mappings of this file.
   *
   * @return the mappings
   */
  public static List<Mapping<?, ?>> mappings() {
    return List.of(
        Mapping.of(Explanation.class, ExplanationW.class, ExplanationW::of, ExplanationW::toDomain),
        Mapping.of(SheetContribution.class, ContributionW.class, ContributionW::of, ContributionW::toDomain),
        Mapping.of(AggregatedScore.class, AggregatedW.class, AggregatedW::of, AggregatedW::toDomain),
        Mapping.of(AggregationResult.class, AggregationW.class, AggregationW::of, AggregationW::toDomain),
        Mapping.of(CombinedScore.class, CombinedW.class, CombinedW::of, CombinedW::toDomain),
        Mapping.of(CombinationResult.class, CombinationW.class, CombinationW::of, CombinationW::toDomain),
        Mapping.of(TieBreak.class, TieBreakW.class, TieBreakW::of, TieBreakW::toDomain),
        Mapping.of(Candidate.class, CandidateW.class, CandidateW::of, CandidateW::toDomain),
        Mapping.of(BrokenTie.class, BrokenTieW.class, BrokenTieW::of, BrokenTieW::toDomain),
        Mapping.of(RankOverride.class, OverrideW.class, OverrideW::of, OverrideW::toDomain),
        Mapping.of(RankedEntry.class, EntryW.class, EntryW::of, EntryW::toDomain),
        Mapping.of(Ranking.class, RankingW.class, RankingW::of, RankingW::toDomain),
        Mapping.of(Cutoff.class, CutoffW.class, CutoffW::of, CutoffW::toDomain),
        Mapping.of(CutResult.class, CutResultW.class, CutResultW::of, CutResultW::toDomain));
  }
}
