package io.github.kipp.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.appeal.Appeal;
import io.github.kipp.core.appeal.AppealBook;
import io.github.kipp.core.appeal.AppealOutcome;
import io.github.kipp.core.appeal.AppealRuling;
import io.github.kipp.core.appeal.AppealWindow;
import io.github.kipp.core.appeal.AppealedDecision;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.blind.Leak;
import io.github.kipp.core.blind.LeakDetector;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.core.stage.Stages;
import io.github.kipp.core.stage.TransitionRequest;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreBook;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.aggregate.VerificationFinding;
import io.github.kipp.scoring.aggregate.ZScoreOptions;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.competition.Nomination;
import io.github.kipp.scoring.competition.ProposalOutcome;
import io.github.kipp.scoring.competition.Winners;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.fairness.FairnessOptions;
import io.github.kipp.scoring.fairness.RegionalFairness;
import io.github.kipp.scoring.fairness.StageFairness;
import io.github.kipp.scoring.panel.Assigner;
import io.github.kipp.scoring.panel.AssignmentOptions;
import io.github.kipp.scoring.panel.AssignmentResult;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.reliability.RaterReliability;
import io.github.kipp.scoring.reliability.ReliabilityOptions;
import io.github.kipp.scoring.reliability.StageReliability;
import io.github.kipp.scoring.shortlist.InfeasibleQuotasException;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.shortlist.Shortlist;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.spi.FinalistPool;
import io.github.kipp.scoring.stability.BootstrapOptions;
import io.github.kipp.scoring.stability.RankStability;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs one provincial round through every stage of its rule module and keeps what the report shows.
 * Scores come from a seeded model: each proposal has a latent quality, each evaluator a bias and a
 * spread, and every sheet adds noise.
 */
final class CompetitionRun {

  /** Where the example's own choices are recorded: not a regulation, a documented default of the run. */
  static final String HOST = "kipp-examples (contoh penyelenggaraan / sample run)";

  /** How many bootstrap replicates the rank-stability chart uses. */
  static final int REPLICATES = 400;

  final SinovikModule module;
  final long seed;
  final Clock clock;
  final SampleProvince sample;
  final DecisionLog log = DecisionLog.create();
  final Map<ProposalId, ProposalStatus> statuses = new TreeMap<>();
  final Map<ProposalId, Proposal> byId = new LinkedHashMap<>();

  ScreeningResult screening = new ScreeningResult(ImmutableSortedMap.of());
  /** The screening as announced, before any appeal was decided. */
  ScreeningResult announcedScreening = new ScreeningResult(ImmutableSortedMap.of());
  /** The entrants' appeals against their refusal and the panel's rulings. */
  AppealBook appeals;
  /** Where each proposal's own text names its entrant, for blind review. */
  ImmutableSortedMap<ProposalId, ImmutableList<Leak>> leaks = ImmutableSortedMap.of();
  /** The rater reliability of each scored stage. */
  ImmutableList<StageReliability> reliability = ImmutableList.of();
  /** How each step changed the shares of provinces, institution types, 3T regions, groups and categories. */
  ImmutableList<StageFairness> fairness = ImmutableList.of();
  AssignmentResult deskAssignment;
  FrozenScores deskScores;
  AggregationResult desk;
  Ranking deskRanking;
  CutResult nomination;
  Shortlist shortlist;
  ShortlistSpec shortlistSpec;
  ImmutableList<String> droppedQuotas = ImmutableList.of();
  PublishedResult published;
  PublishedResult corrected;
  @Nullable ProposalId objectedTo;
  @Nullable Reason ruling;
  Shortlist correctedShortlist;
  AssignmentResult presentationAssignment;
  FrozenScores presentationScores;
  AggregationResult presentation;
  ImmutableSortedMap<ProposalId, VerificationFinding> findings = ImmutableSortedMap.of();
  CombinationResult finalCombination;
  Ranking finalRanking;
  ImmutableList<CutResult> tiers = ImmutableList.of();
  RankStability stability;
  final Map<ProposalId, Explanation> explanations = new TreeMap<>();
  final Map<ProposalId, String> outcomes = new TreeMap<>();

