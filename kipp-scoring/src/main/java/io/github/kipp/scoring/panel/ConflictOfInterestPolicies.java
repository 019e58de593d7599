package io.github.kipp.scoring.panel;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.scoring.internal.ScoringMessages;
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
 *       institution) or of the same regional-government family: a BUMD and the government that owns
 *       it, or two BUMD of the same owner.
 *   <li>{@link #institutionalWithProvinces()}: the same, and also a province and the regencies and
 *       cities inside it, in both directions, for provincial competitions.
 * </ul>
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
   * Returns the institutional policy: same institution, or a BUMD and its owner.
   *
   * @return the policy, not null
   */
  public static ConflictOfInterestPolicy institutional() {
    return named("institutional", ConflictOfInterestPolicies::institutionalConflict);
  }

  /**
   * Returns the institutional policy extended to a province and its regencies and cities.
   *
   * @return the policy, not null
   */
  public static ConflictOfInterestPolicy institutionalWithProvinces() {
    return named("institutional with provinces", (evaluator, proposal) -> {
      Optional<ConflictOfInterest> same = institutionalConflict(evaluator, proposal);
      if (same.isPresent()) {
        return same;
      }
      Institution theirs = evaluator.institution();
      Institution entrant = proposal.innovation().institution();
      if (isProvinceOf(theirs, entrant) || isProvinceOf(entrant, theirs)) {
        return Optional.of(conflict(evaluator, proposal, "kipp.coi.provinceFamily", PROVINCE_FAMILY_BASIS, theirs, entrant));
      }
      return Optional.empty();
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
    if (family(theirs).equals(family(entrant))) {
      return Optional.of(conflict(evaluator, proposal, "kipp.coi.sameFamily", INSTITUTIONAL_BASIS, theirs, entrant));
    }
    return Optional.empty();
  }

  /** A BUMD belongs to the family of its owner; every other institution is its own family. */
  private static InstitutionId family(Institution institution) {
    return institution.type() == InstitutionType.BUMD ? institution.owner().orElse(institution.id()) : institution.id();
  }

  private static boolean isProvinceOf(Institution province, Institution other) {
    if (province.type() != InstitutionType.PROVINSI || province.region().isEmpty() || other.region().isEmpty()) {
      return false;
    }
    RegionCode p = province.region().get();
    RegionCode r = other.region().get();
    return !r.isProvince() && r.isWithin(p);
  }

  private static ConflictOfInterest conflict(Evaluator evaluator, Proposal proposal, String key, Citation basis, Institution theirs, Institution entrant) {
    return new ConflictOfInterest(
        evaluator.id(),
        proposal.id(),
        Reason.of(
            key,
            ScoringMessages.render(key, "evaluator", evaluator.id(), "proposal", proposal.id(), "theirs", theirs.name(), "entrant", entrant.name()),
            basis));
  }
}
