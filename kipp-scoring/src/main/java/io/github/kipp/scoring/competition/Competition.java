package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.Decision;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.appeal.AppealRuling;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.aggregate.VerificationFinding;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.rank.TieBreak;
import io.github.kipp.scoring.rank.TieBreakChain;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.Shortlist;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.shortlist.Shortlister;
import io.github.kipp.scoring.spi.FinalistPool;
import io.github.kipp.scoring.spi.ScoringRules;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Runs one edition's stages exactly as its rule module declares them: administrative screening
 * with the module's eligibility rules; the desk evaluation aggregated by the stage's policy (with its
 * minimum-sample guard), ranked per group with the declared tie-break chain and cut by the pass mark
 * and the nomination counts; each finalist pool chosen as a quota-aware shortlist; and the later
 * stages scored, combined by the module's policy, ranked and cut into the winners' tiers. Every
 * decision carries its reasons and citations; {@link EditionResult#explain} gives each proposal's
 * derivation tree.
 *
 * <p>A competition runs over months, so the steps run one at a time, each taking the {@link
 * EditionResult} of the step before and returning a new one that a host can store (kipp-jackson
 * writes and reads it) and resume from:
 *
 * <pre>{@code
 * Competition competition = Competition.of(module, drawSeed, clock);
 * EditionResult screened  = competition.screen(entries);
 * EditionResult nominated = competition.nominate(screened, deskScores);      // FrozenScores of the desk stage
 * EditionResult finalists = competition.selectFinalists(nominated);
 * // public review: an upheld objection removes a finalist and the pool is chosen again
 * EditionResult corrected = competition.removeFinalist(finalists, objectedTo, ruling);
 * // an upheld appeal against a refusal at screening restores the proposal; nomination runs again
 * EditionResult restored  = competition.afterAppeal(screened, appealRuling);
 * EditionResult winners   = competition.award(corrected, List.of(presentationScores), findings);
 * }</pre>
 *
 * <p>{@link #run} does every step at once, for what-if replays, golden scenarios and benchmarks.
 * The same inputs give equal results, whatever the order of proposals and sheets.
 *
 * <p><b>Tie-breaks.</b> Every candidate the competition ranks carries the stage score and criterion
 * scores of every stage scored so far, so the declared chain always has its data. A ranking made
 * before a stage is scored (the desk rankings that nominate and choose finalists) uses the chain's
 * rules whose stage or criterion is scored by then; the ranking's {@link Ranking#tieBreaks()} lists
 * the rules it applied. A rule whose data is missing when a tie needs it is a {@link
 * io.github.kipp.scoring.rank.MissingTieBreakDataException}, never a skip to the next rule.
 *
 * <p>Immutable and thread-safe: every step is a function of its arguments, the module, the draw's
 * seed and the clock's reading, which stamps each step's {@code decidedAt}.
 */
public final class Competition {

  private final RuleModule module;
  private final @Nullable ScoringRules rules;
  private final long drawSeed;
  private final Clock clock;
  private final ImmutableList<StageId> stages;
  private final ImmutableMap<CriterionId, StageId> criterionStages;
  private final ImmutableMap<TierId, ImmutableList<Quota>> hostQuotas;
  private final Shortlister shortlister;

  private Competition(Competition other, Clock clock) {
    this.module = other.module;
    this.rules = other.rules;
    this.drawSeed = other.drawSeed;
    this.clock = clock;
    this.stages = other.stages;
    this.criterionStages = other.criterionStages;
    this.hostQuotas = other.hostQuotas;
    this.shortlister = other.shortlister;
  }

  private Competition(Builder b) {
    this.module = requireNonNull(b.module, "module");
    this.rules = module.part(ScoringRules.class).orElse(null);
    this.drawSeed = b.drawSeed == null ? 0 : b.drawSeed;
    this.clock = requireNonNull(b.clock, "clock");
    ImmutableList.Builder<StageId> s = ImmutableList.builder();
    Map<CriterionId, StageId> c = new LinkedHashMap<>();
    for (CriteriaSet set : rules == null ? ImmutableList.<CriteriaSet>of() : rules.criteria()) {
      s.add(set.stage());
      for (Criterion criterion : set.criteria()) {
        c.putIfAbsent(criterion.id(), set.stage());
      }
    }
    this.stages = s.build();
    this.criterionStages = ImmutableMap.copyOf(c);
    this.hostQuotas = ImmutableMap.copyOf(b.quotas);
    this.shortlister = b.nodeBudget == null ? Shortlister.create() : Shortlister.withNodeBudget(b.nodeBudget);
    checkDeclaration();
  }

  /** A module's tie-break chain may only name stages and criteria the module scores. */
  private void checkDeclaration() {
    List<String> problems = new ArrayList<>();
    if (rules == null) {
      if (!hostQuotas.isEmpty()) {
        throw new IllegalArgumentException("quotas are given for finalist pools, but rule module " + module.id() + " has no scoring rules");
      }
      return;
    }
    for (TieBreakChain.Step step : rules.tieBreaks().steps()) {
      String target = step.target().orElse("");
      if (step.kind() == TieBreakChain.Kind.STAGE && !stages.contains(StageId.of(target))) {
        problems.add(step + " names a stage the module does not score (" + stages + ")");
      }
      if (step.kind() == TieBreakChain.Kind.CRITERION && !criterionStages.containsKey(CriterionId.of(target))) {
        problems.add(step + " names a criterion no stage of the module scores");
      }
    }
    for (TierId pool : hostQuotas.keySet()) {
      if (rules.finalists().stream().noneMatch(f -> f.tier().equals(pool))) {
        problems.add("quotas are given for finalist pool " + pool + ", which module " + module.id() + " does not declare");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("rule module " + module.id() + " cannot be run: " + String.join("; ", problems));
    }
  }

  /**
   * Returns a competition of a module with a draw seed and a clock.
   *
   * @param module the rule module, not null; without the {@link ScoringRules} part it can only be
   *     screened
   * @param drawSeed the seed of the tie-break draw, recorded in every result
   * @param clock the clock that stamps each step's {@code decidedAt}; not null
   * @return the competition, not null
   * @throws IllegalArgumentException if the module's tie-break chain names a stage or criterion it
   *     does not score
   */
  public static Competition of(RuleModule module, long drawSeed, Clock clock) {
    return newBuilder(module).drawSeed(drawSeed).clock(clock).build();
  }

  /**
   * Returns a builder for a module's competition.
   *
   * @param module the rule module, not null
   * @return the builder, not null
   */
  public static Builder newBuilder(RuleModule module) {
    return new Builder(requireNonNull(module, "module"));
  }

  /**
   * Returns a copy of this competition whose steps are stamped by another clock: the same module,
   * draw seed, host quotas and search budget, so it decides exactly what this one decides. A host
   * that runs a stored competition again at the times its steps were decided (kipp-jackson checks a
   * stored {@link EditionResult} so, with each {@link StepRecord#decidedAt()}) uses it.
   *
   * @param value the clock, not null
   * @return the competition, not null
   */
  public Competition withClock(Clock value) {
    return new Competition(this, requireNonNull(value, "clock"));
  }

  /**
   * Returns the rule module.
   *
   * @return the module, not null
   */
  public RuleModule module() {
    return module;
  }

  /**
   * Returns whether the module scores: whether it has the {@link ScoringRules} part. A module
   * without it can only be screened.
   *
   * @return true if the module has scoring rules
   */
  public boolean scores() {
    return rules != null;
  }

  /**
   * Returns the module's scoring rules.
   *
   * @return the rules, not null
   * @throws io.github.kipp.core.spi.MissingModulePartException if the module has no scoring rules
   */
  public ScoringRules rules() {
    return rules != null ? rules : module.requirePart(ScoringRules.class);
  }

  /**
   * Returns the seed of the tie-break draw.
   *
   * @return the seed
   */
  public long drawSeed() {
    return drawSeed;
  }

  /**
   * Returns the module's scoring stages, in order: the first is the desk evaluation that nominates.
   *
   * @return the stages, possibly empty for a module that only screens
   */
  public ImmutableList<StageId> stages() {
    return stages;
  }

  // --- step 1: screening ----------------------------------------------------------------------

  /**
   * Screens the submitted proposals with the module's eligibility rules (<i>seleksi
   * administrasi</i>).
   *
   * @param entries the entries, not null
   * @return the result after screening, not null
   */
  public EditionResult screen(Entries entries) {
    requireNonNull(entries, "entries");
    ImmutableList<Proposal> submitted = entries.submitted();
    EligibilityContext context = EligibilityContext.newBuilder(module.edition()).history(entries.history()).invitations(entries.invitations())
        .submitted(submitted).submittedAt(entries.submissionTimes()).build();
    ScreeningResult result = EligibilityScreen.of(module.eligibilityRules()).screen(submitted, context);
    ImmutableSortedSet.Builder<ProposalId> drafts = ImmutableSortedSet.naturalOrder();
    entries.registered().stream().filter(p -> !entries.isSubmitted(p.id())).forEach(p -> drafts.add(p.id()));
    Instant at = clock.instant();
    return new EditionResult(module.id(), module.edition().id(), drawSeed, entries, new Screening(result, drafts.build(), at),
        null, null, null, ImmutableList.of(StepRecord.screen(at)));
  }

  // --- step 2: desk evaluation and nomination ---------------------------------------------------

  /**
   * Aggregates the desk evaluation over the eligible proposals, ranks each group with the module's
   * tie-breaks, and nominates those at or above the pass mark and inside the group's nomination
   * count (<i>evaluasi proposal</i>, <i>nominasi</i>).
   *
   * @param screened the result after screening, not null
   * @param desk the frozen sheets of the module's first scoring stage, not null
   * @return the result after nomination, not null
   * @throws IllegalStateException if {@code screened} is past screening, or the module scores no stage
   * @throws IllegalArgumentException if {@code screened} comes from another module or draw seed
   * @throws InvalidInputException if the sheets are of another stage or were frozen under other criteria
   */
  public EditionResult nominate(EditionResult screened, FrozenScores desk) {
    requireStep(screened, "nominate", EditionStep.SCREENED);
    requireNonNull(desk, "desk");
    rules();
    if (stages.isEmpty()) {
      throw new IllegalStateException("rule module " + module.id() + " declares no scoring stage, so it nominates nothing");
    }
    StageId deskStage = stages.get(0);
    checkFrozen(desk, Optional.of(deskStage));
    ImmutableList<ProposalId> eligible = screened.screening().result().eligible();
    AggregationResult all = rules().aggregation(deskStage).aggregate(desk);
    Set<StageId> scored = Set.of(deskStage);
    Ranker ranker = ranker(scored);
    Map<GroupId, List<Candidate>> byGroup = new TreeMap<>();
    ImmutableSortedSet.Builder<ProposalId> unscored = ImmutableSortedSet.naturalOrder();
    Entries entries = screened.entries();
    // The eligible proposals, the scores and the submission times are all sorted by proposal id:
    // walk them in step instead of searching each one for every proposal.
    InStep<AggregatedScore> scores = InStep.of(all.scores());
    InStep<Instant> times = InStep.of(entries.submissionTimes());
    int matchedCount = 0;
    for (ProposalId id : eligible) {
      AggregatedScore score = scores.get(id);
      Proposal p = entries.proposal(id).orElseThrow();
      if (score == null) {
        unscored.add(id);
        continue;
      }
      matchedCount++;
      byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(new Candidate(p, score.score(),
          ImmutableSortedMap.of(deskStage, score.score()), score.criterionMeans(), Optional.ofNullable(times.get(id))));
    }
    // Scores of proposals that are not eligible are left out of the nomination's aggregate.
    AggregationResult aggregate = matchedCount == all.scores().size() ? all : restrictedTo(all, eligible);
    ImmutableSortedMap.Builder<GroupId, Nomination.GroupNomination> groups = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<GroupId, List<Candidate>> g : byGroup.entrySet()) {
      Ranking ranking = ranker.rank(g.getKey().value(), g.getValue());
      Optional<CutResult> passMark = rules().passMark().map(m -> m.apply(ranking));
      Optional<CutResult> count = Optional.ofNullable(rules().nominations().get(g.getKey())).map(n -> n.apply(ranking));
      ImmutableList.Builder<ProposalId> nominated = ImmutableList.builder();
      ImmutableList<RankedEntry> ranked = ranking.entries();
      boolean[] passesMark = passes(passMark, ranked);
      boolean[] passesCount = passes(count, ranked);
      for (int i = 0; i < ranked.size(); i++) {
        if (passesMark[i] && passesCount[i]) {
          nominated.add(ranked.get(i).proposal());
        }
      }
      groups.put(g.getKey(), new Nomination.GroupNomination(g.getKey(), ranking, passMark, count, nominated.build()));
    }
    Instant at = clock.instant();
    return screened.withNomination(new Nomination(aggregate, groups.buildOrThrow(), unscored.build(), at), StepRecord.nominate(at, desk));
  }

  /**
   * Returns {@link AggregationResult#restrictedTo} the proposals of a list sorted by id and
   * distinct, given as a set whose look-ups walk the list in step: the restriction asks for the
   * scores' ids in their order.
   */
  private static AggregationResult restrictedTo(AggregationResult all, ImmutableList<ProposalId> sorted) {
    InStep<Boolean> kept = InStep.members(sorted);
    return all.restrictedTo(new java.util.AbstractSet<ProposalId>() {
      @Override
      public boolean contains(@Nullable Object o) {
        return o instanceof ProposalId id && kept.get(id) != null;
      }

      @Override
      public java.util.Iterator<ProposalId> iterator() {
        return sorted.iterator();
      }

      @Override
      public int size() {
        return sorted.size();
      }
    });
  }

  /**
   * Returns the candidates of a group's nominated proposals, in their order. The nominated proposals
   * are the group ranking's entries that passed, in the ranking's order, so both are walked in step;
   * a proposal not found that way is looked up among all the entries.
   */
  private static List<Candidate> nominatedCandidates(Nomination.GroupNomination g) {
    ImmutableList<RankedEntry> entries = g.ranking().entries();
    ImmutableList<ProposalId> nominated = g.nominated();
    List<Candidate> out = new ArrayList<>(nominated.size());
    int i = 0;
    for (ProposalId id : nominated) {
      while (i < entries.size() && !entries.get(i).proposal().equals(id)) {
        i++;
      }
      if (i == entries.size()) {
        // not in the ranking's order: look each one up
        Map<ProposalId, Candidate> byId = new java.util.HashMap<>();
        entries.forEach(e -> byId.put(e.proposal(), e.candidate()));
        out.clear();
        nominated.forEach(n -> out.add(requireNonNull(byId.get(n), "candidate")));
        return out;
      }
      out.add(entries.get(i).candidate());
      i++;
    }
    return out;
  }

  /**
   * Looks up ids among keys sorted by id, for ids asked in ascending order: each look-up moves on
   * from the last, so asking every id of a sorted list costs one walk of the keys. An id asked out of
   * order is searched for.
   */
  private static final class InStep<V> {
    private final List<ProposalId> keys;
    private final List<V> values;
    private int at;

    private InStep(List<ProposalId> keys, List<V> values) {
      this.keys = keys;
      this.values = values;
    }

    /** Over a map sorted by id. */
    static <V> InStep<V> of(ImmutableSortedMap<ProposalId, V> map) {
      return new InStep<>(map.keySet().asList(), map.values().asList());
    }

    /** Over the ids of a list sorted by id, each mapped to {@code true}. */
    static InStep<Boolean> members(List<ProposalId> sortedIds) {
      return new InStep<>(sortedIds, java.util.Collections.nCopies(sortedIds.size(), Boolean.TRUE));
    }

    @Nullable V get(ProposalId id) {
      if (at > 0 && keys.get(at - 1).compareTo(id) >= 0) {
        int found = java.util.Collections.binarySearch(keys, id);
        return found >= 0 ? values.get(found) : null;
      }
      while (at < keys.size() && keys.get(at).compareTo(id) < 0) {
        at++;
      }
      return at < keys.size() && keys.get(at).equals(id) ? values.get(at) : null;
    }
  }


  /**
   * Returns, for each entry of a ranking, whether a cut of it passed the entry; every entry when
   * there is no cut. A cut lists the entries it passed in the ranking's order, so they are found by
   * walking both lists in step; a cut whose list is not such a subsequence is read by its decisions.
   */
  private static boolean[] passes(Optional<CutResult> cut, ImmutableList<RankedEntry> entries) {
    boolean[] out = new boolean[entries.size()];
    if (cut.isEmpty()) {
      java.util.Arrays.fill(out, true);
      return out;
    }
    ImmutableList<RankedEntry> passed = cut.get().passed();
    int k = 0;
    for (int i = 0; i < entries.size(); i++) {
      if (k < passed.size() && passed.get(k) == entries.get(i)) { // the cut's own entries, by identity
        out[i] = true;
        k++;
      }
    }
    if (k < passed.size()) {
      for (int i = 0; i < entries.size(); i++) {
        out[i] = passed(cut.get(), entries.get(i).proposal());
      }
    }
    return out;
  }

  private static boolean passed(CutResult cut, ProposalId proposal) {
    return requireNonNull(cut.decisions().get(proposal), "decision").passed();
  }

  // --- step 3: finalists ----------------------------------------------------------------------

  /**
   * Chooses each finalist pool of the module as a quota-aware shortlist from the nominated proposals
   * of its groups, ranked by the desk evaluation with the module's tie-breaks; the pool's quotas are
   * the module's plus any the host configured ({@link Builder#quotas}).
   *
   * @param nominated the result after nomination, not null
   * @return the result after the finalists' selection, not null
   * @throws IllegalStateException if {@code nominated} is not the result of nomination
   * @throws IllegalArgumentException if {@code nominated} comes from another module or draw seed
   * @throws io.github.kipp.scoring.shortlist.InfeasibleQuotasException if a pool's quotas cannot be met
   */
  public EditionResult selectFinalists(EditionResult nominated) {
    requireStep(nominated, "select the finalists of", EditionStep.NOMINATED);
    Instant at = clock.instant();
    return nominated.withFinalists(select(nominated, ImmutableSortedMap.of(), at), StepRecord.selectFinalists(at));
  }

  /**
   * Removes a finalist after an objection in public review (<i>uji publik</i>) was upheld, and
   * chooses its pool again without it, so that the next nominated proposal may take its place. The
   * ruling is kept with the result and explains the removed proposal's outcome.
   *
   * @param selected the result after the finalists' selection, not null
   * @param proposal the finalist removed, not null
   * @param ruling the ruling on the objection, with its citations; not null
   * @return the corrected result, not null
   * @throws IllegalStateException if {@code selected} is not the result of the finalists' selection
   * @throws InvalidInputException if the proposal is not a finalist
   */
  public EditionResult removeFinalist(EditionResult selected, ProposalId proposal, Reason ruling) {
    requireStep(selected, "remove a finalist from", EditionStep.FINALISTS_SELECTED);
    requireNonNull(proposal, "proposal");
    requireNonNull(ruling, "ruling");
    FinalistSelection current = selected.finalists().orElseThrow();
    if (!current.finalists().contains(proposal)) {
      throw InvalidInputException.of("public review", ScoringMessages.violation("kipp.competition.notFinalist", "proposal", proposal));
    }
    Map<ProposalId, Reason> removed = new TreeMap<>(current.removed());
    removed.put(proposal, ruling);
    Instant at = clock.instant();
    return selected.withFinalists(select(selected, ImmutableSortedMap.copyOf(removed), at), StepRecord.removeFinalist(at, proposal, ruling));
  }

  private FinalistSelection select(EditionResult nominated, ImmutableSortedMap<ProposalId, Reason> removed, Instant at) {
    Nomination nomination = nominated.nomination().orElseThrow();
    Ranker ranker = ranker(Set.of(stages.get(0)));
    ImmutableList.Builder<FinalistSelection.PoolSelection> pools = ImmutableList.builder();
    for (FinalistPool pool : rules().finalists()) {
      List<Candidate> competing = new ArrayList<>();
      for (GroupId group : pool.groups()) {
        Nomination.GroupNomination g = nomination.groups().get(group);
        if (g == null) {
          continue;
        }
        for (Candidate c : nominatedCandidates(g)) {
          if (!removed.containsKey(c.id())) {
            competing.add(c);
          }
        }
      }
      Ranking ranking = ranker.rank(pool.tier().value(), competing);
      Shortlist shortlist = shortlister.select(ranking, spec(pool));
      pools.add(new FinalistSelection.PoolSelection(pool, shortlist));
    }
    return new FinalistSelection(pools.build(), removed, at);
  }

  private ShortlistSpec spec(FinalistPool pool) {
    ImmutableList<Quota> extra = hostQuotas.getOrDefault(pool.tier(), ImmutableList.of());
    if (extra.isEmpty()) {
      return pool.spec();
    }
    ShortlistSpec.Builder b = ShortlistSpec.newBuilder().size(pool.spec().size(), pool.spec().sizeCitation()).quotas(pool.spec().quotas()).quotas(extra);
    pool.spec().threeTRegions().ifPresent(b::threeTRegions);
    return b.build();
  }

  // --- step 4: winners ------------------------------------------------------------------------

  /**
   * Scores the later stages, combines every stage by the module's policy over the proposals still
   * competing (the finalists, or the nominated or eligible proposals when the result stops earlier),
   * ranks them with the module's whole tie-break chain and cuts each winners' tier, in the module's
   * order, from the ranking of its groups without the proposals awarded a tier before it; a tier
   * with participant-type clusters is cut within each cluster (see {@link AwardTier}).
   *
   * @param prior the result after screening, nomination or the finalists' selection; not null
   * @param scores the frozen sheets of the stages not scored before, in any order; not null
   * @param findings the field verification's findings, by proposal; not null
   * @return the result after the winners' step, not null
   * @throws IllegalStateException if {@code prior} is already past the winners' step
   * @throws IllegalArgumentException if {@code prior} comes from another module or draw seed
   * @throws InvalidInputException if sheets are given twice for a stage, for a stage already scored,
   *     for a stage the module does not score, or were frozen under other criteria
   */
  public EditionResult award(EditionResult prior, Collection<FrozenScores> scores, Map<ProposalId, VerificationFinding> findings) {
    requireStep(prior, "award the winners of", EditionStep.SCREENED, EditionStep.NOMINATED, EditionStep.FINALISTS_SELECTED);
    requireNonNull(scores, "scores");
    ImmutableSortedMap<ProposalId, VerificationFinding> found = ImmutableSortedMap.copyOf(requireNonNull(findings, "findings"));
    Set<ProposalId> population = new HashSet<>(prior.competing());
    Map<StageId, AggregationResult> aggregated = new TreeMap<>();
    prior.nomination().ifPresent(n -> aggregated.put(n.desk().stage(), n.desk().restrictedTo(population)));
    List<Violation> problems = new ArrayList<>();
    List<AggregationResult> later = new ArrayList<>();
    Map<StageId, StepRecord.FrozenStage> frozenStages = new TreeMap<>();
    Set<StageId> given = new TreeSet<>();
    for (FrozenScores frozen : scores) {
      StageId stage = requireNonNull(frozen, "scores").criteria().stage();
      if (!given.add(stage) || aggregated.containsKey(stage)) {
        problems.add(ScoringMessages.violation("kipp.competition.stageTwice", "scores[" + stage + "]", stage));
        continue;
      }
      Optional<Violation> misfit = misfit(frozen, Optional.empty());
      if (misfit.isPresent()) {
        problems.add(misfit.get());
        continue;
      }
      AggregationResult a = rules().aggregation(stage).aggregate(frozen).restrictedTo(population);
      later.add(a);
      aggregated.put(stage, a);
      frozenStages.put(stage, StepRecord.FrozenStage.of(frozen));
    }
    InvalidInputException.throwIfAny("stage scores", problems);
    later.sort((x, y) -> Integer.compare(stages.indexOf(x.stage()), stages.indexOf(y.stage())));
    CombinationResult combination = rules().combination().combine(ImmutableSortedMap.copyOf(aggregated), found);
    Map<ProposalId, Proposal> proposals = new TreeMap<>();
    for (ProposalId id : population) {
      proposals.put(id, prior.entries().proposal(id).orElseThrow());
    }
    ImmutableList<Candidate> candidates = combination.candidates(proposals, prior.entries().submissionTimes());
    // The winners' ranking applies the whole declared chain: a rule whose stage was not scored is
    // an error when a tie needs it, never skipped.
    Ranker ranker = ranker(ImmutableSortedSet.copyOf(stages));
    Ranking ranking = ranker.rank(candidates);
    ImmutableList.Builder<Winners.TierAward> tiers = ImmutableList.builder();
    Set<ProposalId> awarded = new HashSet<>();
    for (AwardTier tier : rules().winners()) {
      List<Candidate> competing = new ArrayList<>();
      for (RankedEntry e : ranking.entries()) {
        if (tier.groups().contains(e.candidate().proposal().group()) && !awarded.contains(e.proposal())) {
          competing.add(e.candidate());
        }
      }
      Winners.TierAward award = TierCuts.award(tier, ranker, competing);
      award.cut().passed().forEach(e -> awarded.add(e.proposal()));
      tiers.add(award);
    }
    ImmutableList.Builder<StepRecord.FrozenStage> recorded = ImmutableList.builder();
    later.forEach(a -> recorded.add(requireNonNull(frozenStages.get(a.stage()), "frozen stage")));
    Instant at = clock.instant();
    return prior.withWinners(new Winners(ImmutableList.copyOf(later), combination, ranking, tiers.build(), at),
        StepRecord.award(at, recorded.build(), found));
  }

  // --- appeals -------------------------------------------------------------------------------

  /**
   * Applies a decided appeal (<i>banding</i>) to a result, and says explicitly what must run again.
   *
   * <p>A dismissed appeal, and an upheld appeal against an administrative decision other than
   * eligibility, change no result: {@code prior} itself is returned. An upheld appeal against an
   * eligibility refusal ({@link AppealRuling#restoresProposal()}) restores the proposal to the pool:
   * each of its failing screening decisions is passed with the ruling's reason (code, both
   * languages, citations), the ruling is kept in {@link Screening#restored()}, and every other
   * proposal's screening stays exactly as it was. Eligibility decides who competes in every later
   * step, so the result returned is the result after screening, with the screening step's record: the
   * host runs the later steps again — {@link #nominate} with the desk stage's sheets, which now
   * include the restored proposal's, then {@link #selectFinalists} and {@link #award} — and the
   * restored proposal competes in the next stage's pool and ranking beside the others, whose scores
   * are unchanged.
   *
   * <p>A stored result (kipp-format's edition result, written and read by either Jackson line)
   * records the rulings of {@link Screening#restored()}, and reading it applies them again right
   * after the screening step, so a result that restores a proposal reads back as it was written.
   *
   * @param prior the result of any step, not null
   * @param ruling the decided appeal, not null
   * @return {@code prior} if the ruling restores nothing; otherwise the result after screening with
   *     the proposal restored, not null
   * @throws IllegalArgumentException if {@code prior} comes from another module or draw seed
   * @throws InvalidInputException if the ruling restores a proposal that {@code prior}'s screening
   *     did not refuse ({@code kipp.competition.notRefused})
   */
  public EditionResult afterAppeal(EditionResult prior, AppealRuling ruling) {
    requireStep(prior, "apply an appeal to", EditionStep.values());
    requireNonNull(ruling, "ruling");
    if (!ruling.restoresProposal()) {
      return prior;
    }
    ProposalId id = ruling.appeal().decision().proposal();
    Screening screening = prior.screening();
    Optional<ProposalEligibility> refused = screening.result().outcome(id).filter(o -> !o.eligible());
    if (refused.isEmpty()) {
      throw InvalidInputException.of("appeal " + ruling.appeal().id(),
          ScoringMessages.violation("kipp.competition.notRefused", "appeal.decision.proposal", id, "appeal", ruling.appeal().id()));
    }
    ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
    for (Decision d : refused.orElseThrow().decisions()) {
      decisions.add(d.passed() ? d : new Decision(d.subject(), d.rule(), Decision.Outcome.PASS, ImmutableList.of(ruling.reason())));
    }
    Map<ProposalId, ProposalEligibility> outcomes = new TreeMap<>(screening.result().outcomes());
    outcomes.put(id, new ProposalEligibility(id, decisions.build()));
    Map<ProposalId, AppealRuling> restored = new TreeMap<>(screening.restored());
    restored.put(id, ruling);
    Screening after = new Screening(new ScreeningResult(ImmutableSortedMap.copyOf(outcomes)), screening.notSubmitted(), screening.decidedAt(),
        ImmutableSortedMap.copyOf(restored));
    return new EditionResult(prior.module(), prior.edition(), prior.drawSeed(), prior.entries(), after, null, null, null,
        ImmutableList.of(prior.steps().get(0)));
  }

  // --- every step at once ---------------------------------------------------------------------

  /**
   * Runs every step the inputs allow: screening; nomination when the desk stage's sheets are given;
   * the finalists' selection when the module declares pools; the winners when the sheets of every
   * later stage are given.
   *
   * @param entries the entries, not null
   * @param scores the frozen sheets of any stages, in any order; not null
   * @param findings the field verification's findings, by proposal; not null
   * @return the result of the last step run, not null
   */
  public EditionResult run(Entries entries, Collection<FrozenScores> scores, Map<ProposalId, VerificationFinding> findings) {
    requireNonNull(findings, "findings");
    Map<StageId, FrozenScores> byStage = new LinkedHashMap<>();
    List<Violation> problems = new ArrayList<>();
    for (FrozenScores f : requireNonNull(scores, "scores")) {
      StageId stage = requireNonNull(f, "scores").criteria().stage();
      if (byStage.putIfAbsent(stage, f) != null) {
        problems.add(ScoringMessages.violation("kipp.competition.stageTwice", "scores[" + stage + "]", stage));
      }
    }
    InvalidInputException.throwIfAny("stage scores", problems);
    EditionResult result = screen(entries);
    if (rules == null || stages.isEmpty() || !byStage.containsKey(stages.get(0))) {
      return result;
    }
    result = nominate(result, requireNonNull(byStage.get(stages.get(0)), "desk"));
    if (!rules().finalists().isEmpty()) {
      result = selectFinalists(result);
    }
    List<FrozenScores> later = new ArrayList<>();
    for (StageId stage : stages.subList(1, stages.size())) {
      FrozenScores f = byStage.get(stage);
      if (f == null) {
        return result;
      }
      later.add(f);
    }
    return award(result, later, findings);
  }

  /**
   * Replays a stored competition: freezes each stage's sheets at its last sheet's submission (see
   * {@link #freeze(StageId, Collection)}) and runs every step they allow, without field findings.
   * For what-if replays and for hosts that keep sheets rather than frozen scores.
   *
   * @param entries the entries, not null
   * @param sheets the sheets of each scored stage, by stage; not null
   * @return the result of the last step run, not null
   * @throws InvalidInputException if the module does not score a stage, or a sheet does not fit
   *     its stage's criteria
   */
  public EditionResult replay(Entries entries, Map<StageId, ? extends Collection<ScoreSheet>> sheets) {
    requireNonNull(sheets, "sheets");
    List<FrozenScores> frozen = new ArrayList<>();
    sheets.forEach((stage, list) -> frozen.add(freeze(stage, list)));
    return run(entries, frozen, ImmutableMap.of());
  }

  /**
   * Freezes sheets of one of the module's scoring stages at the latest sheet's submission time (the
   * competition's clock when there is no sheet), for sheets kept without the stage's close.
   *
   * @param stage the stage, one the module scores; not null
   * @param sheets the sheets, not null
   * @return the frozen scores, not null
   * @throws InvalidInputException if the module does not score the stage or a sheet does not fit its
   *     criteria
   */
  public FrozenScores freeze(StageId stage, Collection<ScoreSheet> sheets) {
    Instant closedAt = null;
    for (ScoreSheet s : requireNonNull(sheets, "sheets")) {
      Instant at = requireNonNull(s, "sheet").submittedAt();
      closedAt = closedAt == null || at.isAfter(closedAt) ? at : closedAt;
    }
    return freeze(stage, sheets, closedAt == null ? clock.instant() : closedAt);
  }

  /**
   * Freezes sheets of one of the module's scoring stages with the module's criteria, as a score book
   * does when the stage closes.
   *
   * @param stage the stage, one the module scores; not null
   * @param sheets the sheets, not null
   * @param closedAt when the stage closed, not before any sheet's submission; not null
   * @return the frozen scores, not null
   * @throws InvalidInputException if the module does not score the stage, or a sheet does not fit
   *     its criteria or was submitted after the close
   */
  public FrozenScores freeze(StageId stage, Collection<ScoreSheet> sheets, Instant closedAt) {
    requireNonNull(stage, "stage");
    CriteriaSet criteria = rules().criteria(stage).orElseThrow(() -> InvalidInputException.of("stage scores",
        ScoringMessages.violation("kipp.competition.unknownStage", "stage", stage, "module", module.id(), "stages", stages)));
    return FrozenScores.of(criteria, sheets, closedAt);
  }

  // --- helpers --------------------------------------------------------------------------------

  /** The declared chain's rules whose data exists once the given stages are scored. */
  private Ranker ranker(Set<StageId> scored) {
    ImmutableList<TieBreakChain.Step> steps = rules().tieBreaks().steps();
    ImmutableList<TieBreak> built = rules().tieBreaks().build(drawSeed);
    List<TieBreak> applicable = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      TieBreakChain.Step step = steps.get(i);
      String target = step.target().orElse("");
      boolean needsLater = (step.kind() == TieBreakChain.Kind.STAGE && !scored.contains(StageId.of(target)))
          || (step.kind() == TieBreakChain.Kind.CRITERION && !scored.contains(criterionStages.get(CriterionId.of(target))));
      if (!needsLater) {
        applicable.add(built.get(i));
      }
    }
    return Ranker.withTieBreaks(applicable);
  }

  private void checkFrozen(FrozenScores frozen, Optional<StageId> expected) {
    Optional<Violation> misfit = misfit(frozen, expected);
    if (misfit.isPresent()) {
      throw InvalidInputException.of("stage scores", misfit.get());
    }
  }

  private Optional<Violation> misfit(FrozenScores frozen, Optional<StageId> expected) {
    StageId stage = frozen.criteria().stage();
    if (expected.isPresent() && !expected.get().equals(stage)) {
      return Optional.of(ScoringMessages.violation("kipp.competition.wrongStage", "scores", stage, "expected", expected.get()));
    }
    Optional<CriteriaSet> declared = rules().criteria(stage);
    if (declared.isEmpty()) {
      return Optional.of(ScoringMessages.violation("kipp.competition.unknownStage", "scores[" + stage + "]", stage, "module", module.id(), "stages", stages));
    }
    if (!declared.get().equals(frozen.criteria())) {
      return Optional.of(ScoringMessages.violation("kipp.competition.otherCriteria", "scores[" + stage + "]", stage, "module", module.id()));
    }
    return Optional.empty();
  }

  private void requireStep(EditionResult result, String action, EditionStep... allowed) {
    requireNonNull(result, "result");
    if (!result.module().equals(module.id()) || result.drawSeed() != drawSeed) {
      throw new IllegalArgumentException("cannot " + action + " a result of module " + result.module() + " with draw seed " + result.drawSeed()
          + " in the competition of module " + module.id() + " with draw seed " + drawSeed);
    }
    EditionStep step = result.step();
    for (EditionStep a : allowed) {
      if (a == step) {
        return;
      }
    }
    throw new IllegalStateException("cannot " + action + " a result whose last step is " + step + "; the step needs a result after "
        + java.util.Arrays.toString(allowed));
  }

  /** Returns {@code Competition[module, seed]}. */
  @Override
  public String toString() {
    return "Competition[" + module.id() + ", draw seed " + drawSeed + "]";
  }

  /** Builds a {@link Competition}. Each option can be set once; the clock is required. Not thread-safe. */
  public static final class Builder {
    private final RuleModule module;
    private @Nullable Long drawSeed;
    private @Nullable Clock clock;
    private @Nullable Integer nodeBudget;
    private final Map<TierId, ImmutableList<Quota>> quotas = new TreeMap<>();

    private Builder(RuleModule module) {
      this.module = module;
    }

    /**
     * Sets the seed of the tie-break draw (default 0), recorded in every result.
     *
     * @param value the seed
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder drawSeed(long value) {
      if (drawSeed != null) {
        throw new IllegalStateException("Competition.Builder: drawSeed was already set to " + drawSeed);
      }
      drawSeed = value;
      return this;
    }

    /**
     * Sets the clock that stamps each step's {@code decidedAt}. Required.
     *
     * @param value the clock, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder clock(Clock value) {
      if (clock != null) {
        throw new IllegalStateException("Competition.Builder: clock was already set to " + clock);
      }
      clock = requireNonNull(value, "clock");
      return this;
    }

    /**
     * Adds the host's own quotas to a finalist pool, on top of the module's: the composition targets
     * of the Top 99 are not published, so they are configuration, each cited. Can be set once per
     * pool.
     *
     * @param pool the pool's tier, one the module declares; not null
     * @param values the quotas, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder quotas(TierId pool, Collection<Quota> values) {
      requireNonNull(pool, "pool");
      if (quotas.containsKey(pool)) {
        throw new IllegalStateException("Competition.Builder: quotas of pool " + pool + " were already set");
      }
      quotas.put(pool, ImmutableList.copyOf(requireNonNull(values, "quotas")));
      return this;
    }

    /**
     * Sets the search budget of the exact quota check (default {@link Shortlister#DEFAULT_NODE_BUDGET}).
     *
     * @param value the budget, at least 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder nodeBudget(int value) {
      if (nodeBudget != null) {
        throw new IllegalStateException("Competition.Builder: nodeBudget was already set to " + nodeBudget);
      }
      nodeBudget = value;
      return this;
    }

    /**
     * Builds the competition.
     *
     * @return the competition, not null
     * @throws IllegalStateException if no clock was set
     * @throws IllegalArgumentException if the module's tie-break chain names a stage or criterion it
     *     does not score, or quotas name a pool it does not declare
     */
    public Competition build() {
      if (clock == null) {
        throw new IllegalStateException("Competition.Builder: clock is required (kipp never reads the system clock)");
      }
      return new Competition(this);
    }
  }
}
