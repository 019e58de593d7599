package io.github.kipp.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

  /**
   * The JSON Schemas (draft 2020-12) kipp ships, one per document kind and version this release
   * writes or still reads, each named {@code <kind>-<version>}: the competition and results
   * documents, the stored edition result, the replication network and the regional innovation
   * index's report and assessment. Both Jackson lines write documents these schemas accept.
   */
  public static final ImmutableList<String> SCHEMAS = ImmutableList.of(
      "competition-1.0", "competition-" + FORMAT_VERSION, "results-1.0", "results-" + FORMAT_VERSION,
      "edition-result-" + EDITION_RESULT_FORMAT_VERSION, "replication-network-" + REPLICATION_NETWORK_FORMAT_VERSION,
      "iid-report-1.0", "iid-assessment-1.0");

  private KippFormat() {}

  /**
   * Returns one of the JSON Schemas kipp ships, such as {@code schema("competition-1.1")}, for a host
   * that validates documents before it reads them or publishes the schema beside them. They are
   * resources of kipp-format ({@code io/github/kipp/format/schema/<name>.schema.json}), served by
   * this method on the module path and the class path alike.
   *
   * @param name the schema's name, one of {@link #SCHEMAS}
   * @return the schema's text, UTF-8 JSON
   * @throws IllegalArgumentException if kipp ships no schema of that name
   */
  public static String schema(String name) {
    requireNonNull(name, "name");
    if (!SCHEMAS.contains(name)) {
      throw new IllegalArgumentException("kipp ships no JSON Schema '" + name + "'; it ships " + String.join(", ", SCHEMAS));
    }
    try (InputStream in = KippFormat.class.getResourceAsStream("schema/" + name + ".schema.json")) {
      if (in == null) {
        throw new IllegalStateException("the JSON Schema " + name + " is missing from kipp-format's resources");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
