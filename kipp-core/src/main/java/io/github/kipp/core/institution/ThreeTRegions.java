package io.github.kipp.core.institution;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.internal.BundledCsv;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The regions that count as 3T (<i>terdepan, terluar, tertinggal</i>: frontier, outermost and
 * disadvantaged) for a competition's regional-representation rules.
 *
 * <p>No public file lists all three kinds, so the set is configuration, with a cited source. kipp
 * ships one default, {@link #tertinggal2020to2024()}: the 62 regencies that Peraturan Presiden
 * 63/2020 designates as <i>daerah tertinggal</i> for 2020–2024. A host adds frontier and outermost
 * regions with {@link #union(ThreeTRegions, Citation)} or supplies its own set.
 *
 * <p>A regency or city is 3T when its code is in the set; a province is 3T only if its own code is.
 */
public final class ThreeTRegions {

  private static final Citation PERPRES_63_2020 =
      Citation.regulation("Peraturan Presiden 63/2020 tentang Penetapan Daerah Tertinggal 2020-2024", "Pasal 1 and Lampiran")
          .withNote(
              "62 regencies matched by name onto Kemendagri codes; Maluku Tenggara Barat is now"
                  + " Kepulauan Tanimbar (81.03) and the Papua regencies carry the codes of the"
                  + " provinces created in 2022");

  private final ImmutableSortedSet<RegionCode> codes;
  private final Citation citation;

  private ThreeTRegions(ImmutableSortedSet<RegionCode> codes, Citation citation) {
    this.codes = codes;
    this.citation = citation;
  }

  private static final class Default {
    static final ThreeTRegions INSTANCE = load();

    private static ThreeTRegions load() {
      ImmutableSortedSet.Builder<RegionCode> codes = ImmutableSortedSet.naturalOrder();
      for (List<String> row :
          BundledCsv.read(
              ThreeTRegions.class,
              "/io/github/kipp/core/institution/regions/daerah-tertinggal-2020-2024.csv",
              2)) {
        codes.add(RegionCode.of(row.get(0)));
      }
      return new ThreeTRegions(codes.build(), PERPRES_63_2020);
    }
  }

  /**
   * Returns the 62 disadvantaged regencies of Perpres 63/2020 (2020–2024), kipp's default 3T set.
   *
   * @return the default set, not null
   */
  public static ThreeTRegions tertinggal2020to2024() {
    return Default.INSTANCE;
  }

  /**
   * Returns a 3T set supplied by a host.
   *
   * @param codes the region codes, not null
   * @param citation where the set comes from, not null
   * @return the set, not null
   */
  public static ThreeTRegions of(Iterable<RegionCode> codes, Citation citation) {
    return new ThreeTRegions(
        ImmutableSortedSet.copyOf(requireNonNull(codes, "codes")),
        requireNonNull(citation, "citation"));
  }

  /**
   * Returns the empty set, for competitions without a 3T rule.
   *
   * @param citation why there is no 3T rule, not null
   * @return the empty set, not null
   */
  public static ThreeTRegions none(Citation citation) {
    return new ThreeTRegions(ImmutableSortedSet.of(), requireNonNull(citation, "citation"));
  }

  /**
   * Returns the union of this set and another, with a citation for the result.
   *
   * @param other the other set, not null
   * @param unionCitation the citation of the combined set, not null
   * @return the union, not null
   */
  public ThreeTRegions union(ThreeTRegions other, Citation unionCitation) {
    return new ThreeTRegions(
        ImmutableSortedSet.<RegionCode>naturalOrder().addAll(codes).addAll(other.codes).build(),
        requireNonNull(unionCitation, "unionCitation"));
  }

  /**
   * Returns whether a region is 3T.
   *
   * @param code the region's code, not null
   * @return true if it is in the set
   */
  public boolean contains(RegionCode code) {
    return codes.contains(requireNonNull(code, "code"));
  }

  /**
   * Returns the codes in the set.
   *
   * @return the codes, sorted; not null
   */
  public ImmutableSortedSet<RegionCode> codes() {
    return codes;
  }

  /**
   * Returns where the set comes from.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ThreeTRegions
        && codes.equals(((ThreeTRegions) o).codes)
        && citation.equals(((ThreeTRegions) o).citation);
  }

  @Override
  public int hashCode() {
    return codes.hashCode() * 31 + citation.hashCode();
  }

  /** Returns a summary with the size and the citation. */
  @Override
  public String toString() {
    return "ThreeTRegions[" + codes.size() + " regions; " + citation + "]";
  }
}
