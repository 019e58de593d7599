package io.github.kipp.core.eligibility;

/**
 * Which proposals an institution's cap per group refuses once it submits more than the cap: a rule
 * module declares and cites it ({@link EligibilityRules#institutionCap(java.util.Map,
 * io.github.kipp.core.Cited)}), so a host can read the policy rather than a citation's note.
 */
public enum CapRefusal {
  /**
   * The proposals submitted last are refused: the first {@code cap} by submission time pass (unknown
   * times count as last, then proposal id order), the rest fail. KIPP 2021's guide caps proposals
   * per institution without saying which are refused beyond the cap; this is kipp's reading.
   */
  LATEST_SUBMISSIONS
}
