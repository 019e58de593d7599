package io.github.kipp.core.blind;

import io.github.kipp.core.LocalizedText;

/** What part of an entrant's identity a span of text names. */
public enum IdentityKind {
  /** The institution entered (<i>instansi</i>), by its name or a host's alias. */
  INSTITUTION(LocalizedText.of("instansi", "institution")),
  /** The unit running the innovation (<i>UPP</i>, <i>perangkat daerah</i>), by its name or a host's alias. */
  UNIT(LocalizedText.of("unit", "unit")),
  /** The province of the institution, or the institution's own province (<i>provinsi</i>). */
  PROVINCE(LocalizedText.of("provinsi", "province")),
  /** The regency or city of the institution (<i>kabupaten</i>, <i>kota</i>). */
  REGENCY(LocalizedText.of("kabupaten/kota", "regency or city"));

  private final LocalizedText label;

  IdentityKind(LocalizedText label) {
    this.label = label;
  }

  /**
   * Returns the kind's name in both languages, as leak messages write it.
   *
   * @return the label, not null
   */
  public LocalizedText label() {
    return label;
  }
}
