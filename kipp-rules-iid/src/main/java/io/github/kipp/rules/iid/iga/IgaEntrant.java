package io.github.kipp.rules.iid.iga;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.Region;
import io.github.kipp.rules.iid.IndexAssessment;
import io.github.kipp.rules.iid.internal.IidMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A regional government entering the Innovative Government Award with its verified index: the index
 * decides its place among the nominees of its cluster, and its verified SID part (the innovations'
 * averaged score) is the first tie-break.
 *
 * @param region the region, from the bundled region catalogue; not null
 * @param verifiedIndex the verified index (<i>IID terverifikasi</i>), 0 to 100; not null
 * @param verifiedSidPart the verified index's SID part, 0 or more; not null
 */
public record IgaEntrant(Region region, BigDecimal verifiedIndex, BigDecimal verifiedSidPart) {

  /**
   * Creates an entrant.
   *
   * @param region the region, not null
   * @param verifiedIndex the verified index, not null
   * @param verifiedSidPart the SID part, not null
   * @throws InvalidInputException if the index is below 0 or above 100 ({@code kipp.iga.index}) or
   *     the SID part is negative ({@code kipp.iga.sidPart})
   */
  public IgaEntrant {
    requireNonNull(region, "region");
    requireNonNull(verifiedIndex, "verifiedIndex");
    requireNonNull(verifiedSidPart, "verifiedSidPart");
    List<Violation> violations = new ArrayList<>(2);
    if (verifiedIndex.signum() < 0 || verifiedIndex.compareTo(IgaSettings.HUNDRED) > 0) {
      violations.add(IidMessages.violation("kipp.iga.index", "verifiedIndex", verifiedIndex.toPlainString(), "region", region.code()));
    }
    if (verifiedSidPart.signum() < 0) {
      violations.add(IidMessages.violation("kipp.iga.sidPart", "verifiedSidPart", verifiedSidPart.toPlainString(), "region", region.code()));
    }
    InvalidInputException.throwIfAny("IGA entrant " + region.code(), violations);
  }

  /**
   * Returns an entrant.
   *
   * @param region the region, not null
   * @param verifiedIndex the verified index, 0 to 100; not null
   * @param verifiedSidPart the verified SID part, 0 or more; not null
   * @return the entrant, not null
   */
  public static IgaEntrant of(Region region, BigDecimal verifiedIndex, BigDecimal verifiedSidPart) {
    return new IgaEntrant(region, verifiedIndex, verifiedSidPart);
  }

  /**
   * Returns the entrant an assessment gives: its region, verified index and verified SID part.
   *
   * @param assessment the assessment, not null
   * @return the entrant, not null
   */
  public static IgaEntrant of(IndexAssessment assessment) {
    requireNonNull(assessment, "assessment");
    return new IgaEntrant(assessment.report().region(), assessment.verified().index(), assessment.verified().sidPart());
  }
}
