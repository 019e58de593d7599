package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.enumValue;
import static io.github.kipp.format.internal.Wire.list;
import static io.github.kipp.format.internal.Wire.parse;
import static io.github.kipp.format.internal.Wire.required;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.appeal.Appeal;
import io.github.kipp.core.appeal.AppealId;
import io.github.kipp.core.appeal.AppealKind;
import io.github.kipp.core.appeal.AppealOutcome;
import io.github.kipp.core.appeal.AppealRuling;
import io.github.kipp.core.appeal.AppealedDecision;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.scoring.aggregate.VerificationFinding;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.competition.ProposalOutcome;
import io.github.kipp.scoring.competition.StepRecord;
import io.github.kipp.scoring.rank.RankedEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of a stored {@link EditionResult}: what its steps were given that the competition
 * document does not hold (the entries, each call with its time, each stage's close and frozen
 * population, the rulings of public review, the field findings), and the outcomes a person reads.
 * Reading runs the steps again ({@link EditionReplay}). Each Jackson line writes an edition result
 * through {@link ResultW} and reads it back with {@link #read}.
 */
public final class EditionResultWire {

  /** The version of the edition-result format, independent of the competition and results documents' version. */
  public static final String VERSION = io.github.kipp.format.KippFormat.EDITION_RESULT_FORMAT_VERSION;

  /** Attribute: the {@link CompetitionDocument} a stored result is read against. */
  public static final String DOCUMENT = "io.github.kipp.format.editionDocument";

  /** Attribute: the {@link Competition} that runs the stored steps again. */
  public static final String COMPETITION = "io.github.kipp.format.competition";

  private EditionResultWire() {}

  /**
   * Checks an edition result's format version.
   *
   * @param version the written version, possibly null
   * @throws io.github.kipp.core.InvalidInputException if it is missing or not supported
   */
  public static void checkVersion(@Nullable String version) {
    String v = required(version, "formatVersion", Expected.TEXT);
    if (!VERSION.equals(v)) {
      throw Wire.fail(FormatMessages.violation("kipp.json.version", "formatVersion", v, "allowed", VERSION));
    }
  }

  private static <K, V, W> Map<String, W> byKey(Map<K, V> values, Function<K, String> key, Function<V, W> value) {
    Map<String, W> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(key.apply(k), value.apply(v)));
    return out;
  }

  /** {@link StepRecord.FrozenStage}. */
  @WireRecord
  public record FrozenStageW(@Nullable String stage, @Nullable String closedAt, @Nullable String populationId) {
    static FrozenStageW of(StepRecord.FrozenStage f) {
      return new FrozenStageW(f.stage().value(), f.closedAt().toString(), f.populationId());
    }

    StepRecord.FrozenStage toDomain() {
      StageId s = parse(stage, "stage", StageId::of);
      Instant at = Wire.instant(closedAt, "closedAt");
      String id = required(populationId, "populationId", Expected.TEXT);
      return Wire.nested("populationId", () -> new StepRecord.FrozenStage(s, at, id));
    }
  }

  /** {@link VerificationFinding}. */
  @WireRecord
  public record FindingW(@Nullable String proposal, @Nullable String outcome, @Nullable Reason reason) {
    static FindingW of(VerificationFinding f) {
      return new FindingW(f.proposal().value(), f.outcome().name(), f.reason());
    }

    VerificationFinding toDomain() {
      return new VerificationFinding(
          parse(proposal, "proposal", ProposalId::of),
          enumValue(outcome, "outcome", VerificationFinding.Outcome.class),
          required(reason, "reason", Expected.OBJECT));
    }
  }

  /**
   * {@link StepRecord}: the call and its time, and only the fields the call takes: {@code scores}
   * for {@code NOMINATE} (one stage) and {@code AWARD}, {@code removed} and {@code ruling} for {@code
   * REMOVE_FINALIST}, {@code findings} for {@code AWARD}.
   */
  @WireRecord
  public record StepW(
      @Nullable String call,
      @Nullable String decidedAt,
      @Nullable List<StepRecord.FrozenStage> scores,
      @Nullable String removed,
      @Nullable Reason ruling,
      @Nullable List<VerificationFinding> findings) {
    static StepW of(StepRecord s) {
      boolean scored = s.call() == StepRecord.Call.NOMINATE || s.call() == StepRecord.Call.AWARD;
      boolean award = s.call() == StepRecord.Call.AWARD;
      return new StepW(s.call().name(), s.decidedAt().toString(), scored ? s.scores() : null, s.removed().map(ProposalId::value).orElse(null),
          s.ruling().orElse(null), award ? s.findings().values().asList() : null);
    }

    StepRecord toDomain() {
      StepRecord.Call c = enumValue(call, "call", StepRecord.Call.class);
      Instant at = Wire.instant(decidedAt, "decidedAt");
      List<String> taken = switch (c) {
        case SCREEN, SELECT_FINALISTS -> List.of("call", "decidedAt");
        case NOMINATE -> List.of("call", "decidedAt", "scores");
        case REMOVE_FINALIST -> List.of("call", "decidedAt", "removed", "ruling");
        case AWARD -> List.of("call", "decidedAt", "scores", "findings");
      };
      List<io.github.kipp.core.Violation> problems = new ArrayList<>();
      Map<String, @Nullable Object> given = new LinkedHashMap<>();
      given.put("scores", scores);
      given.put("removed", removed);
      given.put("ruling", ruling);
      given.put("findings", findings);
      given.forEach((name, value) -> {
        if (value != null && !taken.contains(name)) {
          problems.add(FormatMessages.violation("kipp.json.stepField", name, name, "call", c, "allowed", String.join(", ", taken)));
        }
      });
      List<StepRecord.FrozenStage> frozen = list(scores, "scores");
      if (c == StepRecord.Call.NOMINATE && frozen.size() != 1) {
        problems.add(FormatMessages.violation("kipp.json.stepScores", "scores", frozen.size()));
      }
      // Each stage once: a stage's sheets are frozen from the document once per step, never again.
      Set<StageId> stages = new HashSet<>();
      for (int i = 0; i < frozen.size(); i++) {
        if (!stages.add(frozen.get(i).stage())) {
          problems.add(FormatMessages.violation("kipp.json.duplicate", "scores[" + i + "].stage", frozen.get(i).stage(), "kindEn", "stage",
              "kindId", "tahap"));
        }
      }
      io.github.kipp.core.InvalidInputException.throwIfAny("step", problems);
      if (c == StepRecord.Call.REMOVE_FINALIST) {
        ProposalId p = parse(removed, "removed", ProposalId::of);
        Reason r = required(ruling, "ruling", Expected.OBJECT);
        return new StepRecord(c, at, ImmutableList.of(), Optional.of(p), Optional.of(r), ImmutableSortedMap.of());
      }
      ImmutableSortedMap.Builder<ProposalId, VerificationFinding> found = ImmutableSortedMap.naturalOrder();
      Set<ProposalId> seen = new HashSet<>();
      List<VerificationFinding> fs = list(findings, "findings");
      for (int i = 0; i < fs.size(); i++) {
        if (!seen.add(fs.get(i).proposal())) {
          throw Wire.fail(FormatMessages.violation("kipp.json.duplicate", "findings[" + i + "].proposal", fs.get(i).proposal(),
              "kindEn", "finding of a proposal", "kindId", "temuan proposal"));
        }
        found.put(fs.get(i).proposal(), fs.get(i));
      }
      return new StepRecord(c, at, ImmutableList.copyOf(frozen), Optional.empty(), Optional.empty(), found.buildOrThrow());
    }
  }

  /**
   * {@link AppealedDecision}: the refusal appealed, its proposal, unit and institution by id and its
   * failing decisions.
   */
  @WireRecord
  public record AppealedW(@Nullable String kind, @Nullable String proposal, @Nullable String unit, @Nullable String institution,
      @Nullable List<Decision> decisions, @Nullable String announcedAt) {
    static AppealedW of(AppealedDecision d) {
      return new AppealedW(d.kind().name(), d.proposal().value(), d.unit().value(), d.institution().value(), d.decisions(),
          d.announcedAt().toString());
    }

    AppealedDecision toDomain() {
      Wire.checkFields(
          () -> enumValue(kind, "kind", AppealKind.class), () -> parse(proposal, "proposal", ProposalId::of), () -> parse(unit, "unit", UnitId::of),
          () -> parse(institution, "institution", InstitutionId::of), () -> list(decisions, "decisions"),
          () -> Wire.instant(announcedAt, "announcedAt"));
      AppealKind k = enumValue(kind, "kind", AppealKind.class);
      ProposalId p = parse(proposal, "proposal", ProposalId::of);
      UnitId u = parse(unit, "unit", UnitId::of);
      InstitutionId i = parse(institution, "institution", InstitutionId::of);
      List<Decision> ds = list(decisions, "decisions");
      Instant at = Wire.instant(announcedAt, "announcedAt");
      return Wire.nested("", () -> new AppealedDecision(k, p, u, i, ImmutableList.copyOf(ds), at));
    }
  }

  /** {@link Appeal}: its id, the appellant, the decision appealed, the grounds and when it was filed. */
  @WireRecord
  public record AppealW(@Nullable String id, @Nullable Actor appellant, @Nullable AppealedW decision, @Nullable String grounds,
      @Nullable String filedAt) {
    static AppealW of(Appeal a) {
      return new AppealW(a.id().value(), a.appellant(), AppealedW.of(a.decision()), a.grounds(), a.filedAt().toString());
    }

    Appeal toDomain() {
      Wire.checkFields(
          () -> parse(id, "id", AppealId::of), () -> required(appellant, "appellant", Expected.OBJECT),
          () -> Wire.nested("decision", required(decision, "decision", Expected.OBJECT)::toDomain),
          () -> required(grounds, "grounds", Expected.TEXT), () -> Wire.instant(filedAt, "filedAt"));
      AppealId a = parse(id, "id", AppealId::of);
      Actor by = required(appellant, "appellant", Expected.OBJECT);
      AppealedDecision d = Wire.nested("decision", required(decision, "decision", Expected.OBJECT)::toDomain);
      String g = required(grounds, "grounds", Expected.TEXT);
      Instant at = Wire.instant(filedAt, "filedAt");
      return Wire.nested("", () -> new Appeal(a, by, d, g, at));
    }
  }

  /**
   * {@link AppealRuling} of a restoration: an upheld appeal against an eligibility refusal, which
   * restored its proposal to the pool ({@link Competition#afterAppeal}). A stored edition result lists
   * the restorations its screening holds; reading it applies them again after the screening step.
   */
  @WireRecord
  public record RulingW(@Nullable AppealW appeal, @Nullable String outcome, @Nullable Actor by, @Nullable Reason reason,
      @Nullable String decidedAt) {
    static RulingW of(AppealRuling r) {
      return new RulingW(AppealW.of(r.appeal()), r.outcome().name(), r.by(), r.reason(), r.decidedAt().toString());
    }

    AppealRuling toDomain() {
      Wire.checkFields(
          () -> Wire.nested("appeal", required(appeal, "appeal", Expected.OBJECT)::toDomain),
          () -> enumValue(outcome, "outcome", AppealOutcome.class), () -> required(by, "by", Expected.OBJECT),
          () -> required(reason, "reason", Expected.OBJECT), () -> Wire.instant(decidedAt, "decidedAt"));
      Appeal a = Wire.nested("appeal", required(appeal, "appeal", Expected.OBJECT)::toDomain);
      AppealOutcome o = enumValue(outcome, "outcome", AppealOutcome.class);
      Actor who = required(by, "by", Expected.OBJECT);
      Reason why = required(reason, "reason", Expected.OBJECT);
      Instant at = Wire.instant(decidedAt, "decidedAt");
      return new AppealRuling(a, o, who, why, at);
    }
  }

  /**
   * {@link Entries} as the steps were given them: the registered proposals by id in the order
   * entered, those never submitted, the known submission times and the invitations. The proposals
   * themselves and the history of past results are the competition document's.
   */
  @WireRecord
  public record EntriesW(@Nullable List<String> registered, @Nullable List<String> drafts, @Nullable Map<String, String> submittedAt,
      @Nullable List<String> invitations) {
    static EntriesW of(EditionResult r) {
      Entries e = r.entries();
      return new EntriesW(
          e.registered().stream().map(p -> p.id().value()).toList(),
          r.screening().notSubmitted().stream().map(ProposalId::value).toList(),
          byKey(e.submissionTimes(), ProposalId::value, Instant::toString),
          e.invitations().stream().map(InnovationId::value).toList());
    }
  }

  /**
   * {@link ProposalOutcome}: how far a proposal went, in both languages, and the decision that settled
   * it (its last), with its reasons and citations; absent for a proposal never submitted.
   */
  @WireRecord
  public record OutcomeW(@Nullable String proposal, @Nullable String kind, @Nullable String tier, @Nullable LocalizedText text,
      @Nullable Decision decision) {
    static OutcomeW of(ProposalOutcome o) {
      return new OutcomeW(o.proposal().value(), o.kind().name(), o.tier().map(TierId::value).orElse(null), o.text(), o.deciding().orElse(null));
    }

    /** Checks the written values: the ids, the kind and the text (the decision is checked when bound). */
    OutcomeW checked() {
      parse(proposal, "proposal", ProposalId::of);
      enumValue(kind, "kind", ProposalOutcome.Kind.class);
      Wire.parseOptional(tier, "tier", TierId::of);
      required(text, "text", Expected.OBJECT);
      return this;
    }
  }

  /** {@link RankedEntry} of the final ranking: position, rank, proposal and score. */
  @WireRecord
  public record RankW(
      @Nullable Integer position,
      @Nullable Integer rank,
      @Nullable String proposal,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal score) {
    static RankW of(RankedEntry e) {
      return new RankW(e.position(), e.rank(), e.proposal().value(), e.score());
    }

    /** Checks the written values. */
    RankW checked() {
      required(position, "position", Expected.INTEGER);
      required(rank, "rank", Expected.INTEGER);
      parse(proposal, "proposal", ProposalId::of);
      required(score, "score", Expected.NUMBER);
      return this;
    }
  }

  /**
   * {@link EditionResult}: the inputs of its steps and the restorations by upheld appeals its
   * screening holds (absent when none), then what they decided, the outcome of each proposal last.
   */
  @WireRecord
  public record ResultW(
      @Nullable String formatVersion,
      @Nullable String module,
      @Nullable String edition,
      @Nullable Long drawSeed,
      @Nullable EntriesW entries,
      @Nullable List<StepRecord> steps,
      @Nullable List<AppealRuling> restorations,
      @Nullable Map<String, List<String>> nominated,
      @Nullable Map<String, List<String>> finalists,
      @Nullable List<RankW> ranking,
      @Nullable Map<String, List<String>> awarded,
      @Nullable List<OutcomeW> outcomes) {
    /**
     * Returns the wire form of an edition result.
     *
     * @param r the result
     * @return the wire record
     */
    public static ResultW of(EditionResult r) {
      Outputs o = Outputs.of(r);
      // Written only when the screening restored a proposal, so that other results keep their bytes.
      @Nullable List<AppealRuling> restored = r.screening().restored().isEmpty() ? null : r.screening().restored().values().asList();
      return new ResultW(VERSION, r.module().value(), r.edition().value(), r.drawSeed(), EntriesW.of(r), r.steps(), restored,
          o.nominated(), o.finalists(), o.ranking(), o.awarded(), o.outcomes());
    }

    Outputs outputs() {
      return new Outputs(Wire.map(nominated, "nominated"), Wire.map(finalists, "finalists"), list(ranking, "ranking"), Wire.map(awarded, "awarded"),
          list(outcomes, "outcomes"));
    }
  }

  /**
   * What a person reads of a result: each registered proposal's outcome, the nominated of each group,
   * the finalists of each pool, the final ranking and the awarded of each tier. Written from a result
   * and compared, when read, with what running the steps again gives.
   *
   * @param nominated the nominated of each group, in desk-ranking order
   * @param finalists the finalists of each pool, in shortlist order
   * @param ranking the final ranking
   * @param awarded the awarded of each tier, in ranking order
   * @param outcomes the outcomes, by proposal id
   */
  record Outputs(Map<String, List<String>> nominated, Map<String, List<String>> finalists, List<RankW> ranking, Map<String, List<String>> awarded,
      List<OutcomeW> outcomes) {

    static Outputs of(EditionResult r) {
      List<OutcomeW> outcomes = r.outcomes().values().stream().map(OutcomeW::of).toList();
      Map<String, List<String>> nominated = new LinkedHashMap<>();
      r.nomination().ifPresent(n -> n.groups().forEach((g, x) -> nominated.put(g.value(), ids(x.nominated()))));
      // Pools and tiers are keyed by id and written sorted, as every map keyed by id.
      Map<String, List<String>> finalists = new TreeMap<>();
      r.finalists().ifPresent(f -> f.pools().forEach(p -> finalists.put(p.pool().tier().value(), entries(p.shortlist().included()))));
      List<RankW> ranking = r.winners().map(w -> w.ranking().entries().stream().map(RankW::of).toList()).orElse(List.of());
      Map<String, List<String>> awarded = new TreeMap<>();
      r.winners().ifPresent(w -> w.tiers().forEach(t -> awarded.put(t.tier().id().value(), entries(t.cut().passed()))));
      return new Outputs(nominated, new LinkedHashMap<>(finalists), ranking, new LinkedHashMap<>(awarded), outcomes);
    }

    private static List<String> entries(List<RankedEntry> entries) {
      return entries.stream().map(e -> e.proposal().value()).toList();
    }

    private static List<String> ids(List<ProposalId> ids) {
      return ids.stream().map(ProposalId::value).toList();
    }
  }

  /**
   * Runs the steps of a stored edition result again, with the competition document and the
   * competition a read was given as attributes ({@link #DOCUMENT}, {@link #COMPETITION}), and refuses
   * the result unless the steps give what it says.
   *
   * @param wire the bound wire record
   * @param document the read's {@link #DOCUMENT} attribute
   * @param competition the read's {@link #COMPETITION} attribute
   * @return the result
   * @throws IllegalStateException if the read was not given both, as only {@code
   *     KippJson.readEditionResult} does
   * @throws io.github.kipp.core.InvalidInputException listing what is malformed or differs from what its
   *     steps give, with paths
   */
  public static EditionResult read(ResultW wire, @Nullable Object document, @Nullable Object competition) {
    if (!(document instanceof CompetitionDocument d) || !(competition instanceof Competition c)) {
      throw new IllegalStateException("an edition result is read with KippJson.readEditionResult(text, document, competition),"
          + " which runs its steps again on the competition document");
    }
    return EditionReplay.read(wire, d, c);
  }

  /**
   * Returns the mappings of this file.
   *
   * @return the mappings
   */
  public static List<Mapping<?, ?>> mappings() {
    return List.of(
        Mapping.of(StepRecord.FrozenStage.class, FrozenStageW.class, FrozenStageW::of, FrozenStageW::toDomain),
        Mapping.of(VerificationFinding.class, FindingW.class, FindingW::of, FindingW::toDomain),
        Mapping.of(StepRecord.class, StepW.class, StepW::of, StepW::toDomain),
        Mapping.of(AppealRuling.class, RulingW.class, RulingW::of, RulingW::toDomain));
  }
}
