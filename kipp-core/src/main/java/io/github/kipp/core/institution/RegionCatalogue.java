package io.github.kipp.core.institution;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.internal.BundledCsv;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The provinces, regencies and cities of Indonesia with their Kemendagri codes.
 *
 * <p>{@link #bundled()} is built from the {@code idn-area-data} package, version 4.0.1, by Fityan
 * Nugroho, compiled from official government sources and licensed under the Open Database License
 * (ODbL) 1.0; the attribution and licence ship in the jar beside the data, in {@code
 * io/github/kipp/core/institution/regions/}. It holds 38 provinces and 514 regencies and cities. A
 * regency's level ({@link RegionLevel#REGENCY} or {@link RegionLevel#CITY}) follows its name
 * ({@code Kabupaten …} or {@code Kota …}).
 *
 * <p>Immutable and thread-safe; the bundled catalogue is read once, on first use.
 */
public final class RegionCatalogue {

  private static final String FOLDER = "/io/github/kipp/core/institution/regions/";

  private final ImmutableSortedMap<RegionCode, Region> regions;

  private RegionCatalogue(ImmutableSortedMap<RegionCode, Region> regions) {
    this.regions = regions;
  }

  private static final class Bundled {
    static final RegionCatalogue INSTANCE = load();

    private static RegionCatalogue load() {
      ImmutableSortedMap.Builder<RegionCode, Region> map = ImmutableSortedMap.naturalOrder();
      for (List<String> row : BundledCsv.read(RegionCatalogue.class, FOLDER + "provinces.csv", 2)) {
        RegionCode code = RegionCode.of(row.get(0));
        map.put(code, new Region(code, row.get(1), RegionLevel.PROVINCE));
      }
      for (List<String> row : BundledCsv.read(RegionCatalogue.class, FOLDER + "regencies.csv", 3)) {
        RegionCode code = RegionCode.of(row.get(0));
        String name = row.get(2);
        RegionLevel level =
            name.toLowerCase(Locale.ROOT).startsWith("kota ") ? RegionLevel.CITY : RegionLevel.REGENCY;
        if (!code.province().value().equals(row.get(1))) {
          throw new IllegalStateException(
              "regencies.csv: " + code + " is listed under province " + row.get(1));
        }
        map.put(code, new Region(code, name, level));
      }
      return new RegionCatalogue(map.buildOrThrow());
    }
  }

  /**
   * Returns the catalogue bundled with kipp.
   *
   * @return the bundled catalogue, not null
   */
  public static RegionCatalogue bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Returns a catalogue of the given regions, for a host with its own data.
   *
   * @param regions the regions, with unique codes; every regency's province must be present
   * @return the catalogue, not null
   * @throws IllegalArgumentException if a code repeats or a province is missing
   */
  public static RegionCatalogue of(Iterable<Region> regions) {
    ImmutableSortedMap.Builder<RegionCode, Region> map = ImmutableSortedMap.naturalOrder();
    for (Region region : regions) {
      map.put(region.code(), region);
    }
    ImmutableSortedMap<RegionCode, Region> built;
    try {
      built = map.buildOrThrow();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("region codes repeat: " + e.getMessage(), e);
    }
    for (Region region : built.values()) {
      if (!built.containsKey(region.province())) {
        throw new IllegalArgumentException(
            "region " + region + " lies in province " + region.province() + ", which is missing");
      }
    }
    return new RegionCatalogue(built);
  }

  /**
   * Finds a region by its code.
   *
   * @param code the code, not null
   * @return the region, or empty if no region has that code
   */
  public Optional<Region> find(RegionCode code) {
    return Optional.ofNullable(regions.get(requireNonNull(code, "code")));
  }

  /**
   * Returns the region with a code.
   *
   * @param code the code, not null
   * @return the region, not null
   * @throws NoSuchRegionException if no region has that code
   */
  public Region require(RegionCode code) {
    Region region = regions.get(requireNonNull(code, "code"));
    if (region == null) {
      throw new NoSuchRegionException(code, regions.size());
    }
    return region;
  }

  /**
   * Returns every region, sorted by code.
   *
   * @return the regions, not null
   */
  public ImmutableList<Region> all() {
    return regions.values().asList();
  }

  /**
   * Returns the provinces, sorted by code.
   *
   * @return the provinces, not null
   */
  public ImmutableList<Region> provinces() {
    return regions.values().stream()
        .filter(r -> r.level() == RegionLevel.PROVINCE)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the regencies and cities of a province, sorted by code.
   *
   * @param province the province's code, not null
   * @return its regencies and cities, empty if there are none or the code is not a province's
   */
  public ImmutableList<Region> regenciesOf(RegionCode province) {
    requireNonNull(province, "province");
    return regions.values().stream()
        .filter(r -> r.level() != RegionLevel.PROVINCE && r.province().equals(province))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how many regions the catalogue holds.
   *
   * @return the number of regions
   */
  public int size() {
    return regions.size();
  }

  /** Returns a summary such as {@code RegionCatalogue[552 regions]}. */
  @Override
  public String toString() {
    return "RegionCatalogue[" + regions.size() + " regions]";
  }
}
