package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.enumValue;
import static io.github.kipp.format.internal.Wire.list;
import static io.github.kipp.format.internal.Wire.nested;
import static io.github.kipp.format.internal.Wire.parse;
import static io.github.kipp.format.internal.Wire.parseAll;
import static io.github.kipp.format.internal.Wire.required;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Wire records of criteria, score sheets, panels and assignments. */
public final class ScoringWire {

  /** The code of a sheet submitted after its stage closed (see {@code FrozenScores.of}). */
  private static final String AFTER_CLOSE = "kipp.sheet.afterClose";

  private ScoringWire() {}

  /** {@link Scale}. */
  @WireRecord
  public record ScaleW(
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal min,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal max,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal step) {
    static ScaleW of(Scale s) {
      return new ScaleW(s.min(), s.max(), s.step());
    }

    Scale toDomain() {
      BigDecimal lo = required(min, "min", Expected.NUMBER);
      BigDecimal hi = required(max, "max", Expected.NUMBER);
      BigDecimal st = required(step, "step", Expected.NUMBER);
      return nested("", () -> Scale.of(lo, hi, st));
    }
  }

  /** {@link Rounding}. */
  @WireRecord
  public record RoundingW(@Nullable Integer scale, @Nullable String mode, @Nullable Citation citation) {
    static RoundingW of(Rounding r) {
      return new RoundingW(r.scale(), r.mode().name(), r.citation());
    }

    Rounding toDomain() {
      int s = required(scale, "scale", Expected.INTEGER);
      RoundingMode m = enumValue(mode, "mode", RoundingMode.class);
      Citation c = required(citation, "citation", Expected.OBJECT);
      return nested("", () -> new Rounding(s, m, c));
    }
  }

  /** {@link Criterion}. */
  @WireRecord
  public record CriterionW(
      @Nullable String id,
      @Nullable LocalizedText name,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal weight,
      @Nullable Scale scale,
      @Nullable Citation citation) {
    static CriterionW of(Criterion c) {
      return new CriterionW(c.id().value(), c.name(), c.weight(), c.scale(), c.citation());
    }

    Criterion toDomain() {
      CriterionId i = parse(id, "id", CriterionId::of);
      LocalizedText n = required(name, "name", Expected.OBJECT);
      BigDecimal w = required(weight, "weight", Expected.NUMBER);
      Scale s = required(scale, "scale", Expected.OBJECT);
      Citation c = required(citation, "citation", Expected.OBJECT);
      return nested("", () -> new Criterion(i, n, w, s, c));
    }
  }

  /** {@link CriteriaSet}. */
  @WireRecord
  public record CriteriaSetW(
      @Nullable String stage,
      @Nullable List<Criterion> criteria,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal weightTotal,
      @Nullable Rounding rounding) {
    static CriteriaSetW of(CriteriaSet c) {
      return new CriteriaSetW(c.stage().value(), c.criteria(), c.weightTotal(), c.rounding());
    }

    CriteriaSet toDomain() {
      StageId s = parse(stage, "stage", ReadIds.STAGE);
      List<Criterion> cs = list(criteria, "criteria");
      BigDecimal t = required(weightTotal, "weightTotal", Expected.NUMBER);
      Rounding r = required(rounding, "rounding", Expected.OBJECT);
      return nested("", () -> CriteriaSet.of(s, cs, t, r));
    }
  }

  /** {@link ScoreSheet}: scores keyed by criterion id, sorted. */
  @WireRecord
  public record SheetW(
      @Nullable String proposal,
      @Nullable String evaluator,
      @Nullable String stage,
      @WireForm(WireForm.Form.DECIMAL_VALUES) @Nullable Map<String, BigDecimal> scores,
      @Nullable String submittedAt) {
    static SheetW of(ScoreSheet s) {
      Map<String, BigDecimal> scores = new LinkedHashMap<>();
      s.scores().forEach((k, v) -> scores.put(k.value(), v));
      return new SheetW(s.proposal().value(), s.evaluator().value(), s.stage().value(), scores, s.submittedAt().toString());
    }

    ScoreSheet toDomain() {
      ProposalId p = parse(proposal, "proposal", ReadIds.PROPOSAL);
      ActorId e = parse(evaluator, "evaluator", ReadIds.ACTOR);
      StageId st = parse(stage, "stage", ReadIds.STAGE);
      Map<CriterionId, BigDecimal> s = new TreeMap<>();
      Wire.map(scores, "scores").forEach((k, v) -> s.put(parse(k, () -> "scores." + k, ReadIds.CRITERION), v));
      Instant at = Wire.instant(submittedAt, "submittedAt");
      return nested("", () -> ScoreSheet.of(p, e, st, s, at));
    }
  }

