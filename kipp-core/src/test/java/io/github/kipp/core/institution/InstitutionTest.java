package io.github.kipp.core.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.Violation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstitutionTest {

  static final Institution LUWU_UTARA =
      Institution.regionalGovernment(
          "pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22"));

  @Test
  void a_regency_government_carries_its_regency_code() {
    assertThat(LUWU_UTARA.region()).contains(RegionCode.of("73.22"));
    assertThat(LUWU_UTARA.type().isRegionalGovernment()).isTrue();
    assertThat(LUWU_UTARA.owner()).isEmpty();
  }

  @Test
  void the_government_of_an_institution_is_its_region_not_its_id() {
    Institution again =
        Institution.regionalGovernment("kab-luwu-utara", "Pemkab Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22"));
    Institution pdam = Institution.bumd("pdam-luwu-utara", "Perumda Air Minum Luwu Utara", RegionCode.of("73.22"), again.id());
    Institution bank = Institution.bumd("bank-sulselbar", "PT Bank Sulselbar", RegionCode.of("73"), InstitutionId.of("pemprov-sulsel"));
    Institution kemenkesInMakassar =
        Institution.of(InstitutionId.of("kemenkes"), "Kementerian Kesehatan", InstitutionType.KEMENTERIAN, Optional.of(RegionCode.of("73.71")), Optional.empty());

    assertThat(again.government()).isEqualTo(LUWU_UTARA.government()).contains(RegionCode.of("73.22"));
    assertThat(pdam.government()).contains(RegionCode.of("73.22"));
    assertThat(bank.government()).contains(RegionCode.of("73"));
    assertThat(kemenkesInMakassar.government()).isEmpty();
    assertThat(Institution.central("pt-pos", "PT Pos Indonesia", InstitutionType.BUMN).government()).isEmpty();
  }

  @Test
  void every_violation_of_an_institution_is_reported_at_once() {
    assertThatThrownBy(
            () ->
                Institution.regionalGovernment(
                    "pemkab-x", " ", InstitutionType.KABUPATEN, RegionCode.of("73")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::code)
                  .containsExactlyInAnyOrder("kipp.text.blank", "kipp.institution.regionLevel");
              assertThat(e.subject()).isEqualTo("institution 'pemkab-x'");
              assertThat(e.text().indonesian()).contains("tidak boleh kosong").contains("tidak sesuai");
            });
  }

  @Test
  void a_bumd_needs_its_owner_and_others_may_not_name_one() {
    Institution bumd =
        Institution.bumd("pdam-luwu-utara", "Perumda Air Minum Luwu Utara", RegionCode.of("73.22"), LUWU_UTARA.id());
    assertThat(bumd.owner()).contains(LUWU_UTARA.id());

    assertThatThrownBy(
            () ->
                Institution.of(InstitutionId.of("bumd-x"), "BUMD X", InstitutionType.BUMD, Optional.of(RegionCode.of("73.22")), Optional.empty()))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.institution.ownerRequired"));
    assertThatThrownBy(
            () ->
                Institution.of(InstitutionId.of("kemenkes"), "Kementerian Kesehatan", InstitutionType.KEMENTERIAN, Optional.empty(), Optional.of(LUWU_UTARA.id())))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.institution.ownerNotAllowed"));
  }

  @Test
  void a_name_with_control_characters_is_refused() {
    assertThatThrownBy(() -> Institution.central("kemenkes", "Kementerian\u0007Kesehatan", InstitutionType.KEMENTERIAN))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.text.controlCharacter", "name")));
  }

  @Test
  void a_name_over_the_limit_is_refused_quoting_the_limit() {
    assertThatThrownBy(() -> Institution.central("k", "K".repeat(Institution.MAX_NAME + 1), InstitutionType.LEMBAGA))
        .hasMessageContaining("at most " + Institution.MAX_NAME + " characters");
  }

  @Test
  void institutions_and_units_are_values() {
    new EqualsTester()
        .addEqualityGroup(LUWU_UTARA, Institution.regionalGovernment("pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22")))
        .addEqualityGroup(Institution.regionalGovernment("pemkab-luwu-utara", "Pemkab Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Unit.of("dinkes", "Dinas Kesehatan", LUWU_UTARA, UnitKind.PERANGKAT_DAERAH), Unit.of("dinkes", "Dinas Kesehatan", LUWU_UTARA, UnitKind.PERANGKAT_DAERAH))
        .addEqualityGroup(Unit.of("dinkes", "Dinas Kesehatan", LUWU_UTARA, UnitKind.LAINNYA))
        .testEquals();
  }

  @Test
  void a_unit_cannot_be_its_own_parent() {
    assertThatThrownBy(() -> Unit.of(UnitId.of("u"), "U", LUWU_UTARA.id(), UnitKind.SEKOLAH, Optional.of(UnitId.of("u"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("own parent");
  }

  @Test
  void institution_types_know_what_they_govern() {
    assertThat(InstitutionType.PROVINSI.governs()).contains(RegionLevel.PROVINCE);
    assertThat(InstitutionType.KOTA.governs()).contains(RegionLevel.CITY);
    assertThat(InstitutionType.KEMENTERIAN.governs()).isEmpty();
    assertThat(InstitutionType.LEMBAGA.isCentralGovernment()).isTrue();
    assertThat(InstitutionType.BUMD.isEnterprise()).isTrue();
    assertThat(InstitutionType.values()).hasSize(7);
  }
}
