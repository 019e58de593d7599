package io.github.kipp.jackson;

import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.Decision;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.LogEntry;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.audit.Verification;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.Role;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.edition.VideoRules;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.DatePrecision;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.institution.RegionLevel;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.StageTransition;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.ResultsDocument;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.rank.BrokenTie;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.aggregate.CombinedScore;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.RankOverride;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.aggregate.SheetContribution;
import io.github.kipp.scoring.rank.TieBreak;
import io.github.kipp.scoring.rank.TieBreaks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of kipp values, valid by construction: each draws a seed and builds the
 * value with a plain factory over a {@link SplittableRandom} of that seed. Texts mix Indonesian
 * words, punctuation, quotes, backslashes and non-ASCII letters, so that escaping is exercised.
 */
final class JsonGenerators {

  private static final String[] WORDS = {
    "layanan", "publik", "inovasi", "Kabupaten", "Luwu", "\"kutip\"", "garis\\miring", "café", "Ñusantara", "ʻokina",
    "日本", "e-KTP", "3,5 %", "(SINOVIK)", "anak-anak", "{json}", "[list]", "a: b", "#tag", "- item", "yes", "null", "0.30", "73"
  };
  private static final ZoneId[] ZONES = {KippTime.JAKARTA, KippTime.MAKASSAR, KippTime.JAYAPURA};

  private JsonGenerators() {}

  /** A seeded random source with helpers. */
  static final class R {
    final SplittableRandom random;

    R(long seed) {
      this.random = new SplittableRandom(seed);
    }

    int between(int from, int to) {
      return random.nextInt(from, to + 1);
    }

    boolean chance() {
      return random.nextBoolean();
    }

    <T> T pick(List<T> items) {
      return items.get(random.nextInt(items.size()));
    }

    <E extends Enum<E>> E pick(Class<E> type) {
      E[] all = type.getEnumConstants();
      return all[random.nextInt(all.length)];
    }

    String id(String prefix) {
      return prefix + "-" + random.nextInt(100_000);
    }

    String text(int maxWords) {
      int n = between(1, maxWords);
      StringBuilder out = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
      for (int i = 1; i < n; i++) {
        out.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      }
      return out.toString();
    }

    String paragraph() {
      return text(12) + (chance() ? "\n" + text(8) : "") + (chance() ? "\t" + text(3) : "");
    }

    BigDecimal decimal(int maxScale) {
      return new BigDecimal(BigInteger.valueOf(random.nextLong(-1_000_000_000L, 1_000_000_000L)), between(0, maxScale));
    }

    Instant instant() {
      return Instant.ofEpochSecond(random.nextLong(1_400_000_000L, 2_000_000_000L), chance() ? 0 : random.nextInt(1_000_000_000));
    }

    LocalDate date() {
      return LocalDate.ofEpochDay(random.nextLong(15_000, 22_000));
    }

    ZonedDateTime zoned() {
      return ZonedDateTime.ofInstant(instant(), ZONES[random.nextInt(ZONES.length)]);
    }
  }

  private static <T> Gen<T> seeded(Function<R, T> factory) {
    return longs().all().map(seed -> factory.apply(new R(seed)));
  }

  static <T> List<T> several(R r, int max, Function<R, T> item) {
    int n = r.between(0, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(item.apply(r));
    }
    return out;
  }

  // ----- kipp-core

  static LocalizedText localized(R r) {
    return r.chance() ? LocalizedText.same(r.text(4)) : LocalizedText.of(r.text(4), r.text(4));
  }

  static Citation citation(R r) {
    Confidence c = r.pick(Confidence.class);
    String note = c == Confidence.UNKNOWN || r.chance() ? r.text(6) : "";
    List<String> sources = several(r, 3, x -> "S" + x.between(1, 99));
    return new Citation("PermenPANRB " + r.between(1, 40) + "/20" + r.between(14, 25), r.chance() ? Citation.UNKNOWN_PROVISION : "Pasal " + r.between(1, 30),
        c, ImmutableList.copyOf(sources), note);
  }

  static Reason reason(R r) {
    return Reason.of("kipp.reason." + r.between(1, 9), localized(r), several(r, 2, JsonGenerators::citation));
  }

  static Decision decision(R r) {
    List<Reason> reasons = several(r, 3, JsonGenerators::reason);
    boolean pass = reasons.isEmpty() || r.chance();
    return new Decision("proposal " + r.id("p"), "rule." + r.between(1, 5), pass ? Decision.Outcome.PASS : Decision.Outcome.FAIL, ImmutableList.copyOf(reasons));
  }

