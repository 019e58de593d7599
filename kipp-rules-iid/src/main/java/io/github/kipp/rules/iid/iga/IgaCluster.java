package io.github.kipp.rules.iid.iga;

import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.institution.RegionLevel;

/**
 * A cluster (<i>klaster</i>, <i>kategori</i>) of the Innovative Government Award: regional
 * governments are nominated and awarded within their cluster. Three clusters follow the type of
 * government (province, regency, city; the bundled region catalogue knows it); three are overlays
 * for regions that are also in Papua, on the border or disadvantaged.
 *
 * <p>IGA 2025 named nominees in provinces, regencies, cities, border regions and Papua [S137]; 2022's
 * award categories included border and disadvantaged regions [S109]. The order of the constants is
 * the order in which results are listed, and among the overlays the precedence of {@link
 * IgaOverlap#EXCLUSIVE}: Papua, then border, then disadvantaged.
 */
public enum IgaCluster {
  /** Provinces (<i>provinsi</i>). */
  PROVINCES("provinsi", "Provinsi", "Provinces", false),
  /** Regencies (<i>kabupaten</i>). */
  REGENCIES("kabupaten", "Kabupaten", "Regencies", false),
  /** Cities (<i>kota</i>). */
  CITIES("kota", "Kota", "Cities", false),
  /** Regional governments in the provinces of Papua (codes 91 to 96 of the bundled catalogue). */
  PAPUA("papua", "Daerah di Tanah Papua", "Regions in Papua", true),
  /** Border regions (<i>daerah perbatasan</i>), a set the host supplies. */
  BORDER("perbatasan", "Daerah Perbatasan", "Border regions", true),
  /** Disadvantaged regions (<i>daerah tertinggal</i>), by default Perpres 63/2020's list. */
  DISADVANTAGED("tertinggal", "Daerah Tertinggal", "Disadvantaged regions", true);

  private final String id;
  private final String indonesian;
  private final String english;
  private final boolean overlay;

  IgaCluster(String id, String indonesian, String english, boolean overlay) {
    this.id = id;
    this.indonesian = indonesian;
    this.english = english;
    this.overlay = overlay;
  }

  /**
   * Returns the cluster's id, such as {@code kabupaten}.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the cluster's name in both languages.
   *
   * @return the name, not null
   */
  public LocalizedText title() {
    return LocalizedText.of(indonesian, english);
  }

  /**
   * Returns whether the cluster is an overlay (Papua, border, disadvantaged) rather than a type of
   * government.
   *
   * @return true for an overlay
   */
  public boolean overlay() {
    return overlay;
  }

  /**
   * Returns the type cluster of a level of government.
   *
   * @param level the level, not null
   * @return the cluster, not null
   */
  public static IgaCluster ofLevel(RegionLevel level) {
    return switch (level) {
      case PROVINCE -> PROVINCES;
      case REGENCY -> REGENCIES;
      case CITY -> CITIES;
    };
  }
}
