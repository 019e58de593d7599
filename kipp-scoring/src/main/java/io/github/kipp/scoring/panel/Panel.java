package io.github.kipp.scoring.panel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The evaluators of a scoring stage (the TE of a desk evaluation, the TPI of the presentations).
 *
 * <p>Immutable; evaluators are kept sorted by id.
 */
public final class Panel {

  /** The most evaluators a panel may have. */
  public static final int MAX_EVALUATORS = 10_000;

  private final ImmutableSortedMap<ActorId, Evaluator> evaluators;

  private Panel(ImmutableSortedMap<ActorId, Evaluator> evaluators) {
    this.evaluators = evaluators;
  }

  /**
   * Returns a panel.
   *
   * @param evaluators the evaluators, at least one, with distinct ids
   * @return the panel, not null
   * @throws InvalidInputException if the panel is empty, too large or an id repeats
   */
  public static Panel of(Iterable<Evaluator> evaluators) {
    requireNonNull(evaluators, "evaluators");
    ImmutableSortedMap.Builder<ActorId, Evaluator> map = ImmutableSortedMap.naturalOrder();
    List<Violation> v = new ArrayList<>();
    java.util.Set<ActorId> seen = new java.util.HashSet<>();
    int i = 0;
    for (Evaluator e : evaluators) {
      if (seen.add(e.id())) {
        map.put(e.id(), e);
      } else {
        v.add(ScoringMessages.violation("kipp.panel.duplicate", "evaluators[" + i + "]", e.id()));
      }
      i++;
    }
    if (seen.isEmpty() || seen.size() > MAX_EVALUATORS) {
      v.add(ScoringMessages.violation("kipp.panel.size", "evaluators", seen.size(), "max", MAX_EVALUATORS));
    }
    InvalidInputException.throwIfAny("panel", v);
    return new Panel(map.buildOrThrow());
  }

  /**
   * Returns the evaluators, sorted by id.
   *
   * @return the evaluators, never empty
   */
  public ImmutableList<Evaluator> evaluators() {
    return evaluators.values().asList();
  }

  /**
   * Returns an evaluator by id.
   *
   * @param id the id, not null
   * @return the evaluator, or empty if not on the panel
   */
  public Optional<Evaluator> evaluator(ActorId id) {
    return Optional.ofNullable(evaluators.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the number of evaluators.
   *
   * @return the size, at least one
   */
  public int size() {
    return evaluators.size();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Panel && evaluators.equals(((Panel) o).evaluators);
  }

  @Override
  public int hashCode() {
    return evaluators.hashCode();
  }

  /** Returns {@code Panel[n evaluators]}. */
  @Override
  public String toString() {
    return "Panel[" + evaluators.size() + " evaluators]";
  }
}
