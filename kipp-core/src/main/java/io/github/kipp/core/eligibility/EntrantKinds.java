package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.innovation.Proposal;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of entrant a round admits: the types of institution and the kinds of unit (the
 * <i>perangkat daerah</i>, <i>kecamatan</i> or <i>desa/kelurahan</i> running the innovation) that may
 * enter. A provincial round of the province's own agencies admits {@link InstitutionType#PROVINSI}
 * only; a regency's village competition admits the units {@link UnitKind#KECAMATAN} and {@link
 * UnitKind#DESA_KELURAHAN}. An empty set admits every type, or every kind; both empty is refused, as
 * it restricts nothing.
 *
 * @param institutionTypes the institution types admitted, empty for any; not null
 * @param unitKinds the unit kinds admitted, empty for any; not null
 */
public record EntrantKinds(ImmutableSortedSet<InstitutionType> institutionTypes, ImmutableSortedSet<UnitKind> unitKinds) {

  /**
   * Checks the sets.
   *
   * @param institutionTypes the institution types admitted, empty for any; not null
   * @param unitKinds the unit kinds admitted, empty for any; not null
   * @throws IllegalArgumentException if both sets are empty
   */
  public EntrantKinds {
    requireNonNull(institutionTypes, "institutionTypes");
    requireNonNull(unitKinds, "unitKinds");
    if (institutionTypes.isEmpty() && unitKinds.isEmpty()) {
      throw new IllegalArgumentException("entrant kinds admit every institution type and every unit kind; name at least one type or kind");
    }
  }

  /**
   * Returns the kinds admitting some institution types and some unit kinds.
   *
   * @param institutionTypes the institution types admitted, empty for any; not null
   * @param unitKinds the unit kinds admitted, empty for any; not null
   * @return the kinds, not null
   * @throws IllegalArgumentException if both are empty
   */
  public static EntrantKinds of(Iterable<InstitutionType> institutionTypes, Iterable<UnitKind> unitKinds) {
    return new EntrantKinds(ImmutableSortedSet.copyOf(institutionTypes), ImmutableSortedSet.copyOf(unitKinds));
  }

  /**
   * Returns whether a proposal's institution and unit are of kinds admitted.
   *
   * @param proposal the proposal, not null
   * @return true if both its institution's type and its unit's kind are admitted
   */
  public boolean admits(Proposal proposal) {
    return (institutionTypes.isEmpty() || institutionTypes.contains(proposal.innovation().institution().type()))
        && (unitKinds.isEmpty() || unitKinds.contains(proposal.innovation().unit().kind()));
  }

  /**
   * Returns the name of a unit kind as module files and messages write it: lower case with hyphens
   * ({@code desa-kelurahan}).
   *
   * @param kind the kind, not null
   * @return the name, not null
   */
  public static String name(UnitKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return "institutions " + (institutionTypes.isEmpty() ? "any" : institutionTypes.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")))
        + "; units " + (unitKinds.isEmpty() ? "any" : unitKinds.stream().map(EntrantKinds::name).collect(Collectors.joining(", ")));
  }
}
