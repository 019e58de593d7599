package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.format.KippFormatException;
import org.junit.jupiter.api.Test;

/**
 * Results documents and replication networks have their format version checked first; an input that
 * gives none as text (not an object, malformed, a number) is read on and refused for what it is.
 */
class FormatVersionFirstTest {

  @Test
  void results_that_are_not_an_object_are_a_value_of_the_wrong_type() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().readResults("[]", JacksonFixtures.competition()));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.wrongType");
      assertThat(v.message().english()).isEqualTo("The value [] does not fit here; it must be an object { ... }.");
      assertThat(v.message().indonesian()).isEqualTo("Nilai [] tidak sesuai di sini; harus berupa objek { ... }.");
    });
  }

  @Test
  void malformed_results_are_refused_as_malformed_with_their_position() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().readResults("{\"a\": ", JacksonFixtures.competition()));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.malformed");
      assertThat(v.message().english()).startsWith("The input is not well-formed JSON at line 1, column 7: ");
      assertThat(v.message().indonesian()).startsWith("Masukan bukan JSON yang benar pada baris 1, kolom 7: ");
    });
  }

  @Test
  void a_network_with_a_numeric_format_version_is_refused_for_its_type() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().readReplicationNetwork("{\"formatVersion\": 2}"));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.wrongType");
      assertThat(v.path()).isEqualTo("formatVersion");
      assertThat(v.message().english()).isEqualTo("The value 2 does not fit here; it must be text.");
    });
  }

  @Test
  void results_and_edition_results_of_another_format_version_are_refused_for_their_version_alone() {
    String newer = "{\"formatVersion\": \"9.0\", \"entries\": 5, \"steps\": 5, \"ranking\": 5, \"candidates\": 5}";
    EditionRuns run = EditionRuns.sulsel();

    KippFormatException results = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().readResults(newer, JacksonFixtures.competition()));
    KippFormatException edition = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().readEditionResult(newer, run.document(), run.competition(30)));

    for (KippFormatException e : new KippFormatException[] {results, edition}) {
      assertThat(e).isNotNull();
      assertThat(e.violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo("formatVersion");
        assertThat(v.code()).isEqualTo("kipp.json.version");
      });
    }
  }
}
