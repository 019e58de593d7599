package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.enumValue;
import static io.github.kipp.format.internal.Wire.list;
import static io.github.kipp.format.internal.Wire.nested;
import static io.github.kipp.format.internal.Wire.parse;
import static io.github.kipp.format.internal.Wire.parseOptional;
import static io.github.kipp.format.internal.Wire.required;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.RegionLevel;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.rule.RuleModuleReference;
import io.github.kipp.core.spi.Jurisdiction;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of kipp-core's basic values, institutions, jurisdictions and module references,
 * eligibility and past results.
 */
public final class CoreWire {

  private CoreWire() {}

  /** {@link LocalizedText}. */
  @WireRecord
  public record TextW(@Nullable String indonesian, @Nullable String english) {
    static TextW of(LocalizedText t) {
      return new TextW(t.indonesian(), t.english());
    }

    LocalizedText toDomain() {
      Wire.checkFields(() -> required(indonesian, "indonesian", Expected.TEXT), () -> required(english, "english", Expected.TEXT));
      String id = required(indonesian, "indonesian", Expected.TEXT);
      String en = required(english, "english", Expected.TEXT);
      return nested("", () -> LocalizedText.of(id, en));
    }
  }

  /** {@link Citation}. */
  @WireRecord
  public record CitationW(@Nullable String instrument, @Nullable String provision, @Nullable String confidence, @Nullable List<String> sources, @Nullable String note) {
    static CitationW of(Citation c) {
      return new CitationW(c.instrument(), c.provision(), c.confidence().name(), c.sources(), c.note());
    }

    Citation toDomain() {
      Wire.checkFields(
          () -> required(instrument, "instrument", Expected.TEXT),
          () -> required(provision, "provision", Expected.TEXT),
          () -> enumValue(confidence, "confidence", Confidence.class),
          () -> list(sources, "sources"));
      String i = required(instrument, "instrument", Expected.TEXT);
      String p = required(provision, "provision", Expected.TEXT);
      Confidence c = enumValue(confidence, "confidence", Confidence.class);
      List<String> s = list(sources, "sources");
      return nested("", () -> new Citation(i, p, c, ImmutableList.copyOf(s), note == null ? "" : note));
    }
  }

  /** {@link Reason}. */
  @WireRecord
  public record ReasonW(@Nullable String code, @Nullable LocalizedText message, @Nullable List<Citation> citations) {
    static ReasonW of(Reason r) {
      return new ReasonW(r.code(), r.message(), r.citations());
    }

    Reason toDomain() {
      Wire.checkFields(
          () -> required(code, "code", Expected.TEXT), () -> required(message, "message", Expected.OBJECT), () -> list(citations, "citations"));
      String c = required(code, "code", Expected.TEXT);
      LocalizedText m = required(message, "message", Expected.OBJECT);
      List<Citation> cs = list(citations, "citations");
      return nested("", () -> Reason.of(c, m, cs));
    }
  }

  /** {@link Decision}. */
  @WireRecord
  public record DecisionW(@Nullable String subject, @Nullable String rule, @Nullable String outcome, @Nullable List<Reason> reasons) {
    static DecisionW of(Decision d) {
      return new DecisionW(d.subject(), d.rule(), d.outcome().name(), d.reasons());
    }

    Decision toDomain() {
      Wire.checkFields(
          () -> required(subject, "subject", Expected.TEXT),
          () -> required(rule, "rule", Expected.TEXT),
          () -> enumValue(outcome, "outcome", Decision.Outcome.class),
          () -> list(reasons, "reasons"));
      String s = required(subject, "subject", Expected.TEXT);
      String r = required(rule, "rule", Expected.TEXT);
      Decision.Outcome o = enumValue(outcome, "outcome", Decision.Outcome.class);
      List<Reason> rs = list(reasons, "reasons");
      return nested("", () -> new Decision(s, r, o, ImmutableList.copyOf(rs)));
    }
  }

  /** {@link EffectivePeriod}. */
  @WireRecord
  public record PeriodW(@Nullable String from, @Nullable String until) {
    static PeriodW of(EffectivePeriod p) {
      return new PeriodW(p.from().toString(), p.until().map(Object::toString).orElse(null));
    }

    EffectivePeriod toDomain() {
      Wire.checkFields(() -> Wire.date(from, "from"), () -> { if (until != null) { Wire.date(until, "until"); } });
      java.time.LocalDate f = Wire.date(from, "from");
      if (until == null) {
        return EffectivePeriod.from(f);
      }
      java.time.LocalDate u = Wire.date(until, "until");
      return nested("", () -> EffectivePeriod.of(f, u));
    }
  }

  /** {@link Actor}. */
  @WireRecord
  public record ActorW(@Nullable String id, @Nullable String role) {
    static ActorW of(Actor a) {
      return new ActorW(a.id().value(), a.role().name());
    }

