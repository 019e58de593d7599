package io.github.kipp.core.innovation;

/** What an attachment to a proposal is. */
public enum AttachmentKind {
  /** A decree (<i>SK</i>), such as the 2022 decree naming the individual or team that initiated it. */
  DECREE,
  /** Supporting data (<i>data dukung</i>): photos, reports, statistics. */
  SUPPORTING_DATA,
  /** A signed statement of the head of institution. */
  SIGNED_STATEMENT,
  /** A statement of the innovator's identity (<i>surat pernyataan identitas inovator</i>, 2025). */
  INNOVATOR_IDENTITY_STATEMENT,
  /** A letter agreeing to the innovation's replication (<i>surat kesediaan direplikasi</i>, 2025). */
  REPLICATION_CONSENT_LETTER,
  /** Presentation slides. */
  SLIDES,
  /** A summary of the proposal. */
  SUMMARY,
  /** Anything else. */
  OTHER
}
