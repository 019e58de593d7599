package io.github.kipp.scoring.panel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Role;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.scoring.internal.ScoringMessages;

/**
 * An evaluator (<i>penilai</i>): a desk evaluator (TE), a member of the independent panel (TPI) or a
 * verifier, with the institution they come from and the categories they are expert in.
 *
 * <p>The institution is what conflict-of-interest policies look at: in 2025 TPI members from 18
 * ministries scored while ministries competed, and regional panels are the organiser's own
 * officials. kipp holds no personal data; the host keeps names.
 *
 * @param id the evaluator's id, not null
 * @param institution the institution they come from, not null
 * @param expertise the categories they may score; empty for a generalist
 * @param role {@link Role#EVALUATOR}, {@link Role#INDEPENDENT_PANEL} or {@link Role#VERIFIER}
 */
public record Evaluator(ActorId id, Institution institution, ImmutableSortedSet<CategoryId> expertise, Role role) {

  private static final ImmutableSet<Role> SCORING_ROLES =
      ImmutableSet.of(Role.EVALUATOR, Role.INDEPENDENT_PANEL, Role.VERIFIER);

  /**
   * Creates an evaluator.
   *
   * @param id the evaluator's id, not null
   * @param institution the institution they come from, not null
   * @param expertise the categories they may score; empty for a generalist
   * @param role a scoring role
   * @throws InvalidInputException if the role does not score
   */
  public Evaluator {
    requireNonNull(id, "id");
    requireNonNull(institution, "institution");
    expertise = ImmutableSortedSet.copyOf(requireNonNull(expertise, "expertise"));
    requireNonNull(role, "role");
    if (!SCORING_ROLES.contains(role)) {
      throw InvalidInputException.of(
          "evaluator '" + id + "'", ScoringMessages.violation("kipp.evaluator.role", "role", role, "allowed", SCORING_ROLES));
    }
  }

  /**
   * Returns a desk evaluator.
   *
   * @param id the id, not null
   * @param institution the institution, not null
   * @param expertise the categories they may score; none for a generalist
   * @return the evaluator, not null
   */
  public static Evaluator of(String id, Institution institution, CategoryId... expertise) {
    return new Evaluator(ActorId.of(id), institution, ImmutableSortedSet.copyOf(expertise), Role.EVALUATOR);
  }

  /**
   * Returns whether the evaluator may score a category: a generalist scores every category.
   *
   * @param category the category, not null
   * @return true if expert in it or a generalist
   */
  public boolean covers(CategoryId category) {
    requireNonNull(category, "category");
    return expertise.isEmpty() || expertise.contains(category);
  }

  /**
   * Returns the evaluator as an actor, for authorisation and the decision log.
   *
   * @return the actor, not null
   */
  public Actor actor() {
    return new Actor(id, role);
  }
}
