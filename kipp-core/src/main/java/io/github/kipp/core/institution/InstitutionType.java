package io.github.kipp.core.institution;

import io.github.kipp.core.LocalizedText;
import java.util.Optional;

/**
 * The seven types of institution (<i>instansi</i>) that may take part in KIPP, as listed since
 * PermenPANRB 19/2016: ministries and agencies (K/L), the three levels of regional government
 * (<i>pemda</i>), and state- and region-owned enterprises.
 *
 * <p>This is the one fixed vocabulary in kipp; groups, categories and stages change by edition and
 * are module data.
 */
public enum InstitutionType {
  /** A ministry (<i>kementerian</i>). */
  KEMENTERIAN(LocalizedText.of("Kementerian", "Ministry"), null),
  /** A non-ministerial government agency (<i>lembaga</i>), including Polri. */
  LEMBAGA(LocalizedText.of("Lembaga", "Government agency"), null),
  /** A provincial government (<i>pemerintah provinsi</i>). */
  PROVINSI(LocalizedText.of("Pemerintah Provinsi", "Provincial government"), RegionLevel.PROVINCE),
  /** A regency government (<i>pemerintah kabupaten</i>). */
  KABUPATEN(LocalizedText.of("Pemerintah Kabupaten", "Regency government"), RegionLevel.REGENCY),
  /** A city government (<i>pemerintah kota</i>). */
  KOTA(LocalizedText.of("Pemerintah Kota", "City government"), RegionLevel.CITY),
  /** A state-owned enterprise (<i>Badan Usaha Milik Negara</i>). */
  BUMN(LocalizedText.of("BUMN", "State-owned enterprise"), null),
  /**
   * A region-owned enterprise (<i>Badan Usaha Milik Daerah</i>); it submits through its owning
   * regional government.
   */
  BUMD(LocalizedText.of("BUMD", "Region-owned enterprise"), null);

  private final LocalizedText label;
  private final @org.jspecify.annotations.Nullable RegionLevel governs;

  InstitutionType(LocalizedText label, @org.jspecify.annotations.Nullable RegionLevel governs) {
    this.label = label;
    this.governs = governs;
  }

  /**
   * Returns the type's name in both languages.
   *
   * @return the label, not null
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Returns the level of region this type of institution governs.
   *
   * @return the level for a regional government, empty for every other type
   */
  public Optional<RegionLevel> governs() {
    return Optional.ofNullable(governs);
  }

  /**
   * Returns whether this is a regional government (<i>pemda</i>): province, regency or city.
   *
   * @return true for {@link #PROVINSI}, {@link #KABUPATEN} and {@link #KOTA}
   */
  public boolean isRegionalGovernment() {
    return governs != null;
  }

  /**
   * Returns whether this is central government (K/L): a ministry or agency.
   *
   * @return true for {@link #KEMENTERIAN} and {@link #LEMBAGA}
   */
  public boolean isCentralGovernment() {
    return this == KEMENTERIAN || this == LEMBAGA;
  }

  /**
   * Returns whether this is an enterprise: BUMN or BUMD.
   *
   * @return true for {@link #BUMN} and {@link #BUMD}
   */
  public boolean isEnterprise() {
    return this == BUMN || this == BUMD;
  }
}
