package io.github.kipp.core.stage;

import io.github.kipp.core.StageId;

/**
 * The ids of the stages of the national pipeline ({@link StageMachine#national()}), as slugs of the
 * states the domain specification describes. No official ids exist; rule modules may add others.
 */
public final class Stages {

  /** A draft at the unit (<i>UPP</i>). Registered, not submitted. */
  public static final StageId DRAFT = StageId.of("draft");
  /** A draft with the institution's administrator (<i>admin lokal</i>). Registered, not submitted. */
  public static final StageId AT_INSTITUTION_ADMIN = StageId.of("at-admin-lokal");
  /** Submitted to the organiser; counts against the institution's quota. */
  public static final StageId SUBMITTED = StageId.of("submitted");
  /** Failed administrative screening (<i>tidak lolos seleksi administrasi</i>). */
  public static final StageId ADMIN_FAILED = StageId.of("admin-failed");
  /** Passed administrative screening. */
  public static final StageId ADMIN_PASSED = StageId.of("admin-passed");
  /** Scored by the desk evaluators (TE). */
  public static final StageId EVALUATED = StageId.of("evaluated");
  /** Not nominated by the desk evaluators' plenary. */
  public static final StageId NOT_NOMINATED = StageId.of("not-nominated");
  /** Nominated by the desk evaluators' plenary (<i>nominasi</i>). */
  public static final StageId NOMINATED = StageId.of("nominated");
  /** Not chosen as a finalist by the independent panel. */
  public static final StageId NOT_SELECTED = StageId.of("not-selected");
  /** Announced as a finalist and open to public review (<i>uji publik</i>). */
  public static final StageId FINALIST_ANNOUNCED = StageId.of("finalist-announced");
  /** Removed from the finalists after an objection was upheld. */
  public static final StageId REMOVED = StageId.of("removed");
  /** Fixed as a finalist by decree (Top 99, Top 15 …). */
  public static final StageId FINALIST = StageId.of("finalist");
  /** Presented and interviewed before the independent panel. */
  public static final StageId PRESENTED = StageId.of("presented");
  /** Visited by a field or virtual verification. */
  public static final StageId VERIFIED = StageId.of("verified");
  /** Awarded in a tier (Top 45, Top 5 Replikasi …). */
  public static final StageId AWARDED = StageId.of("awarded");
  /** Remained a finalist without a winner's tier. */
  public static final StageId FINALIST_ONLY = StageId.of("finalist-only");
  /** Withdrawn by the institution. */
  public static final StageId WITHDRAWN = StageId.of("withdrawn");
  /** Disqualified by the organiser. */
  public static final StageId DISQUALIFIED = StageId.of("disqualified");

  private Stages() {}
}
