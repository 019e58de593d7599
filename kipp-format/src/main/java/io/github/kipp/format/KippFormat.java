package io.github.kipp.format;

/**
 * The versions and default limits of kipp's document format, the same for every Jackson line: a
 * document written by one line is read by the other, byte for byte the same.
 */
public final class KippFormat {

  /**
   * The version of the competition and results document format this release writes. It also reads
   * the versions before it (1.0, which has no {@code module} in the competition document).
   */
  public static final String FORMAT_VERSION = "1.1";

  /** The version of the edition-result format this release writes and reads. */
  public static final String EDITION_RESULT_FORMAT_VERSION = "1.0";

  /** The version of the replication-network format this release writes and reads. */
  public static final String REPLICATION_NETWORK_FORMAT_VERSION = "1.0";

  /** The default limit on an input's length, in characters (100 million). */
  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 100_000_000;

  /** The default limit on nesting of objects and lists. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default limit on one string, in characters; kipp's longest text field takes 50,000. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** The default limit on one number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;

  /** The default limit on one field name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

  private KippFormat() {}
}