    Actor toDomain() {
      Wire.checkFields(() -> parse(id, "id", ActorId::of), () -> enumValue(role, "role", Role.class));
      return new Actor(parse(id, "id", ActorId::of), enumValue(role, "role", Role.class));
    }
  }

  /** {@link Region}. */
  @WireRecord
  public record RegionW(@Nullable String code, @Nullable String name, @Nullable String level) {
    static RegionW of(Region r) {
      return new RegionW(r.code().value(), r.name(), r.level().name());
    }

    Region toDomain() {
      Wire.checkFields(
          () -> parse(code, "code", RegionCode::of), () -> required(name, "name", Expected.TEXT), () -> enumValue(level, "level", RegionLevel.class));
      RegionCode c = parse(code, "code", RegionCode::of);
      String n = required(name, "name", Expected.TEXT);
      RegionLevel l = enumValue(level, "level", RegionLevel.class);
      return nested("", () -> new Region(c, n, l));
    }
  }

  /** {@link Jurisdiction}: its level, its region (absent for the national competition) and its name. */
  @WireRecord
  public record JurisdictionW(@Nullable String level, @Nullable String region, @Nullable LocalizedText name) {
    static JurisdictionW of(Jurisdiction j) {
      return new JurisdictionW(j.level().name(), j.region().map(RegionCode::value).orElse(null), j.name());
    }

    Jurisdiction toDomain() {
      Wire.checkFields(
          () -> enumValue(level, "level", Jurisdiction.Level.class),
          () -> { if (region != null) { parse(region, "region", RegionCode::of); } },
          () -> required(name, "name", Expected.OBJECT));
      Jurisdiction.Level l = enumValue(level, "level", Jurisdiction.Level.class);
      RegionCode r = parseOptional(region, "region", RegionCode::of);
      LocalizedText n = required(name, "name", Expected.OBJECT);
      return nested("", () -> Jurisdiction.of(l, r, n));
    }
  }

  /** {@link RuleModuleReference}: the module's id and its jurisdiction. */
  @WireRecord
  public record ModuleReferenceW(@Nullable String id, @Nullable Jurisdiction jurisdiction) {
    static ModuleReferenceW of(RuleModuleReference r) {
      return new ModuleReferenceW(r.id().value(), r.jurisdiction());
    }

    RuleModuleReference toDomain() {
      Wire.checkFields(() -> parse(id, "id", RuleModuleId::of), () -> required(jurisdiction, "jurisdiction", Expected.OBJECT));
      RuleModuleId i = parse(id, "id", RuleModuleId::of);
      Jurisdiction j = required(jurisdiction, "jurisdiction", Expected.OBJECT);
      return new RuleModuleReference(i, j);
    }
  }

  /** {@link Institution}. */
  @WireRecord
  public record InstitutionW(@Nullable String id, @Nullable String name, @Nullable String type, @Nullable String region, @Nullable String owner) {
    static InstitutionW of(Institution i) {
      return new InstitutionW(
          i.id().value(), i.name(), i.type().name(), i.region().map(RegionCode::value).orElse(null), i.owner().map(InstitutionId::value).orElse(null));
    }

    Institution toDomain() {
      Wire.checkFields(
          () -> parse(id, "id", InstitutionId::of),
          () -> required(name, "name", Expected.TEXT),
          () -> enumValue(type, "type", InstitutionType.class),
          () -> { if (region != null) { parse(region, "region", RegionCode::of); } },
          () -> { if (owner != null) { parse(owner, "owner", InstitutionId::of); } });
      InstitutionId i = parse(id, "id", InstitutionId::of);
      String n = required(name, "name", Expected.TEXT);
      InstitutionType t = enumValue(type, "type", InstitutionType.class);
      RegionCode r = parseOptional(region, "region", RegionCode::of);
      InstitutionId o = parseOptional(owner, "owner", InstitutionId::of);
      return nested("", () -> Institution.of(i, n, t, Optional.ofNullable(r), Optional.ofNullable(o)));
    }
  }

  /** {@link Unit}. */
  @WireRecord
  public record UnitW(@Nullable String id, @Nullable String name, @Nullable String institution, @Nullable String kind, @Nullable String parent) {
    static UnitW of(Unit u) {
      return new UnitW(u.id().value(), u.name(), u.institution().value(), u.kind().name(), u.parent().map(UnitId::value).orElse(null));
    }

