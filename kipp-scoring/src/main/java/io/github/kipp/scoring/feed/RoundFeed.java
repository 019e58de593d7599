package io.github.kipp.scoring.feed;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.FinalistSelection;
import io.github.kipp.scoring.competition.ProposalOutcome;
import io.github.kipp.scoring.competition.Winners;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.spi.ScoringRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hands a regional round's result on to the round it feeds: a province's round to the national
 * edition in force, or a regency's selection to its province's round (KIPP.md §5: a regional round
 * "seeds the next level's submissions"; §8.25: a regional result can seed a national proposal).
 *
 * <p>For each proposal the {@link FeedSelection} names, the feed makes the next round's proposal
 * (the same proposal, entered in the next round's edition) and screens all of them together with the
 * next round's eligibility rules, as its administrative screening would: the group and category must
 * exist there, the innovation must be old enough on its close, earlier national winners are excluded
 * as it says, and so on. What passes is entered, carrying its regional results as past results with
 * the citations of the regional decisions behind them; what fails is refused with the next round's
 * own reasons and citations. Nothing else appears: every selected proposal is entered or refused.
 *
 * <pre>{@code
 * RoundFeed feed = RoundFeed.nationalInForce(registry, sulsel);          // sinovik-2023 for sulsel-2023
 * FeedResult fed = feed.feed(sulsel, sulselResult, FeedSelection.winners(), nationalHistory);
 * EditionResult national = Competition.of(feed.next(), seed, clock).screen(fed.entries());
 * }</pre>
 *
 * <p>The next round reads only its own history (the host's {@code ResultHistory} of national results):
 * a provincial Top 30 is not a national award, so the regional results travel with each entry, under
 * tier ids qualified by the regional edition ({@code sulsel-2023:top-30}), and in {@link
 * FeedResult#regionalHistory()}, but do not enter the next round's screening.
 *
 * <p>Immutable and thread-safe; the same inputs give equal results.
 */
public final class RoundFeed {

  private final RuleModule next;

  private RoundFeed(RuleModule next) {
    this.next = next;
  }

  /**
   * Returns the feed into a round.
   *
   * @param next the module of the round fed, not null
   * @return the feed, not null
   */
  public static RoundFeed into(RuleModule next) {
    return new RoundFeed(requireNonNull(next, "next"));
  }

  /**
   * Returns the feed into the national edition a regional round feeds: the national module of the
   * regional module's edition year, since regional rounds are named after the national year they feed.
   *
   * @param registry the registry, not null
   * @param regional the regional module, not null
   * @return the feed, not null
   * @throws io.github.kipp.core.rule.NoCompetitionException if there is no national competition that
   *     year (2024)
   * @throws io.github.kipp.core.rule.NoSuchRuleModuleException if the registry has no national module
   *     for the year
   */
  public static RoundFeed nationalInForce(RuleRegistry registry, RuleModule regional) {
    requireNonNull(registry, "registry");
    requireNonNull(regional, "regional");
    return into(registry.forEdition(Jurisdiction.NATIONAL, regional.editionYear()));
  }

  /**
   * Returns the module of the round fed.
   *
   * @return the module, not null
   */
  public RuleModule next() {
    return next;
  }

  /**
   * Hands on the proposals a selection names, with no history of the next round's own results.
   *
   * @param regional the module the regional result was decided under, not null
   * @param result the regional result, not null
   * @param selection what is handed on, not null
   * @return what was entered and refused, not null
   * @see #feed(RuleModule, EditionResult, FeedSelection, ResultHistory)
   */
  public FeedResult feed(RuleModule regional, EditionResult result, FeedSelection selection) {
    return feed(regional, result, selection, ResultHistory.empty());
  }

  /**
   * Hands on the proposals a selection names: each is entered in the next round, carrying its
   * regional results with their citations, or refused with the decisions of the next round's
   * eligibility rules that refuse it.
   *
   * @param regional the module the regional result was decided under, not null
   * @param result the regional result, after any step (a selection of winners needs the winners'
   *     step to find any); not null
   * @param selection what is handed on, not null
   * @param history the past results the next round's rules read (for the national edition, the host's
   *     history of national results); not null
   * @return what was entered and refused, not null
   * @throws IllegalArgumentException if the result was not decided under {@code regional}, or {@code
   *     regional} is the module fed
   * @throws IllegalStateException if the selection takes winners and the result has not reached the
   *     winners' step
   * @throws InvalidInputException if a chosen proposal is not registered in the result ({@code
   *     kipp.feed.unknownProposal}) or a selected tier is not one of the regional module's winners'
   *     tiers ({@code kipp.feed.unknownTier}), listing each
   */
  public FeedResult feed(RuleModule regional, EditionResult result, FeedSelection selection, ResultHistory history) {
    requireNonNull(regional, "regional");
    requireNonNull(result, "result");
    requireNonNull(selection, "selection");
    requireNonNull(history, "history");
    if (!result.module().equals(regional.id())) {
      throw new IllegalArgumentException("the result was decided under module " + result.module() + ", not " + regional.id());
    }
    if (regional.id().equals(next.id())) {
      throw new IllegalArgumentException("module " + next.id() + " cannot feed itself");
    }
    ImmutableList<ProposalId> selected = select(regional, result, selection);
    EditionId edition = next.edition().id();
    List<Proposal> candidates = new ArrayList<>();
    for (ProposalId id : selected) {
      candidates.add(result.entries().proposal(id).orElseThrow().withEdition(edition));
    }
    EligibilityContext context = EligibilityContext.newBuilder(next.edition()).history(history).submitted(candidates).build();
    ScreeningResult screening = EligibilityScreen.of(next.eligibilityRules()).screen(candidates, context);
    ImmutableList.Builder<FeedEntry> entered = ImmutableList.builder();
    ImmutableSortedMap.Builder<ProposalId, ProposalEligibility> refused = ImmutableSortedMap.naturalOrder();
    int year = regional.edition().year();
    for (Proposal p : candidates) {
      ProposalEligibility e = screening.outcome(p.id()).orElseThrow();
      if (!e.eligible()) {
        refused.put(p.id(), e);
        continue;
      }
      ProposalOutcome outcome = result.outcome(p.id()).orElseThrow();
      entered.add(new FeedEntry(p, outcome, regionalResults(result, p, outcome, year), citations(result, p.id(), outcome, selection), e));
    }
    return new FeedResult(regional.id(), next.id(), edition, selection, selected, entered.build(), refused.buildOrThrow(), history);
  }

  private static ImmutableList<ProposalId> select(RuleModule regional, EditionResult result, FeedSelection selection) {
    List<Violation> problems = new ArrayList<>();
    if (!selection.chosen().isEmpty()) {
      for (ProposalId id : selection.chosen()) {
        if (result.entries().proposal(id).isEmpty()) {
          problems.add(ScoringMessages.violation("kipp.feed.unknownProposal", "selection.chosen", id, "edition", result.edition()));
        }
      }
      InvalidInputException.throwIfAny("selection", problems);
      return selection.chosen();
    }
    Optional<ImmutableSortedSet<TierId>> tiers = selection.selectedTiers();
    if (tiers.isPresent()) {
      List<TierId> declared = regional.part(ScoringRules.class).map(r -> r.winners().stream().map(AwardTier::id).collect(Collectors.toList()))
          .orElse(List.of());
      for (TierId tier : tiers.get()) {
        if (!declared.contains(tier)) {
          problems.add(ScoringMessages.violation("kipp.feed.unknownTier", "selection.tiers", tier, "module", regional.id(), "tiers", declared));
        }
      }
      InvalidInputException.throwIfAny("selection", problems);
    }
    Winners winners = result.winners().orElseThrow(() -> new IllegalStateException(
        "a selection of winners needs a result after the winners' step; the last step of this result is " + result.step()));
    ImmutableList.Builder<ProposalId> out = ImmutableList.builder();
    for (Winners.TierAward award : winners.tiers()) {
      if (tiers.isPresent() && !tiers.get().contains(award.tier().id())) {
        continue;
      }
      for (RankedEntry e : award.cut().passed()) {
        out.add(e.proposal());
      }
    }
    return out.build();
  }

  /** The finalist pool and the tier a proposal reached, or its having entered, qualified by the edition. */
  private static ImmutableList<PastResult> regionalResults(EditionResult result, Proposal p, ProposalOutcome outcome, int year) {
    ImmutableList.Builder<PastResult> out = ImmutableList.builder();
    String edition = result.edition().value();
    Optional<FinalistSelection.PoolSelection> pool = finalistPool(result, p.id());
    pool.ifPresent(s -> out.add(new PastResult(p.innovation().id(), year, qualified(edition, s.pool().tier()), p.group())));
    if (outcome.kind() == ProposalOutcome.Kind.AWARDED) {
      out.add(new PastResult(p.innovation().id(), year, qualified(edition, outcome.tier().orElseThrow()), p.group()));
    }
    ImmutableList<PastResult> reached = out.build();
    return reached.isEmpty() ? ImmutableList.of(new PastResult(p.innovation().id(), year, qualified(edition, Tiers.ENTERED), p.group())) : reached;
  }

  /** The pool a proposal was chosen into as a finalist, unless public review removed it. */
  private static Optional<FinalistSelection.PoolSelection> finalistPool(EditionResult result, ProposalId p) {
    return result.finalists().filter(f -> f.finalists().contains(p)).flatMap(f -> f.poolOf(p));
  }

  private static TierId qualified(String edition, TierId tier) {
    return TierId.of(edition + ":" + tier.value());
  }

  /**
   * The citations behind the results: the organiser's choice if it chose, the pool's selection and the
   * tier's cut, or else the regional round's last decision.
   */
  private static ImmutableList<Citation> citations(EditionResult result, ProposalId p, ProposalOutcome outcome, FeedSelection selection) {
    Set<Citation> cited = new LinkedHashSet<>();
    selection.citation().ifPresent(cited::add);
    finalistPool(result, p).flatMap(s -> s.shortlist().decision(p)).ifPresent(d -> cited.addAll(d.citations()));
    if (outcome.kind() == ProposalOutcome.Kind.AWARDED) {
      outcome.deciding().map(Decision::citations).ifPresent(cited::addAll);
    }
    if (cited.size() == (selection.citation().isPresent() ? 1 : 0)) {
      cited.addAll(outcome.citations());
    }
    return ImmutableList.copyOf(cited);
  }

  /** Returns {@code RoundFeed[into module]}. */
  @Override
  public String toString() {
    return "RoundFeed[into " + next.id() + "]";
  }
}