  static EffectivePeriod period(R r) {
    LocalDate from = r.date();
    return r.chance() ? EffectivePeriod.from(from) : EffectivePeriod.of(from, from.plusDays(r.between(1, 2_000)));
  }

  static Actor actor(R r) {
    return Actor.of(r.id("actor"), r.pick(Role.class));
  }

  /** An actor in one of the roles the authorisation matrix allows for what they record. */
  static Actor actor(R r, java.util.Collection<Role> allowed) {
    return Actor.of(r.id("actor"), r.pick(List.copyOf(allowed)));
  }

  /** A reason citing at least one basis, as a correction needs. */
  static Reason citedReason(R r) {
    List<Citation> citations = new ArrayList<>(several(r, 1, JsonGenerators::citation));
    citations.add(citation(r));
    return Reason.of("kipp.reason." + r.between(1, 9), localized(r), citations);
  }

  /** The kinds of entry a host appends; publications, corrections, objections and rulings have their own record methods. */
  private static final List<EntryKind> APPENDED = List.of(EntryKind.TRANSITION, EntryKind.SCORE_SHEET, EntryKind.RECUSAL, EntryKind.DECISION, EntryKind.NOTE);

  static Region region(R r) {
    boolean province = r.chance();
    String province2 = String.format("%02d", r.between(11, 94));
    RegionCode code = RegionCode.of(province ? province2 : province2 + "." + String.format("%02d", r.between(1, 79)));
    return new Region(code, r.text(3), province ? RegionLevel.PROVINCE : (r.chance() ? RegionLevel.REGENCY : RegionLevel.CITY));
  }

  static Institution institution(R r, String id) {
    InstitutionType type = r.pick(InstitutionType.class);
    String p = String.format("%02d", r.between(11, 94));
    String regency = p + "." + String.format("%02d", r.between(1, 79));
    switch (type) {
      case PROVINSI:
        return Institution.regionalGovernment(id, r.text(4), type, RegionCode.of(p));
      case KABUPATEN:
      case KOTA:
        return Institution.regionalGovernment(id, r.text(4), type, RegionCode.of(regency));
      case BUMD:
        return Institution.bumd(id, r.text(4), RegionCode.of(r.chance() ? p : regency), InstitutionId.of("owner-" + id));
      default:
        return Institution.of(InstitutionId.of(id), r.text(4), type, r.chance() ? Optional.of(RegionCode.of(p)) : Optional.empty(), Optional.empty());
    }
  }

  static Institution institution(R r) {
    return institution(r, r.id("inst"));
  }

  static Unit unit(R r, Institution institution, String id) {
    return Unit.of(UnitId.of(id), r.text(3), institution.id(), r.pick(UnitKind.class), r.chance() ? Optional.of(UnitId.of(id + "-parent")) : Optional.empty());
  }

  static PastResult pastResult(R r) {
    return new PastResult(InnovationId.of(r.id("inv")), r.between(2014, 2030), TierId.of(r.id("top")), GroupId.of(r.pick(List.of("umum", "khusus", "replikasi"))));
  }

  static ResultHistory history(R r) {
    return ResultHistory.of(several(r, 5, JsonGenerators::pastResult));
  }

  static ProposalEligibility eligibility(R r, ProposalId proposal) {
    return new ProposalEligibility(proposal, ImmutableList.copyOf(several(r, 3, JsonGenerators::decision)));
  }

  static ScreeningResult screening(R r) {
    ImmutableSortedMap.Builder<ProposalId, ProposalEligibility> out = ImmutableSortedMap.naturalOrder();
    int n = r.between(0, 4);
    for (int i = 0; i < n; i++) {
      ProposalId p = ProposalId.of("p-" + i);
      out.put(p, eligibility(r, p));
    }
    return new ScreeningResult(out.buildOrThrow());
  }

  static ImplementationStart start(R r) {
    return ImplementationStart.of(r.date(), r.pick(DatePrecision.class));
  }

  static SdgTarget sdg(R r) {
    int goal = r.between(1, 17);
    return r.chance() ? SdgTarget.goal(goal) : SdgTarget.parse(goal + "." + (r.chance() ? Integer.toString(r.between(1, 20)) : String.valueOf((char) ('a' + r.between(0, 9)))));
  }

