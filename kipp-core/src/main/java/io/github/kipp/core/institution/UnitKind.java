package io.github.kipp.core.institution;

/**
 * What kind of unit runs an innovation. National rounds see mostly agencies and service units;
 * regional rounds also admit sub-districts, villages, schools and clinics.
 */
public enum UnitKind {
  /** An agency of a regional government (<i>perangkat daerah</i>: <i>dinas, badan, biro</i>). */
  PERANGKAT_DAERAH,
  /** A service unit of a ministry, agency or enterprise (<i>unit penyelenggara pelayanan publik</i>). */
  UNIT_PELAYANAN,
  /** A sub-district office (<i>kecamatan</i>). */
  KECAMATAN,
  /** A village or urban village (<i>desa, kelurahan</i>). */
  DESA_KELURAHAN,
  /** A public school. */
  SEKOLAH,
  /** A community health centre (<i>puskesmas</i>) or public clinic. */
  PUSKESMAS,
  /** Any other unit. */
  LAINNYA
}
