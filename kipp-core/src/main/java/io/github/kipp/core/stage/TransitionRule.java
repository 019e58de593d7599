package io.github.kipp.core.stage;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.edition.Phase;
import java.util.Optional;

/**
 * A legal move between two stages: who may make it, whether it needs reasons or a tier, and the
 * schedule phase it is limited to.
 *
 * @param from the stage left, not null
 * @param to the stage entered, not null
 * @param roles the roles that may make the move, not empty
 * @param reasonRequired whether the move must give at least one reason (failures, removals)
 * @param tierRequired whether the move must name an award tier
 * @param during the phase whose window must be open; if the schedule has no window for it, the move
 *     is not limited in time
 * @param basis where the move comes from, not null
 */
public record TransitionRule(
    StageId from,
    StageId to,
    ImmutableSortedSet<io.github.kipp.core.Role> roles,
    boolean reasonRequired,
    boolean tierRequired,
    Optional<Phase> during,
    Citation basis) {

  /**
   * Creates a rule.
   *
   * @param from the stage left, not null
   * @param to the stage entered, not null
   * @param roles the roles that may make the move, not empty
   * @param reasonRequired whether the move must give at least one reason (failures, removals)
   * @param tierRequired whether the move must name an award tier
   * @param during the phase whose window must be open; if the schedule has no window for it, the move is not limited in time
   * @param basis where the move comes from, not null
   * @throws IllegalArgumentException if no role may make the move, or it leads to its own stage
   */
  public TransitionRule {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    roles = ImmutableSortedSet.copyOf(requireNonNull(roles, "roles"));
    requireNonNull(during, "during");
    requireNonNull(basis, "basis");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("transition " + from + " -> " + to + " needs at least one role");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("transition " + from + " -> " + to + " leads to its own stage");
    }
  }

  /**
   * Returns a rule with no reason or tier requirement and no time limit.
   *
   * @param from the stage left, not null
   * @param to the stage entered, not null
   * @param basis the citation, not null
   * @param roles the roles that may make it, at least one
   * @return the rule, not null
   */
  public static TransitionRule of(StageId from, StageId to, Citation basis, Role... roles) {
    return new TransitionRule(
        from, to, ImmutableSortedSet.copyOf(roles), false, false, Optional.empty(), basis);
  }

  /**
   * Returns a copy that requires reasons.
   *
   * @return the new rule, not null
   */
  public TransitionRule withReasonRequired() {
    return new TransitionRule(from, to, roles, true, tierRequired, during, basis);
  }

  /**
   * Returns a copy that requires a tier.
   *
   * @return the new rule, not null
   */
  public TransitionRule withTierRequired() {
    return new TransitionRule(from, to, roles, reasonRequired, true, during, basis);
  }

  /**
   * Returns a copy limited to a phase's window.
   *
   * @param phase the phase, not null
   * @return the new rule, not null
   */
  public TransitionRule during(Phase phase) {
    return new TransitionRule(from, to, roles, reasonRequired, tierRequired, Optional.of(phase), basis);
  }

  /** Returns {@code from -> to [ROLES]}. */
  @Override
  public String toString() {
    return from + " -> " + to + " " + roles;
  }
}
