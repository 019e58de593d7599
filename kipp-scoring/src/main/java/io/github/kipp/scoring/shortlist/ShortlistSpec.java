package io.github.kipp.scoring.shortlist;

import static io.github.kipp.core.meta.BuilderChecks.required;
import static io.github.kipp.core.meta.BuilderChecks.setOnce;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a shortlist (<i>nominasi</i>, finalists) must be: how many places it has, with the citation of
 * that number, the {@link Quota quotas} it must meet, and the 3T regions that {@link
 * QuotaDimension#THREE_T} quotas count.
 *
 * <p>The Top 99 of KIPP 2020 (KepmenPANRB 44/2020, as reported) is chosen "proportionally" by
 * category, group, participant type and regional spread including 3T, with no published targets;
 * the quotas here are therefore configuration, each cited. Selection runs per group pool (99, 15,
 * 15), one spec each.
 *
 * <pre>{@code
 * ShortlistSpec top99 = ShortlistSpec.newBuilder()
 *     .size(99, Citation.reported("KepmenPANRB 44/2020", Citation.UNKNOWN_PROVISION))
 *     .quota(Quota.atLeast(QuotaDimension.CATEGORY, "tata-kelola", 5, cited))
 *     .quota(Quota.eachAtMost(QuotaDimension.INSTITUTION, 3, cited))
 *     .quota(Quota.atLeast(QuotaDimension.THREE_T, "true", 10, cited))
 *     .threeTRegions(ThreeTRegions.tertinggal2020to2024())
 *     .build();
 * }</pre>
 *
 * <p>Immutable; quotas are kept in the order given, which is the order of reports and reasons.
 */
public final class ShortlistSpec {

  private final int size;
  private final Citation sizeCitation;
  private final ImmutableList<Quota> quotas;
  private final @Nullable ThreeTRegions threeT;

  private ShortlistSpec(int size, Citation sizeCitation, ImmutableList<Quota> quotas, @Nullable ThreeTRegions threeT) {
    this.size = size;
    this.sizeCitation = sizeCitation;
    this.quotas = quotas;
    this.threeT = threeT;
  }

  /**
   * Returns a new builder. Each option can be set once; {@code size} is required, and {@code
   * threeTRegions} is required when a quota counts {@link QuotaDimension#THREE_T}.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns the number of places.
   *
   * @return the size, at least 1
   */
  public int size() {
    return size;
  }

  /**
   * Returns where the number of places comes from, such as the reported Top 99 of KepmenPANRB
   * 44/2020.
   *
   * @return the citation, not null
   */
  public Citation sizeCitation() {
    return sizeCitation;
  }

  /**
   * Returns the quotas, in the order given.
   *
   * @return the quotas, possibly empty
   */
  public ImmutableList<Quota> quotas() {
    return quotas;
  }

  /**
   * Returns the regions that count as 3T.
   *
   * @return the set, or empty when no quota counts 3T regions and none was given
   */
  public Optional<ThreeTRegions> threeTRegions() {
    return Optional.ofNullable(threeT);
  }

  /**
   * Reads a dimension's value from a proposal with this spec's 3T regions.
   *
   * @param dimension the dimension, not null
   * @param proposal the proposal, not null
   * @return the value, not null
   */
  String valueOf(QuotaDimension dimension, Proposal proposal) {
    if (dimension == QuotaDimension.THREE_T) {
      ThreeTRegions regions = threeT;
      if (regions == null) {
        throw new IllegalStateException("no 3T regions in this spec");
      }
      return dimension.valueOf(proposal, regions);
    }
    return dimension.valueOf(proposal, NoThreeT.NONE);
  }

  /**
   * Returns the citations a quota's reasons rest on: its own and, for a 3T quota, that of the 3T
   * set.
   *
   * @param quota the quota, not null
   * @return the citations, not null
   */
  ImmutableList<Citation> citationsOf(Quota quota) {
    if (quota.dimension() == QuotaDimension.THREE_T && threeT != null && !threeT.citation().equals(quota.citation())) {
      return ImmutableList.of(quota.citation(), threeT.citation());
    }
    return ImmutableList.of(quota.citation());
  }

  private static final class NoThreeT {
    static final ThreeTRegions NONE =
        ThreeTRegions.none(Citation.unknown("kipp", "no 3T quota in this shortlist; 3T regions are not read"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ShortlistSpec)) {
      return false;
    }
    ShortlistSpec s = (ShortlistSpec) o;
    return size == s.size && sizeCitation.equals(s.sizeCitation) && quotas.equals(s.quotas) && Objects.equals(threeT, s.threeT);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, sizeCitation, quotas, threeT);
  }

  /** Returns {@code ShortlistSpec[size; quotas]}. */
  @Override
  public String toString() {
    return "ShortlistSpec[" + size + "; " + quotas + "]";
  }

  /** Builds a {@link ShortlistSpec}; each option is set once. Not thread-safe. */
  public static final class Builder {
    private @Nullable Integer size;
    private @Nullable Citation sizeCitation;
    private final ImmutableList.Builder<Quota> quotas = ImmutableList.builder();
    private @Nullable ThreeTRegions threeT;

    private Builder() {}

    /**
     * Sets the number of places and where it comes from.
     *
     * @param value the number of places, at least 1 (checked by {@link #build()})
     * @param citation where the number comes from, not null
     * @return this builder
     * @throws IllegalStateException if the size was already set
     */
    @CanIgnoreReturnValue
    public Builder size(int value, Citation citation) {
      requireNonNull(citation, "citation");
      size = setOnce(size, value, Builder.class, "size");
      sizeCitation = citation;
      return this;
    }

    /**
     * Adds a quota.
     *
     * @param quota the quota, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder quota(Quota quota) {
      quotas.add(requireNonNull(quota, "quota"));
      return this;
    }

    /**
     * Adds quotas, in order.
     *
     * @param more the quotas, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder quotas(Iterable<Quota> more) {
      requireNonNull(more, "more").forEach(this::quota);
      return this;
    }

    /**
     * Sets the regions that count as 3T.
     *
     * @param value the set, not null
     * @return this builder
     * @throws IllegalStateException if the set was already given
     */
    @CanIgnoreReturnValue
    public Builder threeTRegions(ThreeTRegions value) {
      threeT = setOnce(threeT, value, Builder.class, "threeTRegions");
      return this;
    }

    /**
     * Builds the spec.
     *
     * @return the spec, not null
     * @throws IllegalStateException if the size was not set, or a quota counts 3T regions and no 3T
     *     set was given
     * @throws InvalidInputException if the size is below 1 or a quota is given twice
     */
    public ShortlistSpec build() {
      int n = required(size, Builder.class, "size");
      Citation cited = required(sizeCitation, Builder.class, "size");
      ImmutableList<Quota> list = quotas.build();
      if (threeT == null && list.stream().anyMatch(q -> q.dimension() == QuotaDimension.THREE_T)) {
        throw new IllegalStateException("ShortlistSpec.Builder: a THREE_T quota needs threeTRegions");
      }
      List<Violation> violations = new ArrayList<>();
      if (n < 1) {
        violations.add(ScoringMessages.violation("kipp.shortlist.size", "size", n));
      }
      Set<Quota> seen = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        if (!seen.add(list.get(i))) {
          violations.add(ScoringMessages.violation("kipp.shortlist.quotaRepeated", "quotas[" + i + "]", list.get(i)));
        }
      }
      InvalidInputException.throwIfAny("shortlist spec", violations);
      return new ShortlistSpec(n, cited, list, threeT);
    }
  }
}