  /** What the competition has decided so far. */
  EditionResult result;
  /** The module's competition, with the run's own quotas when the field can meet them. */
  private Competition competition;

  private final PrintStream out;
  /** Where the steps that do not depend on the main thread's run (see {@link SecondThread}). */
  private final SecondThread second;
  private final Random random;
  private final Map<ActorId, double[]> evaluatorModel = new TreeMap<>();

  @SuppressWarnings("NullAway.Init")
  private CompetitionRun(SinovikModule module, SampleProvince sample, long seed, PrintStream out, SecondThread second) {
    this.module = hostVariant(module);
    // Every step is stamped with the close of the round's last stage; the report is the same on every run.
    this.clock = Clock.fixed(wita(3, 31, 10), KippTime.MAKASSAR);
    this.competition = Competition.of(this.module, seed, clock);
    this.sample = sample;
    this.seed = seed;
    this.out = out;
    this.second = second;
    this.random = new Random(seed ^ 0x5EEDL);
    sample.proposals.forEach(p -> byId.put(p.id(), p));
  }

  /**
   * Runs every stage.
   *
   * @param module the provincial module
   * @param sample the competition's data
   * @param seed the seed of the score model, the assignment, the draw and the bootstrap
   * @param out where progress goes
   * @return the finished run
   */
  static CompetitionRun run(SinovikModule module, SampleProvince sample, long seed, PrintStream out) {
    return run(module, sample, seed, out, SecondThread.direct());
  }

  /**
   * Runs every stage, with the steps that do not depend on the stages' order on a second thread: the
   * leak detection from the start (it reads the proposals only), the rank-stability bootstrap from
   * the nomination (it reads the desk aggregation and the nomination's size), the rater reliability
   * from the award (it reads the finished result). Each is taken before its first use, so the run
   * is the same as {@link #run(SinovikModule, SampleProvince, long, PrintStream)}'s.
   *
   * @param module the provincial module
   * @param sample the competition's data
   * @param seed the seed of the score model, the assignment, the draw and the bootstrap
   * @param out where progress goes
   * @param second where the independent steps run
   * @return the finished run
   */
  static CompetitionRun run(SinovikModule module, SampleProvince sample, long seed, PrintStream out, SecondThread second) {
    CompetitionRun r = new CompetitionRun(module, sample, seed, out, second);
    ImmutableList<Proposal> proposals = sample.proposals;
    Future<ImmutableSortedMap<ProposalId, ImmutableList<Leak>>> leaks =
        second.submit(() -> LeakDetector.newBuilder().entrants(proposals).build().scanAll(proposals));
    r.register();
    r.screen();
    r.evaluate();
    Future<RankStability> stability = r.nominateAndShortlist();
    r.publicReview();
    r.present();
    r.verify();
    r.rankFinal(stability);
    r.explain(leaks);
    return r;
  }

  /**
   * The round as this run holds it: the province's module with the run's own, cited choice of
   * aggregation for the desk evaluation. The guide names none; a per-evaluator z-score over the
   * frozen population keeps a lenient or strict evaluator from deciding a rank.
   */
  static SinovikModule hostVariant(SinovikModule province) {
    Citation zCitation = Citation.unknown(HOST, "the guide names no aggregation; per-evaluator z-score, so no lenient or strict evaluator decides a rank");
    return SinovikModule.extend(province)
        .variant("contoh")
        .jurisdiction(province.jurisdiction())
        .title(LocalizedText.of(province.title().indonesian() + " (contoh penyelenggaraan)", province.title().english() + " (sample run)"))
        .override(SinovikKeys.AGGREGATION, ImmutableMap.of(
                SulawesiSelatan.SUBSTANCE, Aggregations.zScore(ZScoreOptions.population(5, ZScoreOptions.Fallback.USE_RAW, zCitation)),
                SulawesiSelatan.PRESENTATION, province.aggregation(SulawesiSelatan.PRESENTATION)),
            zCitation)
        .build();
  }

