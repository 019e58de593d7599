package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.format.KippFormatException;
import org.junit.jupiter.api.Test;

/**
 * Results documents, edition results and replication networks have their format version checked
 * first, from the first level of the document only: a version given as text there is checked before
 * anything else is read; an input that gives none as text (not an object, malformed, a number, a
 * version nested in another field) is read on and refused for what it is. One corpus for both
 * Jackson lines: each line's subclass gives its facades ({@link #line()}).
 */
public abstract class SharedFormatVersionFirst {

  /**
   * Returns the line under test.
   *
   * @return the line's facades
   */
  protected abstract Line line();

  @Test
  void results_that_are_not_an_object_are_a_value_of_the_wrong_type() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> line().readResults("[]", JacksonFixtures.competition()));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.wrongType");
      assertThat(v.message().english()).isEqualTo("The value [] does not fit here; it must be an object { ... }.");
      assertThat(v.message().indonesian()).isEqualTo("Nilai [] tidak sesuai di sini; harus berupa objek { ... }.");
    });
  }

  @Test
  void malformed_results_are_refused_as_malformed_with_their_position() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> line().readResults("{\"a\": ", JacksonFixtures.competition()));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.malformed");
      assertThat(v.message().english()).startsWith("The input is not well-formed JSON at line 1, column 7: ");
      assertThat(v.message().indonesian()).startsWith("Masukan bukan JSON yang benar pada baris 1, kolom 7: ");
    });
  }

  @Test
  void results_and_edition_results_of_another_format_version_are_refused_for_their_version_alone() {
    String newer = "{\"formatVersion\": \"9.0\", \"entries\": 5, \"steps\": 5, \"ranking\": 5, \"candidates\": 5}";
    EditionRuns run = EditionRuns.sulsel();

    KippFormatException results = catchThrowableOfType(KippFormatException.class, () -> line().readResults(newer, JacksonFixtures.competition()));
    KippFormatException edition = catchThrowableOfType(KippFormatException.class,
        () -> line().readEditionResult(newer, run.document(), run.competition(30)));

    for (KippFormatException e : new KippFormatException[] {results, edition}) {
      assertThat(e).isNotNull();
      assertThat(e.violations()).singleElement().satisfies(v -> {
        assertThat(v.path()).isEqualTo("formatVersion");
        assertThat(v.code()).isEqualTo("kipp.json.version");
      });
    }
  }

  @Test
  void a_network_of_another_format_version_is_refused_for_its_version_alone() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> line().readReplicationNetwork("{\"links\": \"x\", \"formatVersion\": \"9.0\", \"results\": 5}"));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("formatVersion");
      assertThat(v.code()).isEqualTo("kipp.json.version");
      assertThat(v.invalidValue()).isEqualTo("9.0");
    });
  }

  @Test
  void a_version_nested_in_another_field_is_not_the_documents() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> line().readReplicationNetwork("{\"links\": [{\"formatVersion\": \"9.0\"}], \"formatVersion\": \"8.0\"}"));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.version");
      assertThat(v.invalidValue()).isEqualTo("8.0");
    });
  }

  @Test
  void a_network_with_a_numeric_format_version_is_refused_for_its_type() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> line().readReplicationNetwork("{\"formatVersion\": 2}"));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.wrongType");
      assertThat(v.path()).isEqualTo("formatVersion");
      assertThat(v.message().english()).isEqualTo("The value 2 does not fit here; it must be text.");
    });
  }

  @Test
  void a_network_that_is_not_an_object_is_a_value_of_the_wrong_type() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> line().readReplicationNetwork("[\"formatVersion\", \"9.0\"]"));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.wrongType");
      assertThat(v.message().english()).startsWith("The value [\"formatVersion\",\"9.0\"] does not fit here;");
    });
  }
}
