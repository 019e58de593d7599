package io.github.kipp.core;

/**
 * The part an {@link Actor} plays in a competition; it decides which actions the actor may take.
 *
 * <p>The roles follow the national pipeline: the unit that drafts a proposal, the institution's
 * coordinating account that submits it, the ministry's secretariat that screens and tallies, the
 * academic desk evaluators, the independent panel, the verifiers of field visits, and the organiser
 * (the Minister, a governor or regent) who signs the decrees.
 */
public enum Role {
  /** The unit running the innovation, which drafts the proposal (<i>UPP</i>, <i>perangkat daerah</i>). */
  UNIT,
  /** The institution's coordinating account that reviews, returns and submits drafts (<i>admin lokal</i>). */
  INSTITUTION_ADMIN,
  /** The organiser's secretariat: administrative screening and tallies (<i>Tim Sekretariat</i>). */
  SECRETARIAT,
  /** A desk evaluator of written proposals (<i>Tim Evaluasi</i>, TE). */
  EVALUATOR,
  /** A member of the independent panel that chooses finalists and winners (<i>Tim Panel Independen</i>, TPI). */
  INDEPENDENT_PANEL,
  /** A member of a field or virtual verification visit (<i>verifikasi lapangan</i>). */
  VERIFIER,
  /** The authority that fixes results by decree: the Minister, a governor or a regent. */
  ORGANISER
}
