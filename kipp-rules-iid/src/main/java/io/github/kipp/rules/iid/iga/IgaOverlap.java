package io.github.kipp.rules.iid.iga;

/**
 * How a region in both a type cluster (province, regency, city) and an overlay cluster (Papua,
 * border, disadvantaged) competes.
 */
public enum IgaOverlap {
  /**
   * In one cluster only: the first overlay cluster it belongs to that has nominees (Papua, then
   * border, then disadvantaged), otherwise its type cluster. kipp's default: IGA 2025's nominees by
   * cluster (8 + 24 + 11 + 7 + 3) add up to its 53 nominees [S137], so no region was counted twice.
   */
  EXCLUSIVE,
  /** In its type cluster and in every overlay cluster with nominees it belongs to, ranked in each. */
  BOTH
}
