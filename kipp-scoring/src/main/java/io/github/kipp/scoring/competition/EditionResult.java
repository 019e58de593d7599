package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.aggregate.CombinedScore;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.shortlist.Shortlist;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Competition} has decided so far about one edition: the entries, and the result of
 * each step run, in order — screening, nomination, finalists, winners. A host running a competition
 * over months stores it after each step (kipp-jackson writes and reads it) and hands it to the next
 * step; every step returns a new value, the earlier ones unchanged.
 *
 * <p>{@link #outcome(ProposalId)} says how far each registered proposal went, in both languages,
 * with every decision on the way; {@link #explain(ProposalId)} gives the derivation tree from raw
 * scores to that outcome, every step with its citations.
 *
 * <p>Immutable and thread-safe.
 */
public final class EditionResult {

  private final RuleModuleId module;
  private final EditionId edition;
  private final long drawSeed;
  private final Entries entries;
  private final Screening screening;
  private final @Nullable Nomination nomination;
  private final @Nullable FinalistSelection finalists;
  private final @Nullable Winners winners;
  private final ImmutableList<StepRecord> steps;

  EditionResult(RuleModuleId module, EditionId edition, long drawSeed, Entries entries, Screening screening, @Nullable Nomination nomination,
      @Nullable FinalistSelection finalists, @Nullable Winners winners, ImmutableList<StepRecord> steps) {
    this.module = requireNonNull(module, "module");
    this.edition = requireNonNull(edition, "edition");
    this.drawSeed = drawSeed;
    this.entries = requireNonNull(entries, "entries");
    this.screening = requireNonNull(screening, "screening");
    this.nomination = nomination;
    this.finalists = finalists;
    this.winners = winners;
    this.steps = requireNonNull(steps, "steps");
  }

  private ImmutableList<StepRecord> then(StepRecord step) {
    return ImmutableList.<StepRecord>builderWithExpectedSize(steps.size() + 1).addAll(steps).add(step).build();
  }

  EditionResult withNomination(Nomination value, StepRecord step) {
    return new EditionResult(module, edition, drawSeed, entries, screening, value, null, null, then(step));
  }

  EditionResult withFinalists(FinalistSelection value, StepRecord step) {
    return new EditionResult(module, edition, drawSeed, entries, screening, nomination, value, null, then(step));
  }

  EditionResult withWinners(Winners value, StepRecord step) {
    return new EditionResult(module, edition, drawSeed, entries, screening, nomination, finalists, value, then(step));
  }

  /**
   * Returns the rule module the steps ran under.
   *
   * @return the module's id, not null
   */
  public RuleModuleId module() {
    return module;
  }

  /**
   * Returns the edition.
   *
   * @return the edition's id, not null
   */
  public EditionId edition() {
    return edition;
  }

  /**
   * Returns the seed of the tie-break draw, recorded with the result.
   *
   * @return the seed
   */
  public long drawSeed() {
    return drawSeed;
  }

  /**
   * Returns the entries screened.
   *
   * @return the entries, not null
   */
  public Entries entries() {
    return entries;
  }

  /**
   * Returns the last step run.
   *
   * @return the step, not null
   */
  public EditionStep step() {
    if (winners != null) {
      return EditionStep.AWARDED;
    }
    if (finalists != null) {
      return EditionStep.FINALISTS_SELECTED;
    }
    return nomination != null ? EditionStep.NOMINATED : EditionStep.SCREENED;
  }

  /**
   * Returns the calls that made this result, in the order run: each step and each finalist removed,
   * when it was decided, and what it was given that the decisions do not otherwise hold (each stage's
   * close and frozen population, the rulings of public review, the field findings). With the
   * competition document they let the steps be run again, which is how a stored result is checked.
   *
   * @return the calls, starting with {@link StepRecord.Call#SCREEN}; not empty
   */
  public ImmutableList<StepRecord> steps() {
    return steps;
  }

  /**
   * Returns the screening.
   *
   * @return the screening, not null
   */
  public Screening screening() {
    return screening;
  }

  /**
   * Returns the nomination, if that step has run.
   *
   * @return the nomination
   */
  public Optional<Nomination> nomination() {
    return Optional.ofNullable(nomination);
  }

  /**
   * Returns the finalists, if that step has run.
   *
   * @return the finalist selection
   */
  public Optional<FinalistSelection> finalists() {
    return Optional.ofNullable(finalists);
  }

  /**
   * Returns the winners, if that step has run.
   *
   * @return the winners
   */
  public Optional<Winners> winners() {
    return Optional.ofNullable(winners);
  }

  /**
   * Returns the proposals that go on from the last step: the eligible after screening, the nominated
   * after nomination, the finalists after their selection, the awarded after the winners.
   *
   * @return the proposals, in the order of the last step
   */
  public ImmutableList<ProposalId> competing() {
    return competingAfter(step());
  }

  /** The proposals that went on from a step this result has run. */
  ImmutableList<ProposalId> competingAfter(EditionStep after) {
    switch (after) {
      case SCREENED:
        return screening.result().eligible();
      case NOMINATED:
        return requireNonNull(nomination, "nomination").nominated();
      case FINALISTS_SELECTED:
        return requireNonNull(finalists, "finalists").finalists();
      case AWARDED:
        return requireNonNull(winners, "winners").awarded();
    }
    throw new AssertionError(after);
  }

  /** The proposals the winners step ranked: those that went on from the step before it. */
  private ImmutableSet<ProposalId> awardPopulation() {
    EditionStep before = finalists != null ? EditionStep.FINALISTS_SELECTED : nomination != null ? EditionStep.NOMINATED : EditionStep.SCREENED;
    return ImmutableSet.copyOf(competingAfter(before));
  }

  /**
   * Returns how far each registered proposal went.
   *
   * @return the outcomes, by proposal
   */
  public ImmutableSortedMap<ProposalId, ProposalOutcome> outcomes() {
    ImmutableSortedMap.Builder<ProposalId, ProposalOutcome> out = ImmutableSortedMap.naturalOrder();
    Set<ProposalId> population = winners == null ? Set.of() : awardPopulation();
    entries.registered().forEach(p -> out.put(p.id(), outcome(p.id(), population)));
    return out.buildOrThrow();
  }

  /**
   * Returns how far a proposal went, with every decision on the way.
   *
   * @param proposal the proposal, not null
   * @return the outcome, or empty if the proposal is not entered
   */
  public Optional<ProposalOutcome> outcome(ProposalId proposal) {
    requireNonNull(proposal, "proposal");
    if (entries.proposal(proposal).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(outcome(proposal, winners == null ? Set.of() : awardPopulation()));
  }

  private ProposalOutcome outcome(ProposalId p, Set<ProposalId> population) {
    if (screening.notSubmitted().contains(p)) {
      return new ProposalOutcome(p, ProposalOutcome.Kind.NOT_SUBMITTED, Optional.empty(), text("kipp.outcome.notSubmitted"), ImmutableList.of());
    }
    List<Decision> decisions = new ArrayList<>();
    ProposalEligibility eligibility = screening.result().outcome(p)
        .orElseThrow(() -> new IllegalStateException("submitted proposal " + p + " was not screened"));
    decisions.addAll(eligibility.decisions());
    if (!eligibility.eligible()) {
      return outcome(p, ProposalOutcome.Kind.INELIGIBLE, null, text("kipp.outcome.ineligible"), decisions);
    }
    ProposalOutcome.Kind kind = ProposalOutcome.Kind.ELIGIBLE;
    LocalizedText text = text("kipp.outcome.eligible");
    TierId tier = null;
    boolean goesOn = true;
    if (nomination != null) {
      if (nomination.unscored().contains(p)) {
        decisions.add(Decision.fail("proposal " + p, "desk-evaluation", unscored(p)));
        return outcome(p, ProposalOutcome.Kind.NOT_SCORED, null, text("kipp.outcome.notScored"), decisions);
      }
      Nomination.GroupNomination group = nomination.groupOf(p)
          .orElseThrow(() -> new IllegalStateException("eligible, scored proposal " + p + " is in no group's desk ranking"));
      group.passMark().flatMap(c -> Optional.ofNullable(c.decisions().get(p))).ifPresent(decisions::add);
      group.count().flatMap(c -> Optional.ofNullable(c.decisions().get(p))).ifPresent(decisions::add);
      goesOn = group.nominated().contains(p);
      kind = goesOn ? ProposalOutcome.Kind.NOMINATED : ProposalOutcome.Kind.NOT_NOMINATED;
      text = text(goesOn ? "kipp.outcome.nominated" : "kipp.outcome.notNominated");
      if (!goesOn) {
        return outcome(p, kind, null, text, decisions);
      }
    }
    if (finalists != null) {
      Reason ruling = finalists.removed().get(p);
      if (ruling != null) {
        decisions.add(Decision.fail("proposal " + p, "public-review", ruling));
        return outcome(p, ProposalOutcome.Kind.REMOVED, null, text("kipp.outcome.removed"), decisions);
      }
      Optional<FinalistSelection.PoolSelection> pool = finalists.poolOf(p);
      if (pool.isEmpty()) {
        decisions.add(Decision.fail("proposal " + p, "finalists", noPool(p)));
        return outcome(p, ProposalOutcome.Kind.NOT_SELECTED, null, text("kipp.outcome.notSelected"), decisions);
      }
      Shortlist shortlist = pool.get().shortlist();
      Decision d = shortlist.decision(p).orElseThrow(() -> new IllegalStateException("pool ranking of " + p + " has no decision"));
      decisions.add(d);
      goesOn = d.passed();
      if (!goesOn) {
        return outcome(p, ProposalOutcome.Kind.NOT_SELECTED, null, text("kipp.outcome.notSelected"), decisions);
      }
      kind = ProposalOutcome.Kind.FINALIST;
      tier = pool.get().pool().tier();
      LocalizedText name = pool.get().pool().name();
      text = ScoringMessages.render("kipp.outcome.finalist", "poolId", name.indonesian(), "poolEn", name.english());
    }
    if (winners != null && population.contains(p)) {
      Optional<CombinedScore> combined = winners.combination().score(p);
      if (combined.isEmpty()) {
        decisions.add(Decision.fail("proposal " + p, "combination", notCombined(p)));
        return outcome(p, ProposalOutcome.Kind.NOT_RANKED, tier, text("kipp.outcome.notRanked"), decisions);
      }
      decisions.add(combined.get().decision());
      if (!combined.get().decision().passed()) {
        return outcome(p, ProposalOutcome.Kind.NOT_RANKED, tier, text("kipp.outcome.notRanked"), decisions);
      }
      for (Winners.TierAward award : winners.tiers()) {
        Decision d = award.cut().decisions().get(p);
        if (d != null) {
          decisions.add(d);
          if (d.passed()) {
            AwardTier won = award.tier();
            return outcome(p, ProposalOutcome.Kind.AWARDED, won.id(), won.name(), decisions);
          }
        }
      }
      return outcome(p, ProposalOutcome.Kind.NOT_AWARDED, tier, text("kipp.outcome.notAwarded"), decisions);
    }
    return outcome(p, kind, tier, text, decisions);
  }

  private static ProposalOutcome outcome(ProposalId p, ProposalOutcome.Kind kind, @Nullable TierId tier, LocalizedText text, List<Decision> decisions) {
    return new ProposalOutcome(p, kind, Optional.ofNullable(tier), text, ImmutableList.copyOf(decisions));
  }

  private static LocalizedText text(String key) {
    return ScoringMessages.render(key);
  }

  private Reason unscored(ProposalId p) {
    Nomination n = requireNonNull(nomination, "nomination");
    return Reason.of("kipp.competition.unscored", ScoringMessages.render("kipp.competition.unscored", "proposal", p, "stage", n.desk().stage()),
        n.desk().citation());
  }

  private Reason noPool(ProposalId p) {
    String group = entries.proposal(p).map(x -> x.group().value()).orElse("-");
    return Reason.of("kipp.competition.noPool", ScoringMessages.render("kipp.competition.noPool", "proposal", p, "group", group));
  }

  private Reason notCombined(ProposalId p) {
    Winners w = requireNonNull(winners, "winners");
    return Reason.of("kipp.competition.notCombined", ScoringMessages.render("kipp.competition.notCombined", "proposal", p), w.combination().citation());
  }

  /**
   * Explains a proposal's outcome: a tree whose root names the proposal and its outcome in both
   * languages, and whose children are the steps it went through — screening, the desk aggregate,
   * ranking and cuts, the finalist shortlist or the ruling that removed it, and the combination,
   * final ranking and winners' cut — each with its citations, each node shown once.
   *
   * @param proposal the proposal, not null
   * @return the explanation, or empty if the proposal is not entered
   */
  public Optional<Explanation> explain(ProposalId proposal) {
    return outcome(proposal).map(this::explain);
  }

  private Explanation explain(ProposalOutcome outcome) {
    ProposalId p = outcome.proposal();
    ExplanationBuilder b = ExplanationBuilder.of(p);
    if (outcome.kind() == ProposalOutcome.Kind.NOT_SUBMITTED) {
      b.step(Explanation.leaf("registration", text("kipp.outcome.notSubmitted"), ""));
      return b.build(outcome.text());
    }
    ProposalEligibility eligibility = screening.result().outcome(p).orElseThrow();
    b.step(eligibility(eligibility));
    if (!eligibility.eligible()) {
      return b.build(outcome.text());
    }
    Set<ProposalId> population = winners == null ? Set.of() : awardPopulation();
    boolean combined = winners != null && population.contains(p) && winners.combination().score(p).isPresent();
    if (nomination != null) {
      if (nomination.unscored().contains(p)) {
        b.step(Explanation.leaf("desk-evaluation", unscored(p).message(), "", unscored(p).citations().toArray(new Citation[0])));
        return b.build(outcome.text());
      }
      Nomination.GroupNomination group = nomination.groupOf(p).orElseThrow();
      List<Explanation> steps = new ArrayList<>();
      if (!combined) {
        nomination.desk().score(p).map(AggregatedScore::explanation).ifPresent(steps::add);
      }
      group.ranking().explain(p).ifPresent(steps::add);
      group.passMark().flatMap(c -> c.explain(p)).ifPresent(steps::add);
      group.count().flatMap(c -> c.explain(p)).ifPresent(steps::add);
      boolean nominated = group.nominated().contains(p);
      b.step(new Explanation("nomination", ScoringMessages.render("kipp.explain.nomination", "group", group.group()),
          nominated ? "nominated" : "not nominated", ImmutableList.of(), ImmutableList.copyOf(steps)));
      if (!nominated) {
        return b.build(outcome.text());
      }
    }
    if (finalists != null) {
      Reason ruling = finalists.removed().get(p);
      if (ruling != null) {
        b.step(Explanation.leaf("public-review", ruling.message(), "removed", ruling.citations().toArray(new Citation[0])));
        return b.build(outcome.text());
      }
      Optional<FinalistSelection.PoolSelection> pool = finalists.poolOf(p);
      if (pool.isEmpty()) {
        b.step(Explanation.leaf("finalists", noPool(p).message(), "not selected"));
        return b.build(outcome.text());
      }
      b.step(pool.get().shortlist().explain(p));
    }
    if (winners != null && population.contains(p)) {
      b.combination(winners.combination());
      boolean inTier = false;
      for (Winners.TierAward award : winners.tiers()) {
        if (award.cut().decisions().containsKey(p)) {
          inTier = true;
          b.ranking(award.ranking());
          b.cutoff(award.cut());
        }
      }
      if (!inTier) {
        b.ranking(winners.ranking());
      }
    }
    return b.build(outcome.text());
  }

  private static Explanation eligibility(ProposalEligibility e) {
    if (e.eligible()) {
      Set<Citation> cited = new LinkedHashSet<>();
      e.decisions().forEach(d -> cited.addAll(d.citations()));
      return new Explanation("eligibility", ScoringMessages.render("kipp.explain.eligible", "count", e.decisions().size()), "eligible",
          ImmutableList.copyOf(cited), ImmutableList.of());
    }
    List<Explanation> failures = new ArrayList<>();
    for (Decision d : e.failures()) {
      for (Reason r : d.reasons()) {
        failures.add(new Explanation("rule", r.message(), d.rule(), r.citations(), ImmutableList.of()));
      }
    }
    return new Explanation("eligibility", ScoringMessages.render("kipp.explain.ineligible", "count", e.failures().size()), "ineligible",
        ImmutableList.of(), ImmutableList.copyOf(failures));
  }

  /**
   * Returns the final ranking's tiers as the module declares them, with how many each awarded.
   *
   * @return the awarded count of each tier, in the module's order; empty before the winners step
   */
  public ImmutableSortedMap<TierId, Integer> awardedByTier() {
    ImmutableSortedMap.Builder<TierId, Integer> out = ImmutableSortedMap.naturalOrder();
    if (winners != null) {
      winners.tiers().forEach(t -> out.put(t.tier().id(), t.cut().passed().size()));
    }
    return out.buildOrThrow();
  }

  /**
   * Returns the cut that decided a tier, if the winners step has run.
   *
   * @param tier the tier, not null
   * @return the cut, or empty
   */
  public Optional<CutResult> tierCut(TierId tier) {
    requireNonNull(tier, "tier");
    return winners().flatMap(w -> w.tier(tier)).map(Winners.TierAward::cut);
  }

  /**
   * Returns whether another result is of the same module, edition and draw seed, with the same
   * registered proposals, the same result of every step and the same {@link #steps()}.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof EditionResult)) {
      return false;
    }
    EditionResult r = (EditionResult) o;
    return module.equals(r.module) && edition.equals(r.edition) && drawSeed == r.drawSeed && entries.registered().equals(r.entries.registered())
        && screening.equals(r.screening) && Objects.equals(nomination, r.nomination) && Objects.equals(finalists, r.finalists)
        && Objects.equals(winners, r.winners) && steps.equals(r.steps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(module, edition, drawSeed, screening, nomination, finalists, winners, steps);
  }

  /** Returns a summary: module, edition, last step and how many go on. */
  @Override
  public String toString() {
    return "EditionResult[" + module + ", " + edition + ", " + step() + ", " + competing().size() + " going on]";
  }
}
