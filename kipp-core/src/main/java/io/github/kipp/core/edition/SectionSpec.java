package io.github.kipp.core.edition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.Decimals;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.CoreMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A section (<i>aspek</i>) of an edition's proposal form: its name, its weight in the desk score,
 * its word limit, whether it must be answered, and the groups it applies to.
 *
 * <p>Weights are fractions of one ({@code 0.30} for 30 %). A section may weigh zero (the 2023
 * <i>Ringkasan</i>) or be unweighted (the 2023 SPBE questions, {@link #weight()} empty); the weights
 * of a group's weighted sections sum to one, which {@link Edition} checks.
 *
 * @param id the section's id, not null
 * @param name its name in both languages, not null
 * @param weight its weight, 0 to 1, normalised without trailing zeros; empty if unweighted
 * @param maxWords its word limit, counted by {@link io.github.kipp.core.innovation.WordCounter}; empty
 *     if none
 * @param required whether a proposal must answer it with at least one word
 * @param groups the groups it applies to; empty for every group
 */
public record SectionSpec(
    SectionId id,
    LocalizedText name,
    Optional<BigDecimal> weight,
    OptionalInt maxWords,
    boolean required,
    ImmutableSortedSet<GroupId> groups) {

  /**
   * Creates a section specification.
   *
   * @param id the section's id, not null
   * @param name its name in both languages, not null
   * @param weight its weight, 0 to 1, normalised without trailing zeros; empty if unweighted
   * @param maxWords its word limit, counted by {@link io.github.kipp.core.innovation.WordCounter}; empty if none
   * @param required whether a proposal must answer it with at least one word
   * @param groups the groups it applies to; empty for every group
   * @throws InvalidInputException if the weight is outside 0 to 1 or the word limit is not positive
   */
  public SectionSpec {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(weight, "weight");
    requireNonNull(maxWords, "maxWords");
    groups = ImmutableSortedSet.copyOf(requireNonNull(groups, "groups"));
    List<Violation> violations = new ArrayList<>(2);
    if (weight.isPresent()) {
      BigDecimal w = weight.get();
      Optional<Violation> bounds = Decimals.check("weight", w);
      if (bounds.isPresent()) {
        violations.add(bounds.get());
      } else if (w.signum() < 0 || w.compareTo(BigDecimal.ONE) > 0) {
        violations.add(CoreMessages.violation("kipp.section.weight", "weight", w));
      }
      weight = Optional.of(w.stripTrailingZeros());
    }
    if (maxWords.isPresent() && maxWords.getAsInt() <= 0) {
      violations.add(CoreMessages.violation("kipp.number.notPositive", "maxWords", maxWords.getAsInt()));
    }
    InvalidInputException.throwIfAny("section '" + id + "'", violations);
  }

  /**
   * Returns a required, weighted section with no word limit that applies to every group.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @param weight the weight, such as {@code "0.15"}; not null
   * @return the section, not null
   * @throws InvalidInputException if the weight is not a decimal number within {@link Decimals}'
   *     bounds or is outside 0 to 1
   */
  public static SectionSpec weighted(String id, LocalizedText name, String weight) {
    return new SectionSpec(
        SectionId.of(id),
        name,
        Optional.of(Decimals.parse("section '" + id + "'", "weight", weight)),
        OptionalInt.empty(),
        true,
        ImmutableSortedSet.of());
  }

  /**
   * Returns a copy with a word limit.
   *
   * @param limit the most words allowed, positive
   * @return the new section, not null
   */
  public SectionSpec withMaxWords(int limit) {
    return new SectionSpec(id, name, weight, OptionalInt.of(limit), required, groups);
  }

  /**
   * Returns a copy that applies only to some groups.
   *
   * @param onlyGroups the groups, not null
   * @return the new section, not null
   */
  public SectionSpec forGroups(Iterable<GroupId> onlyGroups) {
    return new SectionSpec(id, name, weight, maxWords, required, ImmutableSortedSet.copyOf(onlyGroups));
  }

  /**
   * Returns whether this section applies to a group.
   *
   * @param group the group, not null
   * @return true if it applies to every group or to this one
   */
  public boolean appliesTo(GroupId group) {
    return groups.isEmpty() || groups.contains(group);
  }
}
