package io.github.kipp.core.replication;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.EditionId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.internal.CoreMessages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One edge of the replication network: an innovation (the replica) that adapted, fully or in part,
 * an earlier innovation (its source), entered in an edition by an institution of a region. A
 * <i>replikasi</i> proposal naming two sources makes two links.
 *
 * <p>Links are ordered by source, replica, year, edition, institution and region, so a network lists
 * them the same way whatever order they were added in.
 *
 * @param replica the innovation that replicates, not null
 * @param source the innovation replicated, not the replica; not null
 * @param edition the edition the replica was entered in, such as {@code kipp-2021}; not null
 * @param year the edition's year, 2000 to 2200
 * @param institution the replica's institution, not null
 * @param region the institution's region (Kemendagri code), empty for a ministry or agency; not null
 */
public record ReplicationLink(InnovationId replica, InnovationId source, EditionId edition, int year, InstitutionId institution,
    Optional<RegionCode> region) implements Comparable<ReplicationLink> {

  private static final Comparator<ReplicationLink> ORDER = Comparator.comparing(ReplicationLink::source)
      .thenComparing(ReplicationLink::replica)
      .thenComparingInt(ReplicationLink::year)
      .thenComparing(ReplicationLink::edition)
      .thenComparing(ReplicationLink::institution)
      .thenComparing(l -> l.region().map(RegionCode::value).orElse(""));

  /**
   * Creates a link.
   *
   * @param replica the replica, not null
   * @param source the source, not null
   * @param edition the edition, not null
   * @param year the year, 2000 to 2200
   * @param institution the replica's institution, not null
   * @param region its region, not null
   * @throws InvalidInputException if the replica is its own source ({@code kipp.replication.selfLink})
   *     or the year is implausible ({@code kipp.edition.year}), listing both
   */
  public ReplicationLink {
    requireNonNull(replica, "replica");
    requireNonNull(source, "source");
    requireNonNull(edition, "edition");
    requireNonNull(institution, "institution");
    requireNonNull(region, "region");
    List<Violation> violations = new ArrayList<>(2);
    if (replica.equals(source)) {
      violations.add(CoreMessages.violation("kipp.replication.selfLink", "source", source));
    }
    if (year < 2000 || year > 2200) {
      violations.add(CoreMessages.violation("kipp.edition.year", "year", year));
    }
    InvalidInputException.throwIfAny("replication link " + replica + " -> " + source, violations);
  }

  /**
   * Returns the links a <i>replikasi</i> proposal makes: one for each source it names, in the
   * proposal's order, with the proposal's edition and its institution's region.
   *
   * @param proposal the proposal, not null
   * @param year the year of the proposal's edition
   * @return the links, empty if the proposal names no replication
   * @throws InvalidInputException if the proposal names its own innovation as a source, or the year
   *     is implausible
   */
  public static List<ReplicationLink> of(Proposal proposal, int year) {
    requireNonNull(proposal, "proposal");
    List<ReplicationLink> out = new ArrayList<>();
    proposal.replication().ifPresent(r -> r.sources().forEach(source -> out.add(new ReplicationLink(proposal.innovation().id(), source,
        proposal.edition(), year, proposal.innovation().institution().id(), proposal.innovation().institution().region()))));
    return out;
  }

  @Override
  public int compareTo(ReplicationLink other) {
    return ORDER.compare(this, other);
  }

  /** Returns {@code replica replicates source (edition, region or institution)}. */
  @Override
  public String toString() {
    return replica + " replicates " + source + " (" + edition + ", " + region.map(RegionCode::value).orElse(institution.value()) + ")";
  }
}
