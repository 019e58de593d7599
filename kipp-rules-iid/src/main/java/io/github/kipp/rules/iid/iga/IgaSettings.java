package io.github.kipp.rules.iid.iga;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Cited;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.rules.iid.internal.IidMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The settings of one year's Innovative Government Award that the index modules do not carry: which
 * regions are border and disadvantaged regions, how a region in two clusters competes, how many
 * nominees and winners each cluster has, how the final score weighs the verified index against the
 * presentation, and the seed of the last tie-break, a draw. Every value is cited; where no source
 * gives it, the citation is UNKNOWN and names kipp's documented default.
 *
 * <p>Defaults ({@link #defaults(long)}):
 *
 * <ul>
 *   <li>border regions: none (kipp bundles no list; a host supplies one, UNKNOWN);
 *   <li>disadvantaged regions: Perpres 63/2020's 62 regencies ({@link
 *       ThreeTRegions#tertinggal2020to2024()});
 *   <li>overlap: {@link IgaOverlap#EXCLUSIVE}, inferred from IGA 2025's counts [S137];
 *   <li>nominees: provinces 8, regencies 24, cities 11, border 7, Papua 3 (IGA 2025 [S137], inferred
 *       for any year), disadvantaged 0: IGA 2025 names no such cluster, so it is not awarded unless a
 *       host sets it (2022 had one [S109]);
 *   <li>winners: 3 per cluster, at most its nominees (UNKNOWN; IGA 2025 recommended 43 of 53 nominees
 *       [S138] without a split by cluster);
 *   <li>final score: verified index 50 %, presentation 50 % (UNKNOWN: no source gives the split).
 * </ul>
 *
 * <p>Immutable and thread-safe. Built with {@link #newBuilder(long)}; each option at most once.
 */
public final class IgaSettings {

  static final BigDecimal HUNDRED = new BigDecimal("100");

  private static final String IGA_2025 = "IGA 2025 nominees (BSKDN Kemendagri)";

  private final ThreeTRegions border;
  private final ThreeTRegions disadvantaged;
  private final Cited<IgaOverlap> overlap;
  private final ImmutableSortedMap<IgaCluster, Cited<Integer>> nominees;
  private final ImmutableSortedMap<IgaCluster, Cited<Integer>> winners;
  private final Cited<BigDecimal> indexWeight;
  private final Cited<BigDecimal> presentationWeight;
  private final long drawSeed;

  private IgaSettings(Builder b, ImmutableSortedMap<IgaCluster, Cited<Integer>> nominees,
      ImmutableSortedMap<IgaCluster, Cited<Integer>> winners) {
    this.border = b.border != null ? b.border : defaultBorder();
    this.disadvantaged = b.disadvantaged != null ? b.disadvantaged : ThreeTRegions.tertinggal2020to2024();
    this.overlap = b.overlap != null ? b.overlap : Cited.of(IgaOverlap.EXCLUSIVE, Citation.inferred(IGA_2025, Citation.UNKNOWN_PROVISION,
        "the nominees by cluster (8 provinces, 24 regencies, 11 cities, 7 border regions, 3 in Papua) add up to the 53 nominees,"
            + " so a region competed in one cluster; which overlay comes first (Papua, border, disadvantaged) is UNKNOWN")
        .withSources("S137"));
    this.nominees = nominees;
    this.winners = winners;
    this.indexWeight = b.indexWeight != null ? b.indexWeight : Cited.of(new BigDecimal("50"), defaultWeights());
    this.presentationWeight = b.presentationWeight != null ? b.presentationWeight : Cited.of(new BigDecimal("50"), defaultWeights());
    this.drawSeed = b.drawSeed;
  }

  private static ThreeTRegions defaultBorder() {
    return ThreeTRegions.none(Citation.unknown("Daerah perbatasan (BNPP)",
        "kipp bundles no list of border regions; the border cluster stays empty until a host supplies the list"));
  }

  private static Citation defaultWeights() {
    return Citation.unknown("IGA final score (BSKDN Kemendagri)", "no source gives how the final score weighs the verified index"
        + " against the presentation; kipp weighs them equally, 50 % each, until one does");
  }

  private static Cited<Integer> defaultNominees(IgaCluster c) {
    return switch (c) {
      case PROVINCES -> reported2025(8);
      case REGENCIES -> reported2025(24);
      case CITIES -> reported2025(11);
      case BORDER -> reported2025(7);
      case PAPUA -> reported2025(3);
      case DISADVANTAGED -> Cited.of(0, Citation.inferred(IGA_2025, Citation.UNKNOWN_PROVISION,
          "IGA 2025's 53 nominees are all in the other five clusters, so the cluster is not awarded by default;"
              + " 2022 had one [S109]").withSources("S137", "S109"));
    };
  }

  private static Cited<Integer> reported2025(int n) {
    return Cited.of(n, Citation.inferred(IGA_2025, Citation.UNKNOWN_PROVISION,
        "the nominees of IGA 2025 in this cluster as reported [S137]; no source gives the count for other years").withSources("S137"));
  }

  private static Cited<Integer> defaultWinners(int nominees) {
    return Cited.of(Math.min(3, nominees), Citation.unknown("IGA winners (BSKDN Kemendagri)",
        "no source gives the winners per cluster (IGA 2025 recommended 43 of its 53 nominees [S138]); kipp awards the first three"
            + " of each cluster, or every nominee of a cluster with fewer").withSources("S138"));
  }

  /**
   * Returns the defaults above with a draw seed.
   *
   * @param drawSeed the seed of the last tie-break, recorded in every result
   * @return the settings, not null
   */
  public static IgaSettings defaults(long drawSeed) {
    return newBuilder(drawSeed).build();
  }

  /**
   * Returns a builder whose options start at the defaults above.
   *
   * @param drawSeed the seed of the last tie-break, a draw; the caller's, recorded in every result
   * @return a builder, not null
   */
  public static Builder newBuilder(long drawSeed) {
    return new Builder(drawSeed);
  }

  /**
   * Returns the border regions (<i>daerah perbatasan</i>).
   *
   * @return the set, with its citation; not null
   */
  public ThreeTRegions borderRegions() {
    return border;
  }

  /**
   * Returns the disadvantaged regions (<i>daerah tertinggal</i>).
   *
   * @return the set, with its citation; not null
   */
  public ThreeTRegions disadvantagedRegions() {
    return disadvantaged;
  }

  /**
   * Returns how a region in a type cluster and an overlay cluster competes.
   *
   * @return the policy, cited; not null
   */
  public Cited<IgaOverlap> overlap() {
    return overlap;
  }

  /**
   * Returns how many regions a cluster nominates; 0 means the cluster is not awarded.
   *
   * @param cluster the cluster, not null
   * @return the number, cited; not null
   */
  public Cited<Integer> nominees(IgaCluster cluster) {
    return requireNonNull(nominees.get(requireNonNull(cluster, "cluster")));
  }

  /**
   * Returns how many winners a cluster has, at most its nominees.
   *
   * @param cluster the cluster, not null
   * @return the number, cited; not null
   */
  public Cited<Integer> winners(IgaCluster cluster) {
    return requireNonNull(winners.get(requireNonNull(cluster, "cluster")));
  }

  /**
   * Returns the weight of the verified index in the final score, in percent.
   *
   * @return the weight, cited; not null
   */
  public Cited<BigDecimal> indexWeight() {
    return indexWeight;
  }

  /**
   * Returns the weight of the presentation in the final score, in percent; with {@link
   * #indexWeight()} it sums to 100.
   *
   * @return the weight, cited; not null
   */
  public Cited<BigDecimal> presentationWeight() {
    return presentationWeight;
  }

  /**
   * Returns the seed of the draw that ends every tie-break chain.
   *
   * @return the seed
   */
  public long drawSeed() {
    return drawSeed;
  }

  @Override
  public String toString() {
    return "IgaSettings[overlap=" + overlap.value() + ", nominees=" + values(nominees) + ", winners=" + values(winners)
        + ", weights=" + indexWeight.value() + "/" + presentationWeight.value() + ", seed=" + drawSeed + "]";
  }

  private static Map<IgaCluster, Integer> values(ImmutableSortedMap<IgaCluster, Cited<Integer>> m) {
    Map<IgaCluster, Integer> out = new EnumMap<>(IgaCluster.class);
    m.forEach((k, v) -> out.put(k, v.value()));
    return out;
  }

  /** Builds {@link IgaSettings}; each option may be set once, each cluster's sizes once. */
  public static final class Builder {
    private final long drawSeed;
    private @Nullable ThreeTRegions border;
    private @Nullable ThreeTRegions disadvantaged;
    private @Nullable Cited<IgaOverlap> overlap;
    private final Map<IgaCluster, Cited<Integer>> nominees = new EnumMap<>(IgaCluster.class);
    private final Map<IgaCluster, Cited<Integer>> winners = new EnumMap<>(IgaCluster.class);
    private @Nullable Cited<BigDecimal> indexWeight;
    private @Nullable Cited<BigDecimal> presentationWeight;

    private Builder(long drawSeed) {
      this.drawSeed = drawSeed;
    }

    private static void once(boolean unset, String option) {
      if (!unset) {
        throw new IllegalStateException(option + " is already set");
      }
    }

    /**
     * Sets the border regions.
     *
     * @param regions the regions, with where the list comes from; not null
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder borderRegions(ThreeTRegions regions) {
      once(border == null, "borderRegions");
      border = requireNonNull(regions, "regions");
      return this;
    }

    /**
     * Sets the disadvantaged regions, such as a later Perpres' list.
     *
     * @param regions the regions, with where the list comes from; not null
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder disadvantagedRegions(ThreeTRegions regions) {
      once(disadvantaged == null, "disadvantagedRegions");
      disadvantaged = requireNonNull(regions, "regions");
      return this;
    }

    /**
     * Sets how a region in two clusters competes.
     *
     * @param policy the policy, not null
     * @param citation where it comes from, not null
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder overlap(IgaOverlap policy, Citation citation) {
      once(overlap == null, "overlap");
      overlap = Cited.of(requireNonNull(policy, "policy"), requireNonNull(citation, "citation"));
      return this;
    }

    /**
     * Sets one cluster's nominees and winners.
     *
     * @param cluster the cluster, not null
     * @param nomineeCount how many it nominates, 0 or more (0: not awarded)
     * @param winnerCount how many of them win, 0 to {@code nomineeCount}
     * @param citation where both come from, not null
     * @return this builder
     * @throws IllegalStateException if this cluster's sizes are already set
     */
    public Builder cluster(IgaCluster cluster, int nomineeCount, int winnerCount, Citation citation) {
      requireNonNull(cluster, "cluster");
      requireNonNull(citation, "citation");
      once(!nominees.containsKey(cluster), "the sizes of cluster " + cluster.id());
      nominees.put(cluster, Cited.of(nomineeCount, citation));
      winners.put(cluster, Cited.of(winnerCount, citation));
      return this;
    }

    /**
     * Sets the weights of the final score, in percent.
     *
     * @param index the verified index's weight, 0 to 100; not null
     * @param presentation the presentation's weight; with {@code index} it sums to 100; not null
     * @param citation where they come from, not null
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder finalWeights(BigDecimal index, BigDecimal presentation, Citation citation) {
      once(indexWeight == null, "finalWeights");
      requireNonNull(citation, "citation");
      indexWeight = Cited.of(requireNonNull(index, "index"), citation);
      presentationWeight = Cited.of(requireNonNull(presentation, "presentation"), citation);
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings, not null
     * @throws InvalidInputException if a cluster's nominees are negative ({@code kipp.iga.nominees}),
     *     its winners negative or above its nominees ({@code kipp.iga.winners}), or the final weights
     *     negative or not summing to 100 ({@code kipp.iga.finalWeights})
     */
    public IgaSettings build() {
      List<Violation> violations = new ArrayList<>();
      ImmutableSortedMap.Builder<IgaCluster, Cited<Integer>> n = ImmutableSortedMap.naturalOrder();
      ImmutableSortedMap.Builder<IgaCluster, Cited<Integer>> w = ImmutableSortedMap.naturalOrder();
      for (IgaCluster c : IgaCluster.values()) {
        Cited<Integer> nominated = nominees.containsKey(c) ? requireNonNull(nominees.get(c)) : defaultNominees(c);
        Cited<Integer> won = winners.containsKey(c) ? requireNonNull(winners.get(c)) : defaultWinners(nominated.value());
        if (nominated.value() < 0) {
          violations.add(IidMessages.violation("kipp.iga.nominees", "clusters." + c.id() + ".nominees", nominated.value(), "cluster", c.id()));
        } else if (won.value() < 0 || won.value() > nominated.value()) {
          violations.add(IidMessages.violation("kipp.iga.winners", "clusters." + c.id() + ".winners", won.value(), "cluster", c.id(),
              "nominees", nominated.value()));
        }
        n.put(c, nominated);
        w.put(c, won);
      }
      if (indexWeight != null && presentationWeight != null) {
        BigDecimal i = indexWeight.value();
        BigDecimal p = presentationWeight.value();
        if (i.signum() < 0 || p.signum() < 0 || i.add(p).compareTo(HUNDRED) != 0) {
          violations.add(IidMessages.violation("kipp.iga.finalWeights", "finalWeights", i.toPlainString() + " + " + p.toPlainString(),
              "sum", i.add(p).toPlainString()));
        }
      }
      InvalidInputException.throwIfAny("IGA settings", violations);
      return new IgaSettings(this, n.buildOrThrow(), w.buildOrThrow());
    }
  }
}