    Unit toDomain() {
      Wire.checkFields(
          () -> parse(id, "id", UnitId::of),
          () -> required(name, "name", Expected.TEXT),
          () -> parse(institution, "institution", InstitutionId::of),
          () -> enumValue(kind, "kind", UnitKind.class),
          () -> { if (parent != null) { parse(parent, "parent", UnitId::of); } });
      UnitId i = parse(id, "id", UnitId::of);
      String n = required(name, "name", Expected.TEXT);
      InstitutionId in = parse(institution, "institution", InstitutionId::of);
      UnitKind k = enumValue(kind, "kind", UnitKind.class);
      UnitId p = parseOptional(parent, "parent", UnitId::of);
      return nested("", () -> Unit.of(i, n, in, k, Optional.ofNullable(p)));
    }
  }

  /** {@link PastResult}. */
  @WireRecord
  public record PastResultW(@Nullable String innovation, @Nullable Integer year, @Nullable String tier, @Nullable String group) {
    static PastResultW of(PastResult r) {
      return new PastResultW(r.innovation().value(), r.year(), r.tier().value(), r.group().value());
    }

    PastResult toDomain() {
      Wire.checkFields(
          () -> parse(innovation, "innovation", InnovationId::of),
          () -> required(year, "year", Expected.INTEGER),
          () -> parse(tier, "tier", ReadIds.TIER),
          () -> parse(group, "group", ReadIds.GROUP));
      InnovationId i = parse(innovation, "innovation", InnovationId::of);
      int y = required(year, "year", Expected.INTEGER);
      TierId t = parse(tier, "tier", ReadIds.TIER);
      GroupId g = parse(group, "group", ReadIds.GROUP);
      return nested("", () -> new PastResult(i, y, t, g));
    }
  }

  /** {@link ProposalEligibility}. */
  @WireRecord
  public record EligibilityW(@Nullable String proposal, @Nullable List<Decision> decisions) {
    static EligibilityW of(ProposalEligibility e) {
      return new EligibilityW(e.proposal().value(), e.decisions());
    }

    ProposalEligibility toDomain() {
      return new ProposalEligibility(parse(proposal, "proposal", ReadIds.PROPOSAL), ImmutableList.copyOf(list(decisions, "decisions")));
    }
  }

  /** {@link ScreeningResult}: the outcomes as a list sorted by proposal. */
  @WireRecord
  public record ScreeningW(@Nullable List<ProposalEligibility> outcomes) {
    static ScreeningW of(ScreeningResult r) {
      return new ScreeningW(r.outcomes().values().asList());
    }

    ScreeningResult toDomain() {
      List<ProposalEligibility> all = list(outcomes, "outcomes");
      ImmutableSortedMap.Builder<ProposalId, ProposalEligibility> map = ImmutableSortedMap.naturalOrder();
      java.util.Set<ProposalId> seen = new java.util.HashSet<>();
      for (int i = 0; i < all.size(); i++) {
        ProposalEligibility e = all.get(i);
        if (!seen.add(e.proposal())) {
          throw Wire.fail(FormatMessages.violation("kipp.json.duplicate", "outcomes[" + i + "].proposal", e.proposal(), "kindEn", "proposal", "kindId", "proposal"));
        }
        map.put(e.proposal(), e);
      }
      return new ScreeningResult(map.buildOrThrow());
    }
  }

  /**
   * Returns the mappings of this file.
   *
   * @return the mappings
   */
  public static List<Mapping<?, ?>> mappings() {
    return List.of(
        Mapping.of(LocalizedText.class, TextW.class, TextW::of, TextW::toDomain),
        Mapping.of(Citation.class, CitationW.class, CitationW::of, CitationW::toDomain),
        Mapping.of(Reason.class, ReasonW.class, ReasonW::of, ReasonW::toDomain),
        Mapping.of(Decision.class, DecisionW.class, DecisionW::of, DecisionW::toDomain),
        Mapping.of(EffectivePeriod.class, PeriodW.class, PeriodW::of, PeriodW::toDomain),
        Mapping.of(Actor.class, ActorW.class, ActorW::of, ActorW::toDomain),
        Mapping.of(Region.class, RegionW.class, RegionW::of, RegionW::toDomain),
        Mapping.of(Jurisdiction.class, JurisdictionW.class, JurisdictionW::of, JurisdictionW::toDomain),
        Mapping.of(RuleModuleReference.class, ModuleReferenceW.class, ModuleReferenceW::of, ModuleReferenceW::toDomain),
        Mapping.of(Institution.class, InstitutionW.class, InstitutionW::of, InstitutionW::toDomain),
        Mapping.of(Unit.class, UnitW.class, UnitW::of, UnitW::toDomain),
        Mapping.of(PastResult.class, PastResultW.class, PastResultW::of, PastResultW::toDomain),
        Mapping.of(ProposalEligibility.class, EligibilityW.class, EligibilityW::of, EligibilityW::toDomain),
        Mapping.of(ScreeningResult.class, ScreeningW.class, ScreeningW::of, ScreeningW::toDomain));
  }
}
