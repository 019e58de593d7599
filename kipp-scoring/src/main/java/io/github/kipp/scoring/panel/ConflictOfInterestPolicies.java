package io.github.kipp.scoring.panel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The conflict-of-interest policies kipp ships.
 *
 * <p>No KIPP instrument publishes a conflict rule, so these policies are cited as UNKNOWN with their
 * rule as the documented default.
 *
 * <ul>
 *   <li>{@link #institutional()}: an evaluator may not score a proposal of their own institution
 *       (which covers a <i>perangkat daerah</i> and its <i>pemda</i>, since units belong to their
 *       institution) or of the same regional-government family: the same pemda entered under another
 *       id, a BUMD and the government that owns it, or two BUMD of one government.
 *   <li>{@link #institutionalWithProvinces()}: the same, and also a province and the regencies and
 *       cities inside it, in both directions, for provincial competitions; a province's BUMD counts
 *       as the province and a regency's or city's BUMD as its regency or city.
 * </ul>
 *
 * <p><b>Identity is institutional, not by id.</b> KIPP conflicts are between institutions, and a
 * regional government is the government of its region whatever id a document gave it. Two
 * institutions are the same government when they have the same {@link Institution#government()}
 * (the Kemendagri code of the region they govern, or of the government owning a BUMD), or when one is
 * a BUMD whose {@link Institution#owner() owner} is the other's id, or both are BUMD with one owner
 * id. Ministries, agencies and BUMN have no region that names them, and no rule says when two ids are
 * one ministry, so they keep their identity by id.
 *
 * <p><b>Missing data fails closed.</b> An {@link Institution} cannot lack what these policies read:
 * every regional government and BUMD carries a region and every BUMD an owner (core refuses it
 * otherwise with {@code kipp.institution.regionRequired} and {@code kipp.institution.ownerRequired}).
 * The one thing the province option can lack is the region itself: whether a region lies in a
 * province is read from a {@link RegionCatalogue} (the bundled one unless a host passes its own),
 * and when either institution's region is not in it the policy does not guess. It reports a conflict
 * whose reason, {@code kipp.coi.regionUnknown}, names the unknown region, so the pair is never
 * assigned, a sheet for it is refused, and the assigner's explanation of the proposal says why.
 */
public final class ConflictOfInterestPolicies {

  /** The citation of kipp's institutional policy. */
  public static final Citation INSTITUTIONAL_BASIS =
      Citation.unknown(
          "no KIPP instrument",
          "no conflict-of-interest rule is published; kipp's default bars an evaluator from proposals"
              + " of their own institution and its regional-government family");

  /** The citation of the policy that adds provinces and their regencies. */
  public static final Citation PROVINCE_FAMILY_BASIS =
      Citation.unknown(
          "no KIPP instrument",
          "for provincial rounds, kipp's option also bars a province's officials from its regencies'"
              + " and cities' proposals and the reverse");

  private ConflictOfInterestPolicies() {}

  /**
   * Returns the institutional policy: same institution or same regional government under any id, or
   * a BUMD and its owning government.
   *
   * @return the policy, not null
   */
  public static ConflictOfInterestPolicy institutional() {
    return named("institutional", ConflictOfInterestPolicies::institutionalConflict);
  }

  /**
   * Returns the institutional policy extended to a province and its regencies and cities, deciding
   * which regions lie in which province from the bundled {@link RegionCatalogue#bundled() region
   * catalogue}.
   *
   * @return the policy, not null
   */
  public static ConflictOfInterestPolicy institutionalWithProvinces() {
    return withProvinces("institutional with provinces", RegionCatalogue.bundled());
  }

  /**
   * Returns the institutional policy extended to a province and its regencies and cities, deciding
   * which regions lie in which province from a host's region catalogue, for regions newer than the
   * bundled one. A pair whose regions the catalogue does not hold is reported as a conflict with the
   * reason {@code kipp.coi.regionUnknown}.
   *
   * @param regions the catalogue, not null
   * @return the policy, not null
   */
  public static ConflictOfInterestPolicy institutionalWithProvinces(RegionCatalogue regions) {
    requireNonNull(regions, "regions");
    return withProvinces("institutional with provinces (" + regions + ")", regions);
  }

  private static ConflictOfInterestPolicy withProvinces(String name, RegionCatalogue regions) {
    return named(name, (evaluator, proposal) -> {
      Optional<ConflictOfInterest> same = institutionalConflict(evaluator, proposal);
      return same.isPresent() ? same : provinceConflict(evaluator, proposal, regions);
    });
  }

  /**
   * Returns a policy that finds no conflict, for competitions that check conflicts elsewhere.
   *
   * @return the policy, not null
   */
  public static ConflictOfInterestPolicy none() {
    return named("none", (evaluator, proposal) -> Optional.empty());
  }

  /**
   * Returns a policy that reports the first conflict any of several policies finds.
   *
   * @param policies the policies, in the order they are asked
   * @return the combined policy, not null
   */
  public static ConflictOfInterestPolicy anyOf(ConflictOfInterestPolicy... policies) {
    ImmutableList<ConflictOfInterestPolicy> list = ImmutableList.copyOf(policies);
    return named("any of " + list, (evaluator, proposal) -> {
      for (ConflictOfInterestPolicy p : list) {
        Optional<ConflictOfInterest> c = p.conflict(evaluator, proposal);
        if (c.isPresent()) {
          return c;
        }
      }
      return Optional.empty();
    });
  }

  /** Gives a policy a name, so that parameter diffs and reports can show it. */
  private static ConflictOfInterestPolicy named(String name, ConflictOfInterestPolicy policy) {
    return new ConflictOfInterestPolicy() {
      @Override
      public Optional<ConflictOfInterest> conflict(Evaluator evaluator, Proposal proposal) {
        return policy.conflict(evaluator, proposal);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  private static Optional<ConflictOfInterest> institutionalConflict(Evaluator evaluator, Proposal proposal) {
    requireNonNull(evaluator, "evaluator");
    requireNonNull(proposal, "proposal");
    Institution theirs = evaluator.institution();
    Institution entrant = proposal.innovation().institution();
    if (theirs.id().equals(entrant.id())) {
      return Optional.of(conflict(evaluator, proposal, "kipp.coi.sameInstitution", INSTITUTIONAL_BASIS, theirs, entrant));
    }
    Optional<RegionCode> government = theirs.government();
    if (government.isPresent() && government.equals(entrant.government())) {
      boolean twoGovernments = theirs.type() != InstitutionType.BUMD && entrant.type() != InstitutionType.BUMD;
      return Optional.of(conflict(evaluator, proposal, twoGovernments ? "kipp.coi.sameGovernment" : "kipp.coi.sameFamily",
          INSTITUTIONAL_BASIS, theirs, entrant, "region", government.get()));
    }
    if (ownerId(theirs).equals(ownerId(entrant))) {
      return Optional.of(conflict(evaluator, proposal, "kipp.coi.sameFamily", INSTITUTIONAL_BASIS, theirs, entrant));
    }
    return Optional.empty();
  }

  /** The id of the government a BUMD names as its owner; every other institution's own id. */
  private static InstitutionId ownerId(Institution institution) {
    return institution.owner().orElse(institution.id());
  }

  /**
   * A province and a region inside it, in either order, each a government or the BUMD of one; or a
   * conflict for the data missing to decide it.
   */
  private static Optional<ConflictOfInterest> provinceConflict(Evaluator evaluator, Proposal proposal, RegionCatalogue regions) {
    Institution theirs = evaluator.institution();
    Institution entrant = proposal.innovation().institution();
    Optional<RegionCode> a = theirs.government();
    Optional<RegionCode> b = entrant.government();
    // Only a province and a regency or city can be related; two of one level never are.
    if (a.isEmpty() || b.isEmpty() || a.get().isProvince() == b.get().isProvince()) {
      return Optional.empty();
    }
    for (Institution i : List.of(theirs, entrant)) {
      RegionCode region = i.government().orElseThrow();
      if (regions.find(region).isEmpty()) {
        return Optional.of(conflict(evaluator, proposal, "kipp.coi.regionUnknown", PROVINCE_FAMILY_BASIS, theirs, entrant,
            "region", region, "institution", i.id(), "regions", regions.size()));
      }
    }
    RegionCode province = a.get().isProvince() ? a.get() : b.get();
    RegionCode inside = a.get().isProvince() ? b.get() : a.get();
    if (regions.require(inside).province().equals(province)) {
      return Optional.of(conflict(evaluator, proposal, "kipp.coi.provinceFamily", PROVINCE_FAMILY_BASIS, theirs, entrant,
          "province", province, "region", inside));
    }
    return Optional.empty();
  }

  private static ConflictOfInterest conflict(
      Evaluator evaluator, Proposal proposal, String key, Citation basis, Institution theirs, Institution entrant, Object... more) {
    Object[] common = {"evaluator", evaluator.id(), "proposal", proposal.id(), "theirs", theirs.name(), "entrant", entrant.name(),
        "theirsId", theirs.id(), "entrantId", entrant.id()};
    Object[] arguments = Arrays.copyOf(common, common.length + more.length);
    System.arraycopy(more, 0, arguments, common.length, more.length);
    return new ConflictOfInterest(evaluator.id(), proposal.id(), Reason.of(key, ScoringMessages.render(key, arguments), basis));
  }
}
