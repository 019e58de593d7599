package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.list;
import static io.github.kipp.format.internal.Wire.nested;
import static io.github.kipp.format.internal.Wire.parse;
import static io.github.kipp.format.internal.Wire.parseOptional;
import static io.github.kipp.format.internal.Wire.required;

import io.github.kipp.core.EditionId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.replication.ReplicationLink;
import io.github.kipp.core.replication.ReplicationNetwork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of the replication-network document (format {@value #VERSION}), versioned apart
 * from the competition, results and edition-result documents: its links, in the network's order, and
 * the past results recorded with it.
 *
 * <p>On reading, besides every check of the domain (a link from an innovation to itself, an
 * implausible year), a link or result given twice and an edition given with two different years are
 * refused, each with its path, all at once; a network read back writes the same text.
 */
public final class ReplicationWire {

  /** The version of the replication-network format this release writes and reads. */
  public static final String VERSION = io.github.kipp.format.KippFormat.REPLICATION_NETWORK_FORMAT_VERSION;

  private ReplicationWire() {}

  /**
   * Checks a replication-network document's format version.
   *
   * @param version the written version, possibly null
   * @throws InvalidInputException if it is missing or not {@value #VERSION}
   */
  public static void checkVersion(@Nullable String version) {
    String v = required(version, "formatVersion", Expected.TEXT);
    if (!VERSION.equals(v)) {
      throw Wire.fail(FormatMessages.violation("kipp.json.version", "formatVersion", v, "allowed", VERSION));
    }
  }

  /** {@link ReplicationLink}: the replica, its source, the edition and year, the institution and its region if any. */
  @WireRecord
  public record LinkW(@Nullable String replica, @Nullable String source, @Nullable String edition, @Nullable Integer year,
      @Nullable String institution, @Nullable String region) {
    static LinkW of(ReplicationLink l) {
      return new LinkW(l.replica().value(), l.source().value(), l.edition().value(), l.year(), l.institution().value(),
          l.region().map(RegionCode::value).orElse(null));
    }

    ReplicationLink toDomain() {
      InnovationId r = parse(replica, "replica", InnovationId::of);
      InnovationId s = parse(source, "source", InnovationId::of);
      EditionId e = parse(edition, "edition", EditionId::of);
      int y = required(year, "year", Expected.INTEGER);
      InstitutionId i = parse(institution, "institution", InstitutionId::of);
      RegionCode code = parseOptional(region, "region", RegionCode::of);
      return nested("", () -> new ReplicationLink(r, s, e, y, i, Optional.ofNullable(code)));
    }
  }

  /** {@link ReplicationNetwork}: the format version, the links and the past results. */
  @WireRecord
  public record NetworkW(@Nullable String formatVersion, @Nullable List<ReplicationLink> links, @Nullable List<PastResult> results) {
    static NetworkW of(ReplicationNetwork n) {
      return new NetworkW(VERSION, List.copyOf(n.links()), n.history().results());
    }

    ReplicationNetwork toDomain() {
      checkVersion(formatVersion);
      List<ReplicationLink> ls = list(links, "links");
      List<PastResult> rs = list(results, "results");
      List<Violation> problems = new ArrayList<>();
      Set<ReplicationLink> seen = new HashSet<>();
      Map<EditionId, Integer> years = new HashMap<>();
      for (int i = 0; i < ls.size(); i++) {
        ReplicationLink l = ls.get(i);
        if (!seen.add(l)) {
          problems.add(FormatMessages.violation("kipp.json.duplicate", "links[" + i + "]", l, "kindEn", "replication link", "kindId", "tautan replikasi"));
        }
        @Nullable Integer year = years.putIfAbsent(l.edition(), l.year());
        if (year != null && year != l.year()) {
          problems.add(FormatMessages.violation("kipp.json.conflict", "links[" + i + "].year", l.edition(), "kindEn", "edition", "kindId", "edisi"));
        }
      }
      Set<PastResult> seenResults = new HashSet<>();
      for (int i = 0; i < rs.size(); i++) {
        if (!seenResults.add(rs.get(i))) {
          problems.add(FormatMessages.violation("kipp.json.duplicate", "results[" + i + "]", rs.get(i), "kindEn", "past result", "kindId", "hasil terdahulu"));
        }
      }
      InvalidInputException.throwIfAny("document", problems);
      return ReplicationNetwork.of(ls, ResultHistory.of(rs));
    }
  }

  /**
   * Returns the mappings of this file.
   *
   * @return the mappings
   */
  public static List<Mapping<?, ?>> mappings() {
    return List.of(
        Mapping.of(ReplicationLink.class, LinkW.class, LinkW::of, LinkW::toDomain),
        Mapping.of(ReplicationNetwork.class, NetworkW.class, NetworkW::of, NetworkW::toDomain));
  }
}
