package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What-if replay: runs one edition's proposals under another rule module and reports how
 * eligibility and ranks differ, such as the 2022 entries under the 2023 rules.
 *
 * <p>Proposals are re-entered in the other module's edition ({@link Proposal#withEdition}), so
 * differences of form (a category the other catalogue lacks, a section over another word limit) show
 * as eligibility differences. Ranks are compared when score sheets are given: each module scores the
 * stages whose criteria accept the sheets as they are; a stage the other module scores with other
 * criteria cannot be replayed and is named in the report. Stateless and thread-safe.
 */
public final class WhatIf {

  private WhatIf() {}

  /**
   * The inputs of a replay besides the two modules.
   *
   * @param proposals the proposals, as entered under the first module
   * @param history the history of past results
   * @param invitations the invited innovations
   * @param submittedAt submission times by proposal
   * @param sheets the score sheets by stage, possibly none
   * @param closedAt when the scoring stages closed
   * @param drawSeed the seed of tie-break draws
   */
  public record Inputs(
      ImmutableList<Proposal> proposals,
      ResultHistory history,
      ImmutableList<InnovationId> invitations,
      ImmutableMap<ProposalId, Instant> submittedAt,
      ImmutableMap<StageId, ImmutableList<ScoreSheet>> sheets,
      Instant closedAt,
      long drawSeed) {

    /**
     * Creates inputs.
     *
     * @param proposals the proposals, not null
     * @param history the history, not null
     * @param invitations the invitations, not null
     * @param submittedAt the submission times, not null
     * @param sheets the sheets by stage, not null
     * @param closedAt the close of scoring, not null
     * @param drawSeed the draw's seed
     */
    public Inputs {
      proposals = ImmutableList.copyOf(requireNonNull(proposals, "proposals"));
      requireNonNull(history, "history");
      invitations = ImmutableList.copyOf(requireNonNull(invitations, "invitations"));
      submittedAt = ImmutableMap.copyOf(requireNonNull(submittedAt, "submittedAt"));
      sheets = ImmutableMap.copyOf(requireNonNull(sheets, "sheets"));
      requireNonNull(closedAt, "closedAt");
    }

    /**
     * Returns inputs with proposals only.
     *
     * @param proposals the proposals, not null
     * @param history the history, not null
     * @return the inputs, not null
     */
    public static Inputs of(Collection<Proposal> proposals, ResultHistory history) {
      return new Inputs(ImmutableList.copyOf(proposals), history, ImmutableList.of(), ImmutableMap.of(), ImmutableMap.of(), Instant.EPOCH, 0);
    }
  }

  /**
   * One proposal's outcome under both modules.
   *
   * @param proposal the proposal
   * @param before its screening under the first module
   * @param after its screening under the second module
   * @param rankBefore its rank under the first module, if ranked
   * @param rankAfter its rank under the second module, if ranked
   */
  public record Outcome(ProposalId proposal, ProposalEligibility before, ProposalEligibility after, Optional<Integer> rankBefore, Optional<Integer> rankAfter) {

    /**
     * Creates an outcome.
     *
     * @param proposal the proposal, not null
     * @param before the first screening, not null
     * @param after the second screening, not null
     * @param rankBefore the first rank, not null
     * @param rankAfter the second rank, not null
     */
    public Outcome {
      requireNonNull(proposal, "proposal");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      requireNonNull(rankBefore, "rankBefore");
      requireNonNull(rankAfter, "rankAfter");
    }

    /**
     * Returns whether eligibility differs.
     *
     * @return true if eligible under one module only
     */
    public boolean eligibilityChanged() {
      return before.eligible() != after.eligible();
    }

    /**
     * Returns whether the rank differs.
     *
     * @return true if the ranks differ
     */
    public boolean rankChanged() {
      return !rankBefore.equals(rankAfter);
    }
  }

  /**
   * The replay's report.
   *
   * @param from the first module
   * @param to the second module
   * @param outcomes every proposal's outcome, by proposal
   * @param unreplayedStages stages the second module could not score from the sheets given, with why
   */
  public record Report(RuleModuleId from, RuleModuleId to, ImmutableSortedMap<ProposalId, Outcome> outcomes, ImmutableMap<StageId, String> unreplayedStages) {

    /**
     * Creates a report.
     *
     * @param from the first module, not null
     * @param to the second module, not null
     * @param outcomes the outcomes, not null
     * @param unreplayedStages the stages not replayed, not null
     */
    public Report {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      outcomes = ImmutableSortedMap.copyOf(requireNonNull(outcomes, "outcomes"));
      unreplayedStages = ImmutableMap.copyOf(requireNonNull(unreplayedStages, "unreplayedStages"));
    }

