package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.TierId;
import io.github.kipp.core.internal.CoreMessages;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A condition on an innovation's past results, built as published: "never in a Top 99 twice, whether
 * in a row or not; never Top 45 in 2019 or 2020; …". Conditions compose with {@link #all}, {@link
 * #any} and {@link #not}, so a rule whose connectives are unclear (2023 <i>khusus</i>: "… and … or
 * …") is encoded exactly as written and can be replaced when the text is read.
 *
 * <p>Conditions are values: equal conditions are equal, and {@link #describe()} says what they test
 * in both languages.
 */
public sealed interface HistoryCondition
    permits HistoryCondition.Count, HistoryCondition.All, HistoryCondition.Any, HistoryCondition.Not {

  /**
   * Tests an innovation's results.
   *
   * @param results the innovation's past results, not null
   * @return whether the condition holds
   */
  boolean test(List<PastResult> results);

  /**
   * Says what the condition tests.
   *
   * @return the description in both languages, not null
   */
  LocalizedText describe();

  /**
   * Holds when the innovation reached one of some tiers in at least {@code times} different years of
   * a range.
   *
   * @param times the least number of different years, at least 1
   * @param tiers the tiers; empty for any tier, including {@link Tiers#ENTERED}
   * @param fromYear the first year counted
   * @param toYear the last year counted, not before {@code fromYear}
   * @return the condition, not null
   * @throws InvalidInputException if {@code times} is below 1 or the years are reversed
   */
  static HistoryCondition reachedTimes(int times, Iterable<TierId> tiers, int fromYear, int toYear) {
    return new Count(times, ImmutableSortedSet.copyOf(tiers), fromYear, toYear, Optional.empty());
  }

  /**
   * Holds when the innovation reached one of some tiers in any year of a range.
   *
   * @param tier a tier, not null
   * @param fromYear the first year counted
   * @param toYear the last year counted
   * @return the condition, not null
   */
  static HistoryCondition reached(TierId tier, int fromYear, int toYear) {
    return new Count(1, ImmutableSortedSet.of(tier), fromYear, toYear, Optional.empty());
  }

  /**
   * Holds when the innovation has any recorded result at all (it entered before).
   *
   * @return the condition, not null
   */
  static HistoryCondition enteredBefore() {
    return new Count(1, ImmutableSortedSet.of(), 2000, 2200, Optional.empty());
  }

  /**
   * Holds when every condition holds.
   *
   * @param conditions the conditions, at least one
   * @return the condition, not null
   */
  static HistoryCondition all(HistoryCondition... conditions) {
    return new All(ImmutableList.copyOf(conditions));
  }

  /**
   * Holds when any condition holds.
   *
   * @param conditions the conditions, at least one
   * @return the condition, not null
   */
  static HistoryCondition any(HistoryCondition... conditions) {
    return new Any(ImmutableList.copyOf(conditions));
  }

  /**
   * Holds when a condition does not.
   *
   * @param condition the condition, not null
   * @return the condition, not null
   */
  static HistoryCondition not(HistoryCondition condition) {
    return new Not(condition);
  }

  /**
   * Counts the different years in which an innovation reached one of some tiers.
   *
   * @param times the least number of years for the condition to hold, at least 1
   * @param tiers the tiers; empty for any
   * @param fromYear the first year counted
   * @param toYear the last year counted
   * @param group the group the results must be in; empty for any group
   */
  record Count(int times, ImmutableSortedSet<TierId> tiers, int fromYear, int toYear, Optional<GroupId> group)
      implements HistoryCondition {

    /**
     * Creates the condition.
     *
     * @param times the least number of years, at least 1
     * @param tiers the tiers, not null
     * @param fromYear the first year
     * @param toYear the last year, not before {@code fromYear}
     * @param group the group, not null
     * @throws InvalidInputException if {@code times} is below 1 or the years are reversed
     */
    public Count {
      tiers = ImmutableSortedSet.copyOf(requireNonNull(tiers, "tiers"));
      requireNonNull(group, "group");
      if (times < 1 || toYear < fromYear) {
        throw InvalidInputException.of("history condition", CoreMessages.violation("kipp.history.count", "times", times, "from", fromYear, "to", toYear));
      }
    }

    /**
     * Returns a copy that counts only results in a group.
     *
     * @param inGroup the group, not null
     * @return the new condition, not null
     */
    public Count inGroup(GroupId inGroup) {
      return new Count(times, tiers, fromYear, toYear, Optional.of(inGroup));
    }

    @Override
    public boolean test(List<PastResult> results) {
      if (results.isEmpty()) {
        return times <= 0;
      }
      // Distinct years among the matching results, as bits from fromYear while the range fits in a
      // long; a history holds a handful of results. The answer is known once enough years are seen.
      boolean narrow = (long) toYear - fromYear < Long.SIZE;
      long seen = 0;
      java.util.@Nullable BitSet wide = narrow ? null : new java.util.BitSet();
      int count = 0;
      // Read by place: an iterator per condition and history would be built for each of a tree's
      // conditions, on the screen's path.
      for (int k = 0, size = results.size(); k < size; k++) {
        PastResult r = results.get(k);
        int year = r.year();
        if (year < fromYear || year > toYear
            || (!tiers.isEmpty() && !(tiers.size() == 1 ? tiers.first().equals(r.tier()) : tiers.contains(r.tier())))
            || (group.isPresent() && !group.get().equals(r.group()))) {
          continue;
        }
        int offset = year - fromYear;
        if (wide == null) {
          long bit = 1L << offset;
          if ((seen & bit) != 0) {
            continue;
          }
          seen |= bit;
        } else {
          if (wide.get(offset)) {
            continue;
          }
          wide.set(offset);
        }
        if (++count >= times) {
          return true;
        }
      }
      return false;
    }

    @Override
    public LocalizedText describe() {
      String tierText = tiers.isEmpty() ? "any result" : tiers.stream().map(TierId::value).collect(Collectors.joining(" or "));
      String tierTextId = tiers.isEmpty() ? "hasil apa pun" : tiers.stream().map(TierId::value).collect(Collectors.joining(" atau "));
      String years = fromYear == 2000 && toYear == 2200 ? "" : fromYear == toYear ? " in " + fromYear : " in " + fromYear + "–" + toYear;
      String yearsId = fromYear == 2000 && toYear == 2200 ? "" : fromYear == toYear ? " pada " + fromYear : " pada " + fromYear + "–" + toYear;
      String groupText = group.map(g -> " (group " + g + ")").orElse("");
      String groupTextId = group.map(g -> " (kelompok " + g + ")").orElse("");
      return LocalizedText.of(
          "mencapai " + tierTextId + (times == 1 ? "" : " paling sedikit " + times + " kali") + yearsId + groupTextId,
          "reached " + tierText + (times == 1 ? "" : " at least " + times + " times") + years + groupText);
    }
  }

  /**
   * Holds when every part holds.
   *
   * @param parts the conditions, at least one
   */
  record All(ImmutableList<HistoryCondition> parts) implements HistoryCondition {

    /**
     * Creates the condition.
     *
     * @param parts the conditions, at least one
     * @throws IllegalArgumentException if there is no part
     */
    public All {
      parts = ImmutableList.copyOf(requireNonNull(parts, "parts"));
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("all() needs at least one condition");
      }
    }

    @Override
    public boolean test(List<PastResult> results) {
      for (int k = 0; k < parts.size(); k++) {
        if (!parts.get(k).test(results)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public LocalizedText describe() {
      return join(parts, " dan ", " and ");
    }
  }

  /**
   * Holds when any part holds.
   *
   * @param parts the conditions, at least one
   */
  record Any(ImmutableList<HistoryCondition> parts) implements HistoryCondition {

    /**
     * Creates the condition.
     *
     * @param parts the conditions, at least one
     * @throws IllegalArgumentException if there is no part
     */
    public Any {
      parts = ImmutableList.copyOf(requireNonNull(parts, "parts"));
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("any() needs at least one condition");
      }
    }

    @Override
    public boolean test(List<PastResult> results) {
      for (int k = 0; k < parts.size(); k++) {
        if (parts.get(k).test(results)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public LocalizedText describe() {
      return join(parts, " atau ", " or ");
    }
  }

  /**
   * Holds when its part does not.
   *
   * @param part the condition negated, not null
   */
  record Not(HistoryCondition part) implements HistoryCondition {

    /**
     * Creates the condition.
     *
     * @param part the condition negated, not null
     */
    public Not {
      requireNonNull(part, "part");
    }

    @Override
    public boolean test(List<PastResult> results) {
      return !part.test(results);
    }

    @Override
    public LocalizedText describe() {
      LocalizedText inner = part.describe();
      return LocalizedText.of("tidak (" + inner.indonesian() + ")", "not (" + inner.english() + ")");
    }
  }

  private static LocalizedText join(List<HistoryCondition> parts, String idJoin, String enJoin) {
    return LocalizedText.of(
        parts.stream().map(p -> "(" + p.describe().indonesian() + ")").collect(Collectors.joining(idJoin)),
        parts.stream().map(p -> "(" + p.describe().english() + ")").collect(Collectors.joining(enJoin)));
  }
}