  static Attachment attachment(R r) {
    return Attachment.of(r.text(2) + ".pdf", r.pick(AttachmentKind.class), r.random.nextLong(0, 1L << 40));
  }

  static Video video(R r) {
    return Video.of(Duration.ofSeconds(r.between(1, 7_200)), r.between(1, 4_320), URI.create("https://video.example/" + r.id("v") + "?t=" + r.between(0, 99)));
  }

  static Replication replication(R r) {
    List<InnovationId> sources = new ArrayList<>();
    int n = r.between(1, 3);
    for (int i = 0; i < n; i++) {
      sources.add(InnovationId.of("src-" + i + "-" + r.between(0, 999)));
    }
    return Replication.of(sources, r.paragraph());
  }

  static Innovation innovation(R r, Institution institution, Unit unit) {
    return Innovation.of(InnovationId.of(r.id("inv")), r.text(5), r.chance() ? Optional.of(r.text(8)) : Optional.empty(), institution, unit, start(r));
  }

  static Proposal proposal(R r, String id, Institution institution, Unit unit) {
    Proposal.Builder b = Proposal.newBuilder()
        .id(ProposalId.of(id))
        .innovation(innovation(r, institution, unit))
        .edition(EditionId.of(r.id("kipp")))
        .group(GroupId.of(r.pick(List.of("umum", "replikasi", "khusus"))))
        .category(CategoryId.of(r.id("kat")))
        .sdgs(several(r, 3, JsonGenerators::sdg))
        .attachments(several(r, 2, JsonGenerators::attachment))
        .pandemicRelated(r.chance());
    int sections = r.between(0, 4);
    for (int i = 0; i < sections; i++) {
      b.section(ProposalSection.of(SectionId.of("bagian-" + i), r.paragraph()));
    }
    if (r.chance()) {
      b.video(video(r));
    }
    if (r.chance()) {
      b.replication(replication(r));
    }
    return b.build();
  }

  static Proposal proposal(R r) {
    Institution institution = institution(r);
    return proposal(r, r.id("p"), institution, unit(r, institution, r.id("unit")));
  }

  static Window window(R r) {
    ZonedDateTime opens = r.zoned();
    Window w = Window.of(opens, opens.plusHours(r.between(1, 2_000)));
    int extensions = r.between(0, 2);
    for (int i = 0; i < extensions; i++) {
      w = w.extendTo(w.close().plusHours(r.between(1, 200)), citation(r));
    }
    return w;
  }

  static Schedule schedule(R r) {
    Map<Phase, Window> windows = new EnumMap<>(Phase.class);
    for (Phase p : Phase.values()) {
      if (r.chance()) {
        windows.put(p, window(r));
      }
    }
    return Schedule.of(windows);
  }

  static Edition edition(R r) {
    List<InnovationGroup> groups = List.of(
        InnovationGroup.open("umum", r.text(2), r.text(2)),
        new InnovationGroup(GroupId.of("replikasi"), localized(r), r.chance(), true));
    Edition.Builder b = Edition.newBuilder()
        .id(EditionId.of(r.id("kipp")))
        .year(r.between(2000, 2200))
        .title(localized(r))
        .zone(ZONES[r.random.nextInt(ZONES.length)])
        .schedule(schedule(r));
    groups.subList(0, r.between(1, 2)).forEach(b::group);
    b.category(Category.of("kat-1", r.text(2), r.text(2))).minimumSdgs(r.between(0, 5));
    if (r.chance()) {
      b.category(Category.of("kat-2", r.text(2), r.text(2)));
    }
    if (r.chance()) {
      b.theme(localized(r));
    }
    int weighted = r.between(0, 3);
    BigDecimal left = BigDecimal.ONE;
    for (int i = 0; i < weighted; i++) {
      BigDecimal w = i == weighted - 1 ? left : new BigDecimal("0." + r.between(1, 3));
      left = left.subtract(w);
      b.section(new SectionSpec(SectionId.of("aspek-" + i), localized(r), Optional.of(w),
          r.chance() ? OptionalInt.of(r.between(1, 5_000)) : OptionalInt.empty(), r.chance(), ImmutableSortedSet.of()));
    }
    if (r.chance()) {
      b.section(new SectionSpec(SectionId.of("ringkasan"), localized(r), Optional.empty(), OptionalInt.empty(), false, ImmutableSortedSet.of(GroupId.of("umum"))));
    }
    if (r.chance()) {
      b.videoRules(new VideoRules(r.chance(), r.chance() ? Optional.of(Duration.ofSeconds(r.between(1, 900))) : Optional.empty(),
          r.chance() ? OptionalInt.of(r.between(144, 2_160)) : OptionalInt.empty()));
    }
    return b.build();
  }

