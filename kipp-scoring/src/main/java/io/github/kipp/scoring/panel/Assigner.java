package io.github.kipp.scoring.panel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.internal.BalancedAssignment;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Assigns the evaluators of a panel to proposals (<i>penugasan penilai</i>), keeping out conflicts
 * of interest, respecting expertise and load limits, and spreading the work evenly.
 *
 * <p><b>Valid assignments.</b> Each proposal gets at most {@link
 * AssignmentOptions#evaluatorsPerProposal() k} distinct evaluators; never one the {@link
 * ConflictOfInterestPolicy policy} finds in conflict with it; when {@link
 * AssignmentOptions#expertiseRequired() expertise is required}, only evaluators who {@link
 * Evaluator#covers(CategoryId) cover} its category; and no evaluator gets more than {@link
 * AssignmentOptions#maxLoadPerEvaluator() the load limit}.
 *
 * <p><b>The assignment chosen.</b> Among valid assignments, those that fill the most (proposal,
 * evaluator) slots, so that as many proposals as possible are complete and the others get as many
 * evaluators as they can. Among those, one whose vector of loads (proposals per evaluator, over every
 * evaluator of the panel) is least majorised: for every level {@code t}, the sum over evaluators of
 * {@code min(load, t)} is as large as any maximum assignment allows. Such a vector first has the
 * smallest possible largest load and then, among those, the largest possible smallest load; so the
 * loads differ by at most one whenever some maximum assignment achieves that, as when every evaluator
 * may score every proposal. An evaluator who may score no proposal keeps load 0, and then so does the
 * smallest load.
 *
 * <p><b>Ties and determinism.</b> Several assignments may share the best loads. The tie is broken by
 * the seed of the options: proposals are sorted by id and evaluators by id, both are shuffled with a
 * {@link SplittableRandom} of that seed, and the flow network is built in that order. The result
 * therefore depends only on the set of proposals, the panel, the policy and the options, never on the
 * order in which proposals are given, and the same seed gives the same result on every run.
 *
 * <p><b>Method.</b> A maximum flow from a source to each proposal (capacity k), to each eligible
 * evaluator (capacity 1) and to a sink (capacity the evaluator's allowed load), computed with Dinic's
 * algorithm on int arrays. The loads are water-filled: the allowed load of every evaluator still able
 * to take more is raised level by level, resuming the flow each time, so no load ever falls and an
 * evaluator stops once the network no longer reaches it. Several levels are tried at once and a trial
 * is kept only when it changes nothing but speed. 3,500 proposals with 3 evaluators each from a panel
 * of 60 take well under a second.
 *
 * <p><b>Shortfalls are outcomes, not errors.</b> When no complete assignment exists the assigner
 * still returns the largest one, and {@link AssignmentResult#uncovered()} says for each short
 * proposal exactly why: how many evaluators are free of conflicts and expert in its category, which
 * conflicts exclude whom, who lacks the expertise, and who is eligible but already full.
 *
 * <p>Immutable, and thread-safe when its policy is (policies are, by their contract).
 */
public final class Assigner {

  /**
   * The most proposal-evaluator pairs one call may weigh: the number of proposals times the panel's
   * size. Five million pairs (for example 10,000 proposals and a panel of 500) need a few hundred
   * megabytes at most.
   */
  public static final long MAX_PAIRS = 5_000_000L;

  private static final Comparator<ConflictOfInterest> CONFLICT_ORDER =
      Comparator.comparing(ConflictOfInterest::proposal)
          .thenComparing(ConflictOfInterest::evaluator)
          .thenComparing(c -> c.reason().code());

  private final ConflictOfInterestPolicy policy;

  private Assigner(ConflictOfInterestPolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns an assigner that keeps out the conflicts a policy finds.
   *
   * @param policy the conflict-of-interest policy, such as {@link
   *     ConflictOfInterestPolicies#institutional()}; not null
   * @return the assigner, not null
   */
  public static Assigner of(ConflictOfInterestPolicy policy) {
    return new Assigner(requireNonNull(policy, "policy"));
  }

  /**
   * Returns the conflict-of-interest policy.
   *
   * @return the policy, not null
   */
  public ConflictOfInterestPolicy policy() {
    return policy;
  }

  /**
   * Assigns evaluators to proposals. No proposals give an empty, complete assignment with every load
   * zero. A panel is never empty ({@link Panel#of} refuses one with {@code kipp.panel.size}); a panel
   * smaller than the evaluators a proposal needs, or one every member of which is in conflict, is an
   * outcome explained in {@link AssignmentResult#uncovered()}, not an error.
   *
   * @param proposals the proposals to assign, with distinct ids, in any order; possibly none
   * @param panel the evaluators, not null
   * @param options what to achieve, not null
   * @return the assignment with loads, explanations of every shortfall and the conflicts found; not
   *     null
   * @throws InvalidInputException if two proposals share an id, or the number of proposals times the
   *     panel's size exceeds {@link #MAX_PAIRS}
   * @throws IllegalStateException if the policy answers with a conflict between another evaluator or
   *     proposal than it was asked about
   */
  public AssignmentResult assign(Iterable<Proposal> proposals, Panel panel, AssignmentOptions options) {
    requireNonNull(proposals, "proposals");
    requireNonNull(panel, "panel");
    requireNonNull(options, "options");
    List<Proposal> sorted = new ArrayList<>();
    proposals.forEach(p -> sorted.add(requireNonNull(p, "proposal")));
    sorted.sort(Comparator.comparing(Proposal::id));
    check(sorted, panel);

    ImmutableList<Evaluator> evaluators = panel.evaluators();
    int n = sorted.size();
    int m = evaluators.size();
    SplittableRandom random = new SplittableRandom(options.seed());
    int[] evaluatorAt = shuffled(m, random);
    int[] proposalAt = shuffled(n, random);

    List<ConflictOfInterest> conflicts = new ArrayList<>();
    int[] eligibleCount = new int[n];
    int[] notExpertCount = new int[n];
    int[][] eligible = new int[n][];
    int[] buffer = new int[m];
    for (int gp = 0; gp < n; gp++) {
      int p = proposalAt[gp];
      Proposal proposal = sorted.get(p);
      int count = 0;
      for (int gv = 0; gv < m; gv++) {
        Evaluator evaluator = evaluators.get(evaluatorAt[gv]);
        Optional<ConflictOfInterest> conflict = conflict(evaluator, proposal);
        if (conflict.isPresent()) {
          conflicts.add(conflict.get());
        } else if (options.expertiseRequired() && !evaluator.covers(proposal.category())) {
          notExpertCount[p]++;
        } else {
          buffer[count++] = gv;
        }
      }
      eligible[gp] = Arrays.copyOf(buffer, count);
      eligibleCount[p] = count;
    }
    conflicts.sort(CONFLICT_ORDER);

    int[][] chosen =
        BalancedAssignment.solve(m, options.evaluatorsPerProposal(), options.maxLoadPerEvaluator().orElse(Integer.MAX_VALUE), eligible);

    int[] load = new int[m];
    int[] got = new int[n];
    Map<ProposalId, List<ActorId>> byProposal = new TreeMap<>();
    for (int gp = 0; gp < n; gp++) {
      int p = proposalAt[gp];
      List<ActorId> ids = new ArrayList<>(chosen[gp].length);
      for (int gv : chosen[gp]) {
        int e = evaluatorAt[gv];
        ids.add(evaluators.get(e).id());
        load[e]++;
      }
      got[p] = ids.size();
      byProposal.put(sorted.get(p).id(), ids);
    }
    Assignment assignment = Assignment.of(byProposal);
    ImmutableSortedMap.Builder<ActorId, Integer> loads = ImmutableSortedMap.naturalOrder();
    for (int e = 0; e < m; e++) {
      loads.put(evaluators.get(e).id(), load[e]);
    }

    ImmutableList<ConflictOfInterest> allConflicts = ImmutableList.copyOf(conflicts);
    ImmutableListMultimap<ProposalId, ConflictOfInterest> conflictsByProposal =
        allConflicts.stream().collect(ImmutableListMultimap.toImmutableListMultimap(ConflictOfInterest::proposal, c -> c));
    ImmutableList.Builder<UncoveredProposal> uncovered = ImmutableList.builder();
    for (int p = 0; p < n; p++) {
      if (got[p] < options.evaluatorsPerProposal()) {
        Proposal proposal = sorted.get(p);
        Shortfall shortfall =
            new Shortfall(proposal, got[p], eligibleCount[p], notExpertCount[p], conflictsByProposal.get(proposal.id()));
        uncovered.add(explain(shortfall, panel, options, assignment));
      }
    }
    return AssignmentResult.of(assignment, options, loads.buildOrThrow(), uncovered.build(), allConflicts);
  }

  private static void check(List<Proposal> sorted, Panel panel) {
    List<Violation> violations = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      ProposalId id = sorted.get(i).id();
      if (id.equals(sorted.get(i - 1).id()) && (i < 2 || !id.equals(sorted.get(i - 2).id()))) {
        violations.add(ScoringMessages.violation("kipp.assign.duplicateProposal", "proposals", id));
      }
    }
    long pairs = (long) sorted.size() * panel.size();
    if (pairs > MAX_PAIRS) {
      violations.add(ScoringMessages.violation("kipp.assign.tooLarge", "proposals", pairs, "max", MAX_PAIRS));
    }
    InvalidInputException.throwIfAny("assignment", violations);
  }

  private Optional<ConflictOfInterest> conflict(Evaluator evaluator, Proposal proposal) {
    Optional<ConflictOfInterest> conflict = requireNonNull(policy.conflict(evaluator, proposal), "conflict");
    if (conflict.isPresent()
        && (!conflict.get().evaluator().equals(evaluator.id()) || !conflict.get().proposal().equals(proposal.id()))) {
      throw new IllegalStateException(
          "the conflict-of-interest policy was asked about evaluator " + evaluator.id() + " and proposal " + proposal.id()
              + " but answered with a conflict between " + conflict.get().evaluator() + " and " + conflict.get().proposal());
    }
    return conflict;
  }

  /** A Fisher–Yates shuffle of 0..size-1. */
  private static int[] shuffled(int size, SplittableRandom random) {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  /** What is known of a short proposal when it is explained. */
  private record Shortfall(Proposal proposal, int got, int eligible, int notExpert, ImmutableList<ConflictOfInterest> conflicts) {}

  private static UncoveredProposal explain(Shortfall s, Panel panel, AssignmentOptions options, Assignment assignment) {
    int needed = options.evaluatorsPerProposal();
    ProposalId id = s.proposal().id();
    CategoryId category = s.proposal().category();
    List<Reason> reasons = new ArrayList<>();
    reasons.add(reason("kipp.assign.short", List.of(AssignmentOptions.EVALUATORS_PER_PROPOSAL_BASIS),
        "proposal", id, "assigned", s.got(), "needed", needed));
    if (panel.size() < needed) {
      reasons.add(reason("kipp.assign.panelTooSmall", List.of(AssignmentOptions.EVALUATORS_PER_PROPOSAL_BASIS),
          "panel", panel.size(), "needed", needed));
    }
    if (s.eligible() < needed) {
      Set<Citation> citations = new LinkedHashSet<>();
      citations.add(AssignmentOptions.EVALUATORS_PER_PROPOSAL_BASIS);
      s.conflicts().forEach(c -> citations.addAll(c.reason().citations()));
      if (options.expertiseRequired()) {
        citations.add(AssignmentOptions.EXPERTISE_BASIS);
        reasons.add(reason("kipp.assign.tooFewExperts", citations,
            "eligible", s.eligible(), "category", category, "needed", needed, "panel", panel.size(),
            "conflicted", s.conflicts().size(), "notExpert", s.notExpert()));
      } else {
        reasons.add(reason("kipp.assign.tooFewFree", citations,
            "eligible", s.eligible(), "needed", needed, "panel", panel.size(), "conflicted", s.conflicts().size()));
      }
    }
    s.conflicts().forEach(c -> reasons.add(c.reason()));
    Set<ActorId> conflicted = new HashSet<>();
    s.conflicts().forEach(c -> conflicted.add(c.evaluator()));
    List<String> notExpert = new ArrayList<>();
    List<String> full = new ArrayList<>();
    for (Evaluator e : panel.evaluators()) {
      if (conflicted.contains(e.id())) {
        continue;
      }
      if (options.expertiseRequired() && !e.covers(category)) {
        notExpert.add(e.id().value());
      } else if (!assignment.isAssigned(e.id(), id)) {
        full.add(e.id().value());
      }
    }
    if (!notExpert.isEmpty()) {
      reasons.add(reason("kipp.assign.notExpert", List.of(AssignmentOptions.EXPERTISE_BASIS),
          "count", notExpert.size(), "category", category, "evaluators", String.join(", ", notExpert)));
    }
    if (!full.isEmpty()) {
      reasons.add(reason("kipp.assign.full", List.of(AssignmentOptions.MAX_LOAD_BASIS),
          "count", full.size(), "max", options.maxLoadPerEvaluator().orElse(Integer.MAX_VALUE), "evaluators", String.join(", ", full)));
    }
    return new UncoveredProposal(id, s.got(), needed, ImmutableList.copyOf(reasons));
  }

  private static Reason reason(String key, Iterable<Citation> citations, Object... namesAndValues) {
    return Reason.of(key, ScoringMessages.render(key, namesAndValues), citations);
  }

  /** Returns {@code Assigner[policy]}. */
  @Override
  public String toString() {
    return "Assigner[" + policy + "]";
  }
}
