package io.github.kipp.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.institution.RegionCode;
import org.junit.jupiter.api.Test;

/** {@link Jurisdiction#of}: a jurisdiction of any level, as a stored document names it. */
class JurisdictionOfTest {

  private static final LocalizedText SULSEL = LocalizedText.same("Provinsi Sulawesi Selatan");

  @Test
  void each_level_is_made_with_the_region_it_needs() {
    assertThat(Jurisdiction.of(Jurisdiction.Level.NATIONAL, null, Jurisdiction.NATIONAL.name())).isSameAs(Jurisdiction.NATIONAL);
    assertThat(Jurisdiction.of(Jurisdiction.Level.NATIONAL, null, LocalizedText.same("Nasional"))).isEqualTo(Jurisdiction.NATIONAL)
        .extracting(Jurisdiction::name).isEqualTo(LocalizedText.same("Nasional"));
    assertThat(Jurisdiction.of(Jurisdiction.Level.PROVINCE, RegionCode.of("73"), SULSEL))
        .isEqualTo(Jurisdiction.province(RegionCode.of("73"), SULSEL));
    assertThat(Jurisdiction.of(Jurisdiction.Level.REGENCY, RegionCode.of("73.22"), LocalizedText.same("Kabupaten Luwu Utara")).region())
        .contains(RegionCode.of("73.22"));
  }

  @Test
  void a_region_that_does_not_fit_the_level_is_refused_with_its_code() {
    assertThatThrownBy(() -> Jurisdiction.of(Jurisdiction.Level.NATIONAL, RegionCode.of("73"), SULSEL))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.code() + " " + v.path() + " " + v.invalidValue())
            .containsExactly("kipp.jurisdiction.nationalRegion region 73"));
    assertThatThrownBy(() -> Jurisdiction.of(Jurisdiction.Level.PROVINCE, null, SULSEL))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).message().english())
            .isEqualTo("A jurisdiction of level PROVINCE needs its region: a province has a two-digit code (73), a regency or city a code PP.RR (73.22)."));
    assertThatThrownBy(() -> Jurisdiction.of(Jurisdiction.Level.PROVINCE, RegionCode.of("73.22"), SULSEL))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("kipp.jurisdiction.level"));
    assertThatThrownBy(() -> Jurisdiction.of(Jurisdiction.Level.REGENCY, RegionCode.of("73"), SULSEL))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).code()).isEqualTo("kipp.jurisdiction.level"));
  }
}
