package io.github.kipp.scoring.visibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Role;
import io.github.kipp.core.Violation;
import io.github.kipp.core.blind.BlindStages;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The declared policy of what each role may see of a scoring stage in each {@link StagePhase}, and
 * the filter that applies it for one viewer.
 *
 * <p>Two rules hold for every policy, and {@link Builder#build()} refuses a policy that breaks them:
 * while a stage is open, no role sees the scores of a sheet it did not write ({@link
 * Disclosure#ALL_SHEETS} and {@link Disclosure#OWN_ENTRY_SHEETS} are not granted in {@link
 * StagePhase#OPEN}), so an evaluator never sees another evaluator's scores before the freeze; and
 * the entrant's roles ({@link Role#UNIT}, {@link Role#INSTITUTION_ADMIN}) see only the sheets of
 * their own entries, without evaluators, and only once the result is published. A third rule is
 * applied when a view is made: in a stage declared blind ({@link BlindStages}) the roles that score
 * ({@link Role#EVALUATOR}, {@link Role#INDEPENDENT_PANEL}, {@link Role#VERIFIER}) do not see the
 * entrant while the stage is open, whatever the policy grants.
 *
 * <p>{@link #standard()} is kipp's policy; its table, and why each cell is as it is, is in {@code
 * docs/blind-review.md}. A host that decides otherwise starts from it ({@link #toBuilder()}) or from
 * nothing ({@link #newBuilder()}), within the two rules. Immutable and thread-safe.
 */
public final class VisibilityPolicy {

  private static final ImmutableSortedSet<Role> SCORERS = ImmutableSortedSet.of(Role.EVALUATOR, Role.INDEPENDENT_PANEL, Role.VERIFIER);
  private static final ImmutableSortedSet<Role> ENTRANTS = ImmutableSortedSet.of(Role.UNIT, Role.INSTITUTION_ADMIN);

  private static final VisibilityPolicy STANDARD = standardPolicy();

  private final EnumMap<Role, EnumMap<StagePhase, ImmutableSortedSet<Disclosure>>> grants;

  private VisibilityPolicy(EnumMap<Role, EnumMap<StagePhase, ImmutableSortedSet<Disclosure>>> grants) {
    this.grants = grants;
  }

  private static VisibilityPolicy standardPolicy() {
    Builder b = newBuilder();
    for (Role entrant : ENTRANTS) {
      b.grant(entrant, StagePhase.PUBLISHED, Disclosure.OWN_ENTRY_SHEETS, Disclosure.ENTRANT_IDENTITY);
    }
    b.grant(Role.SECRETARIAT, StagePhase.OPEN, Disclosure.SUBMISSION_STATUS, Disclosure.EVALUATOR_NAMES, Disclosure.ENTRANT_IDENTITY);
    for (StagePhase closed : List.of(StagePhase.FROZEN, StagePhase.PUBLISHED)) {
      for (Role r : List.of(Role.SECRETARIAT, Role.ORGANISER)) {
        b.grant(r, closed, Disclosure.SUBMISSION_STATUS, Disclosure.ALL_SHEETS, Disclosure.EVALUATOR_NAMES, Disclosure.ENTRANT_IDENTITY);
      }
    }
    b.grant(Role.ORGANISER, StagePhase.OPEN, Disclosure.ENTRANT_IDENTITY);
    for (Role scorer : SCORERS) {
      b.grant(scorer, StagePhase.OPEN, Disclosure.OWN_SHEETS, Disclosure.ENTRANT_IDENTITY);
      b.grant(scorer, StagePhase.FROZEN, Disclosure.OWN_SHEETS, Disclosure.ALL_SHEETS, Disclosure.ENTRANT_IDENTITY);
      b.grant(scorer, StagePhase.PUBLISHED, Disclosure.OWN_SHEETS, Disclosure.ALL_SHEETS, Disclosure.ENTRANT_IDENTITY);
    }
    return b.build();
  }

  /**
   * Returns kipp's standard policy, tabled in {@code docs/blind-review.md}.
   *
   * @return the standard policy, not null
   */
  public static VisibilityPolicy standard() {
    return STANDARD;
  }

  /**
   * Returns a builder of a policy that grants nothing until told.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder(new EnumMap<>(Role.class));
  }

  /**
   * Returns a builder holding this policy's grants, to grant or revoke some.
   *
   * @return a builder, not null
   */
  public Builder toBuilder() {
    EnumMap<Role, EnumMap<StagePhase, EnumSet<Disclosure>>> copy = new EnumMap<>(Role.class);
    grants.forEach((role, byPhase) -> byPhase.forEach((phase, set) -> {
      if (!set.isEmpty()) {
        copy.computeIfAbsent(role, r -> new EnumMap<>(StagePhase.class)).put(phase, EnumSet.copyOf(set));
      }
    }));
    return new Builder(copy);
  }

  /**
   * Returns what the policy grants a role in a phase, before the blind-stage rule.
   *
   * @param role the role, not null
   * @param phase the phase, not null
   * @return the disclosures, in {@link Disclosure} order
   */
  public ImmutableSortedSet<Disclosure> granted(Role role, StagePhase phase) {
    requireNonNull(role, "role");
    requireNonNull(phase, "phase");
    EnumMap<StagePhase, ImmutableSortedSet<Disclosure>> byPhase = grants.get(role);
    ImmutableSortedSet<Disclosure> set = byPhase == null ? null : byPhase.get(phase);
    return set == null ? ImmutableSortedSet.of() : set;
  }

  /**
   * Returns what a role sees in a phase of a stage: what the policy grants, less the entrant's
   * identity for a role that scores while a blind stage is open.
   *
   * @param role the role, not null
   * @param phase the phase, not null
   * @param blindStage whether the stage is declared blind
   * @return the disclosures, in {@link Disclosure} order
   */
  public ImmutableSortedSet<Disclosure> disclosures(Role role, StagePhase phase, boolean blindStage) {
    ImmutableSortedSet<Disclosure> granted = granted(role, phase);
    if (blindStage && phase == StagePhase.OPEN && SCORERS.contains(role) && granted.contains(Disclosure.ENTRANT_IDENTITY)) {
      return ImmutableSortedSet.copyOf(granted.stream().filter(d -> d != Disclosure.ENTRANT_IDENTITY).iterator());
    }
    return granted;
  }

  /**
   * Filters a stage for one viewer.
   *
   * <p>A sheet is shown when the viewer wrote it (in a role that scores) and {@link
   * Disclosure#OWN_SHEETS} is granted, when {@link Disclosure#ALL_SHEETS} is granted, or when it is
   * on one of the viewer's entries and {@link Disclosure#OWN_ENTRY_SHEETS} is granted. Its evaluator
   * is shown on the viewer's own sheet and where {@link Disclosure#EVALUATOR_NAMES} is granted;
   * sheets without an evaluator are ordered by their total and scores, so their order says nothing
   * about who wrote them.
   *
   * @param viewer who looks, not null
   * @param scores the stage's sheets and phase, not null
   * @param blind the declaration of blind stages, such as the module's, not null
   * @return the view, not null
   */
  public StageView view(Viewer viewer, StageScores scores, BlindStages blind) {
    requireNonNull(viewer, "viewer");
    requireNonNull(scores, "scores");
    requireNonNull(blind, "blind");
    Role role = viewer.actor().role();
    ActorId me = viewer.actor().id();
    boolean blindStage = blind.isBlind(scores.stage());
    ImmutableSortedSet<Disclosure> d = disclosures(role, scores.phase(), blindStage);
    boolean names = d.contains(Disclosure.EVALUATOR_NAMES);
    List<VisibleSheet> sheets = new ArrayList<>();
    List<Submission> submissions = new ArrayList<>();
    for (ScoreSheet s : scores.sheets()) {
      boolean own = SCORERS.contains(role) && s.evaluator().equals(me);
      boolean shown = own && d.contains(Disclosure.OWN_SHEETS)
          || d.contains(Disclosure.ALL_SHEETS)
          || d.contains(Disclosure.OWN_ENTRY_SHEETS) && viewer.entries().contains(s.proposal());
      Optional<ActorId> evaluator = own || names ? Optional.of(s.evaluator()) : Optional.empty();
      if (shown) {
        BigDecimal total = scores.criteria().weightedTotal(s.scores());
        sheets.add(new VisibleSheet(s.proposal(), evaluator, own, s.scores(), total));
      }
      if (d.contains(Disclosure.SUBMISSION_STATUS)) {
        submissions.add(new Submission(s.proposal(), names ? Optional.of(s.evaluator()) : Optional.empty()));
      }
    }
    sheets.sort(Comparator.comparing(VisibleSheet::proposal)
        .thenComparing(v -> !v.own())
        .thenComparing(v -> v.evaluator().map(ActorId::value).orElse(""))
        .thenComparing(VisibleSheet::total)
        .thenComparing(v -> v.scores().toString()));
    submissions.sort(Comparator.comparing(Submission::proposal).thenComparing(v -> v.evaluator().map(ActorId::value).orElse("")));
    return new StageView(viewer, scores.stage(), scores.phase(), blindStage, d, ImmutableList.copyOf(sheets), ImmutableList.copyOf(submissions));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VisibilityPolicy && grants.equals(((VisibilityPolicy) o).grants);
  }

  @Override
  public int hashCode() {
    return grants.hashCode();
  }

  /** Returns the grants, role by role. */
  @Override
  public String toString() {
    return "visibility " + grants;
  }

  /**
   * Builds a {@link VisibilityPolicy} by granting and revoking disclosures. Not thread-safe.
   */
  public static final class Builder {
    private final EnumMap<Role, EnumMap<StagePhase, EnumSet<Disclosure>>> grants;

    private Builder(EnumMap<Role, EnumMap<StagePhase, EnumSet<Disclosure>>> grants) {
      this.grants = grants;
    }

    /**
     * Grants disclosures to a role in a phase.
     *
     * @param role the role, not null
     * @param phase the phase, not null
     * @param disclosures what it may see, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder grant(Role role, StagePhase phase, Disclosure... disclosures) {
      requireNonNull(role, "role");
      requireNonNull(phase, "phase");
      EnumSet<Disclosure> set = grants.computeIfAbsent(role, r -> new EnumMap<>(StagePhase.class))
          .computeIfAbsent(phase, p -> EnumSet.noneOf(Disclosure.class));
      for (Disclosure d : requireNonNull(disclosures, "disclosures")) {
        set.add(requireNonNull(d, "disclosure"));
      }
      return this;
    }

    /**
     * Revokes disclosures from a role in a phase.
     *
     * @param role the role, not null
     * @param phase the phase, not null
     * @param disclosures what it may no longer see, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder revoke(Role role, StagePhase phase, Disclosure... disclosures) {
      requireNonNull(role, "role");
      requireNonNull(phase, "phase");
      requireNonNull(disclosures, "disclosures");
      Map<StagePhase, EnumSet<Disclosure>> byPhase = grants.get(role);
      Set<Disclosure> set = byPhase == null ? null : byPhase.get(phase);
      if (set != null) {
        for (Disclosure d : disclosures) {
          set.remove(requireNonNull(d, "disclosure"));
        }
      }
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy, not null
     * @throws InvalidInputException listing every grant that shows scores before the freeze ({@code
     *     kipp.visibility.beforeFreeze}) or shows an entrant anything but its own entries' sheets after
     *     publication ({@code kipp.visibility.entrant})
     */
    public VisibilityPolicy build() {
      List<Violation> violations = new ArrayList<>();
      EnumMap<Role, EnumMap<StagePhase, ImmutableSortedSet<Disclosure>>> table = new EnumMap<>(Role.class);
      for (Role role : Role.values()) {
        EnumMap<StagePhase, ImmutableSortedSet<Disclosure>> byPhase = new EnumMap<>(StagePhase.class);
        for (StagePhase phase : StagePhase.values()) {
          Map<StagePhase, EnumSet<Disclosure>> given = grants.get(role);
          Set<Disclosure> set = given == null ? null : given.get(phase);
          ImmutableSortedSet<Disclosure> granted = set == null ? ImmutableSortedSet.of() : ImmutableSortedSet.copyOf(set);
          String path = "grants[" + role + "][" + phase + "]";
          for (Disclosure d : granted) {
            if (phase == StagePhase.OPEN && (d == Disclosure.ALL_SHEETS || d == Disclosure.OWN_ENTRY_SHEETS)) {
              violations.add(ScoringMessages.violation("kipp.visibility.beforeFreeze", path, d, "role", role));
            } else if (ENTRANTS.contains(role) && !(d == Disclosure.ENTRANT_IDENTITY
                || d == Disclosure.OWN_ENTRY_SHEETS && phase == StagePhase.PUBLISHED)) {
              violations.add(ScoringMessages.violation("kipp.visibility.entrant", path, d, "role", role, "phase", phase));
            }
          }
          byPhase.put(phase, granted);
        }
        table.put(role, byPhase);
      }
      InvalidInputException.throwIfAny("visibility policy", violations);
      return new VisibilityPolicy(table);
    }
  }
}
