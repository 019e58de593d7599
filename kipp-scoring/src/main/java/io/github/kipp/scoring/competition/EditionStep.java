package io.github.kipp.scoring.competition;

/**
 * The steps a {@link Competition} runs, in order. An {@link EditionResult} records how far it has
 * gone.
 */
public enum EditionStep {
  /** Administrative screening of the submitted proposals (<i>seleksi administrasi</i>). */
  SCREENED,
  /**
   * The desk evaluation aggregated, ranked per group, cut by the pass mark and the nomination counts
   * (<i>evaluasi proposal</i>, <i>nominasi</i>).
   */
  NOMINATED,
  /** The finalist pools chosen as quota-aware shortlists (<i>penetapan finalis</i>). */
  FINALISTS_SELECTED,
  /** The later stages scored, combined, ranked and cut into the winners' tiers (<i>penetapan pemenang</i>). */
  AWARDED
}
