package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Cited;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.internal.CoreMessages;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

/**
 * The minimum age of an innovation, counted from the start of its implementation back from the
 * registration close (PANRB, 2021): a general minimum, minimums per group (one year for
 * <i>replikasi</i> in 2021), a shorter one for pandemic-related innovations (2022), which close counts
 * (the original or the extended one) and how a start known only to the month or year is read. Each
 * part is cited.
 *
 * <p>The boundary is inclusive: an innovation whose start plus the minimum falls on the close day is
 * old enough; one day later is not.
 *
 * @param general the minimum for groups without their own, not null
 * @param byGroup minimums of particular groups, not null
 * @param pandemicRelated the minimum for proposals declared pandemic-related, when shorter
 * @param close which registration close the age is counted back from, not null
 * @param resolution how partial start dates are read, not null
 */
public record AgeRequirement(
    Cited<Period> general,
    ImmutableSortedMap<GroupId, Cited<Period>> byGroup,
    Optional<Cited<Period>> pandemicRelated,
    Cited<CloseBasis> close,
    Cited<PartialDateResolution> resolution) {

  /** Which registration close the age is counted back from. */
  public enum CloseBasis {
    /** The close first published. */
    ORIGINAL,
    /** The close after every extension by letter. */
    EXTENDED
  }

  /**
   * Creates a requirement.
   *
   * @param general the general minimum, not null
   * @param byGroup the minimums per group, not null
   * @param pandemicRelated the pandemic-related minimum, not null
   * @param close the close counted from, not null
   * @param resolution the reading of partial dates, not null
   * @throws InvalidInputException if a minimum is negative
   */
  public AgeRequirement {
    requireNonNull(general, "general");
    byGroup = ImmutableSortedMap.copyOf(requireNonNull(byGroup, "byGroup"));
    requireNonNull(pandemicRelated, "pandemicRelated");
    requireNonNull(close, "close");
    requireNonNull(resolution, "resolution");
    check(general.value(), "general");
    for (Map.Entry<GroupId, Cited<Period>> e : byGroup.entrySet()) {
      check(e.getValue().value(), "byGroup." + e.getKey());
    }
    pandemicRelated.ifPresent(p -> check(p.value(), "pandemicRelated"));
  }

  private static void check(Period p, String path) {
    if (p.isNegative()) {
      throw InvalidInputException.of("age requirement", CoreMessages.violation("kipp.age.negative", path, p));
    }
  }

  /**
   * Returns the minimum that applies to a group.
   *
   * @param group the group, not null
   * @return the group's own minimum, or the general one
   */
  public Cited<Period> forGroup(GroupId group) {
    Cited<Period> own = byGroup.get(requireNonNull(group, "group"));
    return own != null ? own : general;
  }
}
