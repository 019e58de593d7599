package io.github.kipp.core.spi;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.internal.CoreMessages;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whose competition a rule module governs: the national KIPP, a province's, or a regency's or city's.
 * Two jurisdictions are equal when their level and region are; the name is for people.
 */
public final class Jurisdiction implements Comparable<Jurisdiction> {

  /** The level of government that runs the competition. */
  public enum Level {
    /** The national competition of Kementerian PANRB. */
    NATIONAL,
    /** A provincial competition (<i>KIPP provinsi</i>). */
    PROVINCE,
    /** A regency's or city's selection. */
    REGENCY
  }

  /** The national competition. */
  public static final Jurisdiction NATIONAL =
      new Jurisdiction(Level.NATIONAL, null, LocalizedText.of("Nasional (Kementerian PANRB)", "National (Ministry of PANRB)"));

  private final Level level;
  private final @Nullable RegionCode region;
  private final LocalizedText name;

  private Jurisdiction(Level level, @Nullable RegionCode region, LocalizedText name) {
    this.level = level;
    this.region = region;
    this.name = name;
  }

  /**
   * Returns a province's jurisdiction.
   *
   * @param province the province's two-digit code, not null
   * @param name its name, such as {@code Provinsi Sulawesi Selatan}; not null
   * @return the jurisdiction, not null
   * @throws InvalidInputException if the code is not a province's
   */
  public static Jurisdiction province(RegionCode province, LocalizedText name) {
    requireNonNull(province, "province");
    if (!province.isProvince()) {
      throw InvalidInputException.of("jurisdiction", CoreMessages.violation("kipp.jurisdiction.level", "region", province, "level", Level.PROVINCE));
    }
    return new Jurisdiction(Level.PROVINCE, province, requireNonNull(name, "name"));
  }

  /**
   * Returns a regency's or city's jurisdiction.
   *
   * @param regency the regency's or city's code {@code PP.RR}, not null
   * @param name its name, such as {@code Kabupaten Luwu Utara}; not null
   * @return the jurisdiction, not null
   * @throws InvalidInputException if the code is a province's
   */
  public static Jurisdiction regency(RegionCode regency, LocalizedText name) {
    requireNonNull(regency, "regency");
    if (regency.isProvince()) {
      throw InvalidInputException.of("jurisdiction", CoreMessages.violation("kipp.jurisdiction.level", "region", regency, "level", Level.REGENCY));
    }
    return new Jurisdiction(Level.REGENCY, regency, requireNonNull(name, "name"));
  }

  /**
   * Returns a jurisdiction of any level, as a stored document names it: the national competition
   * has no region, a province's has its two-digit code and a regency's or city's its code {@code
   * PP.RR}.
   *
   * @param level the level, not null
   * @param region the region's code, or null for the national competition
   * @param name the jurisdiction's name, not null
   * @return the jurisdiction, not null; {@link #NATIONAL} itself for the national level under its
   *     own name
   * @throws InvalidInputException if the national level is given a region, another level none, or
   *     the code does not fit the level
   */
  public static Jurisdiction of(Level level, @Nullable RegionCode region, LocalizedText name) {
    requireNonNull(level, "level");
    requireNonNull(name, "name");
    if (level == Level.NATIONAL) {
      if (region != null) {
        throw InvalidInputException.of("jurisdiction", CoreMessages.violation("kipp.jurisdiction.nationalRegion", "region", region));
      }
      return name.equals(NATIONAL.name) ? NATIONAL : new Jurisdiction(Level.NATIONAL, null, name);
    }
    if (region == null) {
      throw InvalidInputException.of("jurisdiction", CoreMessages.violation("kipp.jurisdiction.regionMissing", "region", "", "level", level));
    }
    return level == Level.PROVINCE ? province(region, name) : regency(region, name);
  }

  /**
   * Returns the level of government.
   *
   * @return the level, not null
   */
  public Level level() {
    return level;
  }

  /**
   * Returns the region governed.
   *
   * @return the region's code, empty for the national competition
   */
  public Optional<RegionCode> region() {
    return Optional.ofNullable(region);
  }

  /**
   * Returns the jurisdiction's name.
   *
   * @return the name in both languages, not null
   */
  public LocalizedText name() {
    return name;
  }

  /** Orders national first, then provinces, then regencies, each by region code. */
  @Override
  public int compareTo(Jurisdiction other) {
    int byLevel = level.compareTo(other.level);
    if (byLevel != 0) {
      return byLevel;
    }
    return region == null || other.region == null ? 0 : region.compareTo(other.region);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Jurisdiction && level == ((Jurisdiction) o).level && Objects.equals(region, ((Jurisdiction) o).region);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, region);
  }

  /** Returns {@code LEVEL region (name)}. */
  @Override
  public String toString() {
    return level + (region == null ? "" : " " + region) + " (" + name.english() + ")";
  }
}
