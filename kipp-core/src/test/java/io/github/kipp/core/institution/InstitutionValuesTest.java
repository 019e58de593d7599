package io.github.kipp.core.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.UnitId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstitutionValuesTest {

  private static final Citation PERPRES = Citation.regulation("Perpres 63/2020", "Lampiran");

  @Test
  void each_institution_type_is_exactly_one_of_central_regional_or_enterprise() {
    assertThat(EnumSet.allOf(InstitutionType.class)).filteredOn(InstitutionType::isCentralGovernment)
        .containsExactly(InstitutionType.KEMENTERIAN, InstitutionType.LEMBAGA);
    assertThat(EnumSet.allOf(InstitutionType.class)).filteredOn(InstitutionType::isRegionalGovernment)
        .containsExactly(InstitutionType.PROVINSI, InstitutionType.KABUPATEN, InstitutionType.KOTA);
    assertThat(EnumSet.allOf(InstitutionType.class)).filteredOn(InstitutionType::isEnterprise)
        .containsExactly(InstitutionType.BUMN, InstitutionType.BUMD);
  }

  @Test
  void institution_types_carry_their_labels_in_both_languages() {
    assertThat(InstitutionType.KOTA.label()).isEqualTo(LocalizedText.of("Pemerintah Kota", "City government"));
    assertThat(InstitutionType.BUMN.label().english()).isEqualTo("State-owned enterprise");
    assertThat(InstitutionType.KABUPATEN.governs()).contains(RegionLevel.REGENCY);
    assertThat(InstitutionType.LEMBAGA.governs()).isEmpty();
  }

  @Test
  void a_central_institution_has_no_region_and_no_owner() {
    Institution kemenpan = Institution.central("kemenpanrb", "Kementerian PANRB", InstitutionType.KEMENTERIAN);

    assertThat(kemenpan.id()).isEqualTo(InstitutionId.of("kemenpanrb"));
    assertThat(kemenpan.name()).isEqualTo("Kementerian PANRB");
    assertThat(kemenpan.type()).isEqualTo(InstitutionType.KEMENTERIAN);
    assertThat(kemenpan.region()).isEmpty();
    assertThat(kemenpan.owner()).isEmpty();
    assertThat(Institution.of(InstitutionId.of("kemenpanrb"), "Kementerian PANRB", InstitutionType.KEMENTERIAN, Optional.empty(), Optional.empty()))
        .isEqualTo(kemenpan);
  }

  @Test
  void a_unit_keeps_its_name_kind_and_parent_and_is_a_value() {
    Unit puskesmas = Unit.of(UnitId.of("pkm-1"), "Puskesmas Bone-Bone", Fixtures.LUWU_UTARA.id(), UnitKind.PUSKESMAS, Optional.of(Fixtures.DINKES.id()));

    assertThat(puskesmas.name()).isEqualTo("Puskesmas Bone-Bone");
    assertThat(puskesmas.kind()).isEqualTo(UnitKind.PUSKESMAS);
    assertThat(puskesmas.parent()).contains(Fixtures.DINKES.id());
    assertThat(puskesmas.institution()).isEqualTo(Fixtures.LUWU_UTARA.id());
    assertThat(Fixtures.DINKES.parent()).isEmpty();
    new EqualsTester()
        .addEqualityGroup(puskesmas, Unit.of(UnitId.of("pkm-1"), "Puskesmas Bone-Bone", Fixtures.LUWU_UTARA.id(), UnitKind.PUSKESMAS, Optional.of(Fixtures.DINKES.id())))
        .addEqualityGroup(Unit.of(UnitId.of("pkm-2"), "Puskesmas Bone-Bone", Fixtures.LUWU_UTARA.id(), UnitKind.PUSKESMAS, Optional.of(Fixtures.DINKES.id())))
        .addEqualityGroup(Unit.of(UnitId.of("pkm-1"), "Puskesmas Masamba", Fixtures.LUWU_UTARA.id(), UnitKind.PUSKESMAS, Optional.of(Fixtures.DINKES.id())))
        .addEqualityGroup(Unit.of(UnitId.of("pkm-1"), "Puskesmas Bone-Bone", InstitutionId.of("lain"), UnitKind.PUSKESMAS, Optional.of(Fixtures.DINKES.id())))
        .addEqualityGroup(Unit.of(UnitId.of("pkm-1"), "Puskesmas Bone-Bone", Fixtures.LUWU_UTARA.id(), UnitKind.UNIT_PELAYANAN, Optional.of(Fixtures.DINKES.id())))
        .addEqualityGroup(Unit.of(UnitId.of("pkm-1"), "Puskesmas Bone-Bone", Fixtures.LUWU_UTARA.id(), UnitKind.PUSKESMAS, Optional.empty()))
        .testEquals();
  }

  @Test
  void three_t_regions_are_values_by_codes_and_citation_and_none_holds_no_code() {
    ThreeTRegions none = ThreeTRegions.none(PERPRES);
    ThreeTRegions two = ThreeTRegions.of(List.of(RegionCode.of("73.22"), RegionCode.of("81.03")), PERPRES);

    assertThat(none.codes()).isEmpty();
    assertThat(none.contains(RegionCode.of("73.22"))).isFalse();
    assertThat(none.citation()).isEqualTo(PERPRES);
    assertThat(none.union(two, PERPRES)).isEqualTo(two);
    new EqualsTester()
        .addEqualityGroup(none, ThreeTRegions.of(List.of(), PERPRES))
        .addEqualityGroup(two, ThreeTRegions.of(List.of(RegionCode.of("81.03"), RegionCode.of("73.22")), PERPRES))
        .addEqualityGroup(ThreeTRegions.of(List.of(RegionCode.of("73.22")), PERPRES))
        .addEqualityGroup(ThreeTRegions.none(Citation.reported("Perpres 63/2020", "Lampiran")))
        .testEquals();
  }

  @Test
  void a_catalogue_built_from_regions_lists_them_all_in_code_order() {
    Region sulsel = new Region(RegionCode.of("73"), "Sulawesi Selatan", RegionLevel.PROVINCE);
    Region luwuUtara = new Region(RegionCode.of("73.22"), "Luwu Utara", RegionLevel.REGENCY);
    Region takalar = new Region(RegionCode.of("73.05"), "Takalar", RegionLevel.REGENCY);
    RegionCatalogue c = RegionCatalogue.of(List.of(luwuUtara, sulsel, takalar));

    assertThat(c.all()).containsExactly(sulsel, takalar, luwuUtara);
    assertThat(c.size()).isEqualTo(3);
    assertThatThrownBy(() -> RegionCatalogue.of(List.of(luwuUtara)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("which is missing");
  }
}