  /** Returns a map's entry for a key the run put there. */
  static <K, V> V must(Map<K, V> map, K key) {
    return Objects.requireNonNull(map.get(key), () -> "no entry for " + key);
  }

  /** Returns a proposal of the run. */
  Proposal proposal(ProposalId id) {
    return must(byId, id);
  }

  private static Instant wita(int month, int day, int hour) {
    return LocalDateTime.of(2023, month, day, hour, 0).atZone(KippTime.MAKASSAR).toInstant();
  }

  private void move(ProposalId id, StageId to, Actor actor, Instant at, Reason... reasons) {
    StageMachine pipeline = module.pipeline();
    TransitionRequest request = TransitionRequest.of(to, actor, at).withReasons(reasons);
    ProposalStatus next = pipeline.apply(must(statuses, id), request, module.edition().schedule());
    statuses.put(id, next);
    log.recordTransition(id, next.lastTransition().orElseThrow());
  }

  private void moveToTier(ProposalId id, StageId to, Actor actor, Instant at, io.github.kipp.core.TierId tier) {
    TransitionRequest request = TransitionRequest.of(to, actor, at).withTier(tier);
    ProposalStatus next = module.pipeline().apply(must(statuses, id), request, module.edition().schedule());
    statuses.put(id, next);
    log.recordTransition(id, next.lastTransition().orElseThrow());
  }

  private static Actor actor(String id, Role role) {
    return Actor.of(id, role);
  }

  private void stage(String indonesian, String english) {
    out.println();
    out.println("== " + indonesian + " / " + english);
  }

  // --- registration ---------------------------------------------------------------------------

  private void register() {
    stage("Pendaftaran", "Registration");
    // The decision log is kept in time order, so the moves of all proposals are replayed by time.
    record Move(Instant at, ProposalId proposal, StageId to, Actor actor) {}
    List<Move> moves = new ArrayList<>();
    for (Proposal p : sample.proposals) {
      Instant reg = must(sample.registeredAt, p.id());
      statuses.put(p.id(), ProposalStatus.start(p.id(), module.pipeline(), reg));
      moves.add(new Move(reg.plusSeconds(1800), p.id(), Stages.AT_INSTITUTION_ADMIN, actor("upp-" + p.innovation().unit().id().value(), Role.UNIT)));
      Instant sent = sample.submittedAt.get(p.id());
      if (sent != null) {
        moves.add(new Move(sent, p.id(), Stages.SUBMITTED, actor("admin-" + p.innovation().institution().id().value(), Role.INSTITUTION_ADMIN)));
      }
    }
    moves.sort(java.util.Comparator.comparing(Move::at).thenComparing(Move::proposal));
    moves.forEach(m -> move(m.proposal(), m.to(), m.actor(), m.at()));
    long units = sample.proposals.stream().map(p -> p.innovation().unit().id()).distinct().count();
    long institutions = sample.proposals.stream().map(p -> p.innovation().institution().id()).distinct().count();
    out.printf(Locale.ROOT, "%d proposals registered by %d units (perangkat daerah) of %d institutions; %d submitted, %d left as drafts%n",
        sample.proposals.size(), units, institutions, sample.submittedAt.size(), sample.proposals.size() - sample.submittedAt.size());
  }

  private List<Proposal> submitted() {
    return sample.proposals.stream().filter(p -> sample.submittedAt.containsKey(p.id())).collect(Collectors.toList());
  }

  // --- eligibility ----------------------------------------------------------------------------

