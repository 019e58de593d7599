package io.github.kipp.core.innovation;

/** What an attachment to a proposal is. */
public enum AttachmentKind {
  /** A decree (<i>SK</i>), such as the 2022 decree naming the individual or team that initiated it. */
  DECREE,
  /** Supporting data (<i>data dukung</i>): photos, reports, statistics. */
  SUPPORTING_DATA,
  /** A signed statement of the head of institution (2025). */
  SIGNED_STATEMENT,
  /** Presentation slides. */
  SLIDES,
  /** A summary of the proposal. */
  SUMMARY,
  /** Anything else. */
  OTHER
}
