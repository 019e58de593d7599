package io.github.kipp.core.stage;

import static io.github.kipp.core.meta.BuilderChecks.required;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.internal.CoreMessages;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The stage pipeline of a competition as a state machine: its {@link Stage stages}, the initial one,
 * and the {@link TransitionRule rules} for moving between them.
 *
 * <p>{@link #apply(ProposalStatus, TransitionRequest, Schedule)} grants a request or refuses it with
 * an exception that names the current stage and the allowed ones; a refused request changes nothing
 * (statuses are immutable values). The checks, in order: the move exists ({@link
 * IllegalTransitionException}); the actor's role may make it ({@link UnauthorizedActionException});
 * reasons and tier are given where required and time does not run backwards ({@link
 * InvalidInputException}); the phase window is open ({@link IllegalTransitionException} with code
 * {@code kipp.stage.outsideWindow}).
 *
 * <p>Immutable and thread-safe.
 */
public final class StageMachine {

  private final ImmutableSortedMap<StageId, Stage> stages;
  private final StageId initial;
  private final ImmutableSortedMap<StageId, ImmutableSortedMap<StageId, TransitionRule>> rules;

  private StageMachine(
      ImmutableSortedMap<StageId, Stage> stages,
      StageId initial,
      ImmutableSortedMap<StageId, ImmutableSortedMap<StageId, TransitionRule>> rules) {
    this.stages = stages;
    this.initial = initial;
    this.rules = rules;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this machine's stages and rules, to adapt it (a regional round without
   * public review, say).
   *
   * @return a builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    stages.values().forEach(s -> b.stages.put(s.id(), s));
    b.initial = initial;
    rules.values().forEach(m -> m.values().forEach(r -> b.rules.put(key(r.from(), r.to()), r)));
    return b;
  }

  /**
   * Returns the national pipeline of KIPP as the domain specification describes it for 2020–2023.
   *
   * <pre>
   * draft ⇄ at-admin-lokal → submitted → admin-failed | admin-passed → evaluated → not-nominated | nominated
   * nominated → not-selected | finalist-announced → removed | finalist
   * finalist → presented → [verified] → awarded(tier) | finalist-only
   * any stage that is not terminal → withdrawn | disqualified (with reasons)
   * </pre>
   *
   * <p>Submission is limited to the {@link Phase#SUBMISSION} window when the schedule has one.
   * Failures, removals, withdrawals and disqualifications need reasons; awards need a tier. No
   * source describes withdrawal or disqualification; they are kipp defaults, cited as UNKNOWN.
   *
   * @return the national pipeline, not null
   */
  public static StageMachine national() {
    return National.INSTANCE;
  }

  /**
   * Returns the stage a new proposal is registered in.
   *
   * @return the initial stage, not null
   */
  public Stage initial() {
    return requireNonNull(stages.get(initial), "initial stage");
  }

  /**
   * Returns every stage, sorted by id.
   *
   * @return the stages, not null
   */
  public ImmutableList<Stage> stages() {
    return stages.values().asList();
  }

  /**
   * Returns a stage by id.
   *
   * @param id the id, not null
   * @return the stage, or empty if the machine has none with that id
   */
  public Optional<Stage> stage(StageId id) {
    return Optional.ofNullable(stages.get(requireNonNull(id, "id")));
  }

  /**
   * Returns every rule, sorted by the stage left and the stage entered.
   *
   * @return the rules, not null
   */
  public ImmutableList<TransitionRule> rules() {
    return rules.values().stream()
        .flatMap(m -> m.values().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the stages reachable in one move from a stage.
   *
   * @param from the stage, not null
   * @return the next stages, sorted; empty for a terminal or unknown stage
   */
  public ImmutableSortedSet<StageId> allowedFrom(StageId from) {
    ImmutableSortedMap<StageId, TransitionRule> out = rules.get(requireNonNull(from, "from"));
    return out == null ? ImmutableSortedSet.of() : out.keySet();
  }

  /**
   * Returns the rule for a move.
   *
   * @param from the stage left, not null
   * @param to the stage entered, not null
   * @return the rule, or empty if the move is not in the pipeline
   */
  public Optional<TransitionRule> rule(StageId from, StageId to) {
    ImmutableSortedMap<StageId, TransitionRule> out = rules.get(requireNonNull(from, "from"));
    return out == null ? Optional.empty() : Optional.ofNullable(out.get(requireNonNull(to, "to")));
  }

  /**
   * Grants a request and returns the new status, or refuses it. A refusal changes nothing.
   *
   * @param status the proposal's current status, not null
   * @param request the request, not null
   * @param schedule the edition's schedule, for moves limited to a phase window; not null
   * @return the status after the move, not null
   * @throws IllegalTransitionException if the move is not in the pipeline or its window is closed
   * @throws UnauthorizedActionException if the actor's role may not make the move
   * @throws InvalidInputException if reasons or a tier are missing where required, a tier is given
   *     where none is awarded, or the request is dated before the last transition
   */
  public ProposalStatus apply(ProposalStatus status, TransitionRequest request, Schedule schedule) {
    requireNonNull(status, "status");
    requireNonNull(request, "request");
    requireNonNull(schedule, "schedule");
    StageId current = status.stage();
    TransitionRule rule = rule(current, request.to()).orElse(null);
    if (rule == null) {
      ImmutableSortedSet<StageId> allowed = allowedFrom(current);
      throw new IllegalTransitionException(
          "kipp.stage.illegalTransition",
          CoreMessages.render(
              "kipp.stage.illegalTransition",
              "proposal", status.proposal(),
              "current", current,
              "requested", request.to(),
              "allowed", allowed.isEmpty() ? "-" : allowed.stream().map(StageId::value).collect(Collectors.joining(", "))),
          status.proposal(),
          current,
          request.to(),
          allowed);
    }
    RecordAction.STAGE_MOVE.authorise(request.actor(), "move " + status.proposal() + " from " + current + " to " + request.to(), rule.roles());
    List<Violation> v = new ArrayList<>(2);
    if (rule.reasonRequired() && request.reasons().isEmpty()) {
      v.add(CoreMessages.violation("kipp.stage.reasonRequired", "reasons", "", "requested", request.to()));
    }
    if (rule.tierRequired() && request.tier().isEmpty()) {
      v.add(CoreMessages.violation("kipp.stage.tierRequired", "tier", "", "requested", request.to()));
    }
    if (!rule.tierRequired() && request.tier().isPresent()) {
      v.add(CoreMessages.violation("kipp.stage.tierNotAllowed", "tier", request.tier().get(), "requested", request.to()));
    }
    java.time.Instant last = status.lastTransition().map(StageTransition::at).orElse(status.registeredAt());
    if (request.at().isBefore(last)) {
      v.add(CoreMessages.violation("kipp.status.timeBackwards", "at", request.at(), "previous", last));
    }
    InvalidInputException.throwIfAny("move of proposal '" + status.proposal() + "' to " + request.to(), v);
    if (rule.during().isPresent()) {
      Phase phase = rule.during().get();
      Optional<Window> window = schedule.window(phase);
      if (window.isPresent() && !window.get().contains(request.at())) {
        throw new IllegalTransitionException(
            "kipp.stage.outsideWindow",
            CoreMessages.render(
                "kipp.stage.outsideWindow",
                "proposal", status.proposal(),
                "requested", request.to(),
                "at", request.at(),
                "phase", phase,
                "window", window.get()),
            status.proposal(),
            current,
            request.to(),
            allowedFrom(current));
      }
    }
    return status.with(
        new StageTransition(
            current, request.to(), request.actor(), request.at(), request.reasons(), request.tier(), rule.basis()));
  }

  /**
   * Checks that every move in a stored status is a move of this pipeline, made by an allowed role
   * with the required reasons and tier. Phase windows are not re-checked, since schedules change by
   * extension after the fact.
   *
   * @param status the status, not null
   * @return the violations found, empty if every move was legal
   */
  public ImmutableList<Violation> verify(ProposalStatus status) {
    requireNonNull(status, "status");
    List<Violation> v = new ArrayList<>();
    if (!status.initialStage().equals(initial)) {
      v.add(CoreMessages.violation("kipp.status.wrongInitial", "initial", status.initialStage(), "expected", initial));
    }
    ImmutableList<StageTransition> history = status.history();
    for (int i = 0; i < history.size(); i++) {
      StageTransition t = history.get(i);
      String path = "history[" + i + "]";
      Optional<TransitionRule> rule = rule(t.from(), t.to());
      if (rule.isEmpty()) {
        ImmutableSortedMap<StageId, TransitionRule> onward = rules.get(t.from());
        v.add(CoreMessages.violation("kipp.status.unknownMove", path, t.from() + " -> " + t.to(), "from", t.from(),
            "allowed", onward == null || onward.isEmpty() ? "-" : onward.keySet().stream().map(StageId::value).collect(java.util.stream.Collectors.joining(", "))));
        continue;
      }
      if (!rule.get().roles().contains(t.actor().role())) {
        v.add(CoreMessages.violation("kipp.status.wrongRole", path + ".actor", t.actor().role(), "allowed", rule.get().roles()));
      }
      if (rule.get().reasonRequired() && t.reasons().isEmpty()) {
        v.add(CoreMessages.violation("kipp.stage.reasonRequired", path + ".reasons", "", "requested", t.to()));
      }
      if (rule.get().tierRequired() != t.tier().isPresent()) {
        v.add(CoreMessages.violation(rule.get().tierRequired() ? "kipp.stage.tierRequired" : "kipp.stage.tierNotAllowed", path + ".tier", t.tier().map(Object::toString).orElse(""), "requested", t.to()));
      }
    }
    return ImmutableList.copyOf(v);
  }

  /**
   * Returns whether a stage can be reached from another by some sequence of moves.
   *
   * @param from the stage to start from, not null
   * @param to the stage to reach, not null
   * @return true if {@code to} equals {@code from} or is reachable from it
   */
  public boolean canReach(StageId from, StageId to) {
    return reachableFrom(from).contains(requireNonNull(to, "to"));
  }

  private Set<StageId> reachableFrom(StageId from) {
    Set<StageId> seen = new HashSet<>();
    Deque<StageId> todo = new ArrayDeque<>();
    todo.add(requireNonNull(from, "from"));
    while (!todo.isEmpty()) {
      StageId s = todo.poll();
      if (seen.add(s)) {
        todo.addAll(allowedFrom(s));
      }
    }
    return seen;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StageMachine
        && stages.equals(((StageMachine) o).stages)
        && initial.equals(((StageMachine) o).initial)
        && rules.equals(((StageMachine) o).rules);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(stages, initial, rules);
  }

  /** Returns a summary: stage and rule counts and the initial stage. */
  @Override
  public String toString() {
    return "StageMachine[" + stages.size() + " stages, " + rules().size() + " moves, initial " + initial + "]";
  }

  private static String key(StageId from, StageId to) {
    return from.value() + "\u0000" + to.value();
  }

  /**
   * Builds a {@link StageMachine}. Stages and moves are added; a second stage with the same id or a
   * second rule for the same move replaces the first. Not thread-safe.
   */
  public static final class Builder {
    private final Map<StageId, Stage> stages = new LinkedHashMap<>();
    private final Map<String, TransitionRule> rules = new LinkedHashMap<>();
    private @Nullable StageId initial;

    private Builder() {}

    /**
     * Adds or replaces a stage.
     *
     * @param stage the stage, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder stage(Stage stage) {
      stages.put(requireNonNull(stage, "stage").id(), stage);
      return this;
    }

    /**
     * Adds or replaces a stage.
     *
     * @param id the id, not null
     * @param indonesian the name in Bahasa Indonesia, not blank
     * @param english the name in English, not blank
     * @param terminal whether no move leaves it
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder stage(StageId id, String indonesian, String english, boolean terminal) {
      return stage(new Stage(id, LocalizedText.of(indonesian, english), terminal));
    }

    /**
     * Removes a stage and every move into or out of it.
     *
     * @param id the stage, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeStage(StageId id) {
      requireNonNull(id, "id");
      stages.remove(id);
      rules.values().removeIf(r -> r.from().equals(id) || r.to().equals(id));
      return this;
    }

    /**
     * Sets the initial stage.
     *
     * @param id the stage new proposals are registered in, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder initial(StageId id) {
      initial = requireNonNull(id, "id");
      return this;
    }

    /**
     * Adds or replaces the rule of a move.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder rule(TransitionRule rule) {
      rules.put(key(requireNonNull(rule, "rule").from(), rule.to()), rule);
      return this;
    }

    /**
     * Removes a move.
     *
     * @param from the stage left, not null
     * @param to the stage entered, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeRule(StageId from, StageId to) {
      rules.remove(key(from, to));
      return this;
    }

    /**
     * Adds a move into a stage from every stage that is not terminal (withdrawal, disqualification).
     * Call it after adding the stages.
     *
     * @param to the stage entered, not null
     * @param basis the citation, not null
     * @param reasonRequired whether the move needs reasons
     * @param roles the roles that may make it
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder fromEveryOpenStage(StageId to, Citation basis, boolean reasonRequired, Role... roles) {
      for (Stage s : stages.values()) {
        if (!s.terminal() && !s.id().equals(to)) {
          TransitionRule r = TransitionRule.of(s.id(), to, basis, roles);
          rule(reasonRequired ? r.withReasonRequired() : r);
        }
      }
      return this;
    }

    /**
     * Builds the machine.
     *
     * @return the machine, not null
     * @throws IllegalStateException if no initial stage was set, a rule names an unknown stage,
     *     leaves a terminal stage, or some stage cannot be reached from the initial one
     */
    public StageMachine build() {
      StageId initial = required(this.initial, Builder.class, "initial");
      if (!stages.containsKey(initial)) {
        throw new IllegalStateException("initial stage '" + initial + "' is not one of the stages " + stages.keySet());
      }
      Map<StageId, ImmutableSortedMap.Builder<StageId, TransitionRule>> out = new LinkedHashMap<>();
      for (TransitionRule r : rules.values()) {
        Stage from = stages.get(r.from());
        if (from == null || !stages.containsKey(r.to())) {
          throw new IllegalStateException("move " + r + " names a stage that is not in " + stages.keySet());
        }
        if (from.terminal()) {
          throw new IllegalStateException("move " + r + " leaves terminal stage '" + from.id() + "'");
        }
        out.computeIfAbsent(r.from(), k -> ImmutableSortedMap.naturalOrder()).put(r.to(), r);
      }
      ImmutableSortedMap.Builder<StageId, ImmutableSortedMap<StageId, TransitionRule>> built = ImmutableSortedMap.naturalOrder();
      out.forEach((k, v) -> built.put(k, v.buildOrThrow()));
      StageMachine machine = new StageMachine(ImmutableSortedMap.copyOf(stages), initial, built.buildOrThrow());
      Set<StageId> reachable = machine.reachableFrom(initial);
      List<StageId> unreachable = stages.keySet().stream().filter(s -> !reachable.contains(s)).sorted().collect(Collectors.toList());
      if (!unreachable.isEmpty()) {
        throw new IllegalStateException("stages " + unreachable + " cannot be reached from initial stage '" + initial + "'");
      }
      return machine;
    }
  }

  private static final class National {
    static final StageMachine INSTANCE = build();

    private static StageMachine build() {
      Citation sinovik = Citation.reported("PermenPANRB 7/2021", "Lampiran, section UNKNOWN").withSources("S52", "S4");
      Citation screening = Citation.reported("PermenPANRB 7/2021", "Lampiran, section UNKNOWN").withSources("S25", "S16", "S17", "S5");
      Citation desk = Citation.reported("PermenPANRB 7/2021", "Lampiran, section UNKNOWN").withSources("S34", "S2");
      Citation panel = Citation.reported("KepmenPANRB 44/2020", Citation.UNKNOWN_PROVISION).withSources("S37", "S61");
      Citation decree = Citation.reported("PermenPANRB 7/2021", "Lampiran, section UNKNOWN").withSources("S37", "S59");
      Citation removal = Citation.inferred("PermenPANRB 7/2021", "Lampiran, section UNKNOWN",
          "an upheld objection during uji publik removes the finalist; no removal has been reported (2019, 2021, 2022)").withSources("S59", "S62", "S60");
      Citation interview = Citation.reported("PermenPANRB 7/2021", "Lampiran, section UNKNOWN").withSources("S12", "S61");
      Citation verification = Citation.reported("KepmenPANRB 50/2022", Citation.UNKNOWN_PROVISION).withSources("S14", "S106");
      Citation winners = Citation.reported("PermenPANRB 7/2021", "Lampiran, section UNKNOWN").withSources("S32", "S64");
      Citation withdrawal = Citation.unknown("PermenPANRB 7/2021",
          "no source describes withdrawal; kipp lets the unit or the institution's administrator withdraw a proposal from any open stage, with reasons");
      Citation disqualification = Citation.unknown("PermenPANRB 7/2021",
          "no source describes disqualification; kipp lets the secretariat or the organiser disqualify a proposal from any open stage, with reasons");

      Builder b = newBuilder()
          .stage(Stages.DRAFT, "Draf di UPP", "Draft at the unit", false)
          .stage(Stages.AT_INSTITUTION_ADMIN, "Draf di admin lokal", "Draft with the institution's administrator", false)
          .stage(Stages.SUBMITTED, "Dikirim", "Submitted", false)
          .stage(Stages.ADMIN_FAILED, "Tidak lolos seleksi administrasi", "Failed administrative screening", true)
          .stage(Stages.ADMIN_PASSED, "Lolos seleksi administrasi", "Passed administrative screening", false)
          .stage(Stages.EVALUATED, "Telah dievaluasi", "Evaluated", false)
          .stage(Stages.NOT_NOMINATED, "Tidak dinominasikan", "Not nominated", true)
          .stage(Stages.NOMINATED, "Dinominasikan", "Nominated", false)
          .stage(Stages.NOT_SELECTED, "Tidak terpilih sebagai finalis", "Not selected as finalist", true)
          .stage(Stages.FINALIST_ANNOUNCED, "Finalis diumumkan (uji publik)", "Finalist announced (public review)", false)
          .stage(Stages.REMOVED, "Dicoret setelah sanggahan", "Removed after an objection", true)
          .stage(Stages.FINALIST, "Finalis", "Finalist", false)
          .stage(Stages.PRESENTED, "Telah presentasi dan wawancara", "Presented and interviewed", false)
          .stage(Stages.VERIFIED, "Telah diverifikasi lapangan", "Field-verified", false)
          .stage(Stages.AWARDED, "Pemenang", "Awarded", true)
          .stage(Stages.FINALIST_ONLY, "Finalis tanpa penghargaan pemenang", "Finalist without a winner's tier", true)
          .stage(Stages.WITHDRAWN, "Ditarik", "Withdrawn", true)
          .stage(Stages.DISQUALIFIED, "Didiskualifikasi", "Disqualified", true)
          .initial(Stages.DRAFT)
          .rule(TransitionRule.of(Stages.DRAFT, Stages.AT_INSTITUTION_ADMIN, sinovik, Role.UNIT))
          .rule(TransitionRule.of(Stages.AT_INSTITUTION_ADMIN, Stages.DRAFT, sinovik, Role.INSTITUTION_ADMIN))
          .rule(TransitionRule.of(Stages.AT_INSTITUTION_ADMIN, Stages.SUBMITTED, sinovik, Role.INSTITUTION_ADMIN).during(Phase.SUBMISSION))
          .rule(TransitionRule.of(Stages.SUBMITTED, Stages.ADMIN_PASSED, screening, Role.SECRETARIAT))
          .rule(TransitionRule.of(Stages.SUBMITTED, Stages.ADMIN_FAILED, screening, Role.SECRETARIAT).withReasonRequired())
          .rule(TransitionRule.of(Stages.ADMIN_PASSED, Stages.EVALUATED, desk, Role.SECRETARIAT, Role.EVALUATOR))
          .rule(TransitionRule.of(Stages.EVALUATED, Stages.NOMINATED, desk, Role.EVALUATOR))
          .rule(TransitionRule.of(Stages.EVALUATED, Stages.NOT_NOMINATED, desk, Role.EVALUATOR))
          .rule(TransitionRule.of(Stages.NOMINATED, Stages.FINALIST_ANNOUNCED, panel, Role.INDEPENDENT_PANEL))
          .rule(TransitionRule.of(Stages.NOMINATED, Stages.NOT_SELECTED, panel, Role.INDEPENDENT_PANEL))
          .rule(TransitionRule.of(Stages.FINALIST_ANNOUNCED, Stages.FINALIST, decree, Role.ORGANISER))
          .rule(TransitionRule.of(Stages.FINALIST_ANNOUNCED, Stages.REMOVED, removal, Role.ORGANISER).withReasonRequired())
          .rule(TransitionRule.of(Stages.FINALIST, Stages.PRESENTED, interview, Role.INDEPENDENT_PANEL))
          .rule(TransitionRule.of(Stages.PRESENTED, Stages.VERIFIED, verification, Role.VERIFIER))
          .rule(TransitionRule.of(Stages.PRESENTED, Stages.AWARDED, winners, Role.ORGANISER).withTierRequired())
          .rule(TransitionRule.of(Stages.PRESENTED, Stages.FINALIST_ONLY, winners, Role.ORGANISER))
          .rule(TransitionRule.of(Stages.VERIFIED, Stages.AWARDED, winners, Role.ORGANISER).withTierRequired())
          .rule(TransitionRule.of(Stages.VERIFIED, Stages.FINALIST_ONLY, winners, Role.ORGANISER));
      b.fromEveryOpenStage(Stages.WITHDRAWN, withdrawal, true, Role.UNIT, Role.INSTITUTION_ADMIN);
      b.fromEveryOpenStage(Stages.DISQUALIFIED, disqualification, true, Role.SECRETARIAT, Role.ORGANISER);
      return b.build();
    }
  }
}