  /**
   * {@link FrozenScores}: the criteria, the sheets, the close and the population id. On reading, a
   * population id that does not match the sheets is refused.
   */
  @WireRecord
  public record FrozenW(@Nullable CriteriaSet criteria, @Nullable List<ScoreSheet> sheets, @Nullable String closedAt, @Nullable String populationId) {
    static FrozenW of(FrozenScores f) {
      return new FrozenW(f.criteria(), f.sheets(), f.closedAt().toString(), f.populationId());
    }

    FrozenScores toDomain() {
      CriteriaSet c = required(criteria, "criteria", Expected.OBJECT);
      List<ScoreSheet> s = list(sheets, "sheets");
      Instant at = Wire.instant(closedAt, "closedAt");
      List<Violation> bySheet = SheetChecks.frozen(c, s);
      FrozenScores f;
      try {
        f = FrozenScores.of(c, s, at);
      } catch (InvalidInputException e) {
        if (bySheet.isEmpty()) {
          throw e;
        }
        // The sheets' problems with their paths in the list, and what only FrozenScores checks: the close.
        throw InvalidInputException.of(e.subject(), SheetChecks.both(bySheet,
            e.violations().stream().filter(v -> v.code().equals(AFTER_CLOSE)).toList()));
      }
      if (populationId != null && !populationId.equals(f.populationId())) {
        throw Wire.fail(FormatMessages.violation("kipp.json.population", "populationId", populationId, "computed", f.populationId()));
      }
      return f;
    }
  }

  /** {@link Evaluator}; the institution is a whole object, or an id inside a document. */
  @WireRecord
  public record EvaluatorW(
      @Nullable String id,
      @WireForm(WireForm.Form.INSTITUTION) @Nullable Institution institution,
      @Nullable List<String> expertise,
      @Nullable String role) {
    static EvaluatorW of(Evaluator e) {
      return new EvaluatorW(e.id().value(), e.institution(), e.expertise().stream().map(CategoryId::value).toList(), e.role().name());
    }

    Evaluator toDomain() {
      ActorId i = parse(id, "id", ReadIds.ACTOR);
      Institution in = required(institution, "institution", Expected.INSTITUTION);
      List<CategoryId> x = parseAll(expertise, "expertise", ReadIds.CATEGORY);
      Role r = enumValue(role, "role", Role.class);
      return nested("", () -> new Evaluator(i, in, ImmutableSortedSet.copyOf(x), r));
    }
  }

  /** {@link Panel}. */
  @WireRecord
  public record PanelW(@Nullable List<Evaluator> evaluators) {
    static PanelW of(Panel p) {
      return new PanelW(p.evaluators());
    }

    Panel toDomain() {
      List<Evaluator> es = list(evaluators, "evaluators");
      return nested("", () -> Panel.of(es));
    }
  }

  /** {@link Assignment}: the evaluators of each proposal, keyed by proposal id. */
  @WireRecord
  public record AssignmentW(@Nullable Map<String, List<String>> evaluatorsByProposal) {
    static AssignmentW of(Assignment a) {
      Map<String, List<String>> map = new LinkedHashMap<>();
      a.byProposal().forEach((p, es) -> map.put(p.value(), es.stream().map(ActorId::value).toList()));
      return new AssignmentW(map);
    }

    Assignment toDomain() {
      Map<ProposalId, List<ActorId>> map = new TreeMap<>();
      Wire.map(evaluatorsByProposal, "evaluatorsByProposal").forEach((p, es) -> {
        map.put(parse(p, () -> "evaluatorsByProposal." + p, ReadIds.PROPOSAL), parseAll(es, "evaluatorsByProposal." + p, ReadIds.ACTOR));
      });
      return Assignment.of(map);
    }
  }

  /**
   * Returns the mappings of this file.
   *
   * @return the mappings
   */
  public static List<Mapping<?, ?>> mappings() {
    return List.of(
        Mapping.of(Scale.class, ScaleW.class, ScaleW::of, ScaleW::toDomain),
        Mapping.of(Rounding.class, RoundingW.class, RoundingW::of, RoundingW::toDomain),
        Mapping.of(Criterion.class, CriterionW.class, CriterionW::of, CriterionW::toDomain),
        Mapping.of(CriteriaSet.class, CriteriaSetW.class, CriteriaSetW::of, CriteriaSetW::toDomain),
        Mapping.of(ScoreSheet.class, SheetW.class, SheetW::of, SheetW::toDomain),
        Mapping.of(FrozenScores.class, FrozenW.class, FrozenW::of, FrozenW::toDomain),
        Mapping.of(Evaluator.class, EvaluatorW.class, EvaluatorW::of, EvaluatorW::toDomain),
        Mapping.of(Panel.class, PanelW.class, PanelW::of, PanelW::toDomain),
        Mapping.of(Assignment.class, AssignmentW.class, AssignmentW::of, AssignmentW::toDomain));
  }
}
