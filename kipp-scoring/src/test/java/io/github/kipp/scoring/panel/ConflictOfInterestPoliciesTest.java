package io.github.kipp.scoring.panel;

import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.SULSEL;
import static io.github.kipp.scoring.ScoringFixtures.TAKALAR;
import static io.github.kipp.scoring.ScoringFixtures.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Confidence;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Role;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.RegionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConflictOfInterestPoliciesTest {

  private static final Institution PDAM_LUWU =
      Institution.bumd("pdam-luwu-utara", "Perumda Air Minum Luwu Utara", RegionCode.of("73.22"), LUWU_UTARA.id());

  @Test
  void the_institutional_policy_bars_own_institution_and_bumd_family_only() {
    ConflictOfInterestPolicy policy = ConflictOfInterestPolicies.institutional();

    assertThat(policy.conflict(Evaluator.of("e", LUWU_UTARA), proposal("p", LUWU_UTARA)))
        .hasValueSatisfying(c -> {
          assertThat(c.reason().code()).isEqualTo("kipp.coi.sameInstitution");
          assertThat(c.reason().citations()).singleElement().extracting(x -> x.confidence()).isEqualTo(Confidence.UNKNOWN);
        });
    assertThat(policy.conflict(Evaluator.of("e", LUWU_UTARA), proposal("p", PDAM_LUWU)))
        .hasValueSatisfying(c -> assertThat(c.reason().message().english()).contains("same regional-government family"));
    assertThat(policy.conflict(Evaluator.of("e", PDAM_LUWU), proposal("p", LUWU_UTARA))).isPresent();
    assertThat(policy.conflict(Evaluator.of("e", SULSEL), proposal("p", LUWU_UTARA))).isEmpty();
    assertThat(policy.conflict(Evaluator.of("e", TAKALAR), proposal("p", LUWU_UTARA))).isEmpty();
  }

  @Test
  void the_province_option_also_bars_a_province_and_its_regencies_both_ways() {
    ConflictOfInterestPolicy policy = ConflictOfInterestPolicies.institutionalWithProvinces();

    assertThat(policy.conflict(Evaluator.of("e", SULSEL), proposal("p", LUWU_UTARA)))
        .hasValueSatisfying(c -> assertThat(c.reason().code()).isEqualTo("kipp.coi.provinceFamily"));
    assertThat(policy.conflict(Evaluator.of("e", TAKALAR), proposal("p", SULSEL))).isPresent();
    assertThat(policy.conflict(Evaluator.of("e", TAKALAR), proposal("p", LUWU_UTARA))).isEmpty();
    assertThat(ConflictOfInterestPolicies.none().conflict(Evaluator.of("e", LUWU_UTARA), proposal("p", LUWU_UTARA))).isEmpty();
    assertThat(ConflictOfInterestPolicies.anyOf(ConflictOfInterestPolicies.none(), policy)
        .conflict(Evaluator.of("e", SULSEL), proposal("p", LUWU_UTARA))).isPresent();
  }

  private static final Institution LUWU_UTARA_AGAIN =
      Institution.regionalGovernment("kab-luwu-utara", "Pemkab Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22"));
  private static final Institution SULSEL_AGAIN =
      Institution.regionalGovernment("prov-sulawesi-selatan", "Pemprov Sulsel", InstitutionType.PROVINSI, RegionCode.of("73"));
  /** A province's BUMD: it carries the province's code and names the province as owner. */
  private static final Institution BANK_SULSELBAR =
      Institution.bumd("bank-sulselbar", "PT Bank Sulselbar", RegionCode.of("73"), SULSEL.id());
  /** A regency's BUMD whose owner is named by an id other than the regency's usual one. */
  private static final Institution PDAM_UNDER_OTHER_OWNER_ID =
      Institution.bumd("perumda-luwu-utara", "Perumda Luwu Utara", RegionCode.of("73.22"), InstitutionId.of("pemda-73-22"));
  private static final Institution KEMENKES = Institution.central("kemenkes", "Kementerian Kesehatan", InstitutionType.KEMENTERIAN);
  private static final Institution KEMENKES_AGAIN = Institution.central("kementerian-kesehatan", "Kementerian Kesehatan", InstitutionType.KEMENTERIAN);

  private static String code(ConflictOfInterestPolicy policy, Institution evaluator, Institution entrant) {
    return policy.conflict(Evaluator.of("e", evaluator), proposal("p", entrant)).map(c -> c.reason().code()).orElse("none");
  }

  @Test
  void one_regency_under_two_ids_is_one_government_for_both_policies() {
    for (ConflictOfInterestPolicy policy : List.of(ConflictOfInterestPolicies.institutional(), ConflictOfInterestPolicies.institutionalWithProvinces())) {
      assertThat(code(policy, LUWU_UTARA_AGAIN, LUWU_UTARA)).as(policy.toString()).isEqualTo("kipp.coi.sameGovernment");
      assertThat(code(policy, LUWU_UTARA, LUWU_UTARA_AGAIN)).as(policy.toString()).isEqualTo("kipp.coi.sameGovernment");
      assertThat(code(policy, SULSEL_AGAIN, SULSEL)).as(policy.toString()).isEqualTo("kipp.coi.sameGovernment");
    }
    assertThat(ConflictOfInterestPolicies.institutional().conflict(Evaluator.of("e", LUWU_UTARA_AGAIN), proposal("p", LUWU_UTARA)).orElseThrow()
        .reason().message().english())
        .isEqualTo("Evaluator e may not score p: Pemkab Luwu Utara (kab-luwu-utara) and Pemerintah Kabupaten Luwu Utara (pemkab-luwu-utara)"
            + " are the same regional government, of region 73.22.");
  }

  @Test
  void a_regency_and_a_city_entered_with_one_code_are_one_government() {
    Institution mistyped = Institution.regionalGovernment("pemkot-luwu-utara", "Pemerintah Kota Luwu Utara", InstitutionType.KOTA, RegionCode.of("73.22"));

    assertThat(code(ConflictOfInterestPolicies.institutional(), mistyped, LUWU_UTARA)).isEqualTo("kipp.coi.sameGovernment");
  }

  @Test
  void a_bumd_is_its_owning_government_by_region_whatever_id_names_the_owner() {
    ConflictOfInterestPolicy policy = ConflictOfInterestPolicies.institutional();

    assertThat(code(policy, LUWU_UTARA, PDAM_UNDER_OTHER_OWNER_ID)).isEqualTo("kipp.coi.sameFamily");
    assertThat(code(policy, PDAM_UNDER_OTHER_OWNER_ID, LUWU_UTARA_AGAIN)).isEqualTo("kipp.coi.sameFamily");
    assertThat(code(policy, PDAM_LUWU, PDAM_UNDER_OTHER_OWNER_ID)).isEqualTo("kipp.coi.sameFamily");
    assertThat(code(policy, SULSEL_AGAIN, BANK_SULSELBAR)).isEqualTo("kipp.coi.sameFamily");
    assertThat(code(policy, BANK_SULSELBAR, SULSEL)).isEqualTo("kipp.coi.sameFamily");
  }

  @Test
  void a_bumd_whose_owner_id_is_the_evaluators_institution_is_family_even_with_another_region() {
    Institution ownedByProvinceInRegency = Institution.bumd("pt-sulsel-luwu", "PT Sulsel Luwu", RegionCode.of("73.22"), SULSEL.id());

    assertThat(code(ConflictOfInterestPolicies.institutional(), SULSEL, ownedByProvinceInRegency)).isEqualTo("kipp.coi.sameFamily");
    assertThat(code(ConflictOfInterestPolicies.institutional(), ownedByProvinceInRegency, SULSEL)).isEqualTo("kipp.coi.sameFamily");
  }

  @Test
  void the_province_option_relates_a_provinces_bumd_to_its_regencies_and_cities_both_ways() {
    ConflictOfInterestPolicy provincial = ConflictOfInterestPolicies.institutionalWithProvinces();

    assertThat(code(provincial, LUWU_UTARA, BANK_SULSELBAR)).isEqualTo("kipp.coi.provinceFamily");
    assertThat(code(provincial, BANK_SULSELBAR, LUWU_UTARA_AGAIN)).isEqualTo("kipp.coi.provinceFamily");
    assertThat(code(provincial, BANK_SULSELBAR, TAKALAR)).isEqualTo("kipp.coi.provinceFamily");
    assertThat(code(provincial, SULSEL_AGAIN, PDAM_LUWU)).isEqualTo("kipp.coi.provinceFamily");
    assertThat(code(provincial, PDAM_LUWU, BANK_SULSELBAR)).isEqualTo("kipp.coi.provinceFamily");
    assertThat(provincial.conflict(Evaluator.of("e", LUWU_UTARA), proposal("p", BANK_SULSELBAR)).orElseThrow().reason().message().english())
        .isEqualTo("Evaluator e may not score p: Pemerintah Kabupaten Luwu Utara and PT Bank Sulselbar are, or belong to,"
            + " province 73 and region 73.22 inside it.");
    // Without the option a province's BUMD and a regency are not related, and other provinces never are.
    assertThat(code(ConflictOfInterestPolicies.institutional(), LUWU_UTARA, BANK_SULSELBAR)).isEqualTo("none");
    Institution banyuwangi = Institution.regionalGovernment("pemkab-banyuwangi", "Pemerintah Kabupaten Banyuwangi", InstitutionType.KABUPATEN, RegionCode.of("35.10"));
    assertThat(code(provincial, banyuwangi, BANK_SULSELBAR)).isEqualTo("none");
    assertThat(code(provincial, BANK_SULSELBAR, banyuwangi)).isEqualTo("none");
  }

  @Test
  void ministries_agencies_and_bumn_keep_their_identity_by_id() {
    Institution bumn = Institution.central("pt-pos", "PT Pos Indonesia", InstitutionType.BUMN);
    Institution bumnAgain = Institution.central("pos-indonesia", "PT Pos Indonesia", InstitutionType.BUMN);

    assertThat(code(ConflictOfInterestPolicies.institutionalWithProvinces(), KEMENKES, KEMENKES_AGAIN)).isEqualTo("none");
    assertThat(code(ConflictOfInterestPolicies.institutionalWithProvinces(), KEMENKES, KEMENKES)).isEqualTo("kipp.coi.sameInstitution");
    assertThat(code(ConflictOfInterestPolicies.institutionalWithProvinces(), bumn, bumnAgain)).isEqualTo("none");
    assertThat(code(ConflictOfInterestPolicies.institutionalWithProvinces(), KEMENKES, LUWU_UTARA)).isEqualTo("none");
  }

  @Test
  void a_region_missing_from_the_catalogue_is_reported_as_a_conflict_when_the_province_option_needs_it() {
    Institution unknown = Institution.regionalGovernment("pemkab-baru", "Pemerintah Kabupaten Baru", InstitutionType.KABUPATEN, RegionCode.of("73.99"));
    ConflictOfInterestPolicy provincial = ConflictOfInterestPolicies.institutionalWithProvinces();

    assertThat(provincial.conflict(Evaluator.of("e", unknown), proposal("p", SULSEL))).hasValueSatisfying(c -> {
      assertThat(c.reason().code()).isEqualTo("kipp.coi.regionUnknown");
      assertThat(c.reason().citations()).containsExactly(ConflictOfInterestPolicies.PROVINCE_FAMILY_BASIS);
      assertThat(c.reason().message().english()).contains("region 73.99 of pemkab-baru is not in the region catalogue (552 regions)");
      assertThat(c.reason().message().indonesian()).contains("wilayah 73.99 milik pemkab-baru tidak ada dalam katalog wilayah");
    });
    assertThat(code(provincial, SULSEL, unknown)).isEqualTo("kipp.coi.regionUnknown");
    assertThat(code(provincial, Institution.regionalGovernment("pemprov-x", "Pemerintah Provinsi X", InstitutionType.PROVINSI, RegionCode.of("99")), LUWU_UTARA))
        .isEqualTo("kipp.coi.regionUnknown");
    // Two regencies are never a province and its region, so their codes are not needed.
    assertThat(code(provincial, unknown, TAKALAR)).isEqualTo("none");
    // Equality needs no catalogue: the unknown regency under two ids is still one government.
    Institution unknownAgain = Institution.regionalGovernment("kab-baru", "Kabupaten Baru", InstitutionType.KABUPATEN, RegionCode.of("73.99"));
    assertThat(code(provincial, unknown, unknownAgain)).isEqualTo("kipp.coi.sameGovernment");
  }

  @Test
  void a_hosts_catalogue_decides_regions_newer_than_the_bundled_one() {
    Institution newRegency = Institution.regionalGovernment("pemkab-baru", "Pemerintah Kabupaten Baru", InstitutionType.KABUPATEN, RegionCode.of("73.99"));
    List<Region> regions = new ArrayList<>(RegionCatalogue.bundled().all());
    regions.add(new Region(RegionCode.of("73.99"), "Kabupaten Baru", RegionLevel.REGENCY));
    ConflictOfInterestPolicy provincial = ConflictOfInterestPolicies.institutionalWithProvinces(RegionCatalogue.of(regions));

    assertThat(code(provincial, newRegency, SULSEL)).isEqualTo("kipp.coi.provinceFamily");
    assertThat(code(provincial, newRegency, BANK_SULSELBAR)).isEqualTo("kipp.coi.provinceFamily");
    assertThat(provincial.toString()).isEqualTo("institutional with provinces (RegionCatalogue[553 regions])");
  }

  @Test
  void an_institution_cannot_lack_the_region_or_owner_the_policies_read() {
    assertThatThrownBy(() -> Institution.of(InstitutionId.of("pemkab-x"), "Pemerintah Kabupaten X", InstitutionType.KABUPATEN, Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs the code of its region");
    assertThatThrownBy(() -> Institution.of(InstitutionId.of("bumd-x"), "BUMD X", InstitutionType.BUMD, Optional.of(RegionCode.of("73.22")), Optional.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("regional government that owns it");
  }

  @Test
  void only_scoring_roles_can_be_evaluators() {
    assertThatThrownBy(() -> new Evaluator(io.github.kipp.core.ActorId.of("x"), LUWU_UTARA, com.google.common.collect.ImmutableSortedSet.of(), Role.SECRETARIAT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Role SECRETARIAT does not score proposals");
  }
}