  static ProposalStatus status(R r, ProposalId proposal) {
    Instant at = r.instant();
    StageId stage = StageId.of("draft");
    List<StageTransition> history = new ArrayList<>();
    int n = r.between(0, 4);
    for (int i = 0; i < n; i++) {
      StageId next = StageId.of("stage-" + i);
      at = at.plusSeconds(r.between(0, 100_000));
      history.add(new StageTransition(stage, next, actor(r), at, ImmutableList.copyOf(several(r, 2, JsonGenerators::reason)),
          r.chance() ? Optional.of(TierId.of(r.id("top"))) : Optional.empty(), citation(r)));
      stage = next;
    }
    return ProposalStatus.of(proposal, StageId.of("draft"), history.isEmpty() ? at : history.get(0).at().minusSeconds(r.between(0, 1_000)), history);
  }

  // ----- kipp-scoring

  static Scale scale(R r) {
    BigDecimal step = r.pick(List.of(new BigDecimal("1"), new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("5")));
    BigDecimal min = BigDecimal.valueOf(r.between(0, 2));
    return Scale.of(min, min.add(step.multiply(BigDecimal.valueOf(r.between(1, 40)))), step);
  }

  static Rounding rounding(R r) {
    return new Rounding(r.between(0, 12), r.pick(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.CEILING)), citation(r));
  }

  static Criterion criterion(R r, String id, BigDecimal weight) {
    return new Criterion(CriterionId.of(id), localized(r), weight, scale(r), citation(r));
  }

  static CriteriaSet criteria(R r) {
    int n = r.between(1, 4);
    List<Criterion> list = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal w = new BigDecimal(r.between(1, 40)).movePointLeft(r.between(0, 2));
      total = total.add(w);
      list.add(criterion(r, "kriteria-" + i, w));
    }
    return CriteriaSet.of(StageId.of(r.id("tahap")), list, total, rounding(r));
  }

  static ScoreSheet sheet(R r, CriteriaSet criteria, ProposalId proposal, ActorId evaluator, Instant before) {
    Map<CriterionId, BigDecimal> scores = new TreeMap<>();
    for (Criterion c : criteria.criteria()) {
      Scale s = c.scale();
      int steps = s.max().subtract(s.min()).divide(s.step()).intValueExact();
      scores.put(c.id(), s.min().add(s.step().multiply(BigDecimal.valueOf(r.between(0, steps)))));
    }
    return ScoreSheet.of(proposal, evaluator, criteria.stage(), scores, before.minusSeconds(r.between(0, 100_000)));
  }

  static ScoreSheet sheet(R r) {
    return sheet(r, criteria(r), ProposalId.of(r.id("p")), ActorId.of(r.id("te")), r.instant());
  }

  static FrozenScores frozen(R r) {
    CriteriaSet criteria = criteria(r);
    Instant close = r.instant();
    List<ScoreSheet> sheets = new ArrayList<>();
    int proposals = r.between(0, 4);
    for (int p = 0; p < proposals; p++) {
      int evaluators = r.between(1, 3);
      for (int e = 0; e < evaluators; e++) {
        sheets.add(sheet(r, criteria, ProposalId.of("p-" + p), ActorId.of("te-" + e), close));
      }
    }
    return FrozenScores.of(criteria, sheets, close);
  }

  static Evaluator evaluator(R r, String id, Institution institution) {
    List<CategoryId> expertise = several(r, 2, x -> CategoryId.of(x.id("kat")));
    return new Evaluator(ActorId.of(id), institution, ImmutableSortedSet.copyOf(expertise), r.pick(List.of(Role.EVALUATOR, Role.INDEPENDENT_PANEL, Role.VERIFIER)));
  }

  static Panel panel(R r) {
    int n = r.between(1, 4);
    List<Evaluator> es = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      es.add(evaluator(r, "te-" + i, institution(r)));
    }
    return Panel.of(es);
  }

  static Assignment assignment(R r) {
    Map<ProposalId, List<ActorId>> map = new TreeMap<>();
    int n = r.between(0, 4);
    for (int i = 0; i < n; i++) {
      map.put(ProposalId.of("p-" + i), several(r, 3, x -> ActorId.of("te-" + x.between(0, 5))));
    }
    return Assignment.of(map);
  }

  static Explanation explanation(R r, int depth) {
    List<Explanation> children = depth <= 0 ? List.of() : several(r, 3, x -> explanation(x, depth - 1));
    return new Explanation(r.pick(List.of("aggregate", "raw", "rank", "quota")), localized(r), r.chance() ? "" : r.decimal(2).toPlainString(),
        ImmutableList.copyOf(several(r, 2, JsonGenerators::citation)), ImmutableList.copyOf(children));
  }

  static SheetContribution contribution(R r, ActorId evaluator) {
    return new SheetContribution(evaluator, r.decimal(4), r.decimal(8), r.chance(), r.chance());
  }

  static ImmutableSortedMap<CriterionId, BigDecimal> criterionScores(R r) {
    ImmutableSortedMap.Builder<CriterionId, BigDecimal> out = ImmutableSortedMap.naturalOrder();
    int n = r.between(0, 3);
    for (int i = 0; i < n; i++) {
      out.put(CriterionId.of("kriteria-" + i), r.decimal(3));
    }
    return out.buildOrThrow();
  }

  static AggregatedScore aggregated(R r, ProposalId proposal) {
    List<SheetContribution> cs = new ArrayList<>();
    int n = r.between(0, 3);
    for (int i = 0; i < n; i++) {
      cs.add(contribution(r, ActorId.of("te-" + i)));
    }
    return new AggregatedScore(proposal, r.decimal(4), ImmutableList.copyOf(cs), criterionScores(r), explanation(r, 1));
  }

  static AggregationResult aggregation(R r, StageId stage) {
    ImmutableSortedMap.Builder<ProposalId, AggregatedScore> scores = ImmutableSortedMap.naturalOrder();
    int n = r.between(0, 3);
    for (int i = 0; i < n; i++) {
      scores.put(ProposalId.of("p-" + i), aggregated(r, ProposalId.of("p-" + i)));
    }
    ImmutableSortedMap<String, String> parameters = r.chance() ? ImmutableSortedMap.of("minSheets", "5", "trim", r.text(1)) : ImmutableSortedMap.of();
    return new AggregationResult(stage, r.text(3), parameters, Long.toHexString(r.random.nextLong()), citation(r), scores.buildOrThrow());
  }

  static CombinedScore combined(R r, ProposalId proposal) {
    Decision d = decision(r);
    ImmutableSortedMap<StageId, BigDecimal> stages = ImmutableSortedMap.of(StageId.of("tahap-1"), r.decimal(2));
    return new CombinedScore(proposal, d.passed() ? Optional.of(r.decimal(4)) : Optional.empty(), stages, d, explanation(r, 2));
  }

  static CombinationResult combination(R r) {
    ImmutableSortedMap.Builder<StageId, AggregationResult> stages = ImmutableSortedMap.naturalOrder();
    int n = r.between(0, 2);
    for (int i = 0; i < n; i++) {
      stages.put(StageId.of("tahap-" + i), aggregation(r, StageId.of("tahap-" + i)));
    }
    ImmutableSortedMap.Builder<ProposalId, CombinedScore> scores = ImmutableSortedMap.naturalOrder();
    int m = r.between(0, 3);
    for (int i = 0; i < m; i++) {
      scores.put(ProposalId.of("p-" + i), combined(r, ProposalId.of("p-" + i)));
    }
    return new CombinationResult(r.text(3), citation(r), stages.buildOrThrow(), scores.buildOrThrow());
  }

  static TieBreak tieBreak(R r) {
    Citation c = citation(r);
    switch (r.between(0, 3)) {
      case 0:
        return TieBreaks.higherCriterion(CriterionId.of("kriteria-" + r.between(0, 2)), c);
      case 1:
        return TieBreaks.higherStage(StageId.of("tahap-" + r.between(0, 1)), c);
      case 2:
        return TieBreaks.earlierSubmission(c);
      default:
        return TieBreaks.seededDraw(r.random.nextLong(), c);
    }
  }

  static BrokenTie brokenTie(R r) {
    return new BrokenTie(r.id("rule"), localized(r), citation(r), ProposalId.of(r.id("p")), ImmutableList.copyOf(several(r, 3, x -> ProposalId.of(x.id("p")))));
  }

  static RankOverride override(R r, ProposalId proposal, int size) {
    return new RankOverride(proposal, r.between(1, size), reason(r), actor(r, RecordAction.RANK_OVERRIDE.roles()), r.instant());
  }

  static Cutoff cutoff(R r) {
    return r.chance() ? Cutoff.passMark(r.decimal(2), citation(r)) : Cutoff.topN(r.between(1, 99), citation(r));
  }

  /** A small consistent competition: proposals from a few institutions, with statuses, panels, sheets. */
  static CompetitionDocument competition(R r) {
    List<Institution> institutions = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    int ni = r.between(1, 3);
    // One regional government per region, as a document requires: a repeat becomes a ministry.
    Set<RegionCode> governed = new HashSet<>();
    for (int i = 0; i < ni; i++) {
      Institution drawn = institution(r, "inst-" + i);
      Institution in = drawn.type().isRegionalGovernment() && !governed.add(drawn.government().orElseThrow())
          ? Institution.central("inst-" + i, drawn.name(), InstitutionType.KEMENTERIAN)
          : drawn;
      institutions.add(in);
      Unit parent = Unit.of(UnitId.of("unit-" + i + "-parent"), r.text(2), in.id(), r.pick(UnitKind.class), Optional.empty());
      units.add(parent);
      units.add(unit(r, in, "unit-" + i));
      // The owner is listed when no other government holds its region; it governs the BUMD's region.
      RegionCode region = in.region().orElse(null);
      if (in.type() == InstitutionType.BUMD && region != null && governed.add(region)) {
        institutions.add(Institution.regionalGovernment("owner-inst-" + i, r.text(3),
            region.isProvince() ? InstitutionType.PROVINSI : InstitutionType.KABUPATEN, region));
      }
    }
    List<Proposal> proposals = new ArrayList<>();
    int np = r.between(0, 5);
    for (int i = 0; i < np; i++) {
      int k = r.between(0, ni - 1);
      Institution in = institutions.stream().filter(x -> x.id().value().equals("inst-" + k)).findFirst().orElseThrow();
      Unit u = units.stream().filter(x -> x.id().value().equals("unit-" + k)).findFirst().orElseThrow();
      proposals.add(proposal(r, "p-" + i, in, u));
    }
    Edition edition = edition(r);
    CompetitionDocument.Builder b = CompetitionDocument.newBuilder()
        .edition(edition)
        .institutions(institutions)
        .units(units)
        .proposals(proposals)
        .statuses(proposals.stream().filter(p -> r.chance()).map(p -> status(r, p.id())).toList())
        .history(history(r));
    if (!proposals.isEmpty() && r.chance()) {
      StageId stage = StageId.of("evaluasi-proposal");
      List<Evaluator> es = new ArrayList<>();
      int ne = r.between(1, 3);
      for (int i = 0; i < ne; i++) {
        es.add(evaluator(r, "te-" + i, r.pick(institutions)));
      }
      b.panel(stage, Panel.of(es));
      Map<ProposalId, List<ActorId>> assigned = new TreeMap<>();
      proposals.forEach(p -> assigned.put(p.id(), several(r, ne, x -> ActorId.of("te-" + x.between(0, ne - 1)))));
      b.assignment(stage, Assignment.of(assigned));
      CriteriaSet base = criteria(r);
      CriteriaSet criteria = CriteriaSet.of(stage, base.criteria(), base.weightTotal(), base.rounding());
      List<ScoreSheet> sheets = new ArrayList<>();
      for (Proposal p : proposals) {
        if (r.chance()) {
          sheets.add(sheet(r, criteria, p.id(), ActorId.of("te-0"), r.instant()));
        }
      }
      b.scoreSheets(sheets);
    }
    if (r.chance()) {
      b.module(FixtureModule.of(r.chance() ? "sinovik-" + edition.year() : "sinovik-" + edition.year() + "/" + r.id("round"), jurisdiction(r), edition));
    }
    return b.build();
  }

  static Jurisdiction jurisdiction(R r) {
    String province = String.format("%02d", r.between(11, 94));
    return switch (r.between(0, 2)) {
      case 0 -> r.chance() ? Jurisdiction.NATIONAL : Jurisdiction.of(Jurisdiction.Level.NATIONAL, null, localized(r));
      case 1 -> Jurisdiction.province(RegionCode.of(province), localized(r));
      default -> Jurisdiction.regency(RegionCode.of(province + "." + String.format("%02d", r.between(1, 79))), localized(r));
    };
  }

  /** A ranking of candidates from a competition's proposals, with scores drawn from few values so that ties occur. */
  static Ranking ranking(R r, CompetitionDocument competition) {
    List<Candidate> candidates = new ArrayList<>();
    for (Proposal p : competition.proposals()) {
      // Every candidate carries the scores of every stage and criterion a generated tie-break may compare.
      ImmutableSortedMap<StageId, BigDecimal> stages = ImmutableSortedMap.of(StageId.of("tahap-0"), new BigDecimal(r.between(1, 3)),
          StageId.of("tahap-1"), new BigDecimal(r.between(1, 3)));
      ImmutableSortedMap<CriterionId, BigDecimal> criteria = ImmutableSortedMap.of(CriterionId.of("kriteria-0"), new BigDecimal(r.between(1, 3) + ".5"),
          CriterionId.of("kriteria-1"), new BigDecimal(r.between(1, 3) + ".5"), CriterionId.of("kriteria-2"), new BigDecimal(r.between(1, 3) + ".5"));
      candidates.add(new Candidate(p, new BigDecimal(r.between(70, 72) + "." + r.between(0, 1) + "0"), stages, criteria,
          r.chance() ? Optional.of(r.instant()) : Optional.empty()));
    }
    List<TieBreak> chain = several(r, 3, JsonGenerators::tieBreak);
    Ranking ranking;
    if (!candidates.isEmpty() && r.chance()) {
      String cluster = r.pick(List.of("pemda", "K/L", "BUMN dan BUMD"));
      ranking = Ranker.withTieBreaks(chain).rankByCluster(candidates, c -> cluster).get(cluster);
    } else {
      ranking = Ranker.withTieBreaks(chain).rank(candidates);
    }
    int overrides = candidates.isEmpty() ? 0 : r.between(0, 2);
    for (int i = 0; i < overrides; i++) {
      ranking = ranking.withOverride(override(r, r.pick(ranking.entries()).proposal(), ranking.size()));
    }
    return ranking;
  }

  /** A competition with a ranking of its proposals. */
  record Ranked(CompetitionDocument competition, Ranking ranking) {}

  static Ranked ranked(R r) {
    CompetitionDocument c = competition(r);
    return new Ranked(c, ranking(r, c));
  }

  static ResultsDocument results(R r, CompetitionDocument competition) {
    ResultsDocument.Builder b = ResultsDocument.newBuilder();
    if (r.chance()) {
      b.screening(screening(r));
    }
    several(r, 2, x -> aggregation(x, StageId.of(x.id("tahap")))).forEach(b::aggregation);
    if (r.chance()) {
      b.combination(combination(r));
    }
    int rankings = r.between(0, 2);
    for (int i = 0; i < rankings; i++) {
      Ranking ranking = ranking(r, competition);
      b.ranking(ranking);
      if (r.chance()) {
        b.cut(cutoff(r).apply(ranking));
      }
    }
    competition.proposals().stream().filter(p -> r.chance()).forEach(p -> b.explanation(p.id(), explanation(r, 2)));
    return b.build();
  }

  // ----- the generators

  static Gen<LocalizedText> localizedTexts() {
    return seeded(JsonGenerators::localized);
  }

  static Gen<Citation> citations() {
    return seeded(JsonGenerators::citation);
  }

  static Gen<Reason> reasons() {
    return seeded(JsonGenerators::reason);
  }

  static Gen<Decision> decisions() {
    return seeded(JsonGenerators::decision);
  }

  static Gen<EffectivePeriod> periods() {
    return seeded(JsonGenerators::period);
  }

  static Gen<Actor> actors() {
    return seeded(JsonGenerators::actor);
  }

  static Gen<Region> regions() {
    return seeded(JsonGenerators::region);
  }

  static Gen<Institution> institutions() {
    return seeded(JsonGenerators::institution);
  }

  static Gen<Unit> units() {
    return seeded(r -> unit(r, institution(r), r.id("unit")));
  }

  static Gen<ImplementationStart> starts() {
    return seeded(JsonGenerators::start);
  }

  static Gen<SdgTarget> sdgs() {
    return seeded(JsonGenerators::sdg);
  }

  static Gen<Proposal> proposals() {
    return seeded(JsonGenerators::proposal);
  }

  static Gen<Edition> editions() {
    return seeded(JsonGenerators::edition);
  }

  static Gen<ProposalStatus> statuses() {
    return seeded(r -> status(r, ProposalId.of(r.id("p"))));
  }

  static Gen<PastResult> pastResults() {
    return seeded(JsonGenerators::pastResult);
  }

  static Gen<ResultHistory> histories() {
    return seeded(JsonGenerators::history);
  }

  static Gen<ScreeningResult> screenings() {
    return seeded(JsonGenerators::screening);
  }

  static Gen<Scale> scales() {
    return seeded(JsonGenerators::scale);
  }

  static Gen<Rounding> roundings() {
    return seeded(JsonGenerators::rounding);
  }

  static Gen<CriteriaSet> criteriaSets() {
    return seeded(JsonGenerators::criteria);
  }

  static Gen<ScoreSheet> sheets() {
    return seeded(JsonGenerators::sheet);
  }

  static Gen<FrozenScores> frozenScores() {
    return seeded(JsonGenerators::frozen);
  }

  static Gen<Panel> panels() {
    return seeded(JsonGenerators::panel);
  }

  static Gen<Assignment> assignments() {
    return seeded(JsonGenerators::assignment);
  }

  static Gen<Explanation> explanations() {
    return seeded(r -> explanation(r, 3));
  }

  static Gen<AggregationResult> aggregations() {
    return seeded(r -> aggregation(r, StageId.of(r.id("tahap"))));
  }

  static Gen<CombinationResult> combinations() {
    return seeded(JsonGenerators::combination);
  }

  static Gen<BrokenTie> brokenTies() {
    return seeded(JsonGenerators::brokenTie);
  }

  static Gen<RankOverride> overrides() {
    return seeded(r -> override(r, ProposalId.of(r.id("p")), 99));
  }

  static Gen<TieBreak> tieBreaks() {
    return seeded(JsonGenerators::tieBreak);
  }

  static Gen<CompetitionDocument> competitions() {
    return seeded(JsonGenerators::competition);
  }

  static Gen<Ranked> rankings() {
    return seeded(JsonGenerators::ranked);
  }

  /** A competition and results that name its proposals. */
  record WithResults(CompetitionDocument competition, ResultsDocument results) {}

  static Gen<WithResults> results() {
    return seeded(r -> {
      CompetitionDocument c = competition(r);
      return new WithResults(c, results(r, c));
    });
  }
  // ----- the decision log

  static DecisionLog decisionLog(R r) {
    DecisionLog log = DecisionLog.create();
    Instant at = r.instant();
    int n = r.between(0, 8);
    for (int i = 0; i < n; i++) {
      at = at.plusSeconds(r.between(0, 3600));
      EntryKind kind = r.pick(APPENDED);
      log.append(at, actor(r, kind.roles()), kind, r.id("p"), r.text(8), several(r, 2, JsonGenerators::citation));
    }
    return log;
  }

  static Gen<LogEntry> logEntries() {
    return seeded(r -> {
      DecisionLog log = decisionLog(r);
      return log.size() == 0
          ? DecisionLog.create().append(r.instant(), actor(r, EntryKind.NOTE.roles()), EntryKind.NOTE, r.id("p"), r.text(3), List.of())
          : log.entries().get(r.between(0, log.size() - 1));
    });
  }

  static Gen<DecisionLog> decisionLogs() {
    return seeded(JsonGenerators::decisionLog);
  }

  static PublishedResult published(R r) {
    PublishedResult first = PublishedResult.of("B/" + r.between(1, 999) + "/2023", r.text(4), r.instant(), several(r, 5, x -> x.text(5)));
    return r.chance() ? first : first.correctedBy("B/" + r.between(1000, 1999) + "/2023", first.at().plusSeconds(r.between(0, 86_400)), several(r, 5, x -> x.text(5)),
        citedReason(r));
  }

  static Gen<PublishedResult> publishedResults() {
    return seeded(JsonGenerators::published);
  }

  static Gen<Verification> verifications() {
    return seeded(r -> {
      DecisionLog log = decisionLog(r);
      if (log.size() > 0 && r.chance()) {
        List<LogEntry> entries = new ArrayList<>(log.entries());
        int i = r.between(0, entries.size() - 1);
        LogEntry e = entries.get(i);
        entries.set(i, new LogEntry(e.sequence(), e.at(), e.actor(), e.kind(), e.subject(), e.payload() + "!", e.citations(), e.previousHash(), e.hash()));
        return DecisionLog.of(entries).verify();
      }
      return log.verify();
    });
  }
}
