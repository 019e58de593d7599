package io.github.kipp.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.core.stage.Stages;
import io.github.kipp.core.stage.TransitionRequest;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreBook;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.panel.Assigner;
import io.github.kipp.scoring.panel.AssignmentOptions;
import io.github.kipp.scoring.panel.AssignmentResult;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.stability.BootstrapOptions;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.competition.ExplanationBuilder;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.shortlist.QuotaProblem;
import io.github.kipp.scoring.stability.RankStability;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.shortlist.Shortlist;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.shortlist.Shortlister;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.aggregate.VerificationFinding;
import io.github.kipp.scoring.aggregate.ZScoreOptions;
import io.github.kipp.scoring.spi.FinalistPool;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import java.util.stream.Collectors;

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
  final SampleProvince sample;
  final DecisionLog log = DecisionLog.create();
  final Map<ProposalId, ProposalStatus> statuses = new TreeMap<>();
  final Map<ProposalId, Proposal> byId = new LinkedHashMap<>();

  ScreeningResult screening = new ScreeningResult(ImmutableSortedMap.of());
  AssignmentResult deskAssignment;
  FrozenScores deskScores;
  AggregationResult desk;
  CombinationResult deskCombination;
  Ranking deskRanking;
  CutResult nomination;
  Shortlist shortlist;
  ShortlistSpec shortlistSpec;
  ImmutableList<String> droppedQuotas = ImmutableList.of();
  PublishedResult published;
  PublishedResult corrected;
  ProposalId objectedTo;
  Reason ruling;
  Shortlist correctedShortlist;
  AssignmentResult presentationAssignment;
  AggregationResult presentation;
  ImmutableSortedMap<ProposalId, VerificationFinding> findings = ImmutableSortedMap.of();
  CombinationResult finalCombination;
  Ranking finalRanking;
  ImmutableList<CutResult> tiers = ImmutableList.of();
  RankStability stability;
  final Map<ProposalId, Explanation> explanations = new TreeMap<>();
  final Map<ProposalId, String> outcomes = new TreeMap<>();

  private final PrintStream out;
  private final Random random;
  private final Map<ActorId, double[]> evaluatorModel = new TreeMap<>();

  @SuppressWarnings("NullAway.Init")
  private CompetitionRun(SinovikModule module, SampleProvince sample, long seed, PrintStream out) {
    this.module = module;
    this.sample = sample;
    this.seed = seed;
    this.out = out;
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
    CompetitionRun r = new CompetitionRun(module, sample, seed, out);
    r.register();
    r.screen();
    r.evaluate();
    r.nominateAndShortlist();
    r.publicReview();
    r.present();
    r.verify();
    r.rankFinal();
    r.explain();
    return r;
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
    List<Proposal> entered = submitted();
    EligibilityContext context = EligibilityContext.newBuilder(module.edition()).submitted(entered).submittedAt(sample.submittedAt).build();
    screening = EligibilityScreen.of(module.eligibilityRules()).screen(entered, context);
    Actor secretariat = actor("sekretariat-biro-organisasi", Role.SECRETARIAT);
    Instant at = wita(2, 13, 10);
    for (Proposal p : entered) {
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
    Citation zCitation = Citation.unknown(HOST, "the guide names no aggregation; per-evaluator z-score, so no lenient or strict evaluator decides a rank");
    desk = Aggregations.zScore(ZScoreOptions.population(5, ZScoreOptions.Fallback.USE_RAW, zCitation)).aggregate(deskScores);
    out.println("aggregated by per-evaluator z-score, mapped back onto the 0-100 scale");
    Actor secretariat = actor("sekretariat-biro-organisasi", Role.SECRETARIAT);
    for (Proposal p : entries) {
      move(p.id(), Stages.EVALUATED, secretariat, wita(3, 1, 9));
    }
  }

  // --- nomination, quota-aware shortlist ------------------------------------------------------

  private Ranking rankDesk(List<Proposal> proposals) {
    Map<ProposalId, Proposal> map = new TreeMap<>();
    proposals.forEach(p -> map.put(p.id(), p));
    return Ranker.withTieBreaks(module.tieBreaks().build(seed)).rank(deskCombination.candidates(map, sample.submittedAt));
  }

  private ShortlistSpec spec(FinalistPool pool, Ranking ranking) {
    Citation host = Citation.unknown(HOST, "the guide publishes no composition targets; this run asks for a spread: at most 5 finalists per"
        + " institution and at least 3 from the province's cities (kota), or as many as were nominated");
    long cities = ranking.entries().stream().filter(e -> e.candidate().proposal().innovation().institution().type() == InstitutionType.KOTA).count();
    List<Quota> wanted = new ArrayList<>();
    wanted.add(Quota.eachAtMost(QuotaDimension.INSTITUTION, 5, host));
    if (cities > 0) {
      wanted.add(Quota.atLeast(QuotaDimension.INSTITUTION_TYPE, InstitutionType.KOTA.name(), (int) Math.min(3, cities), host));
    }
    ShortlistSpec.Builder b = ShortlistSpec.newBuilder().size(Math.min(pool.spec().size(), ranking.size()), pool.spec().sizeCitation())
        .quotas(pool.spec().quotas());
    pool.spec().threeTRegions().ifPresent(b::threeTRegions);
    ShortlistSpec withQuotas = ShortlistSpec.newBuilder().size(Math.min(pool.spec().size(), ranking.size()), pool.spec().sizeCitation())
        .quotas(pool.spec().quotas()).quotas(wanted).build();
    ImmutableList<QuotaProblem> problems = Shortlister.create().check(ranking, withQuotas);
    if (problems.isEmpty()) {
      return withQuotas;
    }
    droppedQuotas = problems.stream().map(Object::toString).collect(ImmutableList.toImmutableList());
    out.println("  the run's own quotas cannot be met by this field and are left out: " + droppedQuotas);
    return b.build();
  }

  private void nominateAndShortlist() {
    stage("Nominasi dan daftar pendek berkuota", "Nomination and quota-aware shortlist");
    deskCombination = StageCombinations.single(SulawesiSelatan.SUBSTANCE,
        Citation.unknown(HOST, "the desk ranking that nominates is the substance score alone")).combine(
        ImmutableSortedMap.of(SulawesiSelatan.SUBSTANCE, desk), ImmutableSortedMap.of());
    deskRanking = rankDesk(eligible());
    GroupId umum = module.edition().groups().get(0).id();
    Cutoff cut = must(module.nominations(), umum);
    nomination = cut.apply(deskRanking);
    Actor te = actor("pleno-tim-evaluasi", Role.EVALUATOR);
    for (var e : deskRanking.entries()) {
      boolean passed = nomination.passed().stream().anyMatch(x -> x.proposal().equals(e.proposal()));
      move(e.proposal(), passed ? Stages.NOMINATED : Stages.NOT_NOMINATED, te, wita(3, 1, 14));
    }
    out.printf(Locale.ROOT, "Top %d nominated (%s)%n", nomination.passed().size(), cut.citation());
    FinalistPool pool = module.finalists().get(0);
    Ranking nominated = rankDesk(nomination.passed().stream().map(e -> proposal(e.proposal())).collect(Collectors.toList()));
    shortlistSpec = spec(pool, nominated);
    shortlist = Shortlister.create().select(nominated, shortlistSpec);
    out.printf(Locale.ROOT, "%s: %d finalists chosen from %d nominated, %d quotas%n", pool.name().english(), shortlist.included().size(),
        nominated.size(), shortlistSpec.quotas().size());
    shortlist.quotaCounts().forEach(q -> out.printf(Locale.ROOT, "  quota %s: %d selected (%s)%n", q.quota().label().english(), q.selected(),
        q.holds() ? "holds" : "FAILS"));
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
    objectedTo = open.get(Math.floorMod(seed, open.size()));
    String grounds = "inovasi belum diterapkan, baru tahap uji coba / the innovation is only a pilot and not yet in service";
    log.recordObjection(wita(3, 3, 11), actor("warga-pelapor", Role.UNIT), "sanggahan-01", published, objectedTo, grounds);
    Citation basis = Citation.inferred(SulawesiSelatan.PANDUAN, "section UNKNOWN",
        "an entry must be an innovation already in service; a finalist shown to be a pilot is struck out after public review");
    ruling = Reason.of("objection.upheld", LocalizedText.of(
        "Sanggahan diterima: verifikasi dokumen menunjukkan inovasi masih uji coba; proposal dicoret dari daftar finalis.",
        "Objection upheld: the documents show the innovation is still a pilot; the proposal is struck from the finalists."), basis);
    log.recordRuling(wita(3, 4, 15), organiser, "sanggahan-01", true, ruling);
    move(objectedTo, Stages.DISQUALIFIED, organiser, wita(3, 4, 15), ruling);
    List<Proposal> remaining = nomination.passed().stream().map(e -> proposal(e.proposal())).filter(p -> !p.id().equals(objectedTo))
        .collect(Collectors.toList());
    Ranking again = rankDesk(remaining);
    correctedShortlist = Shortlister.create().select(again, ShortlistSpec.newBuilder().size(Math.min(shortlistSpec.size(), again.size()),
        shortlistSpec.sizeCitation()).quotas(shortlistSpec.quotas()).build());
    corrected = published.correctedBy("SULSEL-2023/UJI-PUBLIK/01-R1", wita(3, 4, 16), lines(correctedShortlist), ruling);
    log.recordPublication(corrected, organiser);
    out.printf(Locale.ROOT, "objection sanggahan-01 against %s upheld; corrected list %s published, hash %s (supersedes %s…)%n",
        objectedTo, corrected.reference(), corrected.hash(), published.hash().substring(0, 12));
    Actor tpi = actor("tim-panel-independen", Role.INDEPENDENT_PANEL);
    for (var e : again.entries()) {
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
    FrozenScores scores = score(criteria, finalists, sample.presentationPanel, presentationAssignment, wita(3, 6, 8), wita(3, 9, 18), 8);
    presentation = module.aggregation(SulawesiSelatan.PRESENTATION).aggregate(scores);
    for (Proposal p : finalists) {
      move(p.id(), Stages.PRESENTED, actor("tim-panel-independen", Role.INDEPENDENT_PANEL), wita(3, 9, 18));
    }
    out.printf(Locale.ROOT, "%d finalists presented to %d panelists (TPI); %d sheets; %d conflicts of interest avoided%n", finalists.size(),
        sample.presentationPanel.size(), scores.sheets().size(), presentationAssignment.conflicts().size());
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

  private void rankFinal() {
    stage("Peringkat akhir dan penghargaan", "Final ranking and tiers");
    // Only finalists go on: the combination sees their substance scores, not the whole field's.
    ImmutableSortedMap<ProposalId, io.github.kipp.scoring.aggregate.AggregatedScore> finalistsDesk = desk.scores().entrySet().stream()
        .filter(e -> correctedShortlist.isIncluded(e.getKey()))
        .collect(ImmutableSortedMap.toImmutableSortedMap(Comparable::compareTo, Map.Entry::getKey, Map.Entry::getValue));
    AggregationResult substance = new AggregationResult(desk.stage(), desk.policy(), desk.parameters(), desk.populationId(), desk.citation(), finalistsDesk);
    finalCombination = module.combination().combine(ImmutableSortedMap.of(SulawesiSelatan.SUBSTANCE, substance, SulawesiSelatan.PRESENTATION, presentation),
        findings);
    Map<ProposalId, Proposal> map = new TreeMap<>();
    finalists().forEach(p -> map.put(p.id(), p));
    finalRanking = Ranker.withTieBreaks(module.tieBreaks().build(seed)).rank(finalCombination.candidates(map, sample.submittedAt));
    Actor organiser = actor("gubernur-sulsel", Role.ORGANISER);
    List<CutResult> cuts = new ArrayList<>();
    Map<ProposalId, AwardTier> awarded = new TreeMap<>();
    Ranking rest = finalRanking;
    for (AwardTier tier : module.winners()) {
      CutResult cut = Cutoff.topN(Math.min(tier.size(), rest.size()), tier.citation()).apply(rest);
      cuts.add(cut);
      cut.passed().forEach(e -> awarded.put(e.proposal(), tier));
      List<Candidate> left = rest.entries().stream().filter(e -> !awarded.containsKey(e.proposal())).map(e -> e.candidate()).collect(Collectors.toList());
      rest = Ranker.withTieBreaks(module.tieBreaks().build(seed)).rank(left);
    }
    tiers = ImmutableList.copyOf(cuts);
    for (var e : finalRanking.entries()) {
      AwardTier tier = awarded.get(e.proposal());
      if (tier != null) {
        moveToTier(e.proposal(), Stages.AWARDED, organiser, wita(3, 31, 10), tier.id());
      } else {
        move(e.proposal(), Stages.FINALIST_ONLY, organiser, wita(3, 31, 10));
      }
    }
    out.printf(Locale.ROOT, "combined as %s%n", module.combination().describe());
    for (AwardTier tier : module.winners()) {
      out.printf(Locale.ROOT, "%s: %d awarded%n", tier.name().english(), awarded.values().stream().filter(tier::equals).count());
    }
    stability = RankStability.bootstrap(desk, BootstrapOptions.newBuilder().replicates(REPLICATES).seed(seed)
        .shortlistSize(Math.max(1, nomination.passed().size())).build());
    out.printf(Locale.ROOT, "rank stability: %d bootstrap replicates of the desk scores, %s confidence%n", stability.replicates(),
        stability.confidence().toPlainString());
  }

  // --- explanations ---------------------------------------------------------------------------

  String tierOf(ProposalId id) {
    return tier(id).map(t -> t.name().indonesian()).orElse("");
  }

  /** The winners' tier a proposal reached, if any. */
  Optional<AwardTier> tier(ProposalId id) {
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).passed().stream().anyMatch(e -> e.proposal().equals(id))) {
        return Optional.of(module.winners().get(i));
      }
    }
    return Optional.empty();
  }

  private void explain() {
    for (Proposal p : sample.proposals) {
      ProposalId id = p.id();
      ProposalStatus status = must(statuses, id);
      String outcome = status.stage().value();
      ExplanationBuilder ex = ExplanationBuilder.of(id);
      Optional<ProposalEligibility> e = screening.outcome(id);
      if (e.isPresent() && !e.get().eligible()) {
        Decision d = e.get().failures().get(0);
        ex.step(Optional.of(Explanation.leaf("eligibility", LocalizedText.of("Seleksi administrasi", "Eligibility"), d.rule() + ": "
            + d.reasons().get(0).message().english(), d.citations().toArray(Citation[]::new))));
      } else if (e.isEmpty()) {
        ex.step(Optional.of(Explanation.leaf("registration", LocalizedText.of("Pendaftaran", "Registration"), "registered, never submitted")));
      } else if (finalRanking.entry(id).isPresent()) {
        ex.combination(finalCombination).ranking(finalRanking);
        for (CutResult cut : tiers) {
          if (cut.decisions().containsKey(id)) {
            ex.cutoff(cut);
          }
        }
        String tier = tierOf(id);
        outcome = tier.isEmpty() ? "Finalis" : tier;
      } else {
        ex.combination(deskCombination).ranking(deskRanking).cutoff(nomination);
        if (id.equals(objectedTo)) {
          ex.step(Optional.of(Explanation.leaf("public-review", LocalizedText.of("Uji publik", "Public review"), ruling.message().english(),
              ruling.citations().toArray(Citation[]::new))));
        } else {
          ex.step(correctedShortlist.explain(id));
        }
      }
      explanations.put(id, ex.build(outcome));
      outcomes.put(id, outcome);
    }
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
