package io.github.kipp.core.edition;

/**
 * A phase of an edition's schedule, with a {@link Window} in the {@link Schedule}.
 *
 * <p>Windows are published by the organiser (registration 13 March – 6 May 2023, presentations
 * 26 June – 17 July 2023); some phases have no window in some competitions (regional rounds have no
 * <i>uji publik</i>).
 */
public enum Phase {
  /** Registration of proposals in SINOVIK (<i>pendaftaran</i>). */
  REGISTRATION,
  /** Submission of completed proposals by the institution's administrator. */
  SUBMISSION,
  /** Administrative screening (<i>seleksi administrasi</i>). */
  ADMINISTRATIVE_SCREENING,
  /** Desk evaluation of written proposals (<i>evaluasi proposal</i>). */
  EVALUATION,
  /** Public review of the announced finalists (<i>uji publik</i>, <i>masa sanggah</i>). */
  PUBLIC_REVIEW,
  /** Presentations and interviews before the independent panel (<i>presentasi dan wawancara</i>). */
  PRESENTATION,
  /** Field or virtual verification (<i>verifikasi lapangan</i>). */
  FIELD_VERIFICATION,
  /** Announcement of the winners (<i>penetapan pemenang</i>). */
  ANNOUNCEMENT
}