  private void screen() {
    stage("Seleksi administrasi", "Eligibility screening");
    Entries entries = Entries.newBuilder().fromStatuses(sample.proposals, statuses.values()).build();
    if (entries.submitted().isEmpty()) {
      throw new UsageException(Messages.nobodySubmitted(sample.proposals.size()));
    }
    result = competition.screen(entries);
    announcedScreening = result.screening().result();
    appeal();
    screening = result.screening().result();
    Actor secretariat = actor("sekretariat-biro-organisasi", Role.SECRETARIAT);
    Instant at = wita(2, 13, 10);
    for (Proposal p : entries.submitted()) {
      ProposalEligibility e = screening.outcome(p.id()).orElseThrow();
      if (e.eligible()) {
        move(p.id(), Stages.ADMIN_PASSED, secretariat, at);
      } else {
        Reason[] reasons = e.failures().stream().flatMap(d -> d.reasons().stream()).toArray(Reason[]::new);
        move(p.id(), Stages.ADMIN_FAILED, secretariat, at, reasons);
        String rules = e.failures().stream().map(Decision::rule).collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "  ineligible: %s (%s) - %s%n", p.id(), rules, e.failures().get(0).reasons().get(0).message().english());
      }
    }
    out.printf(Locale.ROOT, "%d eligible, %d ineligible%n", screening.eligible().size(), screening.ineligible().size());
    if (screening.eligible().isEmpty()) {
      throw new UsageException(Messages.nobodyEligible(entries.submitted().size()));
    }
  }

  /**
   * The refusals announced at 08:00 are appealed by the entrants the sample seeds, within the
   * module's appeal window, and decided by the provincial panel before the statuses are recorded; an
   * upheld appeal restores its proposal to the pool before the desk evaluation.
   */
  private void appeal() {
    appeals = AppealBook.open(AppealWindow.declaredBy(module), log);
    Instant announced = wita(2, 13, 8);
    Actor panel = actor("tim-panel-independen", Role.INDEPENDENT_PANEL);
    Citation basis = Citation.unknown(HOST, "the guide provides no appeal; the sample's panel decides each on the documents, as recorded");
    int n = 0;
    for (SampleProvince.SampleAppeal seeded : sample.appeals) {
      Optional<ProposalEligibility> refused = announcedScreening.outcome(seeded.proposal()).filter(e -> !e.eligible());
      if (refused.isEmpty()) {
        continue;
      }
      n++;
      Proposal p = proposal(seeded.proposal());
      Actor entrant = seeded.byInstitution()
          ? actor(p.innovation().institution().id().value(), Role.INSTITUTION_ADMIN)
          : actor(p.innovation().unit().id().value(), Role.UNIT);
      Appeal filed = appeals.file(Appeal.of(String.format(Locale.ROOT, "banding-%02d", n), entrant,
          AppealedDecision.eligibilityRefusal(p, refused.orElseThrow(), announced), seeded.grounds(), announced.plusSeconds(1800L * n)));
      out.printf(Locale.ROOT, "  appeal %s by %s against the refusal of %s%n", filed.id(), entrant, p.id());
    }
    int decided = 0;
    for (Appeal filed : appeals.appeals()) {
      SampleProvince.SampleAppeal seeded = sample.appeals.stream().filter(a -> a.proposal().equals(filed.decision().proposal())).findFirst().orElseThrow();
      AppealOutcome outcome = seeded.upheld() ? AppealOutcome.UPHELD : AppealOutcome.DISMISSED;
      Reason reason = Reason.of(seeded.upheld() ? "appeal.upheld" : "appeal.dismissed", seeded.reason(), basis);
      AppealRuling ruling = appeals.decide(filed.id(), outcome, reason, panel, announced.plusSeconds(5400L + 600L * decided++));
      result = competition.afterAppeal(result, ruling);
      out.printf(Locale.ROOT, "  appeal %s %s%s%n", filed.id(), outcome.name().toLowerCase(Locale.ROOT),
          ruling.restoresProposal() ? ": " + filed.decision().proposal() + " restored to the pool" : "");
    }
  }

  private List<Proposal> eligible() {
    return screening.eligible().stream().map(byId::get).collect(Collectors.toList());
  }

  // --- desk evaluation ------------------------------------------------------------------------

  private double[] model(Evaluator e) {
    return evaluatorModel.computeIfAbsent(e.id(), k -> new double[] {6 * random.nextGaussian(), 0.7 + 0.6 * random.nextDouble()});
  }

  private ScoreSheet sheet(CriteriaSet criteria, Proposal p, Evaluator e, Instant at, double quality) {
    double[] m = model(e);
    Map<CriterionId, BigDecimal> scores = new TreeMap<>();
    for (Criterion c : criteria.criteria()) {
      double v = 50 + m[1] * (quality - 50) + m[0] + 6 * random.nextGaussian();
      long rounded = Math.max(0, Math.min(100, Math.round(v)));
      scores.put(c.id(), BigDecimal.valueOf(rounded));
    }
    return ScoreSheet.of(p.id(), e.id(), criteria.stage(), scores, at);
  }

  private double quality(ProposalId id) {
    return sample.quality.getOrDefault(id, 66.0);
  }

  private FrozenScores score(CriteriaSet criteria, List<Proposal> proposals, Panel panel, AssignmentResult assignment, Instant from, Instant closedAt,
      double presentationNoise) {
    ScoreBook book = ScoreBook.open(criteria, proposals, panel, assignment.assignment(), module.conflictOfInterest(), InstantSource.fixed(from), log);
    long span = closedAt.getEpochSecond() - from.getEpochSecond() - 3600;
    assignment.assignment().byProposal().forEach((id, evaluators) -> {
      for (ActorId who : evaluators) {
        Evaluator e = panel.evaluator(who).orElseThrow();
        Instant at = from.plusSeconds(Math.floorMod(random.nextLong(), span));
        double q = quality(id) + presentationNoise * random.nextGaussian();
        book.submit(sheet(criteria, proposal(id), e, at, q), e.actor());
      }
    });
    return book.freeze(closedAt, actor("sekretariat-biro-organisasi", Role.SECRETARIAT));
  }

  private void evaluate() {
    stage("Penugasan panel dan evaluasi proposal", "Panel assignment and desk evaluation");
    List<Proposal> entries = eligible();
    deskAssignment = Assigner.of(module.conflictOfInterest()).assign(entries, sample.deskPanel, AssignmentOptions.of(3, seed));
    out.printf(Locale.ROOT, "%d desk evaluators (TE) from %d institutions; %d conflicts of interest avoided; %d proposals left uncovered%n",
        sample.deskPanel.size(), sample.deskPanel.evaluators().stream().map(e -> e.institution().id()).distinct().count(),
        deskAssignment.conflicts().size(), deskAssignment.uncovered().size());
    out.printf(Locale.ROOT, "load per evaluator: %d to %d proposals%n", deskAssignment.minLoad(), deskAssignment.maxLoad());
    CriteriaSet criteria = module.criteria(SulawesiSelatan.SUBSTANCE).orElseThrow();
    deskScores = score(criteria, entries, sample.deskPanel, deskAssignment, wita(2, 13, 12), wita(2, 28, 23), 0);
    out.printf(Locale.ROOT, "%d score sheets frozen (population %s…)%n", deskScores.sheets().size(), deskScores.populationId().substring(0, 12));
    Actor secretariat = actor("sekretariat-biro-organisasi", Role.SECRETARIAT);
    for (Proposal p : entries) {
      move(p.id(), Stages.EVALUATED, secretariat, wita(3, 1, 9));
    }
  }

  // --- nomination, quota-aware shortlist ------------------------------------------------------

  /** The run's own quotas on top of the module's, each cited as the host's choice. */
  private static ImmutableList<Quota> hostQuotas(long cities) {
    Citation host = Citation.unknown(HOST, "the guide publishes no composition targets; this run asks for a spread: at most 5 finalists per"
        + " institution and at least 3 from the province's cities (kota), or as many as were nominated");
    ImmutableList.Builder<Quota> wanted = ImmutableList.builder();
    wanted.add(Quota.eachAtMost(QuotaDimension.INSTITUTION, 5, host));
    if (cities > 0) {
      wanted.add(Quota.atLeast(QuotaDimension.INSTITUTION_TYPE, InstitutionType.KOTA.name(), (int) Math.min(3, cities), host));
    }
    return wanted.build();
  }

  /** Nominates and shortlists; returns the rank-stability bootstrap of the desk scores, handed to the second thread. */
  private Future<RankStability> nominateAndShortlist() {
    stage("Nominasi dan daftar pendek berkuota", "Nomination and quota-aware shortlist");
    result = competition.nominate(result, deskScores);
    Nomination n = result.nomination().orElseThrow();
    desk = n.desk();
    Nomination.GroupNomination umum = n.groups().values().iterator().next();
    deskRanking = umum.ranking();
    nomination = umum.count().orElseThrow();
    Actor te = actor("pleno-tim-evaluasi", Role.EVALUATOR);
    for (var e : deskRanking.entries()) {
      move(e.proposal(), umum.nominated().contains(e.proposal()) ? Stages.NOMINATED : Stages.NOT_NOMINATED, te, wita(3, 1, 14));
    }
    out.printf(Locale.ROOT, "Top %d nominated (%s)%n", umum.nominated().size(), nomination.cutoff().citation());
    FinalistPool pool = module.finalists().get(0);
    long cities = umum.nominated().stream().filter(id -> proposal(id).innovation().institution().type() == InstitutionType.KOTA).count();
    Competition withQuotas = Competition.newBuilder(module).drawSeed(seed).clock(clock).quotas(pool.tier(), hostQuotas(cities)).build();
    EditionResult selected;
    try {
      selected = withQuotas.selectFinalists(result);
      competition = withQuotas;
    } catch (InfeasibleQuotasException e) {
      droppedQuotas = e.problems().stream().map(Object::toString).collect(ImmutableList.toImmutableList());
      out.println("  the run's own quotas cannot be met by this field and are left out: " + droppedQuotas);
      selected = competition.selectFinalists(result);
    }
    result = selected;
    shortlist = result.finalists().orElseThrow().pools().get(0).shortlist();
    shortlistSpec = shortlist.spec();
    out.printf(Locale.ROOT, "%s: %d finalists chosen from %d nominated, %d quotas%n", pool.name().english(), shortlist.included().size(),
        shortlist.ranking().size(), shortlistSpec.quotas().size());
    shortlist.quotaCounts().forEach(q -> out.printf(Locale.ROOT, "  quota %s: %d selected (%s)%n", q.quota().label().english(), q.selected(),
        q.holds() ? "holds" : "FAILS"));
    AggregationResult scores = desk;
    BootstrapOptions options = BootstrapOptions.newBuilder().replicates(REPLICATES).seed(seed)
        .shortlistSize(Math.max(1, nomination.passed().size())).build();
    return second.submit(() -> RankStability.bootstrap(scores, options));
  }

  // --- public review (uji publik) -------------------------------------------------------------

  private ImmutableList<String> lines(Shortlist list) {
    List<String> lines = new ArrayList<>();
    int n = 1;
    for (var e : list.included()) {
      Proposal p = proposal(e.proposal());
      lines.add(n++ + ". " + p.id() + " | " + p.innovation().title() + " | " + p.innovation().institution().name());
    }
    return ImmutableList.copyOf(lines);
  }

  private void publicReview() {
    stage("Uji publik", "Public review");
    Actor organiser = actor("gubernur-sulsel", Role.ORGANISER);
    published = PublishedResult.of("SULSEL-2023/UJI-PUBLIK/01", "Finalis KIPP Provinsi Sulawesi Selatan 2023 (uji publik)", wita(3, 2, 9), lines(shortlist));
    log.recordPublication(published, organiser);
    out.printf(Locale.ROOT, "published %s: %d finalists, hash %s%n", published.reference(), published.lines().size(), published.hash());
    List<ProposalId> open = shortlist.included().stream().map(e -> e.proposal())
        .filter(id -> !proposal(id).innovation().institution().id().value().equals("pemkab-luwu-utara")).collect(Collectors.toList());
    if (open.isEmpty()) {
      out.println("no objection filed");
      correctedShortlist = shortlist;
      corrected = published;
      moveFinalists(organiser);
      return;
    }
    ProposalId objected = open.get(Math.floorMod(seed, open.size()));
    objectedTo = objected;
    String grounds = "inovasi belum diterapkan, baru tahap uji coba / the innovation is only a pilot and not yet in service";
    log.recordObjection(wita(3, 3, 11), actor("warga-pelapor", Role.UNIT), "sanggahan-01", published, objected, grounds);
    Citation basis = Citation.inferred(SulawesiSelatan.PANDUAN, "section UNKNOWN",
        "an entry must be an innovation already in service; a finalist shown to be a pilot is struck out after public review");
    Reason upheld = Reason.of("objection.upheld", LocalizedText.of(
        "Sanggahan diterima: verifikasi dokumen menunjukkan inovasi masih uji coba; proposal dicoret dari daftar finalis.",
        "Objection upheld: the documents show the innovation is still a pilot; the proposal is struck from the finalists."), basis);
    ruling = upheld;
    log.recordRuling(wita(3, 4, 15), organiser, "sanggahan-01", true, upheld);
    move(objected, Stages.DISQUALIFIED, organiser, wita(3, 4, 15), upheld);
    result = competition.removeFinalist(result, objected, upheld);
    correctedShortlist = result.finalists().orElseThrow().pools().get(0).shortlist();
    corrected = published.correctedBy("SULSEL-2023/UJI-PUBLIK/01-R1", wita(3, 4, 16), lines(correctedShortlist), upheld);
    log.recordPublication(corrected, organiser);
    out.printf(Locale.ROOT, "objection sanggahan-01 against %s upheld; corrected list %s published, hash %s (supersedes %s…)%n",
        objected, corrected.reference(), corrected.hash(), published.hash().substring(0, 12));
    moveFinalists(organiser);
  }

  private void moveFinalists(Actor organiser) {
    Actor tpi = actor("tim-panel-independen", Role.INDEPENDENT_PANEL);
    for (var e : correctedShortlist.ranking().entries()) {
      move(e.proposal(), correctedShortlist.isIncluded(e.proposal()) ? Stages.FINALIST : Stages.NOT_SELECTED, tpi, wita(3, 5, 9));
    }
  }

  private List<Proposal> finalists() {
    return correctedShortlist.included().stream().map(e -> proposal(e.proposal())).collect(Collectors.toList());
  }

  // --- presentation, verification, final ranking ----------------------------------------------

  private void present() {
    stage("Presentasi dan wawancara", "Presentation and interview");
    List<Proposal> finalists = finalists();
    presentationAssignment = Assigner.of(module.conflictOfInterest())
        .assign(finalists, sample.presentationPanel, AssignmentOptions.of(4, seed + 1).withExpertiseRequired(false));
    CriteriaSet criteria = module.criteria(SulawesiSelatan.PRESENTATION).orElseThrow();
    presentationScores = score(criteria, finalists, sample.presentationPanel, presentationAssignment, wita(3, 6, 8), wita(3, 9, 18), 8);
    for (Proposal p : finalists) {
      move(p.id(), Stages.PRESENTED, actor("tim-panel-independen", Role.INDEPENDENT_PANEL), wita(3, 9, 18));
    }
    out.printf(Locale.ROOT, "%d finalists presented to %d panelists (TPI); %d sheets; %d conflicts of interest avoided%n", finalists.size(),
        sample.presentationPanel.size(), presentationScores.sheets().size(), presentationAssignment.conflicts().size());
  }

  private void verify() {
    stage("Verifikasi lapangan", "Field verification");
    Citation basis = Citation.reported(SulawesiSelatan.PANDUAN, "section UNKNOWN").withNote("field verification of every finalist, 13–26 March 2023");
    ImmutableSortedMap.Builder<ProposalId, VerificationFinding> b = ImmutableSortedMap.naturalOrder();
    for (Proposal p : finalists()) {
      b.put(p.id(), new VerificationFinding(p.id(), VerificationFinding.Outcome.CONFIRMED, Reason.of("verification.confirmed",
          LocalizedText.of("Inovasi berjalan sesuai proposal.", "The innovation works as the proposal says."), basis)));
      move(p.id(), Stages.VERIFIED, actor("tim-verifikasi", Role.VERIFIER), wita(3, 20, 10));
    }
    findings = b.buildOrThrow();
    out.printf(Locale.ROOT, "%d finalists visited, all confirmed%n", findings.size());
  }

  private void rankFinal(Future<RankStability> bootstrap) {
    stage("Peringkat akhir dan penghargaan", "Final ranking and tiers");
    result = competition.award(result, List.of(presentationScores), findings);
    Winners winners = result.winners().orElseThrow();
    presentation = winners.stages().get(0);
    finalCombination = winners.combination();
    finalRanking = winners.ranking();
    tiers = winners.tiers().stream().map(Winners.TierAward::cut).collect(ImmutableList.toImmutableList());
    Actor organiser = actor("gubernur-sulsel", Role.ORGANISER);
    for (var e : finalRanking.entries()) {
      Optional<AwardTier> tier = winners.tierOf(e.proposal());
      if (tier.isPresent()) {
        moveToTier(e.proposal(), Stages.AWARDED, organiser, wita(3, 31, 10), tier.get().id());
      } else {
        move(e.proposal(), Stages.FINALIST_ONLY, organiser, wita(3, 31, 10));
      }
    }
    out.printf(Locale.ROOT, "combined as %s%n", module.combination().describe());
    for (Winners.TierAward t : winners.tiers()) {
      out.printf(Locale.ROOT, "%s: %d awarded%n", t.tier().name().english(), t.cut().passed().size());
    }
    stability = SecondThread.join(bootstrap);
    out.printf(Locale.ROOT, "rank stability: %d bootstrap replicates of the desk scores, %s confidence%n", stability.replicates(),
        stability.confidence().toPlainString());
  }

  // --- explanations ---------------------------------------------------------------------------

  String tierOf(ProposalId id) {
    return tier(id).map(t -> t.name().indonesian()).orElse("");
  }

  /** The winners' tier a proposal reached, if any. */
  Optional<AwardTier> tier(ProposalId id) {
    return result.winners().flatMap(w -> w.tierOf(id));
  }

  private void explain(Future<ImmutableSortedMap<ProposalId, ImmutableList<Leak>>> leakDetection) {
    EditionResult finished = result;
    ReliabilityOptions options = ReliabilityOptions.newBuilder().seed(seed).replicates(REPLICATES).build();
    Future<ImmutableList<StageReliability>> raters = second.submit(() -> RaterReliability.assess(finished, options));
    fairness = RegionalFairness.assess(finished, FairnessOptions.of(ThreeTRegions.tertinggal2020to2024()));
    for (Proposal p : sample.proposals) {
      ProposalOutcome outcome = finished.outcome(p.id()).orElseThrow();
      explanations.put(p.id(), finished.explain(p.id()).orElseThrow());
      outcomes.put(p.id(), outcome.text().indonesian());
    }
    leaks = SecondThread.join(leakDetection);
    reliability = SecondThread.join(raters);
    stage("Selesai", "Done");
    out.printf(Locale.ROOT, "decision log: %d entries, head %s, chain %s%n", log.size(), log.headHash(), log.verify());
  }

  /** The top of the final ranking as console lines. */
  ImmutableList<String> top(int n) {
    List<String> lines = new ArrayList<>();
    for (var e : finalRanking.top(n)) {
      Proposal p = proposal(e.proposal());
      lines.add(String.format(Locale.ROOT, "%3d. %-28s %8s  %s (%s)", e.rank(), p.id(), e.score().setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
          p.innovation().title(), p.innovation().institution().name()));
    }
    return ImmutableList.copyOf(lines);
  }

  /** The scores and explanation inputs the JSON results hold. */
  ImmutableMap<String, Integer> counts() {
    return ImmutableMap.of("registered", sample.proposals.size(), "submitted", sample.submittedAt.size(), "eligible", screening.eligible().size(),
        "nominated", nomination.passed().size(), "finalists", correctedShortlist.included().size(), "awarded",
        tiers.stream().mapToInt(c -> c.passed().size()).sum());
  }
}
