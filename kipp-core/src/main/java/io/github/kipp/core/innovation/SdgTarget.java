package io.github.kipp.core.innovation;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.internal.CoreMessages;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Sustainable Development Goal (<i>Tujuan Pembangunan Berkelanjutan</i>, TPB) or one of its
 * targets that a proposal contributes to: goal {@code 3}, target {@code 3.8}, target {@code 1.a}.
 *
 * <p>Since 2018 every proposal names at least one. Goals run from 1 to 17; a target is the goal,
 * a dot and a number (1–99) or a letter ({@code a}–{@code j}). Targets sort by goal, then numbered
 * targets in numeric order, then lettered ones.
 */
public final class SdgTarget implements Comparable<SdgTarget> {

  private static final Pattern FORM = Pattern.compile("([1-9][0-9]?)(?:\\.([1-9][0-9]?|[a-j]))?");

  private static final Comparator<SdgTarget> ORDER =
      Comparator.comparingInt((SdgTarget t) -> t.goal).thenComparingInt(SdgTarget::targetRank);

  private final int goal;
  private final @Nullable String target;

  private SdgTarget(int goal, @Nullable String target) {
    this.goal = goal;
    this.target = target;
  }

  /**
   * Parses a goal ({@code "3"}) or target ({@code "3.8"}, {@code "1.a"}).
   *
   * @param text the goal or target, not null
   * @return the parsed value, not null
   * @throws InvalidInputException if the text is not a goal 1–17 or a target of one
   */
  public static SdgTarget parse(String text) {
    requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (m.matches()) {
      int goal = Integer.parseInt(m.group(1));
      if (goal <= 17) {
        return new SdgTarget(goal, m.group(2));
      }
    }
    throw InvalidInputException.of(
        "SDG target", CoreMessages.violation("kipp.sdg.invalid", "", text));
  }

  /**
   * Returns a goal without a target.
   *
   * @param goal the goal, 1 to 17
   * @return the goal, not null
   * @throws InvalidInputException if the goal is out of range
   */
  public static SdgTarget goal(int goal) {
    return parse(Integer.toString(goal));
  }

  /**
   * Returns the goal number.
   *
   * @return 1 to 17
   */
  public int goal() {
    return goal;
  }

  /**
   * Returns the target within the goal, such as {@code 8} or {@code a}.
   *
   * @return the target, or empty for a whole goal
   */
  public Optional<String> target() {
    return Optional.ofNullable(target);
  }

  /** Whole goal first, then numbered targets in numeric order, then lettered ones. */
  private int targetRank() {
    if (target == null) {
      return -1;
    }
    char first = target.charAt(0);
    return Character.isLetter(first) ? 1000 + first : Integer.parseInt(target);
  }

  @Override
  public int compareTo(SdgTarget other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SdgTarget
        && goal == ((SdgTarget) o).goal
        && java.util.Objects.equals(target, ((SdgTarget) o).target);
  }

  @Override
  public int hashCode() {
    return goal * 31 + (target == null ? 0 : target.hashCode());
  }

  /** Returns the goal or target as written, such as {@code 3.8}. */
  @Override
  public String toString() {
    return target == null ? Integer.toString(goal) : goal + "." + target;
  }
}
