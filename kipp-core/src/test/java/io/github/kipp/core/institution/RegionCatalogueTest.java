package io.github.kipp.core.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Confidence;
import io.github.kipp.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class RegionCatalogueTest {

  private final RegionCatalogue catalogue = RegionCatalogue.bundled();

  @Test
  void the_bundled_catalogue_holds_38_provinces_and_514_regencies_and_cities() {
    assertThat(catalogue.provinces()).hasSize(38);
    assertThat(catalogue.size()).isEqualTo(38 + 514);
  }

  @Test
  void luwu_utara_is_a_regency_of_sulawesi_selatan_and_makassar_a_city() {
    Region luwuUtara = catalogue.require(RegionCode.of("73.22"));

    assertThat(luwuUtara.name()).isEqualTo("Kabupaten Luwu Utara");
    assertThat(luwuUtara.level()).isEqualTo(RegionLevel.REGENCY);
    assertThat(catalogue.require(luwuUtara.province()).name()).isEqualTo("Sulawesi Selatan");
    assertThat(catalogue.require(RegionCode.of("73.71")).level()).isEqualTo(RegionLevel.CITY);
    assertThat(catalogue.regenciesOf(RegionCode.of("73"))).hasSize(24);
  }

  @Test
  void an_unknown_code_is_reported_with_the_catalogue_size() {
    assertThatThrownBy(() -> catalogue.require(RegionCode.of("73.99")))
        .isInstanceOfSatisfying(NoSuchRegionException.class, e -> {
          assertThat(e.code()).isEqualTo(RegionCode.of("73.99"));
          assertThat(e.getMessage()).contains("73.99").contains("552");
          assertThat(e.text().indonesian()).contains("Tidak ada wilayah");
        });
    assertThat(catalogue.find(RegionCode.of("73.99"))).isEmpty();
  }

  @Test
  void a_malformed_code_is_refused() {
    assertThatThrownBy(() -> RegionCode.of("7322")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RegionCode.of("73.2")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RegionCode.of("00")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_regency_lies_within_its_province_but_not_within_another_regency() {
    RegionCode luwuUtara = RegionCode.of("73.22");

    assertThat(luwuUtara.isWithin(RegionCode.of("73"))).isTrue();
    assertThat(luwuUtara.isWithin(luwuUtara)).isTrue();
    assertThat(luwuUtara.isWithin(RegionCode.of("73.05"))).isFalse();
    assertThat(RegionCode.of("73").isWithin(luwuUtara)).isFalse();
  }

  @Test
  void the_default_3t_set_is_the_62_regencies_of_perpres_63_2020_all_in_the_catalogue() {
    ThreeTRegions tertinggal = ThreeTRegions.tertinggal2020to2024();

    assertThat(tertinggal.codes()).hasSize(62);
    assertThat(tertinggal.codes()).allSatisfy(code -> assertThat(catalogue.find(code)).isPresent());
    assertThat(tertinggal.citation().instrument()).contains("Peraturan Presiden 63/2020");
    assertThat(tertinggal.citation().confidence()).isEqualTo(Confidence.REGULATION);
    assertThat(tertinggal.contains(RegionCode.of("81.03"))).as("Kepulauan Tanimbar").isTrue();
    assertThat(tertinggal.contains(RegionCode.of("73.22"))).isFalse();
  }

  @Test
  void a_host_can_add_frontier_regions_to_the_default_set() {
    ThreeTRegions frontier =
        ThreeTRegions.of(java.util.List.of(RegionCode.of("21.03")), io.github.kipp.core.Citation.reported("host data", "frontier list"));
    ThreeTRegions all =
        ThreeTRegions.tertinggal2020to2024().union(frontier, io.github.kipp.core.Citation.reported("host data", "3T list"));

    assertThat(all.codes()).hasSize(63);
    assertThat(all.contains(RegionCode.of("21.03"))).isTrue();
  }

  @Test
  void a_host_catalogue_must_contain_the_province_of_each_regency() {
    assertThatThrownBy(() -> RegionCatalogue.of(java.util.List.of(new Region(RegionCode.of("73.22"), "Luwu Utara", RegionLevel.REGENCY))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("73");
  }
}
