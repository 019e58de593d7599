package io.github.kipp.rules.iid.spi;

/**
 * The six government affairs of basic services (<i>urusan pemerintahan wajib yang berkaitan dengan
 * pelayanan dasar</i>) whose coverage by a region's innovations the index's innovation-count part
 * requires. Each constant carries the affair's name as published.
 */
public enum BasicServiceAffair {
  /** <i>Pendidikan</i>: education. */
  PENDIDIKAN("Pendidikan"),
  /** <i>Kesehatan</i>: health. */
  KESEHATAN("Kesehatan"),
  /** <i>Pekerjaan Umum dan Penataan Ruang</i>: public works and spatial planning. */
  PEKERJAAN_UMUM("Pekerjaan Umum dan Penataan Ruang"),
  /** <i>Perumahan Rakyat dan Kawasan Permukiman</i>: housing and settlements. */
  PERUMAHAN_RAKYAT("Perumahan Rakyat dan Kawasan Permukiman"),
  /** <i>Ketenteraman, Ketertiban Umum, dan Perlindungan Masyarakat</i>: public order and protection. */
  KETENTERAMAN("Ketenteraman, Ketertiban Umum, dan Perlindungan Masyarakat"),
  /** <i>Sosial</i>: social affairs. */
  SOSIAL("Sosial");

  private final String published;

  BasicServiceAffair(String published) {
    this.published = published;
  }

  /**
   * Returns the affair's name as published.
   *
   * @return the name, not null
   */
  public String publishedName() {
    return published;
  }
}
