package io.github.kipp.core.appeal;

/** What kind of decision an {@link Appeal} contests. */
public enum AppealKind {
  /**
   * The refusal of a proposal at administrative screening (<i>seleksi administrasi</i>): one or more
   * eligibility rules failed it. An upheld appeal restores the proposal to the pool.
   */
  ELIGIBILITY_REFUSAL("eligibility-refusal"),
  /**
   * Another administrative decision about a proposal, such as a correction refused by the
   * secretariat. An upheld appeal is recorded; what it changes is the host's to apply.
   */
  ADMINISTRATIVE_DECISION("administrative");

  private final String slug;

  AppealKind(String slug) {
    this.slug = slug;
  }

  /**
   * Returns the kind's name in a decision's reference, such as {@code eligibility-refusal}.
   *
   * @return the slug, not blank
   */
  public String slug() {
    return slug;
  }
}
