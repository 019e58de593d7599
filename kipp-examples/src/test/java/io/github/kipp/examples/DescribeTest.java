package io.github.kipp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --describe} prints a module's reviewer's view, of a shipped module or of a module file, and runs nothing else. */
class DescribeTest {

  @TempDir
  Path folder;

  @Test
  void describing_a_shipped_module_prints_its_reviewers_view() {
    BadInputTest.Result r = BadInputTest.run("--describe", "sinovik-2023/luwu-utara-2023");

    assertThat(r.code()).isEqualTo(KippExample.OK);
    assertThat(r.out()).startsWith("# sinovik-2023/luwu-utara-2023: Seleksi Inovasi Kabupaten Luwu Utara 2023\n")
        .contains("| `scoring.conflictOfInterest` | tidak ada pemeriksaan konflik kepentingan / no conflict-of-interest check |").contains("**diganti / overridden**").contains("**ditambahkan / added**")
        .doesNotContain("kipp example:");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void the_modules_of_sulawesi_tengah_and_takalar_are_described_by_their_ids() {
    BadInputTest.Result sulteng = BadInputTest.run("--describe", "sinovik-2022/sulteng-2022");
    BadInputTest.Result takalar = BadInputTest.run("--describe", "takalar-2018");

    assertThat(sulteng.code()).isEqualTo(KippExample.OK);
    assertThat(sulteng.out()).startsWith("# sinovik-2022/sulteng-2022: KIPP SINOVIK Lingkup Provinsi Sulawesi Tengah 2022\n")
        .contains("| `eligibility.entrantKinds` | institutions provinsi; units perangkat-daerah |");
    assertThat(takalar.code()).isEqualTo(KippExample.OK);
    assertThat(takalar.out()).startsWith("# takalar-2018: Kompetisi Inovasi Pelayanan Desa Kabupaten Takalar 2018\n")
        .contains("units kecamatan, desa-kelurahan");
  }

  @Test
  void describing_a_module_file_reads_it_against_the_national_modules() throws IOException {
    Path file = folder.resolve("takalar-2023.yaml");
    Files.writeString(file, """
        format: kipp-module/1
        id: sinovik-2023/takalar-2023
        extends: sinovik-2023
        title: {id: Lomba Inovasi Daerah Kabupaten Takalar 2023, en: Takalar Innovation Competition 2023}
        jurisdiction: {level: regency, region: "73.05", name: {id: Kabupaten Takalar, en: Takalar Regency}}
        legalBasis: [{instrument: Keputusan Bupati Takalar tentang Lomba Inovasi Daerah 2023, provision: Diktum KESATU, confidence: reported}]
        parameters:
          edition.id: {value: takalar-2023, citation: {instrument: Keputusan Bupati Takalar, provision: Diktum KESATU, confidence: inferred, note: "its own round"}}
        """, StandardCharsets.UTF_8);

    BadInputTest.Result r = BadInputTest.run("--describe", file.toString());

    assertThat(r.code()).isEqualTo(KippExample.OK);
    assertThat(r.out()).contains("| `edition.id` | takalar-2023 |").contains("1 diganti / overridden, 0 ditambahkan / added, 0 dihapus / removed.");
  }

  @Test
  void describing_with_html_prints_a_self_contained_page_and_html_needs_describe() {
    BadInputTest.Result r = BadInputTest.run("--describe", "sinovik-2023/luwu-utara-2023", "--html");
    BadInputTest.Result alone = BadInputTest.run("--html");

    assertThat(r.code()).isEqualTo(KippExample.OK);
    assertThat(r.out()).startsWith("<!DOCTYPE html>\n<html lang=\"id\">").contains("<h1>sinovik-2023/luwu-utara-2023: Seleksi Inovasi Kabupaten Luwu Utara 2023</h1>")
        .contains("<code>scoring.conflictOfInterest</code>").doesNotContain("<script").endsWith("</html>\n");
    assertThat(alone.code()).isEqualTo(KippExample.BAD_INPUT);
    assertThat(alone.err()).contains("--html hanya berlaku dengan --describe.", "--html applies to --describe only.");
  }

  @Test
  void an_unknown_module_or_a_refused_file_is_refused_in_both_languages() throws IOException {
    BadInputTest.Result unknown = BadInputTest.run("--describe", "sinovik-2019");
    Path file = folder.resolve("broken.yaml");
    Files.writeString(file, "format: kipp-module/1\nid: sinovik-2023/x\nextends: sinovik-2023\n", StandardCharsets.UTF_8);
    BadInputTest.Result broken = BadInputTest.run("--describe", file.toString());

    assertThat(unknown.code()).isEqualTo(KippExample.BAD_INPUT);
    assertThat(unknown.err()).contains("Kesalahan:", "Error:", "'sinovik-2019'", "sinovik-2023/sulsel-2023");
    assertThat(broken.code()).isEqualTo(KippExample.BAD_INPUT);
    assertThat(broken.err()).contains("kipp.module.file.invalid", "baris 1", "line 1", "'title'").doesNotContain("\tat ");
  }
}