    /**
     * Returns the outcomes whose eligibility or rank changed.
     *
     * @return the changed outcomes, by proposal
     */
    public ImmutableList<Outcome> changes() {
      return outcomes.values().stream().filter(o -> o.eligibilityChanged() || o.rankChanged()).collect(ImmutableList.toImmutableList());
    }

    /**
     * Renders the changes as plain text, one proposal a line, with the failing rules.
     *
     * @return the text, not null
     */
    public String render() {
      StringBuilder out = new StringBuilder(from + " -> " + to + ": " + changes().size() + " of " + outcomes.size() + " proposals change\n");
      for (Outcome o : changes()) {
        out.append(o.proposal()).append(": ")
            .append(describe(o.before())).append(" -> ").append(describe(o.after()));
        if (o.rankChanged()) {
          out.append("; rank ").append(o.rankBefore().map(String::valueOf).orElse("-")).append(" -> ").append(o.rankAfter().map(String::valueOf).orElse("-"));
        }
        out.append('\n');
      }
      unreplayedStages.forEach((s, why) -> out.append("stage ").append(s).append(" not replayed: ").append(why).append('\n'));
      return out.toString();
    }

    private static String describe(ProposalEligibility e) {
      return e.eligible() ? "eligible" : "ineligible (" + e.failures().stream().map(Decision::rule).collect(Collectors.joining(", ")) + ")";
    }
  }

  /**
   * Replays proposals under two modules and compares.
   *
   * @param from the module the proposals were entered under, not null
   * @param to the module to replay them under, not null
   * @param inputs the proposals, history and optional sheets, not null
   * @return the report, not null
   */
  public static Report replay(RuleModule from, RuleModule to, Inputs inputs) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(inputs, "inputs");
    List<Proposal> asEntered = inputs.proposals();
    List<Proposal> reentered = asEntered.stream().map(p -> p.withEdition(to.edition().id())).collect(Collectors.toList());
    Map<StageId, String> unreplayed = new TreeMap<>();
    EditionResult before = replay(from, asEntered, inputs, new TreeMap<>());
    EditionResult after = replay(to, reentered, inputs, unreplayed);
    Map<ProposalId, Integer> ranksBefore = ranks(before);
    Map<ProposalId, Integer> ranksAfter = ranks(after);
    ImmutableSortedMap.Builder<ProposalId, Outcome> outcomes = ImmutableSortedMap.naturalOrder();
    for (Proposal p : asEntered) {
      outcomes.put(p.id(), new Outcome(p.id(), before.screening().result().outcome(p.id()).orElseThrow(),
          after.screening().result().outcome(p.id()).orElseThrow(), Optional.ofNullable(ranksBefore.get(p.id())), Optional.ofNullable(ranksAfter.get(p.id()))));
    }
    return new Report(from.id(), to.id(), outcomes.buildOrThrow(), ImmutableMap.copyOf(unreplayed));
  }

  /**
   * Screens the proposals under a module and, when sheets are given and the module scores, ranks
   * every eligible proposal on the combination of the stages whose criteria accept the sheets.
   */
  private static EditionResult replay(RuleModule module, List<Proposal> proposals, Inputs inputs, Map<StageId, String> unreplayed) {
    Entries entries = Entries.newBuilder().submitted(proposals).submissionTimes(inputs.submittedAt()).history(inputs.history())
        .invitations(inputs.invitations()).build();
    Clock clock = Clock.fixed(inputs.closedAt(), ZoneOffset.UTC);
    Competition competition = Competition.of(module, inputs.drawSeed(), clock);
    if (inputs.sheets().isEmpty()) {
      return competition.screen(entries);
    }
    if (!competition.scores()) {
      inputs.sheets().keySet().forEach(stage -> unreplayed.put(stage, "module " + module.id() + " has no scoring rules"));
      return competition.screen(entries);
    }
    List<FrozenScores> frozen = new ArrayList<>();
    for (Map.Entry<StageId, ImmutableList<ScoreSheet>> e : inputs.sheets().entrySet()) {
      if (!competition.stages().contains(e.getKey())) {
        unreplayed.put(e.getKey(), "module " + module.id() + " does not score this stage");
        continue;
      }
      try {
        frozen.add(competition.freeze(e.getKey(), e.getValue(), inputs.closedAt()));
      } catch (InvalidInputException x) {
        unreplayed.put(e.getKey(), "the sheets do not fit module " + module.id() + "'s criteria: " + x.violations().get(0));
      }
    }
    return competition.award(competition.screen(entries), frozen, ImmutableMap.of());
  }

  private static Map<ProposalId, Integer> ranks(EditionResult result) {
    Map<ProposalId, Integer> out = new TreeMap<>();
    result.winners().ifPresent(w -> w.ranking().entries().forEach(e -> out.put(e.proposal(), e.rank())));
    return out;
  }
}
