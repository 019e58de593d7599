package io.github.kipp.core.blind;

/** Where in a proposal a {@link Leak} was found. */
public enum LeakField {
  /** The innovation's title. */
  TITLE,
  /** The expansion of the innovation's acronym. */
  EXPANSION,
  /** The text of an answered section; the leak names the section. */
  SECTION,
  /** The note on how a replicated innovation was adapted. */
  REPLICATION,
  /** The file name of an attachment. */
  ATTACHMENT_NAME
}
